import type { RestApiIdInput } from "./api-inputs";
import type { ControlContext } from "./control-context";
import { freezeApiSnapshot } from "./freeze-api-snapshot";
import { getRestApiRecordOrThrow } from "./lookups";
import type { ApiSnapshot } from "./types";

/**
 * Not an AWS action: the API as a deployment would freeze it now. TestInvokeMethod runs the method's
 * current, undeployed configuration [DOC TestInvokeMethod: "Simulate the invocation of a Method"].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_TestInvokeMethod.html
 */
export function getRestApiSnapshot(ctx: ControlContext, input: RestApiIdInput): Readonly<ApiSnapshot> {
  return freezeApiSnapshot(getRestApiRecordOrThrow(ctx, input.restApiId));
}
