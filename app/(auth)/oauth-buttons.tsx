import { signIn } from "@/lib/auth";
import { Button } from "@/app/_components/ui/button";

/** One button per configured OAuth provider (AUTH_GITHUB_*, AUTH_GOOGLE_*); nothing when none is set. */
export function OAuthButtons({
  providers,
  callbackUrl,
}: {
  providers: { id: string; name: string }[];
  callbackUrl: string;
}) {
  if (!providers.length) return null;
  return (
    <div className="space-y-2">
      {providers.map((p) => (
        <form
          key={p.id}
          action={async () => {
            "use server";
            await signIn(p.id, { redirectTo: callbackUrl });
          }}
        >
          <Button type="submit" variant="secondary" className="w-full">
            Continue with {p.name}
          </Button>
        </form>
      ))}
      <p className="py-2 text-center text-xs uppercase tracking-wide text-slate-500">or with email</p>
    </div>
  );
}
