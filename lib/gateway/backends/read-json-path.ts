/**
 * A tiny JSON path for `{{body.<path>}}` placeholders: dotted names and `[index]`, e.g. `order.items[0].sku`.
 * Read by walking the parsed value; nothing is evaluated.
 */

export type JsonPath = Array<string | number>;

const FIRST_STEP = /^(?:([^.[\]\s]+)|\[(\d+)\])/;
const NEXT_STEP = /^(?:\.([^.[\]\s]+)|\[(\d+)\])/;

/** The steps of a path such as `a.b[0].c`, or null when it is not one. */
export function parseJsonPath(text: string): JsonPath | null {
  const steps: JsonPath = [];
  let rest = text;
  while (rest.length > 0) {
    const step = (steps.length === 0 ? FIRST_STEP : NEXT_STEP).exec(rest);
    if (!step) return null;
    steps.push(step[1] !== undefined ? step[1] : Number(step[2]));
    rest = rest.slice(step[0].length);
  }
  return steps.length > 0 ? steps : null;
}

/** The value at `path`, or undefined when any step is missing. */
export function readJsonPath(value: unknown, path: JsonPath): unknown {
  let current = value;
  for (const step of path) {
    if (typeof step === "number") {
      if (!Array.isArray(current)) return undefined;
      current = current[step] as unknown;
    } else {
      if (typeof current !== "object" || current === null || Array.isArray(current)) return undefined;
      if (!Object.hasOwn(current, step)) return undefined;
      current = (current as Record<string, unknown>)[step];
    }
  }
  return current;
}
