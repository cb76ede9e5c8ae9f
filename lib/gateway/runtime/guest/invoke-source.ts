/**
 * Guest JavaScript (a fragment of the prelude): what the Node.js runtime interface client does around the
 * handler. It resolves `index.handler`, builds `context`, calls the handler with `(event, context, callback)`,
 * and reports the outcome in the runtime's own words (the `{errorType, errorMessage, trace}` document, the
 * `Invoke Error` / `Uncaught Exception` log lines) in `mailbox`, which the host reads after running guest code: a
 * property read is several times cheaper than a guest-to-host call on the warm path.
 * @see https://github.com/aws/aws-lambda-nodejs-runtime-interface-client (Errors.js, CallbackContext.js, Runtime.js)
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-context.html
 */
export const INVOKE_SOURCE = String.raw`
var SETTLE_SUCCESS = 0, SETTLE_SUCCESS_WHEN_EMPTY = 1, SETTLE_ERROR = 2, SETTLE_UNCAUGHT = 3, SETTLE_OUT_OF_MEMORY = 4;
var mailbox = { kind: -1, payload: "" };
function hostSettle(kind, payload) {
  var overrides = kind === SETTLE_UNCAUGHT || kind === SETTLE_OUT_OF_MEMORY;
  if (mailbox.kind !== -1 && !(mailbox.kind === SETTLE_SUCCESS_WHEN_EMPTY && overrides)) return;
  mailbox.kind = kind;
  mailbox.payload = payload;
}
var NODE_JS_EXIT_MESSAGE = "The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly " +
  "caused by a Promise that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes";

var handlerFunction, handlerIsAsync = false;
function useHandlerFrom(moduleValue) {
  if (setup.handlerPath.length === 0) throw runtimeError("Runtime.MalformedHandlerName", "Bad handler");
  var candidate = moduleValue;
  for (var i = 0; i < setup.handlerPath.length; i++) candidate = candidate && candidate[setup.handlerPath[i]];
  if (!candidate) throw runtimeError("Runtime.HandlerNotFound", setup.handler + " is undefined or not exported");
  if (typeof candidate !== "function") throw runtimeError("Runtime.HandlerNotFound", setup.handler + " is not a function");
  handlerFunction = candidate;
  handlerIsAsync = !!(candidate.constructor && candidate.constructor.name === "AsyncFunction");
  return handlerIsAsync ? 1 : 0;
}

function loadCommonJs(factory) {
  var module = { exports: {}, id: ".", filename: setup.fileName, loaded: false, children: [], paths: [] };
  factory.call(module.exports, module.exports, makeRequire(), module, setup.fileName, "/var/task");
  module.loaded = true;
  return useHandlerFrom(module.exports);
}

/** The module loader's errors arrive as plain {name, message} objects: give them Node's ERR_MODULE_NOT_FOUND shape. */
function toModuleNotFound(error) {
  if (!(error instanceof Error) || !Object.prototype.propertyIsEnumerable.call(error, "message")) return error;
  if (!/^Cannot find (package|module) '/.test(String(error.message))) return error;
  var normalized = new Error(String(error.message));
  normalized.code = "ERR_MODULE_NOT_FOUND";
  normalized.stack = "";
  return normalized;
}

function describeInitError(error) {
  var rapid;
  error = toModuleNotFound(error);
  if (error instanceof SyntaxError || (error && error.name === "SyntaxError")) {
    var syntax = runtimeError("Runtime.UserCodeSyntaxError", "SyntaxError: " + nodeMessage(error));
    syntax.stack = error.stack;
    rapid = toRapidResponse(syntax);
    error = syntax;
  } else if (error && error.code === "MODULE_NOT_FOUND") {
    var missing = runtimeError("Runtime.ImportModuleError", "Error: " + nodeMessage(error));
    missing.stack = error.stack;
    rapid = toRapidResponse(missing);
    error = missing;
  } else {
    rapid = toRapidResponse(error);
  }
  logError("Uncaught Exception", error);
  return JSON.stringify(rapid);
}

var current;
/** QuickJS's own "out of memory" reaching the runtime: a Node process would have been killed, not reported. */
function isOutOfMemory(error) {
  return error instanceof Error && error.name === "InternalError" && error.message === "out of memory";
}

function reportUncaught(error) {
  if (isOutOfMemory(error)) { hostSettle(SETTLE_OUT_OF_MEMORY, ""); return; }
  logError("Uncaught Exception", error);
  if (current !== undefined) current.settled = true;
  hostSettle(SETTLE_UNCAUGHT, JSON.stringify(toRapidResponse(error)));
}

function settleInvocation(invocation, kind, payload) {
  invocation.settled = true;
  if (current === invocation) hostSettle(kind, payload);
}
function failInvocation(invocation, error) {
  if (invocation.settled) return;
  if (isOutOfMemory(error)) { settleInvocation(invocation, SETTLE_OUT_OF_MEMORY, ""); return; }
  logError("Invoke Error", error);
  settleInvocation(invocation, SETTLE_ERROR, JSON.stringify(toRapidResponse(error)));
}
function completeInvocation(invocation, result, whenEmpty) {
  if (invocation.settled) return;
  var json;
  try {
    json = JSON.stringify(result);
  } catch (error) {
    failInvocation(invocation, error);
    return;
  }
  settleInvocation(invocation, whenEmpty ? SETTLE_SUCCESS_WHEN_EMPTY : SETTLE_SUCCESS, json === undefined ? "null" : json);
}
function doneInvocation(invocation, error, result) {
  if (error !== undefined && error !== null) failInvocation(invocation, error);
  else completeInvocation(invocation, result, false);
}

/** The callback and context one invocation hands the handler (closures over it; built as one literal for speed). */
function makeInvocation(requestId, deadline) {
  var invocation = { settled: false, waits: true, context: undefined };
  invocation.callback = function (error, result) {
    if (error !== undefined && error !== null) failInvocation(invocation, error);
    else completeInvocation(invocation, result, invocation.waits);
  };
  invocation.succeed = function (result) { doneInvocation(invocation, null, result); };
  invocation.fail = function (error) { doneInvocation(invocation, error === undefined || error === null ? "handled" : error, null); };
  invocation.done = function (error, result) { doneInvocation(invocation, error, result); };
  invocation.context = {
    get callbackWaitsForEmptyEventLoop() { return invocation.waits; },
    set callbackWaitsForEmptyEventLoop(value) { invocation.waits = value; },
    succeed: invocation.succeed,
    fail: invocation.fail,
    done: invocation.done,
    functionVersion: "$LATEST",
    functionName: setup.functionName,
    memoryLimitInMB: setup.memoryLimitInMB,
    logGroupName: setup.logGroupName,
    logStreamName: setup.logStreamName,
    clientContext: undefined,
    identity: undefined,
    invokedFunctionArn: setup.functionArn,
    awsRequestId: requestId,
    getRemainingTimeInMillis: function () { return deadline - hostNow(); },
  };
  return invocation;
}

function invoke(eventJson, requestId, deadline) {
  var invocation = makeInvocation(requestId, deadline);
  current = invocation;
  try {
    var result = handlerFunction(JSON.parse(eventJson), invocation.context, invocation.callback);
    if (result && typeof result.then === "function") result.then(invocation.succeed, invocation.fail);
  } catch (error) {
    invocation.callback(error);
  }
}

function exitWithEmptyLoop() {
  if (current === undefined) return;
  if (handlerIsAsync) failInvocation(current, runtimeError("Runtime.NodeJsExit", NODE_JS_EXIT_MESSAGE));
  else completeInvocation(current, null, false);
}
`;
