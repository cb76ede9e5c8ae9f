/**
 * Reads the authorizer's response payload; malformed output (not JSON, no principalId, a bad policy,
 * object or array context values) is 500 `AuthorizerConfigurationException` with `{"message":null}`
 * [REC loige-2023].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */
import { AuthorizerConfigurationError } from "../../errors";
import {
  MalformedAuthorizerOutputError,
  toAuthorizerOutput,
  type AuthorizerOutput,
} from "./to-authorizer-output";

export function readAuthorizerOutput(payload: string, trace: string[]): AuthorizerOutput {
  try {
    return toAuthorizerOutput(payload);
  } catch (error) {
    if (!(error instanceof MalformedAuthorizerOutputError)) throw error;
    trace.push(`Execution failed due to configuration error: ${error.message}`);
    throw new AuthorizerConfigurationError();
  }
}
