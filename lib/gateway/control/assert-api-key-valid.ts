import { randomString, type Random } from "../ports";
import { BadRequestException, ConflictException, LimitExceededException } from "./api-gateway-error";
import type { UsagePlanDirectory } from "./usage-plan-directory";

/** API keys per account and Region [DOC spec 3.3, 7.3]. */
export const MAX_API_KEYS = 10_000;
const MAX_NAME_LENGTH = 1024;
const MIN_VALUE_LENGTH = 20;
const MAX_VALUE_LENGTH = 128;
const MAX_DESCRIPTION_LENGTH = 125_000;
/** Generated values look like AWS's: 40 mixed-case alphanumerics (`Hiorr45VR...c4GJc`, DOC). */
const GENERATED_VALUE_LENGTH = 40;

/**
 * The field rules of CreateApiKey, with the messages AWS answers
 * [REC LS:test_apigateway_extended::TestApigatewayApiKeysCrud, 2025-07; spec 3.4].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_CreateApiKey.html
 */
export function assertApiKeyFieldsValid(fields: {
  name?: string;
  value?: string;
  description?: string;
}): void {
  if (fields.name !== undefined) assertApiKeyNameValid(fields.name);
  if (fields.value) assertApiKeyValueValid(fields.value);
  if (fields.description !== undefined) assertApiKeyDescriptionValid(fields.description);
}

export function assertApiKeyNameValid(name: string): void {
  if (name.length > MAX_NAME_LENGTH)
    throw new BadRequestException("Invalid API Key name, can be at most 1024 characters.");
}

/** 20 to 128 characters; AWS documents them as alphanumeric but accepts hyphens too [3P], so only the length is checked. */
export function assertApiKeyValueValid(value: string): void {
  if (value.length < MIN_VALUE_LENGTH)
    throw new BadRequestException("API Key value should be at least 20 characters");
  if (value.length > MAX_VALUE_LENGTH)
    throw new BadRequestException("API Key value exceeds maximum size of 128 characters");
}

export function assertApiKeyDescriptionValid(description: string): void {
  if (description.length > MAX_DESCRIPTION_LENGTH)
    throw new BadRequestException("Invalid API Key description specified.");
}

/** Values are unique in the account: "API Key already exists" (409) [3P verbatim CloudFormation error]. */
export function assertApiKeyValueFree(directory: UsagePlanDirectory, value: string): void {
  if (directory.findApiKeyByValue(value)) throw new ConflictException("API Key already exists");
}

export function assertApiKeyQuota(directory: UsagePlanDirectory, adding = 1): void {
  if (directory.apiKeys.length + adding > MAX_API_KEYS) {
    // [UNVERIFIED] wording, modelled on the recorded resource quota message.
    throw new LimitExceededException(
      "Maximum number of API Keys for this account has been reached.  Please contact AWS if you need additional API Keys.",
    );
  }
}

/** A fresh value no other key has. */
export function createApiKeyValue(random: Random, directory: UsagePlanDirectory): string {
  for (;;) {
    const value = randomString(random, GENERATED_VALUE_LENGTH);
    if (!directory.findApiKeyByValue(value)) return value;
  }
}
