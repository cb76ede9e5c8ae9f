/**
 * Parsing is most of the cost of a render, and a deployed template renders many times, so parsed templates
 * are kept by source text (least recently used first out). The AST is never mutated by a render, so one
 * parse serves every request.
 */
import { parse } from "velocityjs";
import { MappingTemplateSyntaxError } from "./mapping-template-errors";

const MAX_ENTRIES = 512;
const parsed = new Map<string, readonly unknown[]>();

export function parseTemplateCached(template: string): readonly unknown[] {
  const hit = parsed.get(template);
  if (hit) {
    if (parsed.size > 1) {
      parsed.delete(template);
      parsed.set(template, hit);
    }
    return hit;
  }
  const asts = parseOrThrow(template);
  if (parsed.size >= MAX_ENTRIES) parsed.delete(parsed.keys().next().value as string);
  parsed.set(template, asts);
  return asts;
}

function parseOrThrow(template: string): readonly unknown[] {
  try {
    return parse(template) as readonly unknown[];
  } catch (error) {
    throw new MappingTemplateSyntaxError(error instanceof Error ? error.message : String(error));
  }
}
