/**
 * A policy document IAM's grammar rejects. `code` is IAM's error code (PutUserPolicy answers 400
 * MalformedPolicyDocument); the message names the element and the problem, in IAM's words where known.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutUserPolicy.html
 */
export class MalformedPolicyDocumentError extends Error {
  override name = "MalformedPolicyDocumentError";
  readonly code = "MalformedPolicyDocument";
  readonly status = 400;
  constructor(message: string) {
    super(message);
  }
}
