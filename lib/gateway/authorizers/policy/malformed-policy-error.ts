/** A policy document that IAM's grammar rejects; `reason` says which element and why. */
export class MalformedPolicyError extends Error {
  override name = "MalformedPolicyError";
  constructor(readonly reason: string) {
    super(reason);
  }
}
