"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/action-result";
import { requireRole } from "@/lib/authz";
import { changePassword, updateProfile } from "@/lib/data/users";
import { changePasswordSchema, profileSchema } from "@/lib/schemas/account";

export async function updateProfileAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireRole();
    const input = profileSchema.parse({ name: form.get("name") ?? "" });
    await updateProfile(user.id, input);
    revalidatePath("/profile");
    return { ok: true, message: "Your name was saved." };
  });
}

export async function changePasswordAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireRole();
    const input = changePasswordSchema.parse({
      currentPassword: form.get("currentPassword") ?? "",
      newPassword: form.get("newPassword") ?? "",
      confirmPassword: form.get("confirmPassword") ?? "",
    });
    await changePassword(user.id, input.currentPassword, input.newPassword);
    return { ok: true, message: "Your password was changed." };
  });
}
