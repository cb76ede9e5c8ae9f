import type { AwsServiceError } from "../aws-service-error";
import { SQS_QUERY_ERROR_CODES } from "../sqs/sqs-errors";

/**
 * Query-protocol responses (SQS and SNS reached through `action/` or `path/` integration URIs without the JSON
 * protocol's X-Amz-Target): XML when the integration request asks for XML, otherwise the JSON rendering those
 * services give to `Accept: application/json`, which is what API Gateway integrations receive by default.
 *
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-api-responses.html
 */
export type QueryService = "sqs" | "sns";
type XmlNode = readonly [name: string, content: string | readonly XmlNode[]];

const NAMESPACES: Record<QueryService, string> = {
  sqs: "http://queue.amazonaws.com/doc/2012-11-05/",
  sns: "http://sns.amazonaws.com/doc/2010-03-31/",
};

/** Members the JSON rendering lists as null when absent, in the order these services send them ([3P] captures). */
const JSON_RESULT_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  SendMessage: [
    "MD5OfMessageAttributes",
    "MD5OfMessageBody",
    "MD5OfMessageSystemAttributes",
    "MessageId",
    "SequenceNumber",
  ],
  Publish: ["MessageId", "SequenceNumber"],
};

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function renderXml(nodes: readonly XmlNode[]): string {
  return nodes
    .map(
      ([name, content]) =>
        `<${name}>${typeof content === "string" ? escapeXml(content) : renderXml(content)}</${name}>`,
    )
    .join("");
}

function toNameValueNodes(element: string, map: Record<string, unknown>): XmlNode[] {
  return Object.entries(map).map(([name, value]) => [
    element,
    [
      ["Name", name],
      ["Value", typeof value === "string" ? value : toXmlNodes(value)],
    ],
  ]);
}

/** The query protocol's element layout for a JSON-shaped value: flattened lists and Name/Value pairs. */
function toXmlNodes(value: unknown): XmlNode[] {
  if (typeof value !== "object" || value === null) return [];
  const nodes: XmlNode[] = [];
  for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
    if (member === undefined || member === null) continue;
    if (key === "Messages" && Array.isArray(member))
      nodes.push(...member.map((entry): XmlNode => ["Message", toXmlNodes(entry)]));
    else if (key === "QueueUrls" && Array.isArray(member))
      nodes.push(...member.map((url): XmlNode => ["QueueUrl", String(url)]));
    else if (key === "Topics" && Array.isArray(member))
      nodes.push(["Topics", member.map((entry): XmlNode => ["member", toXmlNodes(entry)])]);
    else if (key === "Attributes")
      nodes.push(...toNameValueNodes("Attribute", member as Record<string, unknown>));
    else if (key === "MessageAttributes")
      nodes.push(...toNameValueNodes("MessageAttribute", member as Record<string, unknown>));
    else nodes.push([key, typeof member === "object" ? toXmlNodes(member) : String(member)]);
  }
  return nodes;
}

function toJsonResult(action: string, output: Record<string, unknown>): Record<string, unknown> {
  const members = JSON_RESULT_MEMBERS[action];
  if (members === undefined) {
    if (action !== "ReceiveMessage") return output;
    const messages = Array.isArray(output.Messages) ? output.Messages : [];
    const keys = [
      "Attributes",
      "Body",
      "MD5OfBody",
      "MD5OfMessageAttributes",
      "MessageAttributes",
      "MessageId",
      "ReceiptHandle",
    ];
    return {
      messages: messages.map((message: Record<string, unknown>) =>
        Object.fromEntries(keys.map((key) => [key, message[key] ?? null])),
      ),
    };
  }
  return Object.fromEntries(members.map((member) => [member, output[member] ?? null]));
}

/** The body and content type of a successful query-protocol response. */
export function renderQueryResponse(
  service: QueryService,
  action: string,
  output: Record<string, unknown>,
  requestId: string,
  xml: boolean,
): { body: string; contentType: string } {
  const hasResult = Object.keys(output).length > 0 || ["ReceiveMessage", "ListQueues"].includes(action);
  if (!xml) {
    const response: Record<string, unknown> = { ResponseMetadata: { RequestId: requestId } };
    if (hasResult) response[`${action}Result`] = toJsonResult(action, output);
    return { body: JSON.stringify({ [`${action}Response`]: response }), contentType: "application/json" };
  }
  const result: XmlNode[] = hasResult ? [[`${action}Result`, toXmlNodes(output)]] : [];
  const inner = renderXml([...result, ["ResponseMetadata", [["RequestId", requestId]]]]);
  return {
    body: `<?xml version="1.0"?><${action}Response xmlns="${NAMESPACES[service]}">${inner}</${action}Response>`,
    contentType: "text/xml",
  };
}

/** The error code a query-protocol client sees. */
export function toQueryErrorCode(error: AwsServiceError): string {
  return error.service === "sqs" ? (SQS_QUERY_ERROR_CODES[error.type] ?? error.type) : error.type;
}

/** The body and content type of a query-protocol error. */
export function renderQueryError(
  service: QueryService,
  error: AwsServiceError,
  requestId: string,
  xml: boolean,
): { body: string; contentType: string } {
  const type = error.statusCode >= 500 ? "Receiver" : "Sender";
  const code = toQueryErrorCode(error);
  if (!xml) {
    return {
      body: JSON.stringify({
        Error: { Code: code, Message: error.message, Type: type },
        RequestId: requestId,
      }),
      contentType: "application/json",
    };
  }
  const inner = renderXml([
    [
      "Error",
      [
        ["Type", type],
        ["Code", code],
        ["Message", error.message],
      ],
    ],
    ["RequestId", requestId],
  ]);
  return {
    body: `<?xml version="1.0"?><ErrorResponse xmlns="${NAMESPACES[service]}">${inner}</ErrorResponse>`,
    contentType: "text/xml",
  };
}
