/**
 * Picks the integration response of a non-proxy integration (spec 6.6). For Lambda, a successful call
 * takes the default response and a function error's `errorMessage` is matched against the selection
 * patterns; for HTTP, AWS service and MOCK integrations the backend's status code is matched. Patterns
 * are Java regexes matched against the whole string [UNVERIFIED: full match; LocalStack matches a
 * prefix]; the first match in status-code order wins [UNVERIFIED tie-break].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html
 */
import type { IntegrationResponse } from "../control/types";

const compiled = new Map<string, RegExp | null>();

function patternFor(selectionPattern: string): RegExp | null {
  let regex = compiled.get(selectionPattern);
  if (regex === undefined) {
    try {
      regex = new RegExp(`^(?:${selectionPattern})$`);
    } catch {
      regex = null; // AWS refuses a bad pattern at PutIntegrationResponse; a stale one never matches
    }
    compiled.set(selectionPattern, regex);
  }
  return regex;
}

export interface SelectionInput {
  /** What the patterns see: the status code, or a Lambda error's message (null: the error had none). */
  subject: string | null;
  /** A successful Lambda invocation: only the default response applies. */
  successfulLambda: boolean;
}

export function selectIntegrationResponse(
  responses: Readonly<Record<string, IntegrationResponse>> | undefined,
  input: SelectionInput,
): IntegrationResponse | undefined {
  const all = Object.values(responses ?? {});
  const fallback = all.find((r) => !r.selectionPattern);
  if (input.successfulLambda) return fallback;
  const subject = input.subject ?? "";
  return all.find((r) => r.selectionPattern && patternFor(r.selectionPattern)?.test(subject)) ?? fallback;
}
