/**
 * Guest JavaScript (a fragment of the prelude): `process` (only `env` and a few harmless fields), `console`
 * (Lambda's `<time>\t<requestId>\t<LEVEL>\t<message>` lines through `host.log`, formatted by the lazily
 * loaded inspector) and the timers (`setTimeout`, `setInterval`, `setImmediate`) on the virtual clock.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html
 * @see https://nodejs.org/docs/latest-v20.x/api/timers.html
 */
export const CONSOLE_AND_TIMERS_SOURCE = String.raw`
var processObject = {
  env: setup.env,
  platform: "linux",
  arch: "x64",
  argv: ["/var/lang/bin/node", "/var/runtime/index.mjs"],
  cwd: function cwd() { return "/var/task"; },
  nextTick: function nextTick(callback) {
    var args = Array.prototype.slice.call(arguments, 1);
    if (typeof callback !== "function") throw invalidCallback(callback);
    Promise.resolve().then(function () { callback.apply(undefined, args); });
  },
};
hide(globalThis, "process", processObject);

var inspector;
function loadInspector() {
  if (inspector === undefined) inspector = new FunctionConstructor("errorStackLines", hostSource(INSPECTOR_MODULE))(errorStackLines);
  return inspector;
}
function inspect(value) { return loadInspector().inspect(value); }
function formatWithOptions(args) {
  var plain = args.length === 0 || typeof args[0] !== "string" || args[0].indexOf("%") === -1;
  for (var i = 0; plain && i < args.length; i++) plain = typeof args[i] === "string";
  return plain ? Array.prototype.join.call(args, " ") : loadInspector().formatWithOptions(args);
}

var LEVEL_OF = { trace: 0, debug: 1, info: 2, log: 2, warn: 3, error: 4 };
var consoleObject = {};
Object.keys(LEVEL_OF).forEach(function (name) {
  var level = LEVEL_OF[name];
  consoleObject[name] = function () { hostLog(level, formatWithOptions(arguments)); };
});
consoleObject.dir = function dir(value) { hostLog(2, inspect(value)); };
consoleObject.table = consoleObject.log;
consoleObject.assert = function assert(condition) {
  if (condition) return;
  var rest = Array.prototype.slice.call(arguments, 1);
  hostLog(4, "Assertion failed" + (rest.length > 0 ? ": " + formatWithOptions(rest) : ""));
};
var timeLabels = {}, countLabels = {};
consoleObject.time = function time(label) { timeLabels[label === undefined ? "default" : label] = hostNow(); };
consoleObject.timeEnd = consoleObject.timeLog = function timeLog(label) {
  var key = label === undefined ? "default" : label;
  if (timeLabels[key] === undefined) return;
  hostLog(2, key + ": " + (hostNow() - timeLabels[key]).toFixed(3) + "ms");
};
consoleObject.count = function count(label) {
  var key = label === undefined ? "default" : String(label);
  countLabels[key] = (countLabels[key] || 0) + 1;
  hostLog(2, key + ": " + countLabels[key]);
};
hide(globalThis, "console", consoleObject);

function invalidCallback(value) {
  var received = value === undefined ? "undefined" : value === null ? "null" : "type " + typeof value;
  var error = new TypeError('The "callback" argument must be of type function. Received ' + received);
  error.code = "ERR_INVALID_ARG_TYPE";
  return error;
}

var timerCallbacks = new Map();
function Timeout(id, repeat) { this._id = id; this._repeat = repeat; this._ref = true; }
hide(Timeout.prototype, "ref", function ref() { this._ref = true; hostTimer(2, this._id, 1); return this; });
hide(Timeout.prototype, "unref", function unref() { this._ref = false; hostTimer(2, this._id, 0); return this; });
hide(Timeout.prototype, "hasRef", function hasRef() { return this._ref; });
hide(Timeout.prototype, "refresh", function refresh() { return this; });
hide(Timeout.prototype, "close", function close() { clearTimer(this); return this; });
hide(Timeout.prototype, Symbol.toPrimitive, function () { return this._id; });
function scheduleTimer(callback, delay, args, kind) {
  if (typeof callback !== "function") throw invalidCallback(callback);
  var ms = kind === 2 ? 0 : Number(delay);
  if (kind !== 2 && !(ms >= 1 && ms <= 2147483647)) ms = 1;
  var id = hostTimer(0, ms, kind === 1 ? 1 : 0);
  var handle = new Timeout(id, kind === 1);
  timerCallbacks.set(id, { callback: callback, args: args, repeat: kind === 1, handle: handle });
  return handle;
}
function clearTimer(handle) {
  if (handle === null || handle === undefined) return;
  var id = typeof handle === "object" ? handle._id : Number(handle);
  if (timerCallbacks.delete(id)) hostTimer(1, id, 0);
}
hide(globalThis, "setTimeout", function setTimeout(callback, delay) {
  return scheduleTimer(callback, delay, Array.prototype.slice.call(arguments, 2), 0);
});
hide(globalThis, "setInterval", function setInterval(callback, delay) {
  return scheduleTimer(callback, delay, Array.prototype.slice.call(arguments, 2), 1);
});
hide(globalThis, "setImmediate", function setImmediate(callback) {
  return scheduleTimer(callback, 0, Array.prototype.slice.call(arguments, 1), 2);
});
hide(globalThis, "clearTimeout", clearTimer);
hide(globalThis, "clearInterval", clearTimer);
hide(globalThis, "clearImmediate", clearTimer);
function fireTimer(id) {
  var entry = timerCallbacks.get(id);
  if (entry === undefined) return;
  if (!entry.repeat) timerCallbacks.delete(id);
  try {
    entry.callback.apply(entry.handle, entry.args);
  } catch (error) {
    reportUncaught(error);
  }
}
`;
