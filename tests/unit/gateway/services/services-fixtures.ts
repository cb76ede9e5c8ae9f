import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import type { AwsServices } from "@/lib/gateway/services";
import { AwsServiceError, createAwsServices } from "@/lib/gateway/services";
import { expect } from "vitest";

/** A sandbox's services on a virtual clock (2026-01-01T00:00:00Z) and a seeded random. */
export function createTestServices(): { services: AwsServices; clock: VirtualClock } {
  const clock = new VirtualClock();
  return { services: createAwsServices({ clock, random: new SeededRandom(7) }), clock };
}

/** Creates an on-demand table keyed `pk` (S), plus `sk` when `rangeType` is given. */
export async function createTable(
  services: AwsServices,
  tableName: string,
  rangeType?: "S" | "N",
): Promise<void> {
  const keySchema = [{ AttributeName: "pk", KeyType: "HASH" }];
  const definitions = [{ AttributeName: "pk", AttributeType: "S" }];
  if (rangeType !== undefined) {
    keySchema.push({ AttributeName: "sk", KeyType: "RANGE" });
    definitions.push({ AttributeName: "sk", AttributeType: rangeType });
  }
  await services.call("dynamodb", "CreateTable", {
    TableName: tableName,
    KeySchema: keySchema,
    AttributeDefinitions: definitions,
    BillingMode: "PAY_PER_REQUEST",
  });
}

/** The AwsServiceError a call rejects with (fails the test if it resolves). */
export async function callError(
  services: AwsServices,
  service: Parameters<AwsServices["call"]>[0],
  operation: string,
  input: unknown,
): Promise<AwsServiceError> {
  try {
    await services.call(service, operation, input);
  } catch (error) {
    expect(error).toBeInstanceOf(AwsServiceError);
    return error as AwsServiceError;
  }
  throw new Error(`${service}.${operation} succeeded; an error was expected`);
}
