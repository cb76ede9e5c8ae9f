/**
 * IAM wildcard matching: `*` matches any sequence of characters (including none, `/` and `:`), `?` exactly
 * one character. Linear backtracking on the last `*` (no regular expressions), so a hostile pattern cannot
 * make matching slow.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */

/** Whether `value` matches the IAM `pattern`; `ignoreCase` for actions, which IAM compares case-insensitively. */
export function matchWildcard(pattern: string, value: string, ignoreCase = false): boolean {
  const p = Array.from(ignoreCase ? pattern.toLowerCase() : pattern);
  const v = Array.from(ignoreCase ? value.toLowerCase() : value);
  let pi = 0;
  let vi = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (vi < v.length) {
    const c = p[pi];
    if (c === "*") {
      starAt = pi++;
      resumeAt = vi;
    } else if (c !== undefined && (c === "?" || c === v[vi])) {
      pi++;
      vi++;
    } else if (starAt >= 0) {
      pi = starAt + 1;
      vi = ++resumeAt;
    } else {
      return false;
    }
  }
  while (p[pi] === "*") pi++;
  return pi === p.length;
}
