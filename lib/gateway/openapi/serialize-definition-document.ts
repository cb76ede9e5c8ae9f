import { stringify } from "yaml";
import type { DefinitionDocument } from "./definition-types";

export type DefinitionFormat = "json" | "yaml";

/**
 * An exported definition as text: pretty-printed JSON, or YAML for `Accept: application/yaml`.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetExport.html
 */
export function serializeDefinitionDocument(document: DefinitionDocument, format: DefinitionFormat): string {
  return format === "yaml"
    ? stringify(document, { aliasDuplicateObjects: false })
    : JSON.stringify(document, null, 2);
}
