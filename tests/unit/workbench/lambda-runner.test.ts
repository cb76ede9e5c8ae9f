import { describe, expect, it } from "vitest";
import { createGatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { lambdaRunner } from "@/lib/workbench/lambda-runner";

const SOURCE =
  "export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ got: event.name }) });";

describe("the workbench's Lambda runner", () => {
  it("creates from source, invokes, and answers the source with getFunction (a workbench extension)", async () => {
    const engine = await createGatewaySandbox({
      clock: new VirtualClock(Date.UTC(2026, 10, 23)),
      random: new SeededRandom(3),
    });
    try {
      const created = (await lambdaRunner.run(engine, "createFunction", {
        FunctionName: "hello",
        Runtime: "nodejs22.x",
        Role: "arn:aws:iam::123456789012:role/lambda-basic-execution",
        Handler: "index.handler",
        Code: { Source: SOURCE },
      })) as { FunctionArn: string };
      expect(created.FunctionArn).toBe("arn:aws:lambda:us-east-1:123456789012:function:hello");
      const invoked = (await lambdaRunner.run(engine, "invoke", {
        FunctionName: "hello",
        Payload: '{"name":"Ada"}',
      })) as {
        StatusCode: number;
        Payload: string;
      };
      expect(invoked.StatusCode).toBe(200);
      expect(JSON.parse(invoked.Payload)).toEqual({ statusCode: 200, body: '{"got":"Ada"}' });
      const fetched = (await lambdaRunner.run(engine, "getFunction", { FunctionName: "hello" })) as {
        Code: { Source?: string; RepositoryType: string };
      };
      expect(fetched.Code.Source).toBe(SOURCE);
      expect(fetched.Code.RepositoryType).toBe("S3");
    } finally {
      engine.dispose();
    }
  });
});
