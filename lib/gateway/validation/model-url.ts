/**
 * Models refer to each other by URL: `https://apigateway.amazonaws.com/restapis/<api-id>/models/<Model>`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings-models.html
 */
const PREFIX = "https://apigateway.amazonaws.com/restapis/";

/** The canonical URL of a model, as a `$ref` in another model of the same API names it. */
export function toModelUrl(apiId: string, modelName: string): string {
  return `${PREFIX}${apiId}/models/${modelName}`;
}

/** The API id and model name a canonical model URL names, or undefined if the URL is not canonical. */
export function parseModelUrl(url: string): { apiId: string; modelName: string } | undefined {
  if (!url.startsWith(PREFIX)) return undefined;
  const match = /^([^/]+)\/models\/([^/#?]+)$/.exec(url.slice(PREFIX.length));
  if (!match?.[1] || !match[2]) return undefined;
  return { apiId: match[1], modelName: match[2] };
}
