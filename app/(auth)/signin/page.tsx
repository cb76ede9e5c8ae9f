import type { Metadata } from "next";
import { oauthProviders } from "@/lib/auth";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { Alert } from "@/app/_components/ui/alert";
import { signInAction } from "../actions";
import { AuthForm } from "../auth-form";
import { AuthShell } from "../auth-shell";
import { OAuthButtons } from "../oauth-buttons";

export const metadata: Metadata = { title: "Sign in" };

const OAUTH_ERRORS: Record<string, string> = {
  OAuthAccountNotLinked: "That email is already registered with a password. Sign in with your password.",
  AccessDenied: "Sign-in was cancelled or refused.",
  Configuration: "Sign-in is misconfigured on the server. Please tell the site's admin.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  const error =
    typeof params.error === "string"
      ? (OAUTH_ERRORS[params.error] ?? "Sign-in failed. Please try again.")
      : null;
  return (
    <AuthShell title="Sign in" lead="Welcome back. Pick up where you left off.">
      {error ? (
        <div className="mb-4">
          <Alert tone="error">{error}</Alert>
        </div>
      ) : null}
      <OAuthButtons providers={oauthProviders()} callbackUrl={callbackUrl} />
      <AuthForm mode="signin" action={signInAction} callbackUrl={callbackUrl} />
    </AuthShell>
  );
}
