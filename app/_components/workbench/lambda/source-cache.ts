/**
 * The source last deployed from this page, per function ARN. GetFunction answers only a download `Location` for
 * the package, so unless the sandbox returns the workbench's `Code.Source` extension, the editor falls back on
 * what this page deployed.
 */
import type { GetFunctionOutput } from "./lambda-types";

const deployed = new Map<string, string>();

export function rememberSource(functionArn: string, source: string): void {
  deployed.set(functionArn, source);
}

export function forgetSource(functionArn: string): void {
  deployed.delete(functionArn);
}

/** The function's source: the sandbox's own answer first, then this page's memory. */
export function readSource(output: GetFunctionOutput): string | undefined {
  return output.Code?.Source ?? deployed.get(output.Configuration.FunctionArn);
}
