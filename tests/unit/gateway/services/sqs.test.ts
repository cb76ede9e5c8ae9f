import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { VirtualClock } from "@/lib/gateway/ports";
import type { AwsServices } from "@/lib/gateway/services";
import { callError, createTestServices } from "./services-fixtures";

const QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/123456789012/orders";

function lengthPrefixed(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

describe("SQS", () => {
  let services: AwsServices;
  let clock: VirtualClock;
  const receive = (input: Record<string, unknown> = {}) =>
    services.call("sqs", "ReceiveMessage", { QueueUrl: QUEUE_URL, ...input });

  beforeEach(async () => {
    ({ services, clock } = createTestServices());
    expect(await services.call("sqs", "CreateQueue", { QueueName: "orders" })).toEqual({
      QueueUrl: QUEUE_URL,
    });
  });

  it("returns the hex MD5 of the body and a UUID MessageId", async () => {
    const output = await services.call("sqs", "SendMessage", { QueueUrl: QUEUE_URL, MessageBody: "hello" });
    expect(output.MD5OfMessageBody).toBe("5d41402abc4b2a76b9719d911017c592");
    expect(output.MessageId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("computes MD5OfMessageAttributes over name-sorted, length-prefixed attributes", async () => {
    const output = await services.call("sqs", "SendMessage", {
      QueueUrl: QUEUE_URL,
      MessageBody: "x",
      MessageAttributes: {
        b: { DataType: "Number", StringValue: "42" },
        a: { DataType: "String", StringValue: "é" },
      },
    });
    const encoded = Buffer.concat(
      [
        ["a", "String", "é"],
        ["b", "Number", "42"],
      ].flatMap(([name = "", type = "", value = ""]) => [
        lengthPrefixed(Buffer.from(name)),
        lengthPrefixed(Buffer.from(type)),
        Buffer.from([1]),
        lengthPrefixed(Buffer.from(value)),
      ]),
    );
    expect(output.MD5OfMessageAttributes).toBe(createHash("md5").update(encoded).digest("hex"));
  });

  it("hides a received message for the visibility timeout on the virtual clock", async () => {
    await services.call("sqs", "SendMessage", { QueueUrl: QUEUE_URL, MessageBody: "m1" });
    const first = await receive({ VisibilityTimeout: 10, AttributeNames: ["ApproximateReceiveCount"] });
    expect((first.Messages as Record<string, unknown>[])[0]).toMatchObject({
      Body: "m1",
      MD5OfBody: createHash("md5").update("m1").digest("hex"),
      Attributes: { ApproximateReceiveCount: "1" },
    });
    expect(await receive()).toEqual({});
    clock.advance(9_999);
    expect(await receive()).toEqual({});
    clock.advance(1);
    const again = await receive({ AttributeNames: ["All"] });
    expect((again.Messages as { Attributes: Record<string, string> }[])[0]?.Attributes).toEqual({
      SenderId: "123456789012",
      SentTimestamp: "1767225600000",
      ApproximateReceiveCount: "2",
      ApproximateFirstReceiveTimestamp: "1767225600000",
    });
  });

  it("delays a message by DelaySeconds and returns at most MaxNumberOfMessages, oldest first", async () => {
    await services.call("sqs", "SendMessage", { QueueUrl: QUEUE_URL, MessageBody: "late", DelaySeconds: 5 });
    for (const body of ["a", "b", "c"])
      await services.call("sqs", "SendMessage", { QueueUrl: QUEUE_URL, MessageBody: body });
    const bodies = (output: Record<string, unknown>) =>
      ((output.Messages ?? []) as { Body: string }[]).map((message) => message.Body);
    expect(bodies(await receive({ MaxNumberOfMessages: 2 }))).toEqual(["a", "b"]);
    clock.advance(5_000);
    expect(bodies(await receive({ MaxNumberOfMessages: 10, WaitTimeSeconds: 20 }))).toEqual(["late", "c"]);
  });

  it("deletes only with the latest receipt handle; a stale handle succeeds without effect", async () => {
    await services.call("sqs", "SendMessage", { QueueUrl: QUEUE_URL, MessageBody: "m" });
    const handle = (output: Record<string, unknown>) =>
      (output.Messages as { ReceiptHandle: string }[])[0]?.ReceiptHandle;
    const stale = handle(await receive({ VisibilityTimeout: 0 }));
    const latest = handle(await receive({ VisibilityTimeout: 0 }));
    expect(stale).not.toBe(latest);
    expect(
      await services.call("sqs", "DeleteMessage", { QueueUrl: QUEUE_URL, ReceiptHandle: stale }),
    ).toEqual({});
    expect(services.inspect.listMessages("orders")).toHaveLength(1);
    await services.call("sqs", "DeleteMessage", { QueueUrl: QUEUE_URL, ReceiptHandle: latest });
    expect(services.inspect.listMessages("orders")).toEqual([]);
  });

  it("moves a message to the dead-letter queue after maxReceiveCount receives", async () => {
    await services.call("sqs", "CreateQueue", { QueueName: "orders-dlq" });
    await services.call("sqs", "CreateQueue", {
      QueueName: "work",
      Attributes: {
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn: "arn:aws:sqs:us-east-1:123456789012:orders-dlq",
          maxReceiveCount: 2,
        }),
        VisibilityTimeout: "0",
      },
    });
    const workUrl = "https://sqs.us-east-1.amazonaws.com/123456789012/work";
    await services.call("sqs", "SendMessage", { QueueUrl: workUrl, MessageBody: "poison" });
    await services.call("sqs", "ReceiveMessage", { QueueUrl: workUrl });
    await services.call("sqs", "ReceiveMessage", { QueueUrl: workUrl });
    expect(await services.call("sqs", "ReceiveMessage", { QueueUrl: workUrl })).toEqual({});
    expect(services.inspect.listMessages("orders-dlq")?.map((message) => message.body)).toEqual(["poison"]);
  });

  it("reports queue depth in GetQueueAttributes", async () => {
    await services.call("sqs", "SendMessage", { QueueUrl: QUEUE_URL, MessageBody: "a" });
    await services.call("sqs", "SendMessage", { QueueUrl: QUEUE_URL, MessageBody: "b", DelaySeconds: 60 });
    await services.call("sqs", "SendMessage", { QueueUrl: QUEUE_URL, MessageBody: "c" });
    await receive();
    const output = await services.call("sqs", "GetQueueAttributes", {
      QueueUrl: QUEUE_URL,
      AttributeNames: [
        "ApproximateNumberOfMessages",
        "ApproximateNumberOfMessagesNotVisible",
        "ApproximateNumberOfMessagesDelayed",
        "VisibilityTimeout",
      ],
    });
    expect(output).toEqual({
      Attributes: {
        ApproximateNumberOfMessages: "1",
        ApproximateNumberOfMessagesNotVisible: "1",
        ApproximateNumberOfMessagesDelayed: "1",
        VisibilityTimeout: "30",
      },
    });
  });

  it("answers an unknown queue with QueueDoesNotExist", async () => {
    for (const [operation, input] of [
      ["GetQueueUrl", { QueueName: "missing" }],
      [
        "SendMessage",
        { QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/missing", MessageBody: "x" },
      ],
      [
        "SendMessage",
        { QueueUrl: "https://sqs.us-east-1.amazonaws.com/999999999999/orders", MessageBody: "x" },
      ],
    ] as const) {
      const error = await callError(services, "sqs", operation, input);
      expect([error.type, error.message, error.statusCode]).toEqual([
        "QueueDoesNotExist",
        "The specified queue does not exist.",
        400,
      ]);
    }
  });

  it.each([
    [{ MessageBody: "" }, "MissingParameter", "The request must contain the parameter MessageBody."],
    [
      { MessageBody: "x".repeat(262_145) },
      "InvalidParameterValue",
      "One or more parameters are invalid. Reason: Message must be shorter than 262144 bytes.",
    ],
    [
      { MessageBody: "x", DelaySeconds: 901 },
      "InvalidParameterValue",
      "Value 901 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.",
    ],
    [
      { MessageBody: "bad \u0000 char" },
      "InvalidMessageContents",
      "Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF",
    ],
    [
      { MessageBody: "x", MessageAttributes: { n: { DataType: "Number", StringValue: "abc" } } },
      "InvalidParameterValue",
      "Can't cast the value of message (user) attribute 'n' to a number.",
    ],
  ])("refuses an invalid SendMessage (%#)", async (input, type, message) => {
    const error = await callError(services, "sqs", "SendMessage", { QueueUrl: QUEUE_URL, ...input });
    expect([error.type, error.message]).toEqual([type, message]);
  });

  it("accepts a 256 KiB body exactly", async () => {
    await services.call("sqs", "SendMessage", { QueueUrl: QUEUE_URL, MessageBody: "x".repeat(262_144) });
    expect(services.inspect.listMessages("orders")?.[0]?.body).toHaveLength(262_144);
  });

  it("is idempotent for the same attributes and refuses different ones", async () => {
    await services.call("sqs", "CreateQueue", { QueueName: "jobs", Attributes: { VisibilityTimeout: "60" } });
    expect(
      await services.call("sqs", "CreateQueue", {
        QueueName: "jobs",
        Attributes: { VisibilityTimeout: "60" },
      }),
    ).toEqual({ QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/jobs" });
    const error = await callError(services, "sqs", "CreateQueue", {
      QueueName: "jobs",
      Attributes: { VisibilityTimeout: "61" },
    });
    expect([error.type, error.message]).toEqual([
      "QueueNameExists",
      "A queue already exists with the same name and a different value for attribute VisibilityTimeout",
    ]);
  });

  it("refuses a receipt handle it did not issue and lets ChangeMessageVisibility extend one", async () => {
    const invalid = await callError(services, "sqs", "DeleteMessage", {
      QueueUrl: QUEUE_URL,
      ReceiptHandle: "nonsense",
    });
    expect([invalid.type, invalid.message]).toEqual([
      "ReceiptHandleIsInvalid",
      'The input receipt handle "nonsense" is not a valid receipt handle.',
    ]);
    await services.call("sqs", "SendMessage", { QueueUrl: QUEUE_URL, MessageBody: "m" });
    const handle = ((await receive({ VisibilityTimeout: 5 })).Messages as { ReceiptHandle: string }[])[0]
      ?.ReceiptHandle;
    await services.call("sqs", "ChangeMessageVisibility", {
      QueueUrl: QUEUE_URL,
      ReceiptHandle: handle,
      VisibilityTimeout: 100,
    });
    clock.advance(50_000);
    expect(await receive()).toEqual({});
  });

  it("expires messages after MessageRetentionPeriod", async () => {
    await services.call("sqs", "CreateQueue", {
      QueueName: "short",
      Attributes: { MessageRetentionPeriod: "60" },
    });
    const url = "https://sqs.us-east-1.amazonaws.com/123456789012/short";
    await services.call("sqs", "SendMessage", { QueueUrl: url, MessageBody: "old" });
    clock.advance(60_000);
    expect(await services.call("sqs", "ReceiveMessage", { QueueUrl: url })).toEqual({});
  });
});
