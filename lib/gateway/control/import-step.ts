import { ApiGatewayError, BadRequestException } from "./api-gateway-error";
import type { ControlContext } from "./control-context";
import type { RestApiRecord } from "./control-state";

/** How an import treats what the API already has (ImportRestApi starts from nothing). */
export type ImportMode = "import" | "merge" | "overwrite";

/** One import in progress: the API it builds (a draft until it succeeds) and what it found. */
export interface ImportSession {
  ctx: ControlContext;
  record: RestApiRecord;
  mode: ImportMode;
  warnings: string[];
}

/**
 * Runs one control-plane call of an import. Its failure stops the whole import, worded as AWS words it:
 * "Errors found during import:\n\tUnable to put integration on 'GET' for resource at path '/': Invalid
 * mapping expression specified: ..." [3P verbatim, Testlio/lambda-tools#56].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api-errors-warnings.html
 */
export function importStep<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ApiGatewayError) {
      throw new BadRequestException(`Errors found during import:\n\t${what}: ${error.message}`);
    }
    throw error;
  }
}

/** With `failonwarnings=true` any warning fails the import [DOC]; the wording is ours [UNVERIFIED]. */
export function warningsError(warnings: readonly string[]): BadRequestException {
  return new BadRequestException(`Warnings found during import:\n\t${warnings.join("\n\t")}`);
}
