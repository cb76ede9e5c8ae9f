import type { Model } from "./types";

/**
 * The two models every new REST API starts with, schemas exactly as GetModels returns them
 * [REC LS:test_apigateway_api::test_model_lifecycle, spec 6.7].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings-models.html
 */
export function createDefaultModels(createModelId: () => string): Model[] {
  return [
    {
      id: createModelId(),
      name: "Empty",
      description: "This is a default empty schema model",
      contentType: "application/json",
      schema: JSON.stringify({
        $schema: "http://json-schema.org/draft-04/schema#",
        title: "Empty Schema",
        type: "object",
      }),
    },
    {
      id: createModelId(),
      name: "Error",
      description: "This is a default error schema model",
      contentType: "application/json",
      schema: JSON.stringify({
        $schema: "http://json-schema.org/draft-04/schema#",
        title: "Error Schema",
        type: "object",
        properties: { message: { type: "string" } },
      }),
    },
  ];
}
