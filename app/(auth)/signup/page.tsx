import type { Metadata } from "next";
import { oauthProviders } from "@/lib/auth";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { signUpAction } from "../actions";
import { AuthForm } from "../auth-form";
import { AuthShell } from "../auth-shell";
import { OAuthButtons } from "../oauth-buttons";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  return (
    <AuthShell
      title="Create your account"
      lead="Free. Your progress, attempts and sandboxes are saved to it."
    >
      <OAuthButtons providers={oauthProviders()} callbackUrl={callbackUrl} />
      <AuthForm mode="signup" action={signUpAction} callbackUrl={callbackUrl} />
    </AuthShell>
  );
}
