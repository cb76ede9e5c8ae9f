import { beforeEach, describe, expect, it } from "vitest";
import type { AwsServices } from "@/lib/gateway/services";
import type { VirtualClock } from "@/lib/gateway/ports";
import { callError, createTestServices } from "./services-fixtures";

const DEFINITION = JSON.stringify({ StartAt: "Hello", States: { Hello: { Type: "Pass", End: true } } });
const MACHINE_ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:OrderFlow";
const ROLE_ARN = "arn:aws:iam::123456789012:role/StepFunctionsRole";

describe("Step Functions", () => {
  let services: AwsServices;
  let clock: VirtualClock;
  beforeEach(async () => {
    ({ services, clock } = createTestServices());
    const created = await services.call("states", "CreateStateMachine", {
      name: "OrderFlow",
      definition: DEFINITION,
      roleArn: ROLE_ARN,
    });
    expect(created).toEqual({ stateMachineArn: MACHINE_ARN, creationDate: 1767225600 });
  });

  it("starts an execution that stays RUNNING with its input", async () => {
    clock.advance(1500);
    const started = await services.call("states", "StartExecution", {
      stateMachineArn: MACHINE_ARN,
      name: "order-1",
      input: '{"orderId":"1"}',
    });
    expect(started).toEqual({
      executionArn: "arn:aws:states:us-east-1:123456789012:execution:OrderFlow:order-1",
      startDate: 1767225601.5,
    });
    expect(
      await services.call("states", "DescribeExecution", { executionArn: started.executionArn }),
    ).toEqual({
      executionArn: started.executionArn,
      stateMachineArn: MACHINE_ARN,
      name: "order-1",
      status: "RUNNING",
      startDate: 1767225601.5,
      input: '{"orderId":"1"}',
      inputDetails: { included: true },
    });
    expect(services.inspect.listExecutions("OrderFlow")?.map((execution) => execution.input)).toEqual([
      '{"orderId":"1"}',
    ]);
  });

  it("returns the same execution for the same name and input, and refuses a different input", async () => {
    const first = await services.call("states", "StartExecution", {
      stateMachineArn: MACHINE_ARN,
      name: "once",
      input: "{}",
    });
    expect(
      await services.call("states", "StartExecution", {
        stateMachineArn: MACHINE_ARN,
        name: "once",
        input: "{}",
      }),
    ).toEqual(first);
    const error = await callError(services, "states", "StartExecution", {
      stateMachineArn: MACHINE_ARN,
      name: "once",
      input: '{"a":1}',
    });
    expect([error.type, error.message]).toEqual([
      "ExecutionAlreadyExists",
      `Execution Already Exists: '${first.executionArn as string}'`,
    ]);
  });

  it("answers a missing state machine with StateMachineDoesNotExist", async () => {
    const arn = "arn:aws:states:us-east-1:123456789012:stateMachine:Missing";
    const error = await callError(services, "states", "StartExecution", { stateMachineArn: arn });
    expect([error.type, error.message, error.statusCode]).toEqual([
      "StateMachineDoesNotExist",
      `State Machine Does Not Exist: '${arn}'`,
      400,
    ]);
  });

  it.each([
    [{ stateMachineArn: MACHINE_ARN, input: "{not json" }, "InvalidExecutionInput"],
    [{ stateMachineArn: "not-an-arn" }, "InvalidArn"],
    [{ stateMachineArn: MACHINE_ARN, name: "has space" }, "InvalidName"],
    [{}, "ValidationException"],
  ])("refuses an invalid StartExecution (%#)", async (input, type) => {
    expect((await callError(services, "states", "StartExecution", input)).type).toBe(type);
  });

  it("validates the definition's structure and refuses a changed redefinition", async () => {
    const invalid = await callError(services, "states", "CreateStateMachine", {
      name: "Bad",
      definition: JSON.stringify({ StartAt: "Nope", States: { A: { Type: "Pass", End: true } } }),
      roleArn: ROLE_ARN,
    });
    expect([invalid.type, invalid.message]).toEqual([
      "InvalidDefinition",
      "Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: Nope at /StartAt'",
    ]);
    const changed = await callError(services, "states", "CreateStateMachine", {
      name: "OrderFlow",
      definition: DEFINITION.replace("Hello", "Hi").replace("Hello", "Hi"),
      roleArn: ROLE_ARN,
    });
    expect([changed.type, changed.message]).toEqual([
      "StateMachineAlreadyExists",
      `State Machine Already Exists: '${MACHINE_ARN}'`,
    ]);
  });
});
