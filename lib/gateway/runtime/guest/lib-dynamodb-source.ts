/**
 * Guest JavaScript: the body of the `@aws-sdk/lib-dynamodb` shim (DynamoDBDocumentClient and DynamoDBDocument),
 * evaluated as `new Function("sdk", "require", body)`. Document commands translate native values to
 * AttributeValues on the way in and back on the way out, then travel as the low-level operation.
 * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/Package/-aws-sdk-lib-dynamodb/
 */
export const LIB_DYNAMODB_SOURCE = String.raw`
var util = require("@aws-sdk/util-dynamodb");
var exports = {};
function named(fn, name) { Object.defineProperty(fn, "name", { value: name }); return fn; }
function hidden(target, name, value) {
  Object.defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
}
function mapValues(record, convert) {
  if (record === undefined || record === null) return record;
  var out = {};
  Object.keys(record).forEach(function (key) { out[key] = convert(record[key]); });
  return out;
}
function translate(input, fields, convert) {
  var out = Object.assign({}, input);
  fields.forEach(function (field) {
    if (out[field] === undefined) return;
    out[field] = Array.isArray(out[field]) ? out[field].map(convert) : convert(out[field]);
  });
  return out;
}
var simple = function (inFields, outFields) {
  return {
    input: function (input, m) { return translate(input, inFields, m); },
    output: function (output, u) { return translate(output, outFields, u); },
  };
};
var KEYS_AND_VALUES = ["Key", "ExpressionAttributeValues"];
var COMMANDS = {
  Put: ["PutItem", simple(["Item", "ExpressionAttributeValues"], ["Attributes"])],
  Get: ["GetItem", simple(["Key"], ["Item"])],
  Delete: ["DeleteItem", simple(KEYS_AND_VALUES, ["Attributes"])],
  Update: ["UpdateItem", simple(KEYS_AND_VALUES, ["Attributes"])],
  Query: ["Query", simple(["ExpressionAttributeValues", "ExclusiveStartKey"], ["Items", "LastEvaluatedKey"])],
  Scan: ["Scan", simple(["ExpressionAttributeValues", "ExclusiveStartKey"], ["Items", "LastEvaluatedKey"])],
  BatchGet: ["BatchGetItem", {
    input: function (input, m) {
      return Object.assign({}, input, { RequestItems: mapValues(input.RequestItems, function (t) { return translate(t, ["Keys"], m); }) });
    },
    output: function (output, u) {
      return Object.assign({}, output, {
        Responses: mapValues(output.Responses, function (items) { return items.map(u); }),
        UnprocessedKeys: mapValues(output.UnprocessedKeys, function (t) { return translate(t, ["Keys"], u); }),
      });
    },
  }],
  BatchWrite: ["BatchWriteItem", {
    input: function (input, m) { return Object.assign({}, input, { RequestItems: mapValues(input.RequestItems, function (rs) { return rs.map(function (r) { return writeRequest(r, m); }); }) }); },
    output: function (output, u) { return Object.assign({}, output, { UnprocessedItems: mapValues(output.UnprocessedItems, function (rs) { return rs.map(function (r) { return writeRequest(r, u); }); }) }); },
  }],
  TransactGet: ["TransactGetItems", {
    input: function (input, m) { return Object.assign({}, input, { TransactItems: (input.TransactItems || []).map(function (t) { return { Get: translate(t.Get, ["Key"], m) }; }) }); },
    output: function (output, u) { return Object.assign({}, output, { Responses: output.Responses && output.Responses.map(function (r) { return translate(r, ["Item"], u); }) }); },
  }],
  TransactWrite: ["TransactWriteItems", {
    input: function (input, m) {
      return Object.assign({}, input, { TransactItems: (input.TransactItems || []).map(function (t) {
        var out = {};
        Object.keys(t).forEach(function (kind) { out[kind] = translate(t[kind], ["Item", "Key", "ExpressionAttributeValues"], m); });
        return out;
      }) });
    },
    output: function (output) { return output; },
  }],
};
function writeRequest(request, convert) {
  if (request.PutRequest) return { PutRequest: translate(request.PutRequest, ["Item"], convert) };
  if (request.DeleteRequest) return { DeleteRequest: translate(request.DeleteRequest, ["Key"], convert) };
  return request;
}

Object.keys(COMMANDS).forEach(function (shortName) {
  var operation = COMMANDS[shortName][0], codec = COMMANDS[shortName][1], name = shortName + "Command";
  var Command = named(function (input) {
    if (!(this instanceof Command)) throw new TypeError("Class constructor " + name + " cannot be invoked without 'new'");
    this.input = input === undefined ? {} : input;
  }, name);
  hidden(Command.prototype, "__service", "dynamodb");
  hidden(Command.prototype, "__operation", operation);
  hidden(Command.prototype, "__toInput", function () {
    var options = (this.__translateConfig || {}).marshallOptions;
    return codec.input(this.input, function (v) { return util.marshall(v, options); });
  });
  hidden(Command.prototype, "__fromOutput", function (output) {
    var options = (this.__translateConfig || {}).unmarshallOptions;
    return codec.output(output, function (v) { return util.unmarshall(v, options); });
  });
  exports[name] = Command;
});

var DocumentClient = named(function (client, translateConfig) {
  this.client = client;
  this.config = client && client.config;
  this.translateConfig = translateConfig || {};
}, "DynamoDBDocumentClient");
hidden(DocumentClient, "from", function from(client, translateConfig) { return new DocumentClient(client, translateConfig); });
hidden(DocumentClient.prototype, "send", function send(command, optionsOrCallback, callback) {
  if (command !== null && typeof command === "object") hidden(command, "__translateConfig", this.translateConfig);
  return this.client.send(command, optionsOrCallback, callback);
});
hidden(DocumentClient.prototype, "destroy", function destroy() {});
exports.DynamoDBDocumentClient = DocumentClient;

var Document = named(function (client, translateConfig) { DocumentClient.call(this, client, translateConfig); }, "DynamoDBDocument");
Document.prototype = Object.create(DocumentClient.prototype);
hidden(Document.prototype, "constructor", Document);
hidden(Document, "from", function from(client, translateConfig) { return new Document(client, translateConfig); });
Object.keys(COMMANDS).forEach(function (shortName) {
  var method = shortName.charAt(0).toLowerCase() + shortName.slice(1);
  hidden(Document.prototype, method, function (input, optionsOrCallback, callback) {
    return this.send(new exports[shortName + "Command"](input), optionsOrCallback, callback);
  });
});
exports.DynamoDBDocument = Document;
return exports;
`;
