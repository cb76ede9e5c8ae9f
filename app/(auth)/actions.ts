"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth";
import { registerUser } from "@/lib/data/users";
import { runAction, type ActionResult } from "@/lib/action-result";
import { AppError } from "@/lib/errors";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { signInSchema, signUpSchema } from "@/lib/schemas/account";

const SIGN_IN_MESSAGES: Record<string, string> = {
  invalid_credentials: "That email and password do not match an account. Check both and try again.",
  rate_limited: "Too many failed attempts for this account or network. Wait 15 minutes, then try again.",
};

function formEntries(form: FormData) {
  return {
    email: form.get("email") ?? "",
    password: form.get("password") ?? "",
    name: form.get("name") ?? "",
  };
}

/** Signs in with a password; on success the browser loads the target page afresh with its new session. */
async function passwordSignIn(
  email: string,
  password: string,
  callback: string,
): Promise<ActionResult<{ redirectTo: string }>> {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const message = SIGN_IN_MESSAGES[error.code] ?? SIGN_IN_MESSAGES.invalid_credentials!;
      return { ok: false, code: error.code === "rate_limited" ? "RATE_LIMITED" : "UNAUTHENTICATED", message };
    }
    if (error instanceof AuthError) {
      return { ok: false, code: "UNAUTHENTICATED", message: "Sign-in failed. Please try again." };
    }
    throw error;
  }
  return { ok: true, data: { redirectTo: callback } };
}

export async function signInAction(
  _previous: ActionResult<{ redirectTo: string }> | null,
  form: FormData,
): Promise<ActionResult<{ redirectTo: string }>> {
  return runAction(async () => {
    const { email, password } = signInSchema.parse(formEntries(form));
    return passwordSignIn(email, password, safeCallbackPath(form.get("callbackUrl")));
  });
}

export async function signUpAction(
  _previous: ActionResult<{ redirectTo: string }> | null,
  form: FormData,
): Promise<ActionResult<{ redirectTo: string }>> {
  return runAction(async () => {
    const input = signUpSchema.parse(formEntries(form));
    await registerUser(input);
    const result = await passwordSignIn(
      input.email,
      input.password,
      safeCallbackPath(form.get("callbackUrl")),
    );
    if (!result.ok)
      throw new AppError("INTERNAL", "Your account was created, but signing in failed: sign in below.");
    return result;
  });
}
