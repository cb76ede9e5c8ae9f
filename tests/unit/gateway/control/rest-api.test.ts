import { describe, expect, it } from "vitest";
import { ACCOUNT_ID, START_SECONDS, createTestControlPlane, expectAwsError } from "./fixture";

describe("CreateRestApi", () => {
  it("creates an EDGE, HEADER-keyed API with a root resource and AWS's default fields", () => {
    const { cp } = createTestControlPlane();
    const api = cp.createRestApi({ name: "pets", description: "my api" });
    expect(api).toEqual({
      id: expect.stringMatching(/^[a-z0-9]{10}$/),
      name: "pets",
      description: "my api",
      createdDate: START_SECONDS,
      apiKeySource: "HEADER",
      endpointConfiguration: { types: ["EDGE"], ipAddressType: "ipv4" },
      disableExecuteApiEndpoint: false,
      rootResourceId: expect.stringMatching(/^[a-z0-9]{10}$/),
    });
    expect(cp.getResources({ restApiId: api.id }).items).toEqual([{ id: api.rootResourceId, path: "/" }]);
  });

  it("adds the Empty and Error models with AWS's exact schemas", () => {
    const { cp } = createTestControlPlane();
    const api = cp.createRestApi({ name: "pets" });
    const models = cp.getModels({ restApiId: api.id }).items;
    expect(models.map(({ id: _id, ...model }) => model)).toEqual([
      {
        name: "Empty",
        description: "This is a default empty schema model",
        contentType: "application/json",
        schema:
          '{"$schema":"http://json-schema.org/draft-04/schema#","title":"Empty Schema","type":"object"}',
      },
      {
        name: "Error",
        description: "This is a default error schema model",
        contentType: "application/json",
        schema:
          '{"$schema":"http://json-schema.org/draft-04/schema#","title":"Error Schema","type":"object","properties":{"message":{"type":"string"}}}',
      },
    ]);
  });

  it("defaults a PRIVATE API to dualstack and echoes version, tags and binary media types", () => {
    const { cp } = createTestControlPlane();
    const api = cp.createRestApi({
      name: "private",
      version: "v1",
      tags: { team: "a" },
      binaryMediaTypes: ["image/png"],
      endpointConfiguration: { types: ["PRIVATE"] },
    });
    expect(api.endpointConfiguration).toEqual({ types: ["PRIVATE"], ipAddressType: "dualstack" });
    expect([api.version, api.tags, api.binaryMediaTypes]).toEqual(["v1", { team: "a" }, ["image/png"]]);
  });

  it("does not echo an empty binaryMediaTypes list", () => {
    const { cp } = createTestControlPlane();
    expect(cp.createRestApi({ name: "a", binaryMediaTypes: [] })).not.toHaveProperty("binaryMediaTypes");
  });

  it("refuses an empty description with BadRequestException", () => {
    const { cp } = createTestControlPlane();
    expectAwsError(
      () => cp.createRestApi({ name: "a", description: "" }),
      "BadRequestException",
      "Description cannot be an empty string",
    );
  });

  it("refuses a compression size above 10485760", () => {
    const { cp } = createTestControlPlane();
    expectAwsError(
      () => cp.createRestApi({ name: "a", minimumCompressionSize: 10_485_761 }),
      "BadRequestException",
      "Invalid minimum compression size, must be between 0 and 10485760",
    );
  });

  it("refuses two endpoint types, and an empty list", () => {
    const { cp } = createTestControlPlane();
    expectAwsError(
      () => cp.createRestApi({ name: "a", endpointConfiguration: { types: ["EDGE", "REGIONAL"] } }),
      "BadRequestException",
      "Cannot create an api with multiple Endpoint Types.",
    );
    expectAwsError(
      () => cp.createRestApi({ name: "a", endpointConfiguration: { types: [] } }),
      "BadRequestException",
      "REGIONAL Configuration and EDGE Configuration cannot be both DISABLED.",
    );
  });

  it("reports an unknown endpoint type and IP address type together in one ValidationException", () => {
    const { cp } = createTestControlPlane();
    expectAwsError(
      () =>
        cp.createRestApi({
          name: "a",
          description: "",
          endpointConfiguration: { types: ["wrong"], ipAddressType: "wrong" },
        }),
      "ValidationException",
      "2 validation errors detected: Value '[wrong]' at 'createRestApiInput.endpointConfiguration.types' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [PRIVATE, EDGE, REGIONAL]]; Value 'wrong' at 'createRestApiInput.endpointConfiguration.ipAddressType' failed to satisfy constraint: Member must satisfy enum value set: [ipv4, dualstack]",
    );
  });

  it("refuses ipv4 for a PRIVATE API", () => {
    const { cp } = createTestControlPlane();
    expectAwsError(
      () =>
        cp.createRestApi({ name: "a", endpointConfiguration: { types: ["PRIVATE"], ipAddressType: "ipv4" } }),
      "BadRequestException",
      "Only dualstack ipAddressType is supported for Private APIs.",
    );
  });
});

describe("GetRestApi, GetRestApis and DeleteRestApi", () => {
  it("answers NotFoundException with the account id for an unknown or upper-cased id", () => {
    const { cp } = createTestControlPlane();
    const api = cp.createRestApi({ name: "a" });
    const upper = api.id.toUpperCase();
    expectAwsError(
      () => cp.getRestApi({ restApiId: upper }),
      "NotFoundException",
      `Invalid API identifier specified ${ACCOUNT_ID}:${upper}`,
    );
  });

  it("pages the API list with an opaque position", () => {
    const { cp } = createTestControlPlane();
    const ids = ["a", "b", "c"].map((name) => cp.createRestApi({ name }).id);
    const first = cp.getRestApis({ limit: 2 });
    expect(first.items.map((api) => api.id)).toEqual(ids.slice(0, 2));
    const second = cp.getRestApis({ limit: 2, position: first.position });
    expect([second.items.map((api) => api.id), second.position]).toEqual([ids.slice(2), undefined]);
  });

  it("deletes the API, tells subscribers, and then answers NotFoundException", () => {
    const { cp, events } = createTestControlPlane();
    const api = cp.createRestApi({ name: "a" });
    cp.deleteRestApi({ restApiId: api.id });
    expect(events).toEqual([{ type: "RestApiDeleted", restApiId: api.id }]);
    expect(cp.getRestApis().items).toEqual([]);
    expectAwsError(
      () => cp.deleteRestApi({ restApiId: api.id }),
      "NotFoundException",
      `Invalid API identifier specified ${ACCOUNT_ID}:${api.id}`,
    );
  });

  it("returns copies: editing a returned API does not change the stored one", () => {
    const { cp } = createTestControlPlane();
    const api = cp.createRestApi({ name: "a" });
    api.name = "changed";
    expect(cp.getRestApi({ restApiId: api.id }).name).toBe("a");
  });
});
