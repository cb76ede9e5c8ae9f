import type { ErrorObject } from "ajv";
import { describeSchemaErrors, type SchemaProblem } from "./describe-schema-errors";

/**
 * `$context.error.validationErrorString` for a body that failed its model: the Java validator's report as
 * a Java list, `[message, message]`, e.g. `[object has missing required properties (["a","b"])]` (3P: a
 * BAD_REQUEST_BODY template echoing it). Shaped like that validator's report: a failed `anyOf`/`oneOf` is
 * one message (its branches' failures are not listed), and nothing below a value that already failed is
 * reported (the validator does not descend into a failed container).
 */
export function toValidationErrorString(errors: readonly ErrorObject[]): string {
  const problems = dropBelowFailures(describeSchemaErrors(dropCombinatorBranches(errors)));
  problems.sort(compareProblems);
  return `[${problems.map((problem) => problem.message).join(", ")}]`;
}

/**
 * ajv leaves the failures of every branch before a failed `anyOf`/`oneOf` error; they are the contiguous
 * run just before it that lies at or below its instance and does not come from a sibling keyword.
 */
function dropCombinatorBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<number>();
  errors.forEach((combinator, index) => {
    if (combinator.keyword !== "anyOf" && combinator.keyword !== "oneOf") return;
    const parent = combinator.schemaPath.slice(0, combinator.schemaPath.lastIndexOf("/"));
    for (let j = index - 1; j >= 0; j--) {
      if (dropped.has(j)) continue;
      const branch = errors[j];
      if (!branch || !isAtOrBelow(branch.instancePath, combinator.instancePath)) break;
      if (isSiblingKeyword(branch.schemaPath, parent, combinator.schemaPath)) break;
      dropped.add(j);
    }
  });
  return errors.filter((_, index) => !dropped.has(index));
}

function isSiblingKeyword(schemaPath: string, parent: string, combinatorPath: string): boolean {
  if (!schemaPath.startsWith(`${parent}/`) || schemaPath.startsWith(`${combinatorPath}/`)) return false;
  const keyword = schemaPath.slice(parent.length + 1).split("/", 1)[0];
  return keyword !== "definitions";
}

function dropBelowFailures(problems: SchemaProblem[]): SchemaProblem[] {
  const failed = new Set(problems.map((problem) => problem.instancePath));
  return problems.filter((problem) => !hasFailedAncestor(problem.instancePath, failed));
}

function hasFailedAncestor(path: string, failed: ReadonlySet<string>): boolean {
  for (let slash = path.lastIndexOf("/"); slash >= 0; slash = path.lastIndexOf("/", slash - 1)) {
    if (failed.has(path.slice(0, slash))) return true;
    if (slash === 0) break;
  }
  return false;
}

function isAtOrBelow(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

function compareProblems(a: SchemaProblem, b: SchemaProblem): number {
  const depth = depthOf(a.instancePath) - depthOf(b.instancePath);
  if (depth !== 0) return depth;
  if (a.instancePath !== b.instancePath) return a.instancePath < b.instancePath ? -1 : 1;
  return a.keyword < b.keyword ? -1 : a.keyword > b.keyword ? 1 : 0;
}

function depthOf(path: string): number {
  let depth = 0;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 47) depth++;
  return depth;
}
