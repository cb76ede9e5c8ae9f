/**
 * CreateFunction's and UpdateFunctionConfiguration's checks, in Lambda's words: model constraints first, all at
 * once (ValidationException), then the service's own rules (InvalidParameterValueException).
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html
 */
import type { LambdaNodeRuntime } from "../runtime";
import { InvalidParameterValueException, ValidationException } from "./lambda-api-errors";
import type { UpdateFunctionConfigurationInput } from "./lambda-api-inputs";

export const SUPPORTED_RUNTIMES: readonly LambdaNodeRuntime[] = ["nodejs18.x", "nodejs20.x", "nodejs22.x"];
/** Node.js runtimes Lambda has retired for creating and updating functions. */
const RETIRED_NODE_RUNTIMES = new Set([
  "nodejs",
  "nodejs4.3",
  "nodejs4.3-edge",
  "nodejs6.10",
  "nodejs8.10",
  "nodejs10.x",
  "nodejs12.x",
  "nodejs14.x",
  "nodejs16.x",
]);
const ROLE_PATTERN = "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+";
const ROLE = new RegExp(`^${ROLE_PATTERN}$`);
const MAX_ENVIRONMENT_BYTES = 4096;

type Settings = Omit<UpdateFunctionConfigurationInput, "FunctionName" | "RevisionId">;

/** Throws on the first failing group; `required` is CreateFunction, where a role is mandatory. */
export function assertFunctionSettings(settings: Settings, required: boolean): void {
  const violations = [
    ...checkRole(settings.Role, required),
    ...checkRange("timeout", settings.Timeout, 1, 900),
    ...checkRange("memorySize", settings.MemorySize, 128, 10_240),
    ...checkLength("description", settings.Description, 256),
    ...checkHandler(settings.Handler),
  ];
  if (violations.length > 0) throw new ValidationException(violations);
  if (settings.Runtime !== undefined) assertRuntimeSupported(settings.Runtime);
  if (settings.Environment?.Variables !== undefined) assertEnvironmentFits(settings.Environment.Variables);
  if (settings.Layers !== undefined && settings.Layers.length > 0)
    throw new InvalidParameterValueException(
      "Layers are not supported by this simulator: bundle what the layer provides into the function's file.",
    );
}

function checkRole(role: string | undefined, required: boolean): string[] {
  if (role === undefined)
    return required ? ["Value null at 'role' failed to satisfy constraint: Member must not be null"] : [];
  if (ROLE.test(role)) return [];
  return [
    `Value '${role}' at 'role' failed to satisfy constraint: ` +
      `Member must satisfy regular expression pattern: ${ROLE_PATTERN}`,
  ];
}

function checkRange(member: string, value: number | undefined, min: number, max: number): string[] {
  if (value === undefined || (Number.isInteger(value) && value >= min && value <= max)) return [];
  const bound = value < min ? `greater than or equal to ${min}` : `less than or equal to ${max}`;
  return [`Value '${value}' at '${member}' failed to satisfy constraint: Member must have value ${bound}`];
}

function checkLength(member: string, value: string | undefined, max: number): string[] {
  if (value === undefined || value.length <= max) return [];
  return [
    `Value '${value}' at '${member}' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
  ];
}

function checkHandler(handler: string | undefined): string[] {
  if (handler === undefined) return [];
  const prefix = `Value '${handler}' at 'handler' failed to satisfy constraint: Member must`;
  if (handler.length > 128) return [`${prefix} have length less than or equal to 128`];
  return /^[^\s]+$/.test(handler) ? [] : [`${prefix} satisfy regular expression pattern: [^\\s]+`];
}

function assertRuntimeSupported(runtime: string): void {
  if (SUPPORTED_RUNTIMES.some((r) => r === runtime)) return;
  if (RETIRED_NODE_RUNTIMES.has(runtime))
    throw new InvalidParameterValueException(
      `The runtime parameter of ${runtime} is no longer supported for creating or updating AWS Lambda functions. ` +
        "We recommend you use a supported runtime while creating or updating functions.",
    );
  throw new InvalidParameterValueException(
    `Value ${runtime} at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: ` +
      `[${SUPPORTED_RUNTIMES.join(", ")}] or be a valid ARN`,
  );
}

/** Lambda measures the variables as JSON text, keys included, against 4 KB. */
function assertEnvironmentFits(variables: Readonly<Record<string, string>>): void {
  const measured = JSON.stringify(variables);
  if (new TextEncoder().encode(measured).length <= MAX_ENVIRONMENT_BYTES) return;
  throw new InvalidParameterValueException(
    "Lambda was unable to configure your environment variables because the environment variables you have " +
      `provided exceeded the 4KB limit. String measured: ${measured}`,
  );
}

/** `Architectures`: exactly one of `x86_64` and `arm64` (both run alike here). */
export function assertArchitectures(
  architectures: readonly string[] | undefined,
): readonly ("x86_64" | "arm64")[] | undefined {
  if (architectures === undefined) return undefined;
  const valid = architectures.filter((a): a is "x86_64" | "arm64" => a === "x86_64" || a === "arm64");
  if (architectures.length === 1 && valid.length === 1) return valid;
  const prefix = `Value '[${architectures.join(", ")}]' at 'architectures' failed to satisfy constraint: Member must`;
  throw new ValidationException([
    architectures.length !== 1
      ? `${prefix} have length ${architectures.length > 1 ? "less than or equal to 1" : "greater than or equal to 1"}`
      : `${prefix} satisfy constraint: [Member must satisfy enum value set: [x86_64, arm64]]`,
  ]);
}
