/**
 * Fires a traffic plan at a sandbox on its virtual clock and reports what came back.
 *
 * Concurrency model: requests are issued one after another in arrival order, the clock set to each arrival
 * time (rounded to the millisecond, as a millisecond clock reads) before the request enters the pipeline.
 * The engine never moves the clock itself: integration latency (a Lambda's duration and cold start, an HTTP
 * backend's delay) is reported, not waited for, so a request's whole pipeline runs at its arrival instant.
 * Overlap in simulated time is still modelled where AWS makes it visible: throttling and quotas decide at
 * arrival, and the Lambda runtime keeps each environment busy until its invocation's virtual end, so requests
 * arriving meanwhile get environments of their own (cold starts). Everything is deterministic for a seed.
 * See DEVIATIONS.md for what this model cannot show.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html
 */
import type { InvocationResult } from "../create-rest-data-plane";
import type { GatewayRequest } from "../pipeline/request";
import { SeededRandom, type Clock, type Random, type VirtualClock } from "../ports";
import { chooseBucketMs } from "./choose-bucket-ms";
import { createProgressReporter, type TrafficProgressCallback } from "./create-progress-reporter";
import { scheduleRequests } from "./schedule-requests";
import { toTrafficRequests } from "./to-traffic-requests";
import { createTrafficPlanSchema, MAX_TRAFFIC_REQUESTS, type TrafficPlan } from "./traffic-plan";
import { TrafficRecorder } from "./traffic-recorder";
import type { TrafficReport } from "./traffic-report";

/** The default seed of the credential mix when neither `random` nor `seed` is given. */
export const DEFAULT_TRAFFIC_SEED = 0x7aff1c;

/** Anything that invokes requests on a virtual clock: a traffic sandbox, or a test sandbox. */
export interface TrafficTarget {
  clock: VirtualClock;
  dataPlane: { invoke(request: GatewayRequest): Promise<InvocationResult> };
}

export interface RunTrafficOptions {
  /** The host's clock, for `wallMs` (the app passes `new HostClock(() => performance.now())`). */
  hostClock: Clock;
  /** Draws the credential of each request; default a SeededRandom of `seed`. */
  random?: Random;
  seed?: number;
  onProgress?: TrafficProgressCallback;
}

/**
 * Runs the plan from the target clock's current time, which ends at the last arrival.
 * @throws ZodError when the plan breaks the schema (at the absolute cap of MAX_TRAFFIC_REQUESTS requests).
 */
export async function runTraffic(
  target: TrafficTarget,
  plan: TrafficPlan,
  options: RunTrafficOptions,
): Promise<TrafficReport> {
  const wallStart = options.hostClock.now();
  const checked = createTrafficPlanSchema({ maxRequests: MAX_TRAFFIC_REQUESTS }).parse(plan);
  const schedule = scheduleRequests(
    checked,
    options.random ?? new SeededRandom(options.seed ?? DEFAULT_TRAFFIC_SEED),
  );
  const requests = toTrafficRequests(checked);
  const spanMs = schedule[schedule.length - 1]?.atMs ?? 0;
  const bucketMs = chooseBucketMs(spanMs, checked.bucketSeconds);
  const recorder = new TrafficRecorder(schedule.length, bucketMs, spanMs);
  const progress = createProgressReporter(schedule.length, options.onProgress);
  const startedAtEpochMs = target.clock.now();
  for (let i = 0; i < schedule.length; i++) {
    const { atMs, credentialIndex } = schedule[i]!;
    target.clock.set(startedAtEpochMs + Math.round(atMs));
    const request = credentialIndex < 0 ? requests.plain : requests.byCredential[credentialIndex]!;
    // A shallow copy per request: the built requests are shared by the whole run, and a context keeps its own.
    recorder.record(i, atMs, await target.dataPlane.invoke({ ...request }));
    const reported = progress(i + 1);
    if (reported) await reported;
  }
  return recorder.toReport({ startedAtEpochMs, wallMs: options.hostClock.now() - wallStart });
}
