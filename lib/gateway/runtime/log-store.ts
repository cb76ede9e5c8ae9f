/**
 * Each function's log group (`/aws/lambda/<name>`): its events in the order they were written, one log stream
 * per execution environment, the oldest dropped past a bound so a chatty function cannot exhaust host memory.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html
 */
import type { LambdaLogEvent } from "./types";

export class LogStore {
  private readonly groups = new Map<string, LambdaLogEvent[]>();

  constructor(private readonly maxEventsPerFunction: number) {}

  append(functionName: string, event: LambdaLogEvent): void {
    let events = this.groups.get(functionName);
    if (events === undefined) {
      events = [];
      this.groups.set(functionName, events);
    }
    events.push(event);
    // Trimming in batches keeps appends O(1) amortised.
    if (events.length > this.maxEventsPerFunction * 1.25)
      events.splice(0, events.length - this.maxEventsPerFunction);
  }

  list(functionName: string): readonly LambdaLogEvent[] {
    const events = this.groups.get(functionName) ?? [];
    return events.slice(Math.max(0, events.length - this.maxEventsPerFunction));
  }

  clear(functionName: string): void {
    this.groups.delete(functionName);
  }
}

/** `/aws/lambda/<function name>`. */
export function toLogGroupName(functionName: string): string {
  return `/aws/lambda/${functionName}`;
}
