/**
 * Guest JavaScript, part of the console formatter (see INSPECTOR_SOURCE): how Node lays an inspected value out:
 * the three innermost levels on one line when they fit in 80 columns, arrays of more than six entries grouped
 * in aligned columns, everything else one entry per line.
 * @see https://nodejs.org/docs/latest-v20.x/api/util.html#utilinspectobject-options
 */
export const INSPECT_LAYOUT_SOURCE = String.raw`
function groupArrayElements(ctx, output, value) {
  var totalLength = 0, maxLength = 0, outputLength = output.length, separatorSpace = 2, dataLen = [];
  if (value !== undefined && value.length > MAX_ARRAY_LENGTH) outputLength--;
  for (var i = 0; i < outputLength; i++) {
    var len = output[i].length;
    dataLen.push(len);
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  var actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < BREAK_LENGTH && (totalLength / actualMax > 5 || maxLength <= 6)) {
    var averageBias = Math.sqrt(actualMax - totalLength / output.length);
    var biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    var columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((BREAK_LENGTH - ctx.indentationLvl) / actualMax),
      COMPACT * 4,
      15
    );
    if (columns <= 1) return output;
    var tmp = [], maxLineLength = [];
    for (var c = 0; c < columns; c++) {
      var lineLength = 0;
      for (var j = c; j < output.length; j += columns) if (dataLen[j] > lineLength) lineLength = dataLen[j];
      maxLineLength.push(lineLength + separatorSpace);
    }
    var padStart = true;
    if (value !== undefined) {
      for (var k = 0; k < output.length; k++) {
        if (typeof value[k] !== "number" && typeof value[k] !== "bigint") { padStart = false; break; }
      }
    }
    for (var row = 0; row < outputLength; row += columns) {
      var max = Math.min(row + columns, outputLength), str = "", col = row;
      for (; col < max - 1; col++) {
        var cell = output[col] + ", ";
        str += padStart ? cell.padStart(maxLineLength[col - row]) : cell.padEnd(maxLineLength[col - row]);
      }
      str += padStart ? output[col].padStart(maxLineLength[col - row] - separatorSpace) : output[col];
      tmp.push(str);
    }
    if (value !== undefined && value.length > MAX_ARRAY_LENGTH) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

function isBelowBreakLength(output, start, base) {
  var totalLength = output.length + start;
  if (totalLength + output.length > BREAK_LENGTH) return false;
  for (var i = 0; i < output.length; i++) {
    totalLength += output[i].length;
    if (totalLength > BREAK_LENGTH) return false;
  }
  return base === "" || base.indexOf("\n") === -1;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  var entries = output.length;
  if (extrasType === 2 && entries > 6) output = groupArrayElements(ctx, output, value);
  if (ctx.currentDepth - recurseTimes < COMPACT && entries === output.length) {
    var start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
    if (isBelowBreakLength(output, start, base)) {
      var joined = output.join(", ");
      if (joined.indexOf("\n") === -1) return (base ? base + " " : "") + braces[0] + " " + joined + " " + braces[1];
    }
  }
  var indentation = "\n" + spaces(ctx.indentationLvl);
  return (base ? base + " " : "") + braces[0] + indentation + "  " + output.join("," + indentation + "  ") + indentation + braces[1];
}

function inspect(value) {
  var ctx = { seen: [], circular: new Map(), indentationLvl: 0, currentDepth: 0 };
  return formatValue(ctx, value, 0);
}

`;
