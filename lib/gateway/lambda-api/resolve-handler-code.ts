/**
 * The code the runtime runs for a handler, found in the package as the Node.js runtime interface client finds it:
 * `src/app.handler` names the module `src/app`, tried as `src/app.js`, `.mjs`, then `.cjs`. A `.js` file is an ES
 * module when the nearest `package.json` says `"type": "module"`, `.mjs` always, `.cjs` never.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html
 * @see https://github.com/aws/aws-lambda-nodejs-runtime-interface-client (src/UserFunction.js, _tryRequire)
 */
import type { FunctionPackage } from "./function-record";
import { assertHandlerRunsAlone } from "./assert-handler-runs-alone";

export interface HandlerCode {
  readonly code: string;
  /** Undefined: let the runtime tell from the code (a single-file source). */
  readonly moduleFormat?: "esm" | "commonjs";
}

const EXTENSIONS = [".js", ".mjs", ".cjs"] as const;

export function resolveHandlerCode(pkg: FunctionPackage, handler: string): HandlerCode {
  if (pkg.origin === "source") return { code: Object.values(pkg.files)[0] ?? "" };
  const slash = handler.lastIndexOf("/");
  const dot = handler.indexOf(".", slash + 1);
  // No export named: the runtime itself answers Runtime.MalformedHandlerName ("Bad handler").
  if (dot === -1) return { code: "", moduleFormat: "commonjs" };
  const modulePath = handler.slice(0, dot);
  const extension = EXTENSIONS.find((ext) => pkg.files[`${modulePath}${ext}`] !== undefined);
  if (extension === undefined)
    return { code: toMissingModuleCode(modulePath.slice(slash + 1)), moduleFormat: "commonjs" };
  const fileName = `${modulePath}${extension}`;
  const code = pkg.files[fileName] ?? "";
  assertHandlerRunsAlone(pkg, fileName, code);
  return { code, moduleFormat: toModuleFormat(pkg, fileName, extension) };
}

function toModuleFormat(
  pkg: FunctionPackage,
  fileName: string,
  extension: (typeof EXTENSIONS)[number],
): "esm" | "commonjs" {
  if (extension === ".mjs") return "esm";
  if (extension === ".cjs") return "commonjs";
  return readPackageType(pkg, fileName) === "module" ? "esm" : "commonjs";
}

/** The `type` of the nearest `package.json` above the file, within the package. */
function readPackageType(pkg: FunctionPackage, fileName: string): unknown {
  const dirs = fileName.split("/").slice(0, -1);
  for (let depth = dirs.length; depth >= 0; depth--) {
    const manifest = pkg.files[[...dirs.slice(0, depth), "package.json"].join("/")];
    if (manifest === undefined) continue;
    try {
      return (JSON.parse(manifest) as { type?: unknown }).type;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * A stand-in for a handler file the package lacks: it fails the Init phase as Lambda's Node.js runtime does,
 * `Runtime.ImportModuleError` with "Error: Cannot find module 'index'\nRequire stack:\n- /var/runtime/index.mjs".
 */
function toMissingModuleCode(moduleName: string): string {
  const message = `Cannot find module '${moduleName}'\nRequire stack:\n- /var/runtime/index.mjs`;
  return `const error = new Error(${JSON.stringify(message)}); error.code = "MODULE_NOT_FOUND"; throw error;\n`;
}
