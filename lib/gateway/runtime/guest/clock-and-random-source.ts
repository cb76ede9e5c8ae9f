/**
 * Guest JavaScript (a fragment of the prelude): time and randomness as the learner's code sees them. Time is the
 * virtual clock (`host.now`) and the zone is UTC, as Lambda sets `TZ=:UTC`; `Math.random`, `crypto.randomUUID`
 * and `crypto.getRandomValues` draw from a generator seeded by the Random port; `btoa`/`atob` as in Node 20.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
 */
export const CLOCK_AND_RANDOM_SOURCE = String.raw`
var RealDate = Date;
function VirtualDate(year, monthIndex, day, hours, minutes, seconds, ms) {
  if (new.target === undefined) return new RealDate(hostNow()).toString();
  if (arguments.length === 0) return Reflect.construct(RealDate, [hostNow()], new.target);
  if (arguments.length === 1) return Reflect.construct(RealDate, [year], new.target);
  return Reflect.construct(RealDate, [RealDate.UTC.apply(null, arguments)], new.target);
}
VirtualDate.prototype = RealDate.prototype;
hide(VirtualDate, "now", function now() { return hostNow(); });
hide(VirtualDate, "parse", RealDate.parse);
hide(VirtualDate, "UTC", RealDate.UTC);
Object.defineProperty(VirtualDate, "name", { value: "Date" });
var DATE_PROTO = RealDate.prototype;
hide(DATE_PROTO, "constructor", VirtualDate);
["FullYear", "Month", "Date", "Day", "Hours", "Minutes", "Seconds", "Milliseconds"].forEach(function (part) {
  hide(DATE_PROTO, "get" + part, DATE_PROTO["getUTC" + part]);
  if (part !== "Day") hide(DATE_PROTO, "set" + part, DATE_PROTO["setUTC" + part]);
});
hide(DATE_PROTO, "getTimezoneOffset", function getTimezoneOffset() { return 0; });
var DAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
var MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function pad(n, width) { var s = String(n); while (s.length < width) s = "0" + s; return s; }
function utcDateText(d) {
  var y = d.getUTCFullYear();
  return DAY_NAMES[d.getUTCDay()] + " " + MONTH_NAMES[d.getUTCMonth()] + " " + pad(d.getUTCDate(), 2) + " " +
    (y < 0 ? "-" + pad(-y, 6) : pad(y, 4));
}
function utcTimeText(d) {
  return pad(d.getUTCHours(), 2) + ":" + pad(d.getUTCMinutes(), 2) + ":" + pad(d.getUTCSeconds(), 2) +
    " GMT+0000 (Coordinated Universal Time)";
}
function localeDate(d) { return (d.getUTCMonth() + 1) + "/" + d.getUTCDate() + "/" + d.getUTCFullYear(); }
function localeTime(d) {
  var h = d.getUTCHours();
  return (h % 12 === 0 ? 12 : h % 12) + ":" + pad(d.getUTCMinutes(), 2) + ":" + pad(d.getUTCSeconds(), 2) + (h < 12 ? " AM" : " PM");
}
function dateFormatter(body) {
  return function () { return isNaN(this.getTime()) ? "Invalid Date" : body(this); };
}
hide(DATE_PROTO, "toString", dateFormatter(function (d) { return utcDateText(d) + " " + utcTimeText(d); }));
hide(DATE_PROTO, "toDateString", dateFormatter(utcDateText));
hide(DATE_PROTO, "toTimeString", dateFormatter(utcTimeText));
hide(DATE_PROTO, "toLocaleString", dateFormatter(function (d) { return localeDate(d) + ", " + localeTime(d); }));
hide(DATE_PROTO, "toLocaleDateString", dateFormatter(localeDate));
hide(DATE_PROTO, "toLocaleTimeString", dateFormatter(localeTime));
hide(globalThis, "Date", VirtualDate);

var seed = setup.seed;
var sa = seed[0] >>> 0, sb = seed[1] >>> 0, sc = seed[2] >>> 0, sd = seed[3] >>> 0;
function random() {
  var t = (sa + sb) | 0;
  sa = sb ^ (sb >>> 9);
  sb = (sc + (sc << 3)) | 0;
  sc = (sc << 21) | (sc >>> 11);
  sd = (sd + 1) | 0;
  t = (t + sd) | 0;
  sc = (sc + t) | 0;
  return (t >>> 0) / 4294967296;
}
for (var warmUp = 0; warmUp < 12; warmUp++) random();
hide(Math, "random", random);
function randomUUID() {
  var hex = "0123456789abcdef", out = "";
  for (var i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) out += "-";
    else if (i === 14) out += "4";
    else if (i === 19) out += hex[8 + Math.floor(random() * 4)];
    else out += hex[Math.floor(random() * 16)];
  }
  return out;
}
function getRandomValues(array) {
  if (!ArrayBuffer.isView(array)) throw new TypeError("The data argument must be an integer-type TypedArray");
  var bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  for (var i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
  return array;
}
function randomInt(min, max) {
  if (max === undefined) { max = min; min = 0; }
  return min + Math.floor(random() * (max - min));
}
var cryptoModule = { randomUUID: randomUUID, getRandomValues: getRandomValues, randomInt: randomInt };
hide(globalThis, "crypto", { randomUUID: randomUUID, getRandomValues: getRandomValues });

var BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function btoa(input) {
  var s = String(input), out = "";
  for (var i = 0; i < s.length; i += 3) {
    var a = s.charCodeAt(i), b = s.charCodeAt(i + 1), c = s.charCodeAt(i + 2);
    if (a > 255 || b > 255 || c > 255) throw new Error("Invalid character");
    out += BASE64[a >> 2] + BASE64[((a & 3) << 4) | (b >> 4 || 0)] +
      (i + 1 < s.length ? BASE64[((b & 15) << 2) | (c >> 6 || 0)] : "=") + (i + 2 < s.length ? BASE64[c & 63] : "=");
  }
  return out;
}
function atob(input) {
  var s = String(input).replace(/[\t\n\f\r ]/g, "").replace(/=+$/, ""), out = "", bits = 0, value = 0;
  for (var i = 0; i < s.length; i++) {
    var index = BASE64.indexOf(s[i]);
    if (index === -1) throw new Error("The string to be decoded is not correctly encoded.");
    value = (value << 6) | index;
    bits += 6;
    if (bits >= 8) { bits -= 8; out += String.fromCharCode((value >> bits) & 255); }
  }
  return out;
}
hide(globalThis, "btoa", btoa);
hide(globalThis, "atob", atob);
hide(globalThis, "global", globalThis);
hide(globalThis, "queueMicrotask", function queueMicrotask(callback) {
  if (typeof callback !== "function") throw invalidCallback(callback);
  Promise.resolve().then(function () { callback(); });
});

`;
