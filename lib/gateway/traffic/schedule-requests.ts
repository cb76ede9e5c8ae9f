/**
 * The plan turned into a timetable: when each request arrives (milliseconds after the first) and which
 * credential it carries. Credentials are drawn from the Random port in request order, so a seed fixes the mix.
 */
import type { Random } from "../ports";
import { createWeightedPicker } from "./create-weighted-picker";
import { toArrivalOffsetMs } from "./to-arrival-offset-ms";
import type { TrafficPlan } from "./traffic-plan";

export interface ScheduledRequest {
  /** Milliseconds after the run's first request (exact, may be fractional). */
  atMs: number;
  /** Index into `plan.credentials`, or -1 when the plan mixes none. */
  credentialIndex: number;
}

/**
 * Arrival times in non-decreasing order and the credential of each request.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html
 */
export function scheduleRequests(
  plan: Pick<TrafficPlan, "requests" | "pattern" | "credentials">,
  random: Random,
): ScheduledRequest[] {
  const credentials = plan.credentials ?? [];
  const pick =
    credentials.length > 0
      ? createWeightedPicker(
          credentials.map((c) => c.weight),
          random,
        )
      : () => -1;
  const schedule: ScheduledRequest[] = new Array(plan.requests);
  for (let i = 0; i < plan.requests; i++)
    schedule[i] = { atMs: toArrivalOffsetMs(plan.pattern, i, plan.requests), credentialIndex: pick() };
  return schedule;
}
