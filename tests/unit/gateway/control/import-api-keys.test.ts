import { describe, expect, it } from "vitest";
import { expectAwsError } from "./fixture";
import { createPlanSandbox } from "./usage-plan-fixture";

const VALUE_1 = "apikey1234abcdefghij0123456789";
const VALUE_2 = "abcdef1234ghijklmnop0123456789";

function setup() {
  const sandbox = createPlanSandbox();
  const { cp, restApiId } = sandbox;
  const dev = cp.createUsagePlan({ name: "dev", apiStages: [{ apiId: restApiId, stage: "dev" }] });
  const prod = cp.createUsagePlan({ name: "prod", apiStages: [{ apiId: restApiId, stage: "prod" }] });
  return { ...sandbox, dev, prod };
}

describe("ImportApiKeys", () => {
  it("imports the documented file: columns in any order and case, enabled by default, quoted plan lists", () => {
    const { cp, dev, prod } = setup();
    const body = [
      `Enabled,Name,key,UsageplanIds`,
      `true,MyFirstApiKey,${VALUE_1},"${dev.id},${prod.id}"`,
      `,Second,${VALUE_2},'${dev.id}'`,
    ].join("\n");
    const result = cp.importApiKeys({ body, format: "csv" });
    expect(result.warnings).toEqual([]);
    expect(result.ids).toHaveLength(2);
    const [first, second] = result.ids.map((id) => cp.getApiKey({ apiKey: id, includeValue: true }));
    expect(first).toMatchObject({ name: "MyFirstApiKey", value: VALUE_1, enabled: true });
    expect(second).toMatchObject({ name: "Second", value: VALUE_2, enabled: true });
    expect(cp.getUsagePlans({ keyId: first!.id }).items.map((plan) => plan.id)).toEqual([dev.id, prod.id]);
    expect(cp.getUsagePlanKeys({ usagePlanId: dev.id }).items.map((key) => key.id)).toEqual([
      second!.id,
      first!.id,
    ]);
  });

  it("reads the request body example of the guide, spaces and mixed-case booleans included, from bytes", () => {
    const { cp, dev } = setup();
    const csv = [
      "key,name, description, enabled, usageplanIds",
      `abcdef1234ghijklmnop8901234567, importedKey_1, firstone,  tRuE, ${dev.id} `,
      `abcdef1234ghijklmnop0123456789, importedKey_2, secondone, FALSE, ${dev.id}`,
    ].join("\r\n");
    const { ids } = cp.importApiKeys({
      body: new TextEncoder().encode(csv),
      format: "csv",
      failOnWarnings: true,
    });
    expect(ids.map((id) => cp.getApiKey({ apiKey: id }))).toMatchObject([
      { name: "importedKey_1", description: "firstone", enabled: true },
      { name: "importedKey_2", description: "secondone", enabled: false },
    ]);
  });

  it("overwrites the key with the same value, keeping its id", () => {
    const { cp } = setup();
    const original = cp.createApiKey({ name: "old", value: VALUE_1, description: "x" });
    const { ids } = cp.importApiKeys({ body: `name,key\nnew,${VALUE_1}`, format: "csv" });
    expect(ids).toEqual([original.id]);
    const key = cp.getApiKey({ apiKey: original.id });
    expect({ name: key.name, enabled: key.enabled, description: key.description }).toEqual({
      name: "new",
      enabled: true,
      description: undefined,
    });
    expect(cp.getApiKeys({}).items).toHaveLength(1);
  });

  it("skips a bad row and an unknown plan with warnings, and with failOnWarnings imports nothing", () => {
    const { cp, dev } = setup();
    const body = `name,key,usageplanids\nshort,${"a".repeat(19)},\ngood,${VALUE_1},"${dev.id},nope42"`;
    const result = cp.importApiKeys({ body, format: "csv" });
    expect(result.warnings).toEqual([
      "Line 2: API Key value should be at least 20 characters",
      "Line 3: Invalid Usage Plan ID specified: nope42",
    ]);
    expect(result.ids).toHaveLength(1);
    const { cp: fresh } = setup();
    expectAwsError(
      () => fresh.importApiKeys({ body, format: "csv", failOnWarnings: true }),
      "BadRequestException",
      "Line 2: API Key value should be at least 20 characters; Line 3: Invalid Usage Plan ID specified: nope42",
    );
    expect(fresh.getApiKeys({}).items).toEqual([]);
  });

  it("warns when a key would be in two plans for one stage, and still imports the key", () => {
    const { cp, restApiId, dev } = setup();
    const twin = cp.createUsagePlan({ name: "twin", apiStages: [{ apiId: restApiId, stage: "dev" }] });
    const { ids, warnings } = cp.importApiKeys({
      body: `name,key,usageplanids\nk,${VALUE_1},"${dev.id},${twin.id}"`,
      format: "csv",
    });
    expect(warnings).toEqual([
      `Usage Plan ${twin.id} cannot be added because API Key ${ids[0]} cannot reference multiple Usage Plans with the same API Stage: ${restApiId}:dev`,
    ]);
    expect(cp.getUsagePlans({ keyId: ids[0] }).items.map((plan) => plan.id)).toEqual([dev.id]);
  });

  it("refuses a format other than csv and a file without Name and Key columns", () => {
    const { cp } = setup();
    expectAwsError(
      () => cp.importApiKeys({ body: "", format: "json" }),
      "ValidationException",
      "1 validation error detected: Value 'json' at 'format' failed to satisfy constraint: Member must satisfy enum value set: [csv]",
    );
    expectAwsError(
      () => cp.importApiKeys({ body: `key\n${VALUE_1}`, format: "csv" }),
      "BadRequestException",
      "Invalid API key file: the Name and Key columns are required",
    );
  });
});
