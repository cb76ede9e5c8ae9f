/**
 * Guest JavaScript (a fragment of the prelude): module resolution inside the sandbox. `require` and `import`
 * reach only the built-in shims (the AWS SDK v3 clients, `@aws-sdk/lib-dynamodb`, `@aws-sdk/util-dynamodb`,
 * `crypto`); anything else fails as Node fails for a missing module. A shim's source comes from `host.source`
 * the first time it is required and is evaluated once per execution environment.
 * AWS calls leave through `host.call` and come back through `completeCall` as Promise settlements.
 */
export const MODULES_SOURCE = String.raw`
var builtinCache = new Map();
var pendingCalls = new Map();

function callService(service, operation, input) {
  return new Promise(function (resolve, reject) {
    var json = JSON.stringify(input === undefined ? {} : input);
    var id = hostCall(String(service), String(operation), json === undefined ? "{}" : json);
    pendingCalls.set(id, { resolve: resolve, reject: reject });
  });
}

function toServiceError(shape) {
  var error = new Error(shape.message);
  error.name = shape.name;
  if (shape.fields) Object.assign(error, shape.fields);
  error.$fault = shape.statusCode >= 500 ? "server" : "client";
  error.$metadata = { httpStatusCode: shape.statusCode, requestId: randomUUID(), attempts: 1, totalRetryDelay: 0 };
  return error;
}

function completeCall(id, ok, json) {
  var pending = pendingCalls.get(id);
  if (pending === undefined) return;
  pendingCalls.delete(id);
  var value = JSON.parse(json);
  if (ok) pending.resolve(value);
  else pending.reject(toServiceError(value));
}

function moduleNotFound(name) {
  var error = new Error("Cannot find module '" + name + "'\nRequire stack:\n- " + setup.fileName);
  error.code = "MODULE_NOT_FOUND";
  error.requireStack = [setup.fileName];
  return error;
}

var sdkSupport = { callService: callService, randomUUID: randomUUID, region: setup.env.AWS_REGION };
function requireBuiltin(name) {
  if (builtinCache.has(name)) return builtinCache.get(name);
  var exported;
  if (name === "crypto" || name === "node:crypto") {
    exported = cryptoModule;
  } else if (name.indexOf("gatewise:") === 0) {
    return undefined;
  } else {
    var source = hostSource(name);
    if (typeof source !== "string") return undefined;
    exported = new FunctionConstructor("sdk", "require", source)(sdkSupport, requireOrThrow);
  }
  builtinCache.set(name, exported);
  return exported;
}

function requireOrThrow(name) {
  var exported = requireBuiltin(String(name));
  if (exported === undefined) throw moduleNotFound(String(name));
  return exported;
}

function makeRequire() {
  return function require(name) { return requireOrThrow(name); };
}

Object.defineProperty(globalThis, "__gatewiseBuiltin", {
  value: function (name) { return requireOrThrow(name); },
  writable: false,
  configurable: false,
  enumerable: false,
});
`;
