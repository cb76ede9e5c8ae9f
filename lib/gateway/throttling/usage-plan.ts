/**
 * Usage plans in AWS's shapes (GetUsagePlan), defined with the rest of the control-plane model and
 * re-exported here for the throttling module.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_UsagePlan.html
 */
export type {
  QuotaPeriodType,
  QuotaSettings,
  ThrottleSettings,
  UsagePlan,
  UsagePlanApiStage,
} from "../control/types";
