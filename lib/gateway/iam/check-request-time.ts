/**
 * SigV4's replay window: a request must reach AWS within 5 minutes of its signing time, either way. A
 * presigned request is valid from its `X-Amz-Date` for `X-Amz-Expires` seconds instead. Texts are AWS's
 * (3P, recorded from AWS's shared authentication layer: `Signature expired: 20131008T001036Z is now
 * earlier than 20131008T001112Z (20131008T001612Z - 5 min.)`).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/signing-elements.html#date
 */
import { parseAmzDate, parseHttpDate, toAmzDate } from "./amz-date";
import { IncompleteSignatureError, InvalidSignatureError } from "./iam-errors";
import type { SignatureParts } from "./read-signature";

const SKEW_MS = 5 * 60_000;

/** `5 min.` as AWS writes the 5-minute window; other (presigned) windows in minutes or seconds. */
function describeWindow(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} min.` : `${ms / 1000} sec.`;
}

export interface RequestTime {
  /** Epoch ms of the signing time. */
  readonly signedAt: number;
  /** The signing time in ISO 8601 basic format, as the string to sign carries it. */
  readonly amzDate: string;
}

export function checkRequestTime(parts: SignatureParts, now: number): RequestTime {
  const { requestDate, dateSource, expiresSeconds } = parts;
  const signedAt = dateSource === "X-Amz-Date" ? parseAmzDate(requestDate) : parseHttpDate(requestDate);
  if (signedAt === undefined)
    throw new IncompleteSignatureError(
      `Date must be in ISO-8601 'basic format'. Got '${requestDate}'. See http://en.wikipedia.org/wiki/ISO_8601`,
    );
  const amzDate = toAmzDate(signedAt);
  // [UNVERIFIED] the expiry text of presigned requests; the header form is used with their own window.
  const window = expiresSeconds === undefined ? SKEW_MS : expiresSeconds * 1000;
  if (signedAt < now - window)
    throw new InvalidSignatureError(
      `Signature expired: ${amzDate} is now earlier than ${toAmzDate(now - window)} (${toAmzDate(now)} - ${describeWindow(window)})`,
    );
  if (signedAt > now + SKEW_MS)
    throw new InvalidSignatureError(
      `Signature not yet current: ${amzDate} is still later than ${toAmzDate(now + SKEW_MS)} (${toAmzDate(now)} + 5 min.)`,
    );
  return { signedAt, amzDate };
}
