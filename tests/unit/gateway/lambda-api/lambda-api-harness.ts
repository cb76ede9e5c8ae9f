/** A sandbox on a virtual clock with helpers to build real `.zip` packages and call the Lambda API in-process. */
import { createHash } from "node:crypto";
import { strToU8, zipSync } from "fflate";
import { createGatewaySandbox, type GatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import { runLambdaOperation } from "@/lib/gateway/lambda-api";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";

export const ROLE = "arn:aws:iam::123456789012:role/lambda-basic";
export const ARN_PREFIX = "arn:aws:lambda:us-east-1:123456789012:function:";

export interface LambdaApiHarness {
  readonly clock: VirtualClock;
  readonly sandbox: GatewaySandbox;
  /** Runs an operation and returns its output (typed loosely: tests assert on exact values). */
  call(operation: string, input: unknown): Promise<Record<string, unknown>>;
  /** The error an operation throws. */
  fail(operation: string, input: unknown): Promise<Error & { statusCode?: number; type?: string }>;
  /** CreateFunction with a zip of `files`, `index.handler` on nodejs20.x unless overridden. */
  create(
    name: string,
    files: Record<string, string>,
    extra?: Record<string, unknown>,
  ): Promise<Record<string, unknown>>;
  /** Invoke (RequestResponse) with a JSON event; returns the output with Payload parsed. */
  invoke(name: string, event?: unknown, extra?: Record<string, unknown>): Promise<Record<string, unknown>>;
}

export async function createLambdaApiHarness(): Promise<LambdaApiHarness> {
  const clock = new VirtualClock();
  const sandbox = await createGatewaySandbox({ clock, random: new SeededRandom(11) });
  const call = async (operation: string, input: unknown) =>
    (await runLambdaOperation(sandbox, operation, input)) as Record<string, unknown>;
  return {
    clock,
    sandbox,
    call,
    async fail(operation, input) {
      try {
        await runLambdaOperation(sandbox, operation, input);
      } catch (error) {
        return error as Error & { statusCode?: number };
      }
      throw new Error(`${operation} did not fail`);
    },
    create(name, files, extra = {}) {
      return call("CreateFunction", {
        FunctionName: name,
        Role: ROLE,
        Runtime: "nodejs20.x",
        Handler: "index.handler",
        Code: { ZipFile: zipBase64(files) },
        ...extra,
      });
    },
    async invoke(name, event = {}, extra = {}) {
      const out = await call("Invoke", { FunctionName: name, Payload: JSON.stringify(event), ...extra });
      const text = out.Payload as string;
      return { ...out, Payload: text === "" ? undefined : JSON.parse(text) };
    },
  };
}

/** A real zip (deflate) of text files. */
export function zipBytes(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

export function zipBase64(files: Record<string, string>): string {
  return Buffer.from(zipBytes(files)).toString("base64");
}

/** What Lambda reports as CodeSha256: the base64 SHA-256 of the uploaded bytes. */
export function sha256Base64(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("base64");
}
