/** An HTTP request as the front door hands it over: path relative to the host, query already parsed. */
export interface RestJsonRequest {
  method: string;
  path: string;
  query: Readonly<Record<string, string | readonly string[] | undefined>>;
  headers: Readonly<Record<string, string | undefined>>;
  body: string | null;
}

/** The HTTP response to write back. */
export interface RestJsonResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export const JSON_CONTENT_TYPE = "application/json";
