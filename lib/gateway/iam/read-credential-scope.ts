/**
 * Checks the signature's algorithm, that `host` is signed, and the credential scope
 * `AKID/yyyymmdd/region/service/aws4_request`: the date must be the signing date, the region the API's,
 * the service `execute-api`. Texts are those of AWS's shared authentication layer (3P); scope problems
 * are reported together, in AWS's order.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/signing-elements.html#credential-scope
 */
import { IncompleteSignatureError, InvalidSignatureError } from "./iam-errors";
import type { SignatureParts } from "./read-signature";
import { ALGORITHM } from "./to-canonical-request";

export interface CredentialScope {
  readonly accessKeyId: string;
  readonly date: string;
  readonly region: string;
  readonly service: string;
  /** `yyyymmdd/region/service/aws4_request`. */
  readonly scope: string;
}

export interface ExpectedScope {
  readonly region: string;
  readonly service: string;
}

export function assertSignatureForm(parts: SignatureParts): void {
  if (!parts.signedHeaders.includes("host") && !parts.signedHeaders.includes(":authority"))
    throw new InvalidSignatureError(
      "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    );
  if (parts.algorithm !== ALGORITHM)
    throw new IncompleteSignatureError(
      `Unsupported AWS 'algorithm': '${parts.algorithm}' (only ${ALGORITHM} for now). `,
    );
}

export function readCredentialScope(
  credential: string,
  expected: ExpectedScope,
  amzDate: string,
): CredentialScope {
  const trimmed = credential.replace(/\/+$/, "");
  const elements = trimmed.split("/");
  const [accessKeyId = "", date = "", region = "", service = "", terminator = ""] = elements;
  if (elements.length !== 5)
    throw new IncompleteSignatureError(
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${trimmed}'`,
    );
  let problems = "";
  if (region !== expected.region)
    problems += `Credential should be scoped to a valid region, not '${region}'. `;
  if (service !== expected.service)
    problems += `Credential should be scoped to correct service: '${expected.service}'. `;
  if (terminator !== "aws4_request")
    problems += `Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'. `;
  const signingDay = amzDate.slice(0, 8);
  if (date !== signingDay)
    problems += `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${date}' != '${signingDay}', from '${amzDate}'.`;
  if (problems) throw new InvalidSignatureError(problems);
  return { accessKeyId, date, region, service, scope: `${date}/${region}/${service}/${terminator}` };
}
