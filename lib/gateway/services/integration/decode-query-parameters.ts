/**
 * Turns AWS query-protocol parameters (`MessageAttribute.1.Name=...`) into the JSON-protocol input shape the
 * simulated services take, for SQS and SNS requests made by API Gateway AWS integrations.
 *
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-making-api-requests-xml.html
 * @see https://docs.aws.amazon.com/sns/latest/api/API_Publish.html
 */
const INTEGER_PARAMETERS = new Set([
  "DelaySeconds",
  "MaxNumberOfMessages",
  "VisibilityTimeout",
  "WaitTimeSeconds",
  "MaxResults",
]);
const LIST_PARAMETERS: Readonly<Record<string, string>> = {
  AttributeName: "AttributeNames",
  MessageAttributeName: "MessageAttributeNames",
  MessageSystemAttributeName: "MessageSystemAttributeNames",
};

/** Groups `<prefix>.<index>.<rest>` parameters by index, in index order. */
function groupIndexed(
  parameters: Readonly<Record<string, string>>,
  prefix: string,
): Record<string, string>[] {
  const groups = new Map<number, Record<string, string>>();
  for (const [key, value] of Object.entries(parameters)) {
    if (!key.startsWith(`${prefix}.`)) continue;
    const [index = "", ...rest] = key.slice(prefix.length + 1).split(".");
    const group = groups.get(Number(index)) ?? {};
    group[rest.join(".")] = value;
    groups.set(Number(index), group);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

function toMessageAttributes(
  groups: readonly Record<string, string>[],
): Record<string, Record<string, string>> {
  const attributes: Record<string, Record<string, string>> = {};
  for (const group of groups) {
    const value: Record<string, string> = {};
    for (const member of ["DataType", "StringValue", "BinaryValue"]) {
      const entry = group[`Value.${member}`];
      if (entry !== undefined) value[member] = entry;
    }
    attributes[group.Name ?? ""] = value;
  }
  return attributes;
}

function toStringMap(
  groups: readonly Record<string, string>[],
  nameKey: string,
  valueKey: string,
): Record<string, string> {
  return Object.fromEntries(groups.map((group) => [group[nameKey] ?? "", group[valueKey] ?? ""]));
}

/** The service input for query parameters (Action and Version removed). */
export function decodeQueryParameters(
  service: "sqs" | "sns",
  parameters: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const structured =
    service === "sqs"
      ? ["Attribute", "MessageAttribute", ...Object.keys(LIST_PARAMETERS)]
      : ["Attributes", "MessageAttributes", "Tags"];
  for (const [key, value] of Object.entries(parameters)) {
    if (key === "Action" || key === "Version" || structured.some((prefix) => key.startsWith(`${prefix}.`)))
      continue;
    input[key] = INTEGER_PARAMETERS.has(key) && /^-?\d+$/.test(value) ? Number(value) : value;
  }
  if (service === "sqs") {
    const attributes = groupIndexed(parameters, "Attribute");
    if (attributes.length > 0) input.Attributes = toStringMap(attributes, "Name", "Value");
    const messageAttributes = groupIndexed(parameters, "MessageAttribute");
    if (messageAttributes.length > 0) input.MessageAttributes = toMessageAttributes(messageAttributes);
    for (const [prefix, member] of Object.entries(LIST_PARAMETERS)) {
      const list = groupIndexed(parameters, prefix).map((group) => group[""] ?? "");
      if (list.length > 0) input[member] = list;
    }
    return input;
  }
  const messageAttributes = groupIndexed(parameters, "MessageAttributes.entry");
  if (messageAttributes.length > 0) input.MessageAttributes = toMessageAttributes(messageAttributes);
  const attributes = groupIndexed(parameters, "Attributes.entry");
  if (attributes.length > 0) input.Attributes = toStringMap(attributes, "key", "value");
  return input;
}
