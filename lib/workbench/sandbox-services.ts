/**
 * The services the workbench can drive, by the name the operations route takes. Pure (engine and zod
 * only): the server's operations route and the browser's try-it sandbox use the same runners, so both
 * allow exactly the same operations. Adding a service is one entry here.
 */
import { apiGatewayRunner } from "./apigateway-runner";
import { cognitoRunner } from "./cognito-runner";
import { iamRunner } from "./iam-runner";
import { lambdaRunner } from "./lambda-runner";
import type { SandboxServiceRunner } from "./sandbox-service-runner";

export const SANDBOX_SERVICES = {
  apigateway: apiGatewayRunner,
  "cognito-idp": cognitoRunner,
  iam: iamRunner,
  lambda: lambdaRunner,
} satisfies Record<string, SandboxServiceRunner>;

export type SandboxServiceName = keyof typeof SANDBOX_SERVICES;

export const SANDBOX_SERVICE_NAMES = Object.keys(SANDBOX_SERVICES) as [
  SandboxServiceName,
  ...SandboxServiceName[],
];
