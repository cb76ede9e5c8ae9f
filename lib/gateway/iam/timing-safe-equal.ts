/**
 * Constant-time string comparison, for signatures and session tokens.
 *
 * A plain `===` (or a loop that returns at the first difference) finishes sooner the earlier the strings
 * differ, so an attacker who can time many requests could learn a valid signature one character at a
 * time. Here every character of `expected` is visited whatever `provided` holds: the differences are
 * OR-ed into one accumulator and inspected once at the end, with no branch on the data. The running time
 * depends only on `expected.length`, which is public (a SigV4 signature is always 64 hex characters).
 * A length difference is folded into the accumulator too instead of returning early; `charCodeAt` past
 * the end of `provided` yields NaN, which `| 0` turns into 0 without a branch.
 *
 * JavaScript engines give no hard timing guarantee (a JIT could in principle optimise the loop), which
 * is why Node offers crypto.timingSafeEqual; that is unavailable here (the engine must also run in the
 * browser, and WebCrypto has no comparison primitive), and this is the standard portable substitute.
 */
export function timingSafeEqual(expected: string, provided: string): boolean {
  let difference = expected.length ^ provided.length;
  for (let i = 0; i < expected.length; i++) {
    difference |= expected.charCodeAt(i) ^ (provided.charCodeAt(i) | 0);
  }
  return difference === 0;
}
