/**
 * Lambda API operations the workbench may run, camel-cased ("createFunction") like the other services,
 * dispatched to the simulator's Lambda API with AWS's shapes. Workbench extension: getFunction also
 * answers `Code.Source`, the deployed handler file, so the editor can show it (AWS gives a download link).
 */
import {
  LAMBDA_MUTATING_OPERATIONS,
  LAMBDA_OPERATIONS,
  runLambdaOperation,
  type LambdaOperationName,
} from "@/lib/gateway/lambda-api";
import type { SandboxServiceRunner } from "./sandbox-service-runner";

const toCamel = (name: string) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
const toPascal = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`;

export const LAMBDA_WORKBENCH_OPERATIONS = Object.keys(LAMBDA_OPERATIONS).map(toCamel);

export const lambdaRunner: SandboxServiceRunner = {
  operations: LAMBDA_WORKBENCH_OPERATIONS,
  // Invoke changes no configuration, but a function may write to the simulated services: it is saved.
  isReadOnly: (operation) =>
    operation !== "invoke" && !LAMBDA_MUTATING_OPERATIONS.has(toPascal(operation) as LambdaOperationName),
  async run(engine, operation, input) {
    const output = await runLambdaOperation(engine, toPascal(operation), input);
    if (operation !== "getFunction") return output;
    const name = (output as { Configuration?: { FunctionName?: string } }).Configuration?.FunctionName;
    const source = engine.listFunctions().find((f) => f.functionName === name)?.code;
    const answer = output as { Code?: Record<string, unknown> };
    return source === undefined ? output : { ...answer, Code: { ...answer.Code, Source: source } };
  },
};
