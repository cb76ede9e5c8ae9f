/**
 * The AWS CLI (Debian's awscli package) against the AWS-compatible endpoint: `aws --endpoint-url` builds
 * and deploys an API, lists Lambda functions, and gets AWS's exception names on errors. CI installs the
 * package and requires it (CI=true); elsewhere the suite is skipped when /usr/bin/aws is missing.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxWithCredentials, type SandboxCredentials } from "@/lib/data/sandbox-provisioning";
import { startAwsFrontDoor, type AwsFrontDoor } from "../helpers/aws-front-door";
import { createUser } from "../helpers/factories";

const AWS_CLI = process.env.AWS_CLI_PATH ?? "/usr/bin/aws";
const haveCli = existsSync(AWS_CLI);
if (!haveCli && process.env.CI) throw new Error(`CI must install awscli (${AWS_CLI} is missing)`);

const run = promisify(execFile);
let frontDoor: AwsFrontDoor;
let base = "";
let creds: SandboxCredentials;

async function aws(service: "apigateway" | "lambda", ...args: string[]): Promise<unknown> {
  const { stdout } = await run(
    AWS_CLI,
    ["--endpoint-url", `${base}/aws/${creds.sandboxId}/${service}`, "--output", "json", service, ...args],
    {
      env: {
        NODE_ENV: "test",
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        HOME: mkdtempSync(path.join(tmpdir(), "gatewise-awscli-")),
        AWS_ACCESS_KEY_ID: creds.accessKeyId,
        AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
        AWS_DEFAULT_REGION: "us-east-1",
        AWS_CONFIG_FILE: "/dev/null",
        AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
        AWS_PAGER: "",
        AWS_MAX_ATTEMPTS: "1",
      },
    },
  );
  return stdout.trim() ? (JSON.parse(stdout) as unknown) : null;
}

beforeAll(async () => {
  if (!haveCli) return;
  const user = await createUser();
  creds = await createSandboxWithCredentials(user.id, "cli");
  frontDoor = await startAwsFrontDoor();
  base = frontDoor.base;
});
afterAll(() => frontDoor?.close());

describe.skipIf(!haveCli)("aws --endpoint-url (Debian's awscli)", () => {
  it("creates, deploys and serves an API, and lists Lambda functions", async () => {
    const api = (await aws("apigateway", "create-rest-api", "--name", "from-the-cli")) as { id: string };
    expect(api.id).toMatch(/^[a-z0-9]{10}$/);
    const resources = (await aws("apigateway", "get-resources", "--rest-api-id", api.id)) as {
      items: Array<{ id: string; path: string }>;
    };
    const root = resources.items.find((r) => r.path === "/")!.id;
    const ids = ["--rest-api-id", api.id, "--resource-id", root, "--http-method", "GET"];
    await aws("apigateway", "put-method", ...ids, "--authorization-type", "NONE");
    await aws(
      "apigateway",
      "put-integration",
      ...ids,
      "--type",
      "MOCK",
      "--request-templates",
      '{"application/json":"{\\"statusCode\\": 200}"}',
    );
    await aws("apigateway", "put-method-response", ...ids, "--status-code", "200");
    await aws(
      "apigateway",
      "put-integration-response",
      ...ids,
      "--status-code",
      "200",
      "--response-templates",
      '{"application/json":"{\\"via\\": \\"cli\\"}"}',
    );
    const deployment = (await aws(
      "apigateway",
      "create-deployment",
      "--rest-api-id",
      api.id,
      "--stage-name",
      "dev",
    )) as { id: string };
    expect(deployment.id).toBeTruthy();
    const answer = await fetch(`${base}/execute-api/${api.id}/dev/`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ via: "cli" });
    await expect(aws("lambda", "list-functions")).resolves.toEqual({ Functions: [] });
  }, 90_000);

  it("exits non-zero with AWS's exception name for a missing API", async () => {
    const failure = await aws("apigateway", "get-rest-api", "--rest-api-id", "nosuchapi1").catch(
      (error: { code?: number; stderr?: string }) => error,
    );
    expect((failure as { code?: number }).code).toBe(254);
    expect((failure as { stderr?: string }).stderr).toContain("NotFoundException");
  }, 30_000);
});
