/**
 * Renders a gateway response body template. These templates are not VTL: API Gateway only substitutes
 * `$context.<name>` and `$stageVariables.<name>` (DOC). `$context.error.messageString` is the message as a
 * JSON string, or `null` when there is no message, so the default template
 * `{"message":$context.error.messageString}` gives `{"message":"Missing Authentication Token"}` or
 * `{"message":null}` (REC, section 1.1). A variable with no value renders as nothing [UNVERIFIED].
 * Gateway response *headers* read `method.request.*` through applyResponseParameterMappings.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-gateway-responses.responseTemplates.html
 */
import { readDottedVariable } from "./read-dotted-variable";

export interface GatewayResponseTemplateValues {
  context: Readonly<Record<string, unknown>>;
  stageVariables?: Readonly<Record<string, string>>;
}

const VARIABLE = /\$(context|stageVariables)((?:\.[A-Za-z0-9_]+)+)/g;

/**
 * Substitutes `$context.*` and `$stageVariables.*` in a gateway response template.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html
 */
export function renderGatewayResponseTemplate(
  template: string,
  values: GatewayResponseTemplateValues,
): string {
  return template.replace(VARIABLE, (_match, root: string, dotted: string) => {
    const path = dotted.slice(1);
    if (root === "stageVariables") return toText(readDottedVariable(values.stageVariables, path));
    if (path === "error.messageString") return toMessageString(values.context);
    return toText(readDottedVariable(values.context, path));
  });
}

/** The quoted message; the pipeline may already have put it in `$context` (it is then used as given). */
function toMessageString(context: Readonly<Record<string, unknown>>): string {
  const given = readDottedVariable(context, "error.messageString");
  if (typeof given === "string") return given;
  const message = readDottedVariable(context, "error.message");
  return JSON.stringify(typeof message === "string" ? message : null);
}

function toText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
