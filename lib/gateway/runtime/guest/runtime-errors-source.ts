/**
 * Guest JavaScript (a fragment of the prelude): errors as the Node.js runtime interface client reports them.
 * `toRapidResponse` builds the `{errorType, errorMessage, trace}` document of the response (a non-Error value
 * gives `errorType: typeof value` and an empty trace), `toFormatted` the JSON of the `Invoke Error` /
 * `Uncaught Exception` log lines; QuickJS's stack overflow reads as Node's RangeError; traces keep 10 frames.
 * @see https://github.com/aws/aws-lambda-nodejs-runtime-interface-client (src/Errors.js, src/LogPatch.js)
 */
export const RUNTIME_ERRORS_SOURCE = String.raw`
function runtimeError(type, message) {
  var error = new Error(message);
  Object.defineProperty(error, "name", { value: type, writable: true, configurable: true, enumerable: false });
  return error;
}

function isErrorLike(e) {
  if (e instanceof Error) return true;
  return !!(e && e.name && e.message && e.stack && typeof e.name === "string" && typeof e.message === "string" &&
    typeof e.stack === "string");
}

function nodeName(e) {
  if (e.name === "InternalError" && e.message === "stack overflow") return "RangeError";
  return e.name === undefined || e.name === null ? "Error" : String(e.name);
}
function nodeMessage(e) {
  if (e.name === "InternalError" && e.message === "stack overflow") return "Maximum call stack size exceeded";
  return e.message === undefined || e.message === null ? "" : String(e.message);
}

/** Node's Error.stackTraceLimit default: traces keep the 10 innermost frames. */
var STACK_TRACE_LIMIT = 10;

function errorStackLines(e) {
  var name = nodeName(e), message = nodeMessage(e);
  var header = name === "" ? message : message === "" ? name : name + ": " + message;
  var lines = [header];
  var stack = typeof e.stack === "string" ? e.stack.split("\n") : [];
  for (var i = 0; i < stack.length; i++) {
    var line = stack[i];
    if (line.trim() === "") continue;
    if (line.indexOf(INTERNAL_FILE) !== -1) {
      // The runtime's own frames, and the native call that led from them into the learner's code, are not shown.
      while (lines.length > 1 && / \(native\)$/.test(lines[lines.length - 1])) lines.pop();
      continue;
    }
    if (lines.length > STACK_TRACE_LIMIT) break;
    lines.push(setup.moduleFormat === "esm" ? line.split("(" + setup.fileName + ":").join("(file://" + setup.fileName + ":") : line);
  }
  return lines;
}

function toRapidResponse(error) {
  try {
    if (isErrorLike(error)) {
      return { errorType: nodeName(error), errorMessage: nodeMessage(error), trace: errorStackLines(error) };
    }
    return { errorType: typeof error, errorMessage: error.toString(), trace: [] };
  } catch (problem) {
    return {
      errorType: "handled",
      errorMessage: "callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack",
    };
  }
}

function toFormatted(error) {
  function withEnumerableProperties(key, value) {
    if (!(value instanceof Error)) return value;
    var out = Object.assign({ errorType: nodeName(value), errorMessage: nodeMessage(value), code: value.code }, value);
    if (typeof value.stack === "string") out.stack = errorStackLines(value);
    return out;
  }
  try {
    return "\t" + JSON.stringify(error, withEnumerableProperties);
  } catch (problem) {
    return "\t" + JSON.stringify(toRapidResponse(error));
  }
}

function logError(prefix, error) {
  hostLog(4, prefix + " " + toFormatted(error instanceof Error ? error : new Error(error)));
}
`;
