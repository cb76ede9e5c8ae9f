import { isRecord } from "../read-input";
import { statesError } from "./states-errors";

function invalidDefinition(detail: string): Error {
  return statesError("InvalidDefinition", `Invalid State Machine Definition: '${detail}'`);
}

/**
 * A structural check of an Amazon States Language definition: JSON, a `States` object whose states each have a
 * `Type`, and a `StartAt` naming one of them. States are stored, not executed, so deeper checks are left out.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html
 */
export function validateDefinition(definition: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(definition);
  } catch (error) {
    throw invalidDefinition(
      `INVALID_JSON_DESCRIPTION: ${error instanceof Error ? error.message : "not JSON"}`,
    );
  }
  if (!isRecord(parsed))
    throw invalidDefinition("SCHEMA_VALIDATION_FAILED: The definition must be a JSON object at /");
  const states = parsed.States;
  if (!isRecord(states) || Object.keys(states).length === 0) {
    throw invalidDefinition("SCHEMA_VALIDATION_FAILED: The field 'States' should be a non-empty object at /");
  }
  if (typeof parsed.StartAt !== "string")
    throw invalidDefinition("SCHEMA_VALIDATION_FAILED: The field 'StartAt' is required at /");
  if (states[parsed.StartAt] === undefined) {
    throw invalidDefinition(
      `MISSING_TRANSITION_TARGET: Missing 'Next' target: ${parsed.StartAt} at /StartAt`,
    );
  }
  for (const [name, state] of Object.entries(states)) {
    if (!isRecord(state) || typeof state.Type !== "string") {
      throw invalidDefinition(`SCHEMA_VALIDATION_FAILED: The field 'Type' is required at /States/${name}`);
    }
  }
}
