import {
  testInvokeMethod,
  type TestInvokeMethodInput,
  type TestInvokeMethodOutput,
  type TestInvokeSandbox,
} from "../test-invoke-method";

/**
 * Operations of the endpoint that need more of the sandbox than its control plane: TestInvokeMethod
 * runs a method through the data plane.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_TestInvokeMethod.html
 */
export interface SandboxOperations {
  testInvokeMethod(input: TestInvokeMethodInput): Promise<TestInvokeMethodOutput>;
}

/** The sandbox-level operations over one sandbox. */
export function toSandboxOperations(sandbox: TestInvokeSandbox): SandboxOperations {
  return { testInvokeMethod: (input) => testInvokeMethod(sandbox, input) };
}
