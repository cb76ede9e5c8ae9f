import { describe, expect, it } from "vitest";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { AwsServicesSnapshotError, createAwsServices } from "@/lib/gateway/services";
import { createTable, createTestServices } from "./services-fixtures";

async function populate() {
  const { services, clock } = createTestServices();
  await createTable(services, "Sessions", "N");
  await services.call("dynamodb", "PutItem", {
    TableName: "Sessions",
    Item: { pk: { S: "a" }, sk: { N: "1" }, data: { M: { x: { L: [{ BOOL: true }] } } } },
  });
  await services.call("sqs", "CreateQueue", { QueueName: "q" });
  await services.call("sqs", "SendMessage", {
    QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/q",
    MessageBody: "hi",
  });
  await services.call("sns", "CreateTopic", { Name: "t" });
  await services.call("sns", "Publish", { TopicArn: "arn:aws:sns:us-east-1:123456789012:t", Message: "m" });
  await services.call("states", "CreateStateMachine", {
    name: "sm",
    definition: '{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}',
    roleArn: "arn:aws:iam::123456789012:role/r",
  });
  return { services, clock };
}

describe("createAwsServices", () => {
  it("rebuilds a sandbox from a JSON snapshot that survives serialization", async () => {
    const { services } = await populate();
    const saved = JSON.parse(JSON.stringify(services.snapshot())) as unknown;
    const rebuilt = createAwsServices({
      clock: new VirtualClock(),
      random: new SeededRandom(1),
      snapshot: saved,
    });
    expect(rebuilt.snapshot()).toEqual(services.snapshot());
    const query = {
      TableName: "Sessions",
      KeyConditionExpression: "pk = :a",
      ExpressionAttributeValues: { ":a": { S: "a" } },
    };
    expect(await rebuilt.call("dynamodb", "Query", query)).toEqual(
      await services.call("dynamodb", "Query", query),
    );
    expect(rebuilt.inspect.listMessages("q")?.map((message) => message.body)).toEqual(["hi"]);
  });

  it("keeps snapshots independent of later changes", async () => {
    const { services } = await populate();
    const before = services.snapshot();
    await services.call("dynamodb", "DeleteTable", { TableName: "Sessions" });
    expect(Object.keys(before.dynamodb.tables)).toEqual(["Sessions"]);
    services.restore(before);
    expect(services.inspect.listTableNames()).toEqual(["Sessions"]);
    expect(services.inspect.listItems("Sessions")).toEqual([
      { pk: { S: "a" }, sk: { N: "1" }, data: { M: { x: { L: [{ BOOL: true }] } } } },
    ]);
  });

  it("refuses a snapshot it did not write", () => {
    const { services } = createTestServices();
    expect(() => services.restore({ version: 2 })).toThrow(AwsServicesSnapshotError);
    expect(() =>
      createAwsServices({ clock: new VirtualClock(), random: new SeededRandom(), snapshot: "nope" }),
    ).toThrow(AwsServicesSnapshotError);
  });

  it("lets labs inspect every service", async () => {
    const { services } = await populate();
    expect(services.inspect.listQueueNames()).toEqual(["q"]);
    expect(services.inspect.listTopicArns()).toEqual(["arn:aws:sns:us-east-1:123456789012:t"]);
    expect(
      services.inspect
        .listPublishedMessages("arn:aws:sns:us-east-1:123456789012:t")
        ?.map((message) => message.Message),
    ).toEqual(["m"]);
    expect(services.inspect.listStateMachineArns()).toEqual([
      "arn:aws:states:us-east-1:123456789012:stateMachine:sm",
    ]);
    expect(services.inspect.listExecutions("sm")).toEqual([]);
    expect(services.inspect.listItems("Nope")).toBeUndefined();
    expect(services.inspect.listMessages("q")?.[0]).toMatchObject({
      body: "hi",
      receiveCount: 0,
      visible: true,
    });
  });

  it("uses the configured account and region in ARNs and URLs", async () => {
    const services = createAwsServices({
      clock: new VirtualClock(),
      random: new SeededRandom(),
      accountId: "111122223333",
      region: "eu-west-1",
    });
    expect(await services.call("sqs", "CreateQueue", { QueueName: "q" })).toEqual({
      QueueUrl: "https://sqs.eu-west-1.amazonaws.com/111122223333/q",
    });
    expect(await services.call("sns", "CreateTopic", { Name: "t" })).toEqual({
      TopicArn: "arn:aws:sns:eu-west-1:111122223333:t",
    });
  });

  it("gives the same ids for the same seed", async () => {
    const run = async () => {
      const services = createAwsServices({ clock: new VirtualClock(), random: new SeededRandom(42) });
      await services.call("sqs", "CreateQueue", { QueueName: "q" });
      return services.call("sqs", "SendMessage", {
        QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/q",
        MessageBody: "x",
      });
    };
    expect(await run()).toEqual(await run());
  });
});
