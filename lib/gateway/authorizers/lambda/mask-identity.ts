/**
 * Identities as execution logs show them: masked, keeping at most the last four characters
 * (`Incoming identity: ***abcd`) and only when at least as many stay hidden, so short tokens show nothing.
 * [UNVERIFIED] the exact masking rule AWS applies.
 */

export function maskIdentity(value: string): string {
  const characters = Array.from(value);
  return characters.length >= 8 ? `***${characters.slice(-4).join("")}` : "***";
}

/** One masked value, or the masked list of a REQUEST authorizer's values (absent ones shown as such). */
export function describeIncomingIdentity(values: readonly (string | undefined)[]): string {
  const masked = values.map((value) =>
    value === undefined || value === "" ? "<missing>" : maskIdentity(value),
  );
  return masked.length === 1 ? (masked[0] ?? "") : `[${masked.join(", ")}]`;
}
