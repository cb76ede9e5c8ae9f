/** The metrics route's query for a filter choice: API level, stage level, or one method of a stage. */

export interface MetricsQuery {
  restApiId: string;
  stage: string;
  /** "GET /pets", or "" for the whole stage. */
  methodKey: string;
  minutes: number;
}

export function toMetricsRequest(query: MetricsQuery): Record<string, string> {
  const request: Record<string, string> = { restApiId: query.restApiId, minutes: String(query.minutes) };
  if (query.stage) request.stage = query.stage;
  const space = query.methodKey.indexOf(" ");
  if (query.stage && space > 0) {
    request.method = query.methodKey.slice(0, space);
    request.resource = query.methodKey.slice(space + 1);
  }
  return request;
}
