/**
 * Simulated AWS services for AWS integrations and Lambda code: DynamoDB, SQS, SNS and Step Functions, in memory,
 * per sandbox, with the real request/response shapes and errors.
 */
export type { AwsServiceName } from "./aws-service-error";
export { AwsServiceError } from "./aws-service-error";
export type { AwsServices, AwsServicesOptions } from "./create-aws-services";
export { createAwsServices } from "./create-aws-services";
export type { AwsServicesSnapshot } from "./aws-services-snapshot";
export { AwsServicesSnapshotError } from "./aws-services-snapshot";
export type { AwsServicesInspector, QueuedMessage } from "./inspect-aws-services";
export type { AttributeMap, AttributeValue } from "./dynamodb/attribute-value";
export type { AwsIntegrationRequest, AwsIntegrationResponse } from "./integration/invoke-aws-integration";
export { invokeAwsIntegration } from "./integration/invoke-aws-integration";
export type { AwsIntegrationTarget } from "./integration/parse-aws-integration-uri";
export { AwsIntegrationUriError, parseAwsIntegrationUri } from "./integration/parse-aws-integration-uri";
export { toWireErrorType } from "./integration/to-wire-error";
export { md5Hex, md5OfUtf8 } from "./md5";
