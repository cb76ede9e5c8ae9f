import { BadRequestException, NotFoundException } from "./api-gateway-error";
import type { ControlContext } from "./control-context";
import type { UsagePlanRecord } from "./control-state";
import { DAY_MS, parseUtcDate, remainingAt, toUtcDate, usageOnDay } from "./daily-usage";
import { paginate } from "./paginate";
import { assertPatchOperationsValid, invalidPatchPath, invalidPatchOperation } from "./patch-operations";
import { findKeyUsage, keyUsageFor, toSnapshotEntry } from "./quota-usage-log";
import type { GetUsageInput, UpdateUsageInput, UsageOutput } from "./usage-plan-inputs";
import { getApiKeyOrThrow, getUsagePlanRecordOrThrow } from "./usage-plan-lookups";

/**
 * GetUsage: for each API key of the plan (or only `keyId`), one `[used, remaining]` entry per UTC day
 * from `startDate` to `endDate` (days after today are left out), keyed by API key id. `limit` and
 * `position` page over the keys.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetUsage.html
 */
export function getUsage(ctx: ControlContext, input: GetUsageInput): UsageOutput {
  const record = getUsagePlanRecordOrThrow(ctx, input.usagePlanId);
  const startMs = toDateOrThrow(input.startDate, "start");
  const endMs = toDateOrThrow(input.endDate, "end");
  // [UNVERIFIED] wording.
  if (endMs < startMs) throw new BadRequestException("The end date must not be before the start date");
  const keyIds = input.keyId === undefined ? record.keyIds : record.keyIds.filter((id) => id === input.keyId);
  const page = paginate(keyIds, input.position, input.limit);
  const lastMs = Math.min(endMs, Math.floor(ctx.clock.now() / DAY_MS) * DAY_MS);
  const items = Object.fromEntries(
    page.items.map((keyId) => [keyId, dailyUsage(ctx, record, keyId, startMs, lastMs)]),
  );
  const output: UsageOutput = {
    usagePlanId: record.usagePlan.id,
    startDate: input.startDate,
    endDate: input.endDate,
    items,
  };
  if (page.position !== undefined) output.position = page.position;
  return output;
}

/**
 * UpdateUsage: `replace` `/remaining` (or `/keyId/<keyId>/remaining`) sets what is left of the key's
 * quota for the current period, as a temporary extension. Answers the key's usage for today and tells
 * the data plane (UsageUpdated) so its running counter agrees.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_UpdateUsage.html
 */
export function updateUsage(ctx: ControlContext, input: UpdateUsageInput): UsageOutput {
  const record = getUsagePlanRecordOrThrow(ctx, input.usagePlanId);
  const key = getApiKeyOrThrow(ctx, input.keyId);
  if (!record.keyIds.includes(key.id)) throw new NotFoundException("Invalid Usage Plan ID specified");
  // [UNVERIFIED] wording.
  if (!record.usagePlan.quota) throw new BadRequestException("The Usage Plan has no quota to extend");
  const operations = input.patchOperations ?? [];
  assertPatchOperationsValid("updateUsageInput", operations);
  const nowMs = ctx.clock.now();
  const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
  for (const { op, path, value } of operations) {
    if (path !== "/remaining" && path !== `/keyId/${key.id}/remaining`) throw invalidPatchPath(path);
    if (op !== "replace") throw invalidPatchOperation(["replace"]);
    const remaining = /^\d+$/.test(value ?? "") ? Number(value) : Number.NaN;
    // [UNVERIFIED] wording.
    if (!Number.isSafeInteger(remaining))
      throw new BadRequestException(`Invalid remaining quota specified: ${value}`);
    const usage = keyUsageFor(ctx, record.usagePlan.id, key.id);
    const granted = (usage.granted ??= {});
    const day = toUtcDate(today);
    granted[day] = (granted[day] ?? 0) + remaining - remainingAt(record, usage, today);
  }
  ctx.emit({ type: "UsageUpdated", entry: toSnapshotEntry(ctx, record, key.id, nowMs) });
  const date = toUtcDate(today);
  return getUsage(ctx, { usagePlanId: record.usagePlan.id, keyId: key.id, startDate: date, endDate: date });
}

function dailyUsage(
  ctx: ControlContext,
  record: UsagePlanRecord,
  keyId: string,
  startMs: number,
  lastMs: number,
): [number, number][] {
  const usage = findKeyUsage(ctx, record.usagePlan.id, keyId);
  const days: [number, number][] = [];
  for (let dayMs = startMs; dayMs <= lastMs; dayMs += DAY_MS) days.push(usageOnDay(record, usage, dayMs));
  return days;
}

/** [UNVERIFIED] wording; AWS takes dates as `yyyy-MM-dd`. */
function toDateOrThrow(text: string, which: "start" | "end"): number {
  const ms = parseUtcDate(text ?? "");
  if (ms === undefined)
    throw new BadRequestException(`Invalid ${which} date specified: ${text}. Dates must be yyyy-MM-dd`);
  return ms;
}
