/**
 * Guest JavaScript: the body of the `@aws-sdk/util-dynamodb` shim (marshall, unmarshall, convertToAttr,
 * convertToNative), evaluated as `new Function("sdk", "require", body)`. Binary values travel as base64 strings,
 * as in DynamoDB's JSON wire format.
 * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/Package/-aws-sdk-util-dynamodb/
 */
export const UTIL_DYNAMODB_SOURCE = String.raw`
function toBase64(bytes) {
  var text = "";
  for (var i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
  return btoa(text);
}
function fromBase64(value) {
  var text = atob(value), bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
function isBinary(value) { return ArrayBuffer.isView(value) || value instanceof ArrayBuffer; }
function bytesOf(value) {
  return value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}
function convertToAttr(data, options) {
  options = options || {};
  if (data === undefined) throw new Error("Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.");
  if (data === null) return { NULL: true };
  if (typeof data === "boolean") return { BOOL: data };
  if (typeof data === "number") {
    if (!isFinite(data)) throw new Error("Special numeric value " + data + " is not allowed");
    return { N: String(data) };
  }
  if (typeof data === "bigint") return { N: data.toString() };
  if (typeof data === "string") return data.length === 0 && options.convertEmptyValues ? { NULL: true } : { S: data };
  if (Array.isArray(data)) return { L: convertList(data, options) };
  if (data instanceof Set) return convertSet(data, options);
  if (data instanceof Map) {
    var fromMap = {};
    data.forEach(function (value, key) { putAttr(fromMap, key, value, options); });
    return { M: fromMap };
  }
  if (isBinary(data)) return { B: toBase64(bytesOf(data)) };
  if (typeof data === "object") {
    var proto = Object.getPrototypeOf(data);
    if (proto !== Object.prototype && proto !== null && !options.convertClassInstanceToMap) {
      throw new Error("Unsupported type passed: " + String(data) + ". Pass options.convertClassInstanceToMap=true to marshall typeof object as map attribute.");
    }
    return { M: marshall(data, options) };
  }
  throw new Error("Unsupported type passed: " + String(data));
}
function putAttr(target, key, value, options) {
  if (value === undefined && options.removeUndefinedValues) return;
  target[key] = convertToAttr(value, options);
}
function convertList(list, options) {
  var out = [];
  list.forEach(function (value) {
    if (value === undefined && options.removeUndefinedValues) return;
    out.push(convertToAttr(value, options));
  });
  return out;
}
function convertSet(set, options) {
  var values = Array.from(set);
  if (values.length === 0) {
    if (options.convertEmptyValues) return { NULL: true };
    throw new Error("Pass a non-empty set, or options.convertEmptyValues=true.");
  }
  var first = values[0];
  if (typeof first === "number" || typeof first === "bigint") return { NS: values.map(String) };
  if (typeof first === "string") return { SS: values };
  if (isBinary(first)) return { BS: values.map(function (v) { return toBase64(bytesOf(v)); }) };
  throw new Error("Only Number Set (NS), Binary Set (BS) or String Set (SS) are allowed.");
}
function marshall(data, options) {
  options = options || {};
  if (data === null || typeof data !== "object" || Array.isArray(data) || data instanceof Set || isBinary(data)) {
    return convertToAttr(data, options);
  }
  var out = {};
  if (data instanceof Map) data.forEach(function (value, key) { putAttr(out, key, value, options); });
  else Object.keys(data).forEach(function (key) { putAttr(out, key, data[key], options); });
  return out;
}
function convertNumber(text, options) {
  if (options && options.wrapNumbers) return { value: text };
  var number = Number(text);
  if (Number.isSafeInteger(number) || !/^-?\d+$/.test(text)) return number;
  return BigInt(text);
}
function convertToNative(attr, options) {
  var keys = Object.keys(attr || {});
  for (var i = 0; i < keys.length; i++) {
    var value = attr[keys[i]];
    if (value === undefined) continue;
    switch (keys[i]) {
      case "NULL": return null;
      case "BOOL": return Boolean(value);
      case "N": return convertNumber(value, options);
      case "S": return String(value);
      case "B": return fromBase64(value);
      case "L": return value.map(function (v) { return convertToNative(v, options); });
      case "M": return unmarshall(value, options);
      case "NS": return new Set(value.map(function (n) { return convertNumber(n, options); }));
      case "SS": return new Set(value.map(String));
      case "BS": return new Set(value.map(fromBase64));
    }
  }
  throw new Error("No value defined: " + JSON.stringify(attr));
}
function unmarshall(data, options) {
  var out = {};
  Object.keys(data || {}).forEach(function (key) { out[key] = convertToNative(data[key], options); });
  return out;
}
return { marshall: marshall, unmarshall: unmarshall, convertToAttr: convertToAttr, convertToNative: convertToNative };
`;
