"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/action-result";
import { requireRole } from "@/lib/authz";
import { setUserRole } from "@/lib/data/users";
import { roleChangeSchema } from "@/lib/schemas/account";

const input = roleChangeSchema.extend({ userId: z.string().min(1, "Which user?") });

export async function changeRoleAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const admin = await requireRole("ADMIN");
    const { userId, role } = input.parse({ userId: form.get("userId"), role: form.get("role") });
    const user = await setUserRole(admin.id, userId, role);
    revalidatePath("/admin");
    return { ok: true, message: `${user.email} is now ${user.role}.` };
  });
}
