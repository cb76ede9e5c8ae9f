import { BadRequestException, ConflictException, LimitExceededException } from "./api-gateway-error";
import type { ControlContext } from "./control-context";
import type { UsagePlanRecord } from "./control-state";
import { findRestApiRecord } from "./lookups";
import type { QuotaPeriodType, QuotaSettings, ThrottleSettings, UsagePlanApiStage } from "./types";
import type { ApiStageInput, QuotaSettingsInput } from "./usage-plan-inputs";
import { directoryOf } from "./usage-plan-lookups";
import { enumViolation, throwIfValidationErrors } from "./validation-errors";

const QUOTA_PERIODS: readonly QuotaPeriodType[] = ["DAY", "WEEK", "MONTH"];
/** Method-level throttle settings per API stage in a plan [DOC spec 3.3, 7.3]. */
export const MAX_METHOD_THROTTLES_PER_STAGE = 20;
/** `<resourcePath>/<METHOD>`: `/pets/GET`, `//GET` for the root [DOC spec 3.3]. */
const METHOD_THROTTLE_KEY = /^\/.*\/(GET|PUT|POST|DELETE|PATCH|OPTIONS|HEAD|ANY|\*)$/;

/**
 * The API stages of a plan. Each must be a deployed stage; AWS's message for one that is not carries
 * its format placeholders unfilled, "Invalid API Stage {api: %s, stage: %s} specified for usageplan %s"
 * [3P verbatim, aws/aws-cdk#6169 (2020) and aws/aws-sdk#354 (2022)].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_ApiStage.html
 */
export function toApiStages(ctx: ControlContext, inputs: readonly ApiStageInput[]): UsagePlanApiStage[] {
  return inputs.map((input) => {
    const { apiId = "", stage = "" } = input;
    const record = findRestApiRecord(ctx, apiId);
    if (!record?.stages.some((candidate) => candidate.stageName === stage))
      throw new BadRequestException("Invalid API Stage {api: %s, stage: %s} specified for usageplan %s");
    const apiStage: UsagePlanApiStage = { apiId, stage };
    if (input.throttle && Object.keys(input.throttle).length > 0)
      apiStage.throttle = toMethodThrottles(input.throttle);
    return apiStage;
  });
}

/** Per-method throttles of one API stage: at most 20, keyed `<resourcePath>/<METHOD>`. */
export function toMethodThrottles(
  throttles: Readonly<Record<string, ThrottleSettings>>,
): Record<string, ThrottleSettings> {
  const entries = Object.entries(throttles);
  if (entries.length > MAX_METHOD_THROTTLES_PER_STAGE) {
    // [UNVERIFIED] wording, modelled on the recorded resource quota message.
    throw new LimitExceededException(
      "Maximum number of method-level throttle settings for this API stage has been reached.  Please contact AWS if you need additional settings.",
    );
  }
  return Object.fromEntries(
    entries.map(([key, settings]) => {
      // [UNVERIFIED] wording; AWS's check of the key's form is not documented.
      if (!METHOD_THROTTLE_KEY.test(key))
        throw new BadRequestException(`Invalid method throttle key specified: ${key}`);
      return [key, toThrottle(settings)];
    }),
  );
}

/** A throttle as AWS echoes it (`{"burstLimit":1,"rateLimit":2.0}`); burst above rate is accepted [REC spec 3.3]. */
export function toThrottle(settings: ThrottleSettings): ThrottleSettings {
  // [UNVERIFIED] wording, for a per-method entry that is not an object in a JSON patch value.
  if (typeof settings !== "object" || settings === null)
    throw new BadRequestException(`Invalid throttle settings specified: ${JSON.stringify(settings)}`);
  const throttle: ThrottleSettings = {};
  // [UNVERIFIED] wording, as the stage method-setting messages.
  if (settings.burstLimit !== undefined) {
    if (!(Number.isInteger(settings.burstLimit) && settings.burstLimit >= 0))
      throw new BadRequestException(`Invalid burst limit specified: ${settings.burstLimit}`);
    throttle.burstLimit = settings.burstLimit;
  }
  if (settings.rateLimit !== undefined) {
    if (!(Number.isFinite(settings.rateLimit) && settings.rateLimit >= 0))
      throw new BadRequestException(`Invalid rate limit specified: ${settings.rateLimit}`);
    throttle.rateLimit = settings.rateLimit;
  }
  return throttle;
}

/**
 * A quota as AWS echoes it: `{"limit":10,"offset":0,"period":"DAY"}` [REC spec 3.3]. The period is a
 * Smithy enum; the limit and offset rules (offset below the limit) are [UNVERIFIED].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_QuotaSettings.html
 */
export function toQuota(input: QuotaSettingsInput, member: string): QuotaSettings {
  const period = input.period ?? "";
  throwIfValidationErrors(
    (QUOTA_PERIODS as readonly string[]).includes(period)
      ? []
      : [enumViolation(period || "null", `${member}.period`, QUOTA_PERIODS)],
  );
  const limit = input.limit ?? 0;
  const offset = input.offset ?? 0;
  if (!(Number.isInteger(limit) && limit >= 0))
    throw new BadRequestException(`Invalid quota limit specified: ${limit}`);
  if (!(Number.isInteger(offset) && offset >= 0 && (offset === 0 || offset < limit)))
    throw new BadRequestException(`Invalid quota offset specified: ${offset}`);
  return { limit, offset, period: period as QuotaPeriodType };
}

/**
 * A key is metered by one plan per stage [DOC]: adding `keyIds` to `record`'s stages (or `apiStages` to
 * a plan holding those keys) must not put a key in two plans for one stage. [3P] wording, as seen in
 * CloudFormation failures.
 */
export function assertNoStageConflict(
  ctx: ControlContext,
  record: UsagePlanRecord,
  keyIds: readonly string[],
  apiStages: readonly UsagePlanApiStage[] = record.usagePlan.apiStages,
): void {
  const directory = directoryOf(ctx);
  for (const keyId of keyIds) {
    for (const { apiId, stage } of apiStages) {
      const other = directory.findPlanForKeyOnStage(keyId, apiId, stage);
      if (other && other !== record) {
        throw new ConflictException(
          `Usage Plan ${record.usagePlan.id} cannot be added because API Key ${keyId} cannot reference multiple Usage Plans with the same API Stage: ${apiId}:${stage}`,
        );
      }
    }
  }
}
