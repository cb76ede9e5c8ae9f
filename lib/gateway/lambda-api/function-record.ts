import type { LambdaFunctionConfig } from "../runtime";
import type { PolicyStatement } from "./policy-statement";

/**
 * The files of a function's deployment package the simulator keeps: the text of every script and JSON file
 * outside `node_modules` (to find the handler's file again when the handler changes), and the names of the
 * packages under `node_modules` (to recognise an import of one).
 */
export interface FunctionPackage {
  /** `zip`: a `Code.ZipFile` upload. `source`: one file that answers whatever the handler names (workbench). */
  readonly origin: "zip" | "source";
  /** Path inside the package (`src/app.js`) → text. */
  readonly files: Readonly<Record<string, string>>;
  /** `uuid`, `@middy/core`: the packages the zip bundles under `node_modules`. */
  readonly packages: readonly string[];
}

/** What the Lambda API knows of a function beyond what the runtime runs. */
export interface FunctionMetadata {
  readonly role: string;
  readonly description: string;
  /** Base64 SHA-256 of the deployment package, as Lambda reports `CodeSha256`. */
  readonly codeSha256: string;
  readonly codeSize: number;
  /** ISO-8601 with Lambda's `+0000` offset: `2026-01-01T00:00:00.000+0000`. */
  readonly lastModified: string;
  readonly revisionId: string;
  readonly architectures: readonly ("x86_64" | "arm64")[];
  readonly tracingMode: "Active" | "PassThrough";
  readonly tags: Readonly<Record<string, string>>;
  readonly package: FunctionPackage;
  /** The statements of the function's resource-based policy, in the order they were added. */
  readonly policy: readonly PolicyStatement[];
}

/**
 * A function as the sandbox stores it: the runtime's configuration plus `lambdaApi`. The sandbox keeps the
 * whole object it is given (`deployFunction` stores `{ ...config }` and `exportState` returns it), so the
 * metadata survives saving and reloading; functions deployed by other means have none until the Lambda API
 * changes them.
 */
export interface FunctionRecord extends LambdaFunctionConfig {
  readonly lambdaApi?: FunctionMetadata;
}

/** `2026-01-01T00:00:00.000+0000`: the LastModified format of the Lambda API. */
export function toLastModified(epochMs: number): string {
  return new Date(epochMs).toISOString().replace("Z", "+0000");
}
