import { describe, expect, it } from "vitest";
import { oauthProviders } from "@/lib/auth";
import { envSchema } from "@/lib/env";

const providersFor = (vars: Record<string, string>) => oauthProviders(envSchema.parse(vars)).map((p) => p.id);

describe("OAuth providers", () => {
  it("are off when their variables are unset", () => {
    expect(providersFor({})).toEqual([]);
  });
  it("need both the id and the secret", () => {
    expect(providersFor({ AUTH_GITHUB_ID: "id" })).toEqual([]);
    expect(providersFor({ AUTH_GOOGLE_SECRET: "secret" })).toEqual([]);
  });
  it("switch on GitHub and Google when both their variables are set", () => {
    expect(providersFor({ AUTH_GITHUB_ID: "i", AUTH_GITHUB_SECRET: "s" })).toEqual(["github"]);
    expect(
      providersFor({
        AUTH_GITHUB_ID: "i",
        AUTH_GITHUB_SECRET: "s",
        AUTH_GOOGLE_ID: "i",
        AUTH_GOOGLE_SECRET: "s",
      }),
    ).toEqual(["github", "google"]);
  });
});
