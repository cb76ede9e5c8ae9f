"use client";
/** One JWT: copy it, see it whole on request, and read its payload's claims (decoded, not verified). */
import { CopyButton } from "@/app/_components/workbench/copy-button";
import { decodeJwt, describeTimeClaim } from "./decode-jwt";

function claimText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function TokenView({ label, token }: { label: string; token: string }) {
  let claims: Record<string, unknown> | undefined;
  try {
    claims = decodeJwt(token).payload;
  } catch {
    claims = undefined;
  }
  return (
    <section
      aria-label={label}
      className="space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-800"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h5 className="text-sm font-semibold">{label}</h5>
        <CopyButton value={token} what={label} />
      </div>
      <details>
        <summary className="cursor-pointer text-xs text-slate-600 dark:text-slate-300">
          <code className="font-mono">{token.slice(0, 32)}…</code> ({token.length} characters) — show the
          whole token
        </summary>
        <p className="mt-1 break-all rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-950">{token}</p>
      </details>
      {claims ? (
        <table className="w-full text-left text-xs">
          <caption className="sr-only">Claims of the {label}</caption>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {Object.entries(claims).map(([name, value]) => {
              const time = describeTimeClaim(name, value);
              return (
                <tr key={name}>
                  <th scope="row" className="w-40 py-1 pr-3 align-top font-mono font-medium">
                    {name}
                  </th>
                  <td className="break-all py-1 font-mono">
                    {claimText(value)}
                    {time ? <span className="text-slate-500 dark:text-slate-400"> ({time})</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="text-xs text-slate-500 dark:text-slate-400">Not a readable JWT.</p>
      )}
    </section>
  );
}
