/**
 * Every environment variable Gatewise reads, validated in one place. The README's table mirrors
 * this file; `tests/unit/lib/env.test.ts` checks that every variable here is documented there.
 */
import { z } from "zod";

const bool = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"])
    .optional()
    .transform((v) => (v === undefined ? fallback : ["true", "1", "yes"].includes(v)));

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** file:./path.db (SQLite) or postgresql://... ; unset = embedded SQLite at data/gatewise.db */
  DATABASE_URL: z.string().optional(),
  /** Secret for session JWTs. Generated into data/auth-secret on first start when unset. */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  AUTH_URL: z.url().optional(),
  AUTH_TRUST_HOST: bool(true),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  HOST: z.string().default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Honour X-Forwarded-For for the client address (only behind a proxy you control). */
  TRUST_PROXY: bool(false),
  /** Apply committed migrations when the server starts. */
  GATEWISE_AUTO_MIGRATE: bool(true),
  /** Create the demo accounts. Defaults to true only for the embedded SQLite database. */
  SEED_DEMO: bool(false),
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: positiveInt(5),
  SIGNIN_MAX_FAILURES_PER_IP: positiveInt(20),
  SIGNIN_WINDOW_SECONDS: positiveInt(15 * 60),
  SIGNIN_LOCK_SECONDS: positiveInt(15 * 60),
  /** Largest JSON body the app's own API accepts. */
  API_MAX_BODY_BYTES: positiveInt(1024 * 1024),
  /** Invoke URL requests one sandbox may make per second (bucket refill); protects the server. */
  INVOKE_RATE_LIMIT_PER_SANDBOX: positiveInt(2000),
  /** Invoke URL burst per sandbox (bucket size). */
  INVOKE_BURST_LIMIT_PER_SANDBOX: positiveInt(4000),
  /** Sandboxes kept live in memory on one server; the least recently used is unloaded past it. */
  SANDBOX_CACHE_SIZE: positiveInt(200),
  /** How often live sandboxes that served requests are written back to the database. */
  SANDBOX_FLUSH_SECONDS: positiveInt(5),
  /** Sandboxes one account may keep (creating or importing past it is refused). */
  SANDBOXES_PER_USER: positiveInt(10),
  /** Snapshots kept per sandbox; the oldest are pruned when a new one is taken. */
  SANDBOX_SNAPSHOTS_PER_SANDBOX: positiveInt(20),
  /** Most requests one traffic-generator run may simulate (the workbench's Traffic section). */
  TRAFFIC_MAX_REQUESTS: positiveInt(20000),
  /** Traffic-generator runs one server computes at once; more answer 429 (they are CPU work). */
  TRAFFIC_MAX_CONCURRENT_RUNS: positiveInt(2),
  /** PostgreSQL for the integration tests (optional). */
  TEST_DATABASE_URL: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parses process.env once; a bad value stops the process with the variable's name and the problem. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** For tests that change process.env. */
export function resetEnvCache(): void {
  cached = undefined;
}
