import { BadRequestException } from "./api-gateway-error";
import type { RestApiRecord } from "./control-state";
import { deepFreeze } from "./deep-freeze";
import { listMethods } from "./lookups";
import { resolveGatewayResponses } from "./resolve-gateway-response";
import type { ApiSnapshot } from "./types";

/**
 * What a deployment serves: a deep, frozen copy of the API as it is now. Later edits to resources,
 * methods, models... do not reach it; only a new deployment does [DOC updating-api].
 * Gateway responses are frozen resolved (all 21 types, DEFAULT_4XX/5XX inheritance applied), so the
 * data plane reads the one for a type directly.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-deployments.html
 */
export function freezeApiSnapshot(record: RestApiRecord): Readonly<ApiSnapshot> {
  return deepFreeze(
    structuredClone({
      api: record.restApi,
      resources: record.resources,
      models: record.models,
      requestValidators: record.requestValidators,
      authorizers: record.authorizers,
      gatewayResponses: resolveGatewayResponses(record),
    }),
  );
}

/**
 * CreateDeployment refuses an API that has no method, or a method without integration
 * ["The REST API doesn't contain any methods", "No integration defined for method": 3P verbatim
 * BadRequestException dumps from CloudFormation and Terraform].
 */
export function assertDeployable(record: RestApiRecord): void {
  const methods = listMethods(record);
  if (methods.length === 0) throw new BadRequestException("The REST API doesn't contain any methods");
  if (methods.some(({ method }) => !method.methodIntegration)) {
    throw new BadRequestException("No integration defined for method");
  }
}
