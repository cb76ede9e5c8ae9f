"use client";
import Link from "next/link";
import { useActionState, useEffect } from "react";
import type { ActionResult } from "@/lib/action-result";
import { PASSWORD_MIN_LENGTH } from "@/lib/password-policy";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";

type Result = ActionResult<{ redirectTo: string }> | null;
type Action = (previous: Result, form: FormData) => Promise<Result>;

/** The sign-in and sign-up form. After success it loads the target page in full so the new session shows everywhere. */
export function AuthForm({
  mode,
  action,
  callbackUrl,
}: {
  mode: "signin" | "signup";
  action: Action;
  callbackUrl: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const fields = state && !state.ok ? state.fields : undefined;

  useEffect(() => {
    if (state?.ok && state.data) window.location.assign(state.data.redirectTo);
  }, [state]);

  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {mode === "signup" ? (
        <Field label="Name" name="name" autoComplete="name" required maxLength={80} errors={fields?.name} />
      ) : null}
      <Field label="Email" name="email" type="email" autoComplete="email" required errors={fields?.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete={mode === "signup" ? "new-password" : "current-password"}
        required
        minLength={mode === "signup" ? PASSWORD_MIN_LENGTH : undefined}
        hint={mode === "signup" ? `At least ${PASSWORD_MIN_LENGTH} characters.` : undefined}
        errors={fields?.password}
      />
      <Button type="submit" className="w-full" disabled={pending || state?.ok === true} aria-busy={pending}>
        {pending || state?.ok
          ? mode === "signup"
            ? "Creating your account…"
            : "Signing in…"
          : mode === "signup"
            ? "Create account"
            : "Sign in"}
      </Button>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        {mode === "signup" ? (
          <>
            Already have an account?{" "}
            <Link
              className="font-semibold text-brand-600 hover:underline dark:text-brand-500"
              href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}
            >
              Sign in
            </Link>
          </>
        ) : (
          <>
            New to Gatewise?{" "}
            <Link
              className="font-semibold text-brand-600 hover:underline dark:text-brand-500"
              href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}
            >
              Create an account
            </Link>
          </>
        )}
      </p>
    </form>
  );
}
