import type { BasePathMode, DefinitionDocument, ImportPlan, PlanContext } from "./definition-types";
import { readDefinitionVersion } from "./parse-definition-document";
import { planGatewayResponses, planModels, planRequestValidators } from "./plan-api-definitions";
import { planApiSettings } from "./plan-api-settings";
import { planPaths } from "./plan-paths";
import { planSecurity } from "./plan-security";
import { resolveBasePath } from "./resolve-base-path";

export interface ImportPlanOptions {
  /** The `basepath` import parameter (default `ignore`). */
  basePath?: BasePathMode;
}

/**
 * A Swagger 2.0 or OpenAPI 3.0 definition as the control-plane calls that build the API it describes,
 * with what it cannot import listed as warnings. Pure: nothing is created here.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html
 */
export function toImportPlan(document: DefinitionDocument, options: ImportPlanOptions = {}): ImportPlan {
  const context: PlanContext = { document, version: readDefinitionVersion(document), warnings: [] };
  const basePath = resolveBasePath(document, context.version, options.basePath ?? "ignore");
  const settings = planApiSettings(context);
  const models = planModels(context);
  const requestValidators = planRequestValidators(context);
  const gatewayResponses = planGatewayResponses(context);
  const security = planSecurity(context);
  const { resourcePaths, methods } = planPaths(context, basePath, security);
  return {
    settings,
    models,
    requestValidators,
    authorizers: security.authorizers,
    resourcePaths,
    methods,
    gatewayResponses,
    warnings: context.warnings,
  };
}
