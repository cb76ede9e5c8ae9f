/**
 * What a learner asks the workbench's traffic generator for: one request shape fired N times over simulated
 * time with a pattern, optionally mixing credentials. Checked with zod so that a route handler can answer
 * with the path of each bad field (`pattern.ratePerSecond: ...`).
 */
import { z } from "zod";

/** The hard ceiling on requests per run; an app may lower or raise its own cap up to this. */
export const MAX_TRAFFIC_REQUESTS = 100_000;
/** The cap the default schema applies: 20,000 requests take well under two seconds on the engine's MOCK path. */
export const DEFAULT_TRAFFIC_REQUEST_CAP = 20_000;
/** Rates are capped far above AWS's default account limit (10,000 rps) so learners can watch it throttle. */
export const MAX_TRAFFIC_RATE_PER_SECOND = 1_000_000;
/** The slowest constant or average rate: 100,000 requests then span about four months of simulated time. */
export const MIN_TRAFFIC_RATE_PER_SECOND = 0.01;
export const MAX_TRAFFIC_CREDENTIALS = 100;
/** API Gateway's payload limit (10 MB) bounds the body each request carries. */
export const MAX_TRAFFIC_BODY_CHARS = 10 * 1024 * 1024;

/**
 * The methods a REST API accepts from clients.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_PutMethod.html
 */
export const TRAFFIC_HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

const headerValue = z.string().regex(/^[^\r\n]*$/, "must not contain line breaks");
// Names are checked here rather than by the record's key schema, whose failure zod reports as "Invalid key".
const headers = z.record(z.string(), headerValue).superRefine((record, ctx) => {
  for (const name of Object.keys(record))
    if (!HEADER_NAME.test(name))
      ctx.addIssue({
        code: "custom",
        path: [name],
        message: "must be an HTTP header name (letters, digits and !#$%&'*+.^_`|~-)",
      });
});

const rate = z
  .number("must be a number of requests per second")
  .min(0, "must not be negative")
  .max(MAX_TRAFFIC_RATE_PER_SECOND, `must be at most ${MAX_TRAFFIC_RATE_PER_SECOND} requests per second`);

const constantPattern = z.strictObject({
  kind: z.literal("constant"),
  ratePerSecond: rate.min(
    MIN_TRAFFIC_RATE_PER_SECOND,
    `must be at least ${MIN_TRAFFIC_RATE_PER_SECOND} requests per second`,
  ),
});

const burstPattern = z.strictObject({
  kind: z.literal("burst"),
  burstSize: z.int("must be a whole number of requests").min(1, "must be at least 1"),
  everySeconds: z
    .number("must be a number of seconds")
    .positive("must be more than 0 seconds")
    .max(86_400, "must be at most 86400 seconds (one day)"),
});

const rampPattern = z
  .strictObject({ kind: z.literal("ramp"), fromRatePerSecond: rate, toRatePerSecond: rate })
  .refine((p) => (p.fromRatePerSecond + p.toRatePerSecond) / 2 >= MIN_TRAFFIC_RATE_PER_SECOND, {
    path: ["toRatePerSecond"],
    message: `the average of the two rates must be at least ${MIN_TRAFFIC_RATE_PER_SECOND} requests per second`,
  });

/** How requests are spread over simulated time. */
export const TrafficPatternSchema = z.discriminatedUnion("kind", [
  constantPattern,
  burstPattern,
  rampPattern,
]);

/** One identity in the mix: its share of the requests and the headers it sends (`x-api-key`, `Authorization`). */
export const TrafficCredentialSchema = z.strictObject({
  weight: z.number("must be a number").positive("must be more than 0").max(1_000_000),
  headers,
});

export interface TrafficPlanSchemaOptions {
  /** The most requests one run may ask for (default DEFAULT_TRAFFIC_REQUEST_CAP, at most MAX_TRAFFIC_REQUESTS). */
  maxRequests?: number;
}

/** The plan schema under an app's own request cap. */
export function createTrafficPlanSchema(options: TrafficPlanSchemaOptions = {}) {
  const maxRequests = Math.min(options.maxRequests ?? DEFAULT_TRAFFIC_REQUEST_CAP, MAX_TRAFFIC_REQUESTS);
  return z.strictObject({
    method: z
      .string("must be an HTTP method")
      .trim()
      .toUpperCase()
      .pipe(z.enum(TRAFFIC_HTTP_METHODS, `must be one of ${TRAFFIC_HTTP_METHODS.join(", ")}`)),
    path: z
      .string("must be a path")
      .max(8192, "must be at most 8192 characters")
      .regex(/^\/[^\s#]*$/, "must start with / (e.g. /pets?type=dog) and contain no spaces or #"),
    // Stage names: alphanumerics, hyphens and underscores, up to 128 characters (DOC CreateStage).
    stageName: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, "must be a stage name such as dev"),
    restApiId: z.string().regex(/^[A-Za-z0-9]{1,64}$/, "must be a REST API id such as a1b2c3d4e5"),
    headers: headers.optional(),
    body: z.string().max(MAX_TRAFFIC_BODY_CHARS, "must be at most 10 MB").optional(),
    requests: z
      .int("must be a whole number of requests")
      .min(1, "must be at least 1")
      .max(maxRequests, `must be at most ${maxRequests}`),
    pattern: TrafficPatternSchema,
    credentials: z
      .array(TrafficCredentialSchema)
      .min(1, "must list at least one credential, or be left out")
      .max(MAX_TRAFFIC_CREDENTIALS, `must list at most ${MAX_TRAFFIC_CREDENTIALS} credentials`)
      .optional(),
    bucketSeconds: z
      .number("must be a number of seconds")
      .min(0.001, "must be at least 0.001 seconds (one millisecond)")
      .optional(),
  });
}

/**
 * The plan under the default cap (20,000 requests); `createTrafficPlanSchema({ maxRequests })` for another.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html
 */
export const TrafficPlanSchema = createTrafficPlanSchema();

export type TrafficPattern = z.output<typeof TrafficPatternSchema>;
export type TrafficCredential = z.output<typeof TrafficCredentialSchema>;
export type TrafficPlan = z.output<typeof TrafficPlanSchema>;
/** What a client may send before parsing (a lower-case method, for example). */
export type TrafficPlanInput = z.input<typeof TrafficPlanSchema>;
