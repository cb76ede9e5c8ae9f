/**
 * The workbench's traffic generator: fire a plan of N requests at a copy of a sandbox over simulated time and
 * report status codes, latency percentiles, cache hits and throttling, bucketed for charts.
 */
export {
  createTrafficPlanSchema,
  DEFAULT_TRAFFIC_REQUEST_CAP,
  MAX_TRAFFIC_BODY_CHARS,
  MAX_TRAFFIC_CREDENTIALS,
  MAX_TRAFFIC_RATE_PER_SECOND,
  MAX_TRAFFIC_REQUESTS,
  MIN_TRAFFIC_RATE_PER_SECOND,
  TRAFFIC_HTTP_METHODS,
  TrafficCredentialSchema,
  TrafficPatternSchema,
  TrafficPlanSchema,
  type TrafficCredential,
  type TrafficPattern,
  type TrafficPlan,
  type TrafficPlanInput,
  type TrafficPlanSchemaOptions,
} from "./traffic-plan";
export { toArrivalOffsetMs, toRampOffsetMs } from "./to-arrival-offset-ms";
export { createWeightedPicker } from "./create-weighted-picker";
export { scheduleRequests, type ScheduledRequest } from "./schedule-requests";
export { toTrafficRequests, TRAFFIC_SOURCE_IP, type TrafficRequests } from "./to-traffic-requests";
export { nearestRankPercentile, summarizeLatencies, type LatencySummary } from "./nearest-rank-percentile";
export { chooseBucketMs, MAX_TRAFFIC_BUCKETS, TARGET_TRAFFIC_BUCKETS } from "./choose-bucket-ms";
export { summarizeBuckets, type BucketCounters } from "./summarize-buckets";
export { toTrafficSample, TRAFFIC_SAMPLE_BODY_BYTES, TRAFFIC_SAMPLE_COUNT } from "./to-traffic-sample";
export { TrafficRecorder } from "./traffic-recorder";
export {
  createProgressReporter,
  MAX_PROGRESS_CALLS,
  type TrafficProgressCallback,
} from "./create-progress-reporter";
export { DEFAULT_TRAFFIC_SEED, runTraffic, type RunTrafficOptions, type TrafficTarget } from "./run-traffic";
export {
  createTrafficSandbox,
  type TrafficSandbox,
  type TrafficSandboxOptions,
} from "./create-traffic-sandbox";
export type {
  StatusClass,
  TrafficBucket,
  TrafficReport,
  TrafficSample,
  TrafficTotals,
} from "./traffic-report";
