/**
 * The console formatter the prelude loads on first need: a compact port of Node's util.inspect and util.format
 * (depth 2, 80-column break length, the three innermost levels on one line, array grouping past six entries,
 * `<ref *1>` / `[Circular *1]`), so `console.log` lines read as they do in CloudWatch. It is the body of
 * `new Function("errorStackLines", body)`, compiled only when a console call formats something other than plain
 * strings, which keeps it out of most cold starts.
 */
import { FORMAT_SOURCE } from "./format-source";
import { INSPECT_LAYOUT_SOURCE } from "./inspect-layout-source";
import { INSPECT_OBJECTS_SOURCE } from "./inspect-objects-source";
import { INSPECT_VALUES_SOURCE } from "./inspect-values-source";

export const INSPECTOR_SOURCE = [
  INSPECT_VALUES_SOURCE,
  INSPECT_OBJECTS_SOURCE,
  INSPECT_LAYOUT_SOURCE,
  FORMAT_SOURCE,
  "return { inspect: inspect, formatWithOptions: formatWithOptions };",
].join("\n");
