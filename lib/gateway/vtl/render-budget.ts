/**
 * The limits one render runs under, and the counters that enforce them. The template size and the
 * `#foreach` count are AWS quotas; the others are the simulator's own guards so that any template, however
 * written, finishes quickly and in bounded memory (listed in DEVIATIONS.md).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
 */
import { ForeachLimitExceededError, RenderLimitExceededError } from "./mapping-template-errors";

export interface MappingTemplateLimits {
  /** Template size in UTF-8 bytes (AWS: 300 KB). */
  maxTemplateBytes: number;
  /** Items one `#foreach` may iterate (AWS: 1,000). */
  maxForeachIterations: number;
  /** `#foreach` iterations plus macro calls in one render, all loops together (ours). */
  maxRenderSteps: number;
  /** Characters of rendered references and string results produced in one render (ours). */
  maxRenderWork: number;
  /** Length of the output, and of any one loop's output (ours; AWS's payload limit is 10 MB). */
  maxOutputLength: number;
  /** Items in one `[a..b]` range literal (ours). */
  maxRangeLength: number;
  /** Nested macro calls (Velocity 1.7's `velocimacro.max.depth` default). */
  maxMacroDepth: number;
}

export const DEFAULT_MAPPING_TEMPLATE_LIMITS: Readonly<MappingTemplateLimits> = Object.freeze({
  maxTemplateBytes: 300 * 1024,
  maxForeachIterations: 1000,
  maxRenderSteps: 100_000,
  maxRenderWork: 128 * 1024 * 1024,
  maxOutputLength: 10 * 1024 * 1024,
  maxRangeLength: 100_000,
  maxMacroDepth: 20,
});

/** Counts what one render spends; throws a typed error the moment a limit is crossed. */
export class RenderBudget {
  private steps = 0;
  private work = 0;
  private macroDepth = 0;

  constructor(readonly limits: Readonly<MappingTemplateLimits>) {}

  /** Checks a `#foreach` before it starts: its item count is known up front. */
  checkForeach(items: number): void {
    if (items > this.limits.maxForeachIterations)
      throw new ForeachLimitExceededError(items, this.limits.maxForeachIterations);
  }

  countStep(): void {
    if (++this.steps > this.limits.maxRenderSteps)
      throw new RenderLimitExceededError(
        "steps",
        `more than ${this.limits.maxRenderSteps} loop iterations and macro calls`,
      );
  }

  /** Charges a produced string to the work budget and hands it back. */
  chargeWork<T>(value: T): T {
    if (typeof value === "string") {
      this.work += value.length;
      if (this.work > this.limits.maxRenderWork)
        throw new RenderLimitExceededError(
          "work",
          `more than ${this.limits.maxRenderWork} characters produced`,
        );
    }
    return value;
  }

  checkOutputLength(length: number): void {
    if (length > this.limits.maxOutputLength)
      throw new RenderLimitExceededError(
        "output",
        `output longer than ${this.limits.maxOutputLength} characters`,
      );
  }

  checkRange(length: number): void {
    if (length > this.limits.maxRangeLength)
      throw new RenderLimitExceededError(
        "range",
        `a range of ${length} items (limit ${this.limits.maxRangeLength})`,
      );
  }

  enterMacro(): void {
    this.countStep();
    if (++this.macroDepth > this.limits.maxMacroDepth)
      throw new RenderLimitExceededError(
        "macroDepth",
        `macros nested deeper than ${this.limits.maxMacroDepth}`,
      );
  }

  leaveMacro(): void {
    this.macroDepth--;
  }
}
