import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { AwsServices } from "@/lib/gateway/services";
import { AwsIntegrationUriError, invokeAwsIntegration, parseAwsIntegrationUri } from "@/lib/gateway/services";
import { createTable, createTestServices } from "./services-fixtures";

const REQUEST_ID = "e9ab5f97-9a5a-4f34-94d7-87df74a235de";
const JSON_HEADERS = { "Content-Type": "application/x-amz-json-1.0", "x-amzn-RequestId": REQUEST_ID };

describe("invokeAwsIntegration", () => {
  let services: AwsServices;
  const invoke = (request: {
    uri: string;
    body?: string;
    headers?: Record<string, string>;
    queryString?: Record<string, string>;
  }) => invokeAwsIntegration(services, { requestId: REQUEST_ID, ...request });

  beforeEach(async () => {
    ({ services } = createTestServices());
    await createTable(services, "Pets");
    await services.call("sqs", "CreateQueue", { QueueName: "my-queue" });
    await services.call("sns", "CreateTopic", { Name: "alerts" });
  });

  it("answers a DynamoDB PutItem action with 200 and the JSON body", async () => {
    const body = JSON.stringify({ TableName: "Pets", Item: { pk: { S: "1" }, type: { S: "dog" } } });
    expect(await invoke({ uri: "arn:aws:apigateway:us-east-1:dynamodb:action/PutItem", body })).toEqual({
      statusCode: 200,
      headers: JSON_HEADERS,
      body: "{}",
    });
  });

  it("answers a failed condition with DynamoDB's 400 body", async () => {
    const body = JSON.stringify({
      TableName: "Pets",
      Item: { pk: { S: "1" } },
      ConditionExpression: "attribute_not_exists(pk)",
    });
    await invoke({ uri: "arn:aws:apigateway:us-east-1:dynamodb:action/PutItem", body });
    expect(await invoke({ uri: "arn:aws:apigateway:us-east-1:dynamodb:action/PutItem", body })).toEqual({
      statusCode: 400,
      headers: JSON_HEADERS,
      body: '{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"}',
    });
  });

  it("puts validation errors in the coral validator's namespace and bad JSON in the serializer's", async () => {
    const missingKey = await invoke({
      uri: "arn:aws:apigateway:us-east-1:dynamodb:action/PutItem",
      body: JSON.stringify({ TableName: "Pets", Item: { name: { S: "x" } } }),
    });
    expect(JSON.parse(missingKey.body)).toEqual({
      __type: "com.amazon.coral.validate#ValidationException",
      message: "One or more parameter values were invalid: Missing the key pk in the item",
    });
    const badJson = await invoke({
      uri: "arn:aws:apigateway:us-east-1:dynamodb:action/GetItem",
      body: "{not json",
    });
    expect([badJson.statusCode, JSON.parse(badJson.body).__type]).toEqual([
      400,
      "com.amazon.coral.service#SerializationException",
    ]);
    const missingTable = await invoke({
      uri: "arn:aws:apigateway:us-east-1:dynamodb:action/GetItem",
      body: JSON.stringify({ TableName: "Nope", Key: { pk: { S: "1" } } }),
    });
    expect(JSON.parse(missingTable.body)).toEqual({
      __type: "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",
      message: "Requested resource not found",
    });
  });

  it("takes the DynamoDB operation from X-Amz-Target with a path URI", async () => {
    const response = await invoke({
      uri: "arn:aws:apigateway:us-east-1:dynamodb:path//",
      headers: { "x-amz-target": "DynamoDB_20120810.ListTables" },
    });
    expect(JSON.parse(response.body)).toEqual({ TableNames: ["Pets"] });
  });

  it("sends an SQS message through a path URI with a form body and answers in the query protocol's JSON", async () => {
    const response = await invoke({
      uri: "arn:aws:apigateway:us-east-1:sqs:path/123456789012/my-queue",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "Action=SendMessage&MessageBody=%7B%22order%22%3A1%7D&MessageAttribute.1.Name=source&MessageAttribute.1.Value.DataType=String&MessageAttribute.1.Value.StringValue=api",
    });
    expect(response.statusCode).toBe(200);
    const result = JSON.parse(response.body).SendMessageResponse;
    expect(result.ResponseMetadata).toEqual({ RequestId: REQUEST_ID });
    expect(result.SendMessageResult).toEqual({
      MD5OfMessageAttributes: expect.stringMatching(/^[0-9a-f]{32}$/),
      MD5OfMessageBody: createHash("md5").update('{"order":1}').digest("hex"),
      MD5OfMessageSystemAttributes: null,
      MessageId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      SequenceNumber: null,
    });
    expect(
      services.inspect.listMessages("my-queue")?.map((message) => [message.body, message.messageAttributes]),
    ).toEqual([['{"order":1}', { source: { DataType: "String", StringValue: "api" } }]]);
  });

  it("renders XML when the integration request accepts XML", async () => {
    const response = await invoke({
      uri: "arn:aws:apigateway:us-east-1:sqs:path/123456789012/my-queue",
      headers: { Accept: "application/xml" },
      queryString: { Action: "SendMessage", MessageBody: "a<b" },
    });
    expect(response.headers["Content-Type"]).toBe("text/xml");
    expect(response.body).toMatch(
      /^<\?xml version="1\.0"\?><SendMessageResponse xmlns="http:\/\/queue\.amazonaws\.com\/doc\/2012-11-05\/"><SendMessageResult><MD5OfMessageBody>[0-9a-f]{32}<\/MD5OfMessageBody><MessageId>[0-9a-f-]{36}<\/MessageId><\/SendMessageResult><ResponseMetadata><RequestId>e9ab5f97-9a5a-4f34-94d7-87df74a235de<\/RequestId><\/ResponseMetadata><\/SendMessageResponse>$/,
    );
  });

  it("answers a missing queue with the query protocol's error code", async () => {
    const json = await invoke({
      uri: "arn:aws:apigateway:us-east-1:sqs:path/123456789012/missing",
      body: "Action=SendMessage&MessageBody=x",
    });
    expect([json.statusCode, JSON.parse(json.body)]).toEqual([
      400,
      {
        Error: {
          Code: "AWS.SimpleQueueService.NonExistentQueue",
          Message: "The specified queue does not exist.",
          Type: "Sender",
        },
        RequestId: REQUEST_ID,
      },
    ]);
    const xml = await invoke({
      uri: "arn:aws:apigateway:us-east-1:sqs:path/123456789012/missing",
      body: "Action=SendMessage&MessageBody=x",
      headers: { Accept: "text/xml" },
    });
    expect(xml.body).toBe(
      `<?xml version="1.0"?><ErrorResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/"><Error><Type>Sender</Type><Code>AWS.SimpleQueueService.NonExistentQueue</Code><Message>The specified queue does not exist.</Message></Error><RequestId>${REQUEST_ID}</RequestId></ErrorResponse>`,
    );
  });

  it("speaks SQS's JSON protocol when X-Amz-Target is mapped, with the documented error shape", async () => {
    const headers = { "X-Amz-Target": "AmazonSQS.SendMessage", "Content-Type": "application/x-amz-json-1.0" };
    const sent = await invoke({
      uri: "arn:aws:apigateway:us-east-1:sqs:path/123456789012/my-queue",
      headers,
      body: JSON.stringify({ MessageBody: "json" }),
    });
    expect([sent.statusCode, Object.keys(JSON.parse(sent.body))]).toEqual([
      200,
      ["MD5OfMessageBody", "MessageId"],
    ]);
    const missing = await invoke({
      uri: "arn:aws:apigateway:us-east-1:sqs:path/123456789012/missing",
      headers,
      body: JSON.stringify({ MessageBody: "json" }),
    });
    expect(missing).toEqual({
      statusCode: 400,
      headers: { ...JSON_HEADERS, "x-amzn-query-error": "AWS.SimpleQueueService.NonExistentQueue;Sender" },
      body: '{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"The specified queue does not exist."}',
    });
  });

  it("publishes to SNS from query-string parameters and answers a missing topic with 404", async () => {
    const published = await invoke({
      uri: "arn:aws:apigateway:us-east-1:sns:action/Publish",
      queryString: { TopicArn: "arn:aws:sns:us-east-1:123456789012:alerts", Message: "hello" },
    });
    expect(JSON.parse(published.body)).toEqual({
      PublishResponse: {
        ResponseMetadata: { RequestId: REQUEST_ID },
        PublishResult: { MessageId: expect.stringMatching(/^[0-9a-f-]{36}$/), SequenceNumber: null },
      },
    });
    const missing = await invoke({
      uri: "arn:aws:apigateway:us-east-1:sns:action/Publish",
      queryString: { TopicArn: "arn:aws:sns:us-east-1:123456789012:gone", Message: "x" },
      headers: { Accept: "application/xml" },
    });
    expect([missing.statusCode, missing.body]).toEqual([
      404,
      `<?xml version="1.0"?><ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>NotFound</Code><Message>Topic does not exist</Message></Error><RequestId>${REQUEST_ID}</RequestId></ErrorResponse>`,
    ]);
  });

  it("starts a Step Functions execution and reports a missing state machine in its namespace", async () => {
    await services.call("states", "CreateStateMachine", {
      name: "Flow",
      definition: '{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}',
      roleArn: "arn:aws:iam::123456789012:role/r",
    });
    const started = await invoke({
      uri: "arn:aws:apigateway:us-east-1:states:action/StartExecution",
      body: JSON.stringify({
        stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:Flow",
        input: '{"a":1}',
        name: "run-1",
      }),
    });
    expect(JSON.parse(started.body)).toEqual({
      executionArn: "arn:aws:states:us-east-1:123456789012:execution:Flow:run-1",
      startDate: 1767225600,
    });
    const missing = await invoke({
      uri: "arn:aws:apigateway:us-east-1:states:action/StartExecution",
      body: JSON.stringify({ stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:Nope" }),
    });
    expect([missing.statusCode, JSON.parse(missing.body)]).toEqual([
      400,
      {
        __type: "com.amazonaws.swf.service.v2.model#StateMachineDoesNotExist",
        message: "State Machine Does Not Exist: 'arn:aws:states:us-east-1:123456789012:stateMachine:Nope'",
      },
    ]);
  });

  it("throws AwsIntegrationUriError for a service the simulator does not have or a malformed URI", async () => {
    await expect(invoke({ uri: "arn:aws:apigateway:us-east-1:s3:path/bucket/key" })).rejects.toThrow(
      AwsIntegrationUriError,
    );
    await expect(invoke({ uri: "https://example.com" })).rejects.toThrow(AwsIntegrationUriError);
  });
});

describe("parseAwsIntegrationUri", () => {
  it("splits action URIs with parameters and path URIs with subdomains", () => {
    expect(
      parseAwsIntegrationUri(
        "arn:aws:apigateway:us-west-2:sns:action/Publish&TopicArn=arn%3Aaws%3Asns%3Aus-west-2%3A1%3At",
      ),
    ).toEqual({
      region: "us-west-2",
      service: "sns",
      action: "Publish",
      parameters: { TopicArn: "arn:aws:sns:us-west-2:1:t" },
    });
    expect(parseAwsIntegrationUri("arn:aws:apigateway:eu-west-1:mybucket.s3:path/folder/item")).toEqual({
      region: "eu-west-1",
      service: "s3",
      path: "folder/item",
      parameters: {},
    });
  });
});
