import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { env, envSchema, resetEnvCache } from "@/lib/env";

const readme = readFileSync(path.resolve(import.meta.dirname, "../../../README.md"), "utf8");

describe("environment", () => {
  afterEach(() => resetEnvCache());

  it("documents every variable it reads in the README's table", () => {
    const missing = Object.keys(envSchema.shape).filter(
      (name) => name !== "NODE_ENV" && !readme.includes(`| \`${name}\``),
    );
    expect(missing).toEqual([]);
  });

  it("has safe defaults for every limit", () => {
    const parsed = envSchema.parse({});
    expect(parsed).toMatchObject({
      PORT: 3000,
      SIGNIN_MAX_FAILURES_PER_ACCOUNT: 5,
      SIGNIN_MAX_FAILURES_PER_IP: 20,
      SIGNIN_WINDOW_SECONDS: 900,
      SIGNIN_LOCK_SECONDS: 900,
      TRUST_PROXY: false,
      GATEWISE_AUTO_MIGRATE: true,
    });
  });

  it("names the variable and the problem when a value is bad", () => {
    const before = process.env.SIGNIN_LOCK_SECONDS;
    process.env.SIGNIN_LOCK_SECONDS = "-5";
    try {
      expect(() => env()).toThrow(/SIGNIN_LOCK_SECONDS/);
    } finally {
      if (before === undefined) delete process.env.SIGNIN_LOCK_SECONDS;
      else process.env.SIGNIN_LOCK_SECONDS = before;
    }
  });

  it("refuses a short AUTH_SECRET", () => {
    expect(envSchema.safeParse({ AUTH_SECRET: "short" }).success).toBe(false);
  });
});
