/**
 * The engine's own request and response types. The front door (server/), the workbench and the tests turn
 * their inputs into a GatewayRequest; the engine never sees Node's or the browser's request objects.
 */

/** One HTTP request as it reached the execute-api endpoint. */
export interface GatewayRequest {
  /** The REST API addressed (from the host name `{apiId}.execute-api...` or the invoke URL's path). */
  apiId: string;
  /** The method as sent (API Gateway honours X-HTTP-Method-Override later). */
  method: string;
  /** The request path as sent, stage first, not decoded: `/dev/pets/a%2Fb`. */
  path: string;
  /**
   * The path the client actually requested and signed, when the front door strips a prefix
   * (`/execute-api/{apiId}/dev/pets`); SigV4 verification uses it.
   */
  originalPath?: string;
  /** The raw query string without `?` (may be empty). */
  query: string;
  /** Header lines in arrival order, names as the client spelled them. */
  headers: ReadonlyArray<readonly [string, string]>;
  /** The raw body, or null when there is none. */
  body: Uint8Array | null;
  /** The caller's address as the front door saw it. */
  sourceIp: string;
  /** Always `HTTP/1.1` in `$context.protocol`, even for HTTP/2 clients (DOC). */
  protocol?: string;
}

/** What the engine answers. Header names keep their case; a name may repeat. */
export interface GatewayHttpResponse {
  statusCode: number;
  headers: Array<[string, string]>;
  /** Text bodies stay strings; binary bodies are bytes. */
  body: string | Uint8Array;
}

/** Case-insensitive access over a header list that keeps the client's spelling and order. */
export class HeaderMap {
  private readonly lower = new Map<string, string[]>();
  private readonly spelled = new Map<string, string>();

  constructor(readonly lines: ReadonlyArray<readonly [string, string]>) {
    for (const [name, value] of lines) {
      const key = name.toLowerCase();
      const values = this.lower.get(key);
      if (values) values.push(value);
      else {
        this.lower.set(key, [value]);
        this.spelled.set(key, name);
      }
    }
  }

  /** The last value of a header (API Gateway's single-value view), or undefined. */
  get(name: string): string | undefined {
    const values = this.lower.get(name.toLowerCase());
    return values ? values[values.length - 1] : undefined;
  }

  getAll(name: string): string[] {
    return this.lower.get(name.toLowerCase()) ?? [];
  }

  has(name: string): boolean {
    return this.lower.has(name.toLowerCase());
  }

  /** Header name (first spelling seen) to last value, as the Lambda proxy event's `headers`. */
  toSingleValue(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, values] of this.lower)
      out[this.spelled.get(key) ?? key] = values[values.length - 1] ?? "";
    return out;
  }

  /** Header name (first spelling seen) to every value, as `multiValueHeaders`. */
  toMultiValue(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [key, values] of this.lower) out[this.spelled.get(key) ?? key] = [...values];
    return out;
  }

  get size(): number {
    return this.lower.size;
  }
}
