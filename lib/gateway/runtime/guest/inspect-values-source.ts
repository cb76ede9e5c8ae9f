/**
 * Guest JavaScript, part of the console formatter (see INSPECTOR_SOURCE): Node's util.inspect rules for
 * primitives, quoting, constructor names and prefixes (`Foo {`, `[Object: null prototype] {`, `[Function: f]`).
 * Runs inside QuickJS only; backticks and dollar-brace never appear in it.
 * @see https://nodejs.org/docs/latest-v20.x/api/util.html#utilinspectobject-options
 */
export const INSPECT_VALUES_SOURCE = String.raw`
var INSPECT_DEPTH = 2, BREAK_LENGTH = 80, COMPACT = 3, MAX_ARRAY_LENGTH = 100, MAX_STRING_LENGTH = 10000;
var KEY_PATTERN = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
var ESCAPES = { "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r" };

function spaces(n) { var s = ""; while (s.length < n) s += " "; return s; }
function hex2(code) { var h = code.toString(16).toUpperCase(); return h.length < 2 ? "0" + h : h; }

function quoteString(s) {
  var q = "'";
  if (s.indexOf("'") !== -1) {
    if (s.indexOf('"') === -1) q = '"';
    else if (s.indexOf("\x60") === -1 && s.indexOf("$" + "{") === -1) q = "\x60";
  }
  var out = "";
  for (var i = 0; i < s.length; i++) {
    var c = s[i], code = s.charCodeAt(i);
    if (c === q || c === "\\") out += "\\" + c;
    else if (ESCAPES[c] !== undefined) out += ESCAPES[c];
    else if (code < 0x20 || code === 0x7f) out += "\\x" + hex2(code);
    else out += c;
  }
  return q + out + q;
}

function formatPrimitive(ctx, v) {
  if (typeof v === "string") {
    var trailer = "";
    if (v.length > MAX_STRING_LENGTH) {
      var rest = v.length - MAX_STRING_LENGTH;
      v = v.slice(0, MAX_STRING_LENGTH);
      trailer = "... " + rest + " more character" + (rest > 1 ? "s" : "");
    }
    if (v.length > 16 && v.length > BREAK_LENGTH - ctx.indentationLvl - 4 && v.indexOf("\n") !== -1 && v.indexOf("\n") !== v.length - 1) {
      var lines = v.match(/[^\n]*\n|[^\n]+$/g);
      return lines.map(quoteString).join(" +\n" + spaces(ctx.indentationLvl + 2)) + trailer;
    }
    return quoteString(v) + trailer;
  }
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (typeof v === "bigint") return String(v) + "n";
  if (typeof v === "symbol") return v.toString();
  return String(v);
}

function constructorName(v) {
  var o = v;
  while (o !== null && o !== undefined) {
    var d = Object.getOwnPropertyDescriptor(o, "constructor");
    if (d !== undefined && typeof d.value === "function" && d.value.name !== "") return d.value.name;
    o = Object.getPrototypeOf(o);
  }
  return null;
}

function getPrefix(ctor, tag, fallback, size) {
  size = size || "";
  if (ctor === null) {
    if (tag !== "" && fallback !== tag) return "[" + fallback + size + ": null prototype] [" + tag + "] ";
    return "[" + fallback + size + ": null prototype] ";
  }
  if (tag !== "" && ctor !== tag) return ctor + size + " [" + tag + "] ";
  return ctor + size + " ";
}

function enumerableKeys(v, skipIndexes) {
  var keys = Object.keys(v);
  if (skipIndexes) keys = keys.filter(function (k) { return !/^(0|[1-9][0-9]*)$/.test(k); });
  var symbols = Object.getOwnPropertySymbols(v);
  for (var i = 0; i < symbols.length; i++) {
    if (Object.prototype.propertyIsEnumerable.call(v, symbols[i])) keys.push(symbols[i]);
  }
  return keys;
}

function functionBase(fn, ctor, tag) {
  var source = "";
  try { source = Function.prototype.toString.call(fn); } catch (e) { source = ""; }
  if (/^class(\s|\{)/.test(source)) {
    var base = "[class " + (fn.name || "(anonymous)");
    var sup = Object.getPrototypeOf(fn);
    if (/^class\s*[\w$]*\s+extends\s/.test(source) && sup && sup.name) base += " extends " + sup.name;
    return base + "]";
  }
  var type = "Function";
  if (ctor === "AsyncFunction" || ctor === "GeneratorFunction" || ctor === "AsyncGeneratorFunction") type = ctor;
  var text = "[" + type + (ctor === null ? " (null prototype)" : "");
  text += fn.name === "" ? " (anonymous)]" : ": " + fn.name + "]";
  if (ctor !== type && ctor !== null && ctor !== "Function") text += " " + ctor;
  if (tag !== "" && ctor !== tag) text += " [" + tag + "]";
  return text;
}

`;
