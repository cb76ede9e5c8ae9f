import { BadRequestException, type ApiGatewayError } from "./api-gateway-error";
import { newApiKey } from "./api-key-operations";
import {
  assertApiKeyDescriptionValid,
  assertApiKeyNameValid,
  assertApiKeyQuota,
  assertApiKeyValueValid,
} from "./assert-api-key-valid";
import { nowInSeconds, type ControlContext } from "./control-context";
import type { StoredApiKey } from "./control-state";
import { parseApiKeyCsv, splitCsvLine, type ApiKeyCsvRow } from "./parse-api-key-csv";
import type { ImportApiKeysInput, ImportApiKeysOutput } from "./usage-plan-inputs";
import { addKeyToPlan } from "./usage-plan-key-operations";
import { directoryOf } from "./usage-plan-lookups";
import { enumViolation, throwIfValidationErrors } from "./validation-errors";

/** One key of the file, checked and ready to write. */
interface ImportedKey {
  value: string;
  name: string;
  description?: string;
  enabled: boolean;
  usagePlanIds: string[];
}

/**
 * ImportApiKeys (`format=csv`): creates the keys of an API key file, or overwrites the key with the same
 * value [DOC], and adds each to its `UsagePlanIds`. `Name` and `Key` columns are required; `Enabled`
 * defaults to true. A row that breaks a rule is skipped with a warning, and an unknown plan id is
 * skipped with a warning; with `failOnWarnings` any warning fails the whole import and nothing changes.
 * Warning wording is [UNVERIFIED].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_ImportApiKeys.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-key-file-format.html
 */
export function importApiKeys(ctx: ControlContext, input: ImportApiKeysInput): ImportApiKeysOutput {
  throwIfValidationErrors(
    input.format === "csv" ? [] : [enumViolation(String(input.format), "format", ["csv"])],
  );
  const text = typeof input.body === "string" ? input.body : new TextDecoder().decode(input.body);
  const { columns, rows } = parseApiKeyCsv(text);
  // [UNVERIFIED] wording.
  if (!columns.includes("name") || !columns.includes("key"))
    throw new BadRequestException("Invalid API key file: the Name and Key columns are required");
  const warnings: string[] = [];
  const keys = rows.flatMap((row) => toImportedKey(ctx, row, warnings));
  if (input.failOnWarnings && warnings.length > 0) throw new BadRequestException(warnings.join("; "));
  const directory = directoryOf(ctx);
  assertApiKeyQuota(
    directory,
    new Set(keys.filter((key) => !directory.findApiKeyByValue(key.value)).map((key) => key.value)).size,
  );
  const ids = keys.map((key) => writeKey(ctx, key, warnings));
  return { ids, warnings };
}

function toImportedKey(ctx: ControlContext, row: ApiKeyCsvRow, warnings: string[]): ImportedKey[] {
  const { key = "", name = "", description = "", enabled = "", usageplanids = "" } = row.cells;
  try {
    assertApiKeyValueValid(key);
    assertApiKeyNameValid(name);
    assertApiKeyDescriptionValid(description);
  } catch (error) {
    warnings.push(`Line ${row.line}: ${(error as ApiGatewayError).message}`);
    return [];
  }
  const directory = directoryOf(ctx);
  const usagePlanIds = splitCsvLine(usageplanids).filter((id) => {
    if (id === "") return false;
    if (directory.findUsagePlan(id)) return true;
    warnings.push(`Line ${row.line}: Invalid Usage Plan ID specified: ${id}`);
    return false;
  });
  const imported: ImportedKey = {
    value: key,
    name,
    enabled: enabled === "" || enabled.toLowerCase() === "true",
    usagePlanIds,
  };
  if (description) imported.description = description;
  return [imported];
}

/** Creates the key or overwrites the one with the same value, then joins its plans; answers its id. */
function writeKey(ctx: ControlContext, imported: ImportedKey, warnings: string[]): string {
  const directory = directoryOf(ctx);
  const existing = directory.findApiKeyByValue(imported.value);
  let key: StoredApiKey;
  if (existing) {
    key = { ...existing, name: imported.name, enabled: imported.enabled, lastUpdatedDate: nowInSeconds(ctx) };
    if (imported.description === undefined) delete key.description;
    else key.description = imported.description;
    directory.replaceApiKey(existing, key);
  } else {
    key = newApiKey(ctx, directory, imported.value, imported);
    directory.addApiKey(key);
  }
  for (const usagePlanId of imported.usagePlanIds) joinPlan(ctx, key, usagePlanId, warnings);
  return key.id;
}

function joinPlan(ctx: ControlContext, key: StoredApiKey, usagePlanId: string, warnings: string[]): void {
  const record = directoryOf(ctx).findUsagePlan(usagePlanId);
  // A key imported again keeps the plans it is already in.
  if (!record || record.keyIds.includes(key.id)) return;
  try {
    addKeyToPlan(ctx, record, key);
  } catch (error) {
    warnings.push((error as ApiGatewayError).message);
  }
}
