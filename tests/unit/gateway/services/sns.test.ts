import { beforeEach, describe, expect, it } from "vitest";
import type { AwsServices } from "@/lib/gateway/services";
import { callError, createTestServices } from "./services-fixtures";

const TOPIC_ARN = "arn:aws:sns:us-east-1:123456789012:alerts";

describe("SNS", () => {
  let services: AwsServices;
  beforeEach(async () => {
    ({ services } = createTestServices());
    expect(await services.call("sns", "CreateTopic", { Name: "alerts" })).toEqual({ TopicArn: TOPIC_ARN });
  });

  it("creates topics idempotently and lists them", async () => {
    expect(await services.call("sns", "CreateTopic", { Name: "alerts" })).toEqual({ TopicArn: TOPIC_ARN });
    expect(await services.call("sns", "ListTopics", {})).toEqual({ Topics: [{ TopicArn: TOPIC_ARN }] });
  });

  it("publishes, returns a MessageId and keeps the message for labs", async () => {
    const output = await services.call("sns", "Publish", {
      TopicArn: TOPIC_ARN,
      Message: "disk full",
      Subject: "Alarm",
      MessageAttributes: { severity: { DataType: "String", StringValue: "high" } },
    });
    expect(output).toEqual({ MessageId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(services.inspect.listPublishedMessages("alerts")).toEqual([
      {
        MessageId: output.MessageId,
        Message: "disk full",
        Subject: "Alarm",
        MessageAttributes: { severity: { DataType: "String", StringValue: "high" } },
        Timestamp: "2026-01-01T00:00:00.000Z",
      },
    ]);
  });

  it("answers a missing topic with NotFound and HTTP 404", async () => {
    const error = await callError(services, "sns", "Publish", {
      TopicArn: "arn:aws:sns:us-east-1:123456789012:nope",
      Message: "x",
    });
    expect([error.type, error.message, error.statusCode]).toEqual(["NotFound", "Topic does not exist", 404]);
  });

  it.each([
    [{ TopicArn: TOPIC_ARN, Message: "" }, "Invalid parameter: Empty message"],
    [{ TopicArn: TOPIC_ARN, Message: "x".repeat(262_145) }, "Invalid parameter: Message too long"],
    [{ TopicArn: TOPIC_ARN, Message: "x", Subject: "line\nbreak" }, "Invalid parameter: Subject"],
    [{ TopicArn: "not-an-arn", Message: "x" }, "Invalid parameter: TopicArn"],
    [
      { TopicArn: TOPIC_ARN, Message: '{"email":"x"}', MessageStructure: "json" },
      "Invalid parameter: Message Structure - No default entry in JSON message body",
    ],
  ])("refuses an invalid Publish with InvalidParameter (%#)", async (input, message) => {
    const error = await callError(services, "sns", "Publish", input);
    expect([error.type, error.message, error.statusCode]).toEqual(["InvalidParameter", message, 400]);
  });
});
