/**
 * Guest JavaScript: the body of one `@aws-sdk/client-*` shim, evaluated as `new Function("sdk", "require", body)`
 * with `SPEC` replaced by the client's JSON description. It mirrors the SDK v3 surface learners write against:
 * `new XClient(config)`, `client.send(new YCommand(input))` resolving with the output plus `$metadata`, the
 * aggregated `new X(config).operationName(input)`, and the optional Node-style callback.
 * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/introduction/
 */
export const AWS_SDK_CLIENT_SOURCE = String.raw`
var spec = SPEC;
var exports = {};
function named(fn, name) { Object.defineProperty(fn, "name", { value: name }); return fn; }
function hidden(target, name, value) {
  Object.defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
}
function middlewareStack() {
  var noop = function () {};
  return { add: noop, addRelativeTo: noop, use: noop, remove: noop, clone: function () { return middlewareStack(); } };
}
function withMetadata(output) {
  if (output !== null && typeof output === "object" && !Array.isArray(output)) {
    output.$metadata = { httpStatusCode: 200, requestId: sdk.randomUUID(), attempts: 1, totalRetryDelay: 0 };
  }
  return output;
}
function sendCommand(command, optionsOrCallback, callback) {
  var done = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
  var promise;
  if (command === null || typeof command !== "object" || typeof command.__operation !== "string") {
    promise = Promise.reject(new TypeError("client.send() expects a command object, e.g. new PutItemCommand(input)"));
  } else {
    promise = sdk.callService(command.__service, command.__operation, command.__toInput()).then(function (output) {
      return withMetadata(command.__fromOutput(output));
    });
  }
  if (typeof done !== "function") return promise;
  promise.then(function (output) { done(null, output); }, function (error) { done(error); });
  return undefined;
}

var Client = named(function (config) {
  if (!(this instanceof Client)) throw new TypeError("Class constructor " + spec.client + " cannot be invoked without 'new'");
  this.config = Object.assign({ region: sdk.region }, config || {});
  this.middlewareStack = middlewareStack();
}, spec.client);
hidden(Client.prototype, "send", function send(command, optionsOrCallback, callback) {
  return sendCommand(command, optionsOrCallback, callback);
});
hidden(Client.prototype, "destroy", function destroy() {});
exports[spec.client] = Client;

spec.commands.forEach(function (operation) {
  var name = operation + "Command";
  var Command = named(function (input) {
    if (!(this instanceof Command)) throw new TypeError("Class constructor " + name + " cannot be invoked without 'new'");
    this.input = input === undefined ? {} : input;
    this.middlewareStack = middlewareStack();
  }, name);
  hidden(Command.prototype, "__service", spec.service);
  hidden(Command.prototype, "__operation", operation);
  hidden(Command.prototype, "__toInput", function () { return this.input; });
  hidden(Command.prototype, "__fromOutput", function (output) { return output; });
  exports[name] = Command;
});

var Aggregate = named(function (config) {
  if (!(this instanceof Aggregate)) throw new TypeError("Class constructor " + spec.aggregate + " cannot be invoked without 'new'");
  Client.call(this, config);
}, spec.aggregate);
Aggregate.prototype = Object.create(Client.prototype);
hidden(Aggregate.prototype, "constructor", Aggregate);
spec.commands.forEach(function (operation) {
  var method = operation.charAt(0).toLowerCase() + operation.slice(1);
  hidden(Aggregate.prototype, method, function (input, optionsOrCallback, callback) {
    return sendCommand(new exports[operation + "Command"](input), optionsOrCallback, callback);
  });
});
exports[spec.aggregate] = Aggregate;
return exports;
`;
