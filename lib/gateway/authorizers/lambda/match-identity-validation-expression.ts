/**
 * `identityValidationExpression`: a TOKEN authorizer's regular expression, checked against the whole token
 * before the Lambda function is invoked; a token that does not match is refused with 401 and the function
 * is never called [DOC]. API Gateway compiles the pattern as Java and requires a full match
 * (`Matcher.matches()`), which `(?:...)` plus a sticky start and an end-of-input lookahead reproduce even
 * under the `m` flag.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization-with-console.html
 */
import { translateJavaRegex } from "./translate-java-regex";

/** A validation expression that does not compile: a configuration error, answered with a 500. */
export class InvalidValidationExpressionError extends Error {
  override name = "InvalidValidationExpressionError";
}

const compiled = new Map<string, RegExp>();
const MAX_COMPILED = 256;

function compileFullMatch(expression: string): RegExp {
  const known = compiled.get(expression);
  if (known) return known;
  const { source, flags } = translateJavaRegex(expression);
  let regex: RegExp;
  try {
    regex = new RegExp(`(?:${source})(?![\\s\\S])`, `${flags}y`);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InvalidValidationExpressionError(`Invalid identity validation expression: ${detail}`);
  }
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(expression, regex);
  return regex;
}

/** Whether `token` matches `expression` in full, as Java's `String.matches` decides. */
export function matchIdentityValidationExpression(expression: string, token: string): boolean {
  const regex = compileFullMatch(expression);
  regex.lastIndex = 0;
  return regex.test(token);
}
