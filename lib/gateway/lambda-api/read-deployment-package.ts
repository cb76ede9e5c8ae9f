/**
 * A `.zip` deployment package as Lambda checks it on upload, and what the simulator keeps of it: the text of
 * the scripts and JSON files outside `node_modules`, and the names of the bundled packages.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-package.html
 */
import { unzipSync, type UnzipFileInfo } from "fflate";
import { sha256Base64 } from "./base64";
import type { FunctionPackage } from "./function-record";
import { InvalidParameterValueException, RequestEntityTooLargeException } from "./lambda-api-errors";

/** The direct-upload limit: 50 MB zipped. */
export const MAX_ZIPPED_BYTES = 52_428_800;
/** The request limit it becomes once base64-encoded in the JSON body (recorded in AWS's error text). */
export const MAX_CODE_REQUEST_BYTES = 69_905_067;
/** 250 MB unzipped. */
export const MAX_UNZIPPED_BYTES = 262_144_000;
/** Gatewise's own cap on the text it stores per function: the sandbox's state is saved whole. */
export const MAX_KEPT_TEXT_BYTES = 10 * 1024 * 1024;

const KEPT_FILE = /\.(?:js|mjs|cjs|json)$/;

/** A package ready to deploy: what is kept, and the size and hash Lambda reports for the upload. */
export interface DeploymentPackage {
  readonly package: FunctionPackage;
  readonly codeSize: number;
  readonly codeSha256: string;
}

/** Unzips an upload within Lambda's limits; `operation` names the call in the 413 message. */
export async function readZipDeploymentPackage(
  zip: Uint8Array,
  operation: "CreateFunction" | "UpdateFunctionCode",
): Promise<DeploymentPackage> {
  if (zip.length > MAX_ZIPPED_BYTES)
    throw new RequestEntityTooLargeException(
      `Request must be smaller than ${MAX_CODE_REQUEST_BYTES} bytes for the ${operation} operation`,
    );
  const entries = listEntries(zip);
  const unzipped = entries.reduce((sum, entry) => sum + entry.originalSize, 0);
  if (unzipped > MAX_UNZIPPED_BYTES)
    throw new InvalidParameterValueException(
      `Unzipped size must be smaller than ${MAX_UNZIPPED_BYTES} bytes`,
    );
  const kept = new Set(entries.filter((e) => isKeptFile(e.name)).map((e) => e.name));
  const files = unzipOrThrow(zip, (entry) => kept.has(entry.name));
  return {
    package: { origin: "zip", files: toTextFiles(files), packages: listBundledPackages(entries) },
    codeSize: zip.length,
    codeSha256: await sha256Base64(zip),
  };
}

/** The workbench's single-file source (no zip): its size and hash are the source's own. */
export async function readSourceDeploymentPackage(
  source: string,
  handler: string,
): Promise<DeploymentPackage> {
  const moduleName = handler.split(".")[0] || "index";
  const bytes = new TextEncoder().encode(source);
  if (bytes.length > MAX_KEPT_TEXT_BYTES) throw tooMuchText();
  return {
    package: { origin: "source", files: { [`${moduleName}.js`]: source }, packages: [] },
    codeSize: bytes.length,
    codeSha256: await sha256Base64(bytes),
  };
}

function listEntries(zip: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  unzipOrThrow(zip, (entry) => {
    entries.push(entry);
    return false;
  });
  return entries;
}

function unzipOrThrow(
  zip: Uint8Array,
  filter: (entry: UnzipFileInfo) => boolean,
): Record<string, Uint8Array> {
  try {
    return unzipSync(zip, { filter });
  } catch {
    throw new InvalidParameterValueException(
      "Could not unzip uploaded file. Please check your file, then try to upload again.",
    );
  }
}

function isKeptFile(name: string): boolean {
  return KEPT_FILE.test(name) && !name.split("/").includes("node_modules");
}

function toTextFiles(files: Record<string, Uint8Array>): Record<string, string> {
  const decoder = new TextDecoder();
  let total = 0;
  const text: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(files)) {
    total += bytes.length;
    if (total > MAX_KEPT_TEXT_BYTES) throw tooMuchText();
    text[name] = decoder.decode(bytes);
  }
  return text;
}

/** `node_modules/uuid/index.js` → `uuid`; `node_modules/@middy/core/...` → `@middy/core`. */
function listBundledPackages(entries: readonly UnzipFileInfo[]): string[] {
  const names = new Set<string>();
  for (const { name } of entries) {
    const parts = name.split("/");
    const at = parts.indexOf("node_modules");
    const first = at >= 0 ? parts[at + 1] : undefined;
    if (!first) continue;
    const scoped = first.startsWith("@") ? parts[at + 2] : undefined;
    if (first.startsWith("@") && !scoped) continue;
    names.add(scoped ? `${first}/${scoped}` : first);
  }
  return [...names].sort();
}

function tooMuchText(): InvalidParameterValueException {
  return new InvalidParameterValueException(
    `The deployment package holds more than ${MAX_KEPT_TEXT_BYTES} bytes of JavaScript and JSON outside ` +
      "node_modules: Gatewise keeps at most that much source per function (a limit of this simulator, not of Lambda).",
  );
}
