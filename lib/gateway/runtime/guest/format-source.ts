/**
 * Guest JavaScript, part of the console formatter (see INSPECTOR_SOURCE): util.format's `%s %d %i %f %j %o %O %c %%`
 * and the joining of further arguments, as `console.log` uses it.
 * @see https://nodejs.org/docs/latest-v20.x/api/util.html#utilformatformat-args
 */
export const FORMAT_SOURCE = String.raw`
function hasBuiltInToString(value) {
  var proto = value;
  while (proto !== null && !Object.prototype.hasOwnProperty.call(proto, "toString")) proto = Object.getPrototypeOf(proto);
  if (proto === null) return true;
  var builtins = [Object.prototype, Array.prototype, Error.prototype, Date.prototype, RegExp.prototype, Function.prototype,
    Number.prototype, String.prototype, Boolean.prototype, Symbol.prototype, Map.prototype, Set.prototype];
  return builtins.indexOf(proto) !== -1 || proto instanceof Error;
}

function formatWithOptions(args) {
  var first = args[0], a = 0, str = "", join = "";
  if (typeof first === "string") {
    if (args.length === 1) return first;
    var lastPos = 0, tempStr;
    for (var i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue;
      var next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        var arg = args[a + 1];
        if (next === 115) {
          if (typeof arg === "number" || typeof arg === "bigint") tempStr = formatPrimitive({ indentationLvl: 0 }, arg);
          else if (typeof arg !== "object" || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
          else tempStr = inspect(arg);
        } else if (next === 106) {
          try { tempStr = JSON.stringify(arg); } catch (e) { tempStr = "[Circular]"; }
        } else if (next === 100) {
          tempStr = typeof arg === "bigint" ? arg + "n" : typeof arg === "symbol" ? "NaN" : formatPrimitive({ indentationLvl: 0 }, Number(arg));
        } else if (next === 79 || next === 111) {
          tempStr = inspect(arg);
        } else if (next === 105) {
          tempStr = typeof arg === "bigint" ? arg + "n" : typeof arg === "symbol" ? "NaN" : String(parseInt(arg));
        } else if (next === 102) {
          tempStr = typeof arg === "symbol" ? "NaN" : String(parseFloat(arg));
        } else if (next === 99) {
          tempStr = "";
        } else if (next === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
          continue;
        } else {
          continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
        a++;
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = " ";
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    var value = args[a];
    str += join;
    str += typeof value !== "string" ? inspect(value) : value;
    join = " ";
    a++;
  }
  return str;
}

`;
