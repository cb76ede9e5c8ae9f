/**
 * Guest JavaScript, part of the console formatter (see INSPECTOR_SOURCE): Node's util.inspect walk over objects,
 * arrays, Maps, Sets and errors, depth 2, with `<ref *1>` / `[Circular *1]` for cycles.
 * @see https://nodejs.org/docs/latest-v20.x/api/util.html#utilinspectobject-options
 */
export const INSPECT_OBJECTS_SOURCE = String.raw`
function formatError(ctx, err) {
  var lines = errorStackLines(err);
  var stack = lines.length > 1 ? lines.join("\n") : "[" + lines[0] + "]";
  if (ctx.indentationLvl !== 0) stack = stack.split("\n").join("\n" + spaces(ctx.indentationLvl));
  return stack;
}

function formatValue(ctx, v, recurseTimes) {
  if (typeof v !== "object" && typeof v !== "function") return formatPrimitive(ctx, v);
  if (v === null) return "null";
  if (ctx.seen.indexOf(v) !== -1) {
    var index = ctx.circular.get(v);
    if (index === undefined) { index = ctx.circular.size + 1; ctx.circular.set(v, index); }
    return "[Circular *" + index + "]";
  }
  return formatRaw(ctx, v, recurseTimes);
}

function formatRaw(ctx, value, recurseTimes) {
  var ctor = constructorName(value);
  var tag = value[Symbol.toStringTag];
  if (typeof tag !== "string" || (tag !== "" && Object.prototype.propertyIsEnumerable.call(value, Symbol.toStringTag))) tag = "";
  var base = "", braces, keys, formatter = null, extrasType = 0, size;
  if (Array.isArray(value)) {
    var prefix = ctor !== "Array" || tag !== "" ? getPrefix(ctor, tag, "Array", "(" + value.length + ")") : "";
    keys = enumerableKeys(value, true);
    braces = [prefix + "[", "]"];
    if (value.length === 0 && keys.length === 0) return braces[0] + "]";
    extrasType = 2;
    formatter = formatArray;
  } else if (value instanceof Set || value instanceof Map) {
    var kind = value instanceof Set ? "Set" : "Map";
    size = value.size;
    keys = enumerableKeys(value, false);
    var collectionPrefix = getPrefix(ctor, tag, kind, "(" + size + ")");
    if (size === 0 && keys.length === 0) return collectionPrefix + "{}";
    braces = [collectionPrefix + "{", "}"];
    formatter = kind === "Set" ? formatSet : formatMap;
  } else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    keys = enumerableKeys(value, true);
    braces = [getPrefix(ctor, tag, "TypedArray", "(" + value.length + ")") + "[", "]"];
    if (value.length === 0 && keys.length === 0) return braces[0] + "]";
    extrasType = 2;
    formatter = formatArray;
  } else {
    keys = enumerableKeys(value, false);
    braces = ["{", "}"];
    if (typeof value === "function") {
      base = functionBase(value, ctor, tag);
      if (keys.length === 0) return base;
    } else if (ctor === "Object") {
      if (tag !== "") braces[0] = getPrefix(ctor, tag, "Object") + "{";
      if (keys.length === 0) return braces[0] + "}";
    } else if (value instanceof RegExp) {
      base = RegExp.prototype.toString.call(value);
      if (keys.length === 0 || recurseTimes > INSPECT_DEPTH) return base;
    } else if (value instanceof Date) {
      base = isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
      if (keys.length === 0) return base;
    } else if (value instanceof Error) {
      base = formatError(ctx, value);
      keys = keys.filter(function (k) { return k !== "stack" && k !== "message"; });
      if (keys.length === 0) return base;
    } else if (value instanceof ArrayBuffer) {
      return getPrefix(ctor, tag, "ArrayBuffer") + "{ byteLength: " + value.byteLength + " }";
    } else if (value instanceof Promise) {
      braces[0] = getPrefix(ctor, tag, "Promise") + "{";
      formatter = function () { return ["<pending>"]; };
    } else if (value instanceof WeakMap || value instanceof WeakSet) {
      braces[0] = getPrefix(ctor, tag, value instanceof WeakMap ? "WeakMap" : "WeakSet") + "{";
      formatter = function () { return ["<items unknown>"]; };
    } else if (value instanceof Number || value instanceof String || value instanceof Boolean) {
      var primitiveType = value instanceof Number ? "Number" : value instanceof String ? "String" : "Boolean";
      base = "[" + primitiveType + ": " + formatPrimitive(ctx, value.valueOf()) + "]";
      if (value instanceof String) keys = keys.filter(function (k) { return !/^(0|[1-9][0-9]*)$/.test(k); });
      if (keys.length === 0) return base;
    } else {
      var style = getPrefix(ctor, tag, "Object");
      if (keys.length === 0) return style + "{}";
      braces[0] = style + "{";
    }
  }
  if (recurseTimes > INSPECT_DEPTH) {
    var name = getPrefix(ctor, tag, "Object").slice(0, -1);
    return ctor !== null ? "[" + name + "]" : name;
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  var output = formatter === null ? [] : formatter(ctx, value, recurseTimes);
  for (var i = 0; i < keys.length; i++) output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
  var ref = ctx.circular.get(value);
  if (ref !== undefined) base = base === "" ? "<ref *" + ref + ">" : "<ref *" + ref + "> " + base;
  ctx.seen.pop();
  return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
}

function formatProperty(ctx, value, recurseTimes, key, type) {
  var desc = Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  var str;
  if (desc.value !== undefined) {
    ctx.indentationLvl += 2;
    str = formatValue(ctx, desc.value, recurseTimes);
    ctx.indentationLvl -= 2;
  } else if (desc.get !== undefined) {
    str = desc.set !== undefined ? "[Getter/Setter]" : "[Getter]";
  } else if (desc.set !== undefined) {
    str = "[Setter]";
  } else {
    str = "undefined";
  }
  if (type === 1) return str;
  var name;
  if (typeof key === "symbol") name = "[" + key.toString() + "]";
  else if (key === "__proto__") name = "['__proto__']";
  else if (desc.enumerable === false) name = "[" + key + "]";
  else if (KEY_PATTERN.test(key)) name = key;
  else name = quoteString(key);
  return name + ": " + str;
}

function formatArray(ctx, value, recurseTimes) {
  var length = value.length, shown = Math.min(MAX_ARRAY_LENGTH, length), output = [], holes = 0;
  for (var i = 0; i < shown; i++) {
    if (!Object.prototype.hasOwnProperty.call(value, i)) { holes++; continue; }
    if (holes > 0) { output.push("<" + holes + " empty item" + (holes > 1 ? "s" : "") + ">"); holes = 0; }
    output.push(formatProperty(ctx, value, recurseTimes, i, 1));
  }
  if (holes > 0) output.push("<" + holes + " empty item" + (holes > 1 ? "s" : "") + ">");
  if (length > shown) output.push("... " + (length - shown) + " more item" + (length - shown > 1 ? "s" : ""));
  return output;
}

function formatSet(ctx, value, recurseTimes) {
  var output = [];
  ctx.indentationLvl += 2;
  value.forEach(function (v) { output.push(formatValue(ctx, v, recurseTimes)); });
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  var output = [];
  ctx.indentationLvl += 2;
  value.forEach(function (v, k) { output.push(formatValue(ctx, k, recurseTimes) + " => " + formatValue(ctx, v, recurseTimes)); });
  ctx.indentationLvl -= 2;
  return output;
}

`;
