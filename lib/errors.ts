/**
 * One application error with a code, one code-to-status table, one mapper at the edge.
 * API errors are always `{ "error": { "code", "message", "fields"? } }`; a 500 never leaks internals.
 * An error a simulated AWS service raised (the workbench runs sandbox operations) also carries the AWS
 * exception's name and status: `{ "error": { "code", "message", "awsType", "status" } }`.
 */
import { ZodError } from "zod";

export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Field path (e.g. "email", "options.2.text") to its messages. */
export type FieldErrors = Record<string, string[]>;

/** The AWS exception behind an error from a simulated service, e.g. `{ type: "NotFoundException", status: 404 }`. */
export interface AwsErrorDetail {
  type: string;
  status: number;
}

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    options?: { cause?: unknown; retryAfterSeconds?: number; aws?: AwsErrorDetail },
  ) {
    super(message, options);
    this.retryAfterSeconds = options?.retryAfterSeconds;
    this.aws = options?.aws;
  }
  readonly retryAfterSeconds: number | undefined;
  readonly aws: AwsErrorDetail | undefined;

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldErrors; awsType?: string; status?: number };
}

/** zod issues to field-level messages keyed by dotted path ("" for the whole input). */
export function toFieldErrors(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".");
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Normalises anything thrown into an AppError; unknown errors become an opaque INTERNAL. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const fields = toFieldErrors(error);
    const names = Object.keys(fields).filter(Boolean);
    const where = names.length ? `: check ${names.join(", ")}` : "";
    return new AppError("VALIDATION_FAILED", `The request is not valid${where}.`, fields);
  }
  return new AppError("INTERNAL", "Something went wrong on our side. Please try again.", undefined, {
    cause: error,
  });
}

export function toErrorBody(error: AppError): ErrorBody {
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  if (error.fields && Object.keys(error.fields).length) body.error.fields = error.fields;
  if (error.aws) {
    body.error.awsType = error.aws.type;
    body.error.status = error.aws.status;
  }
  return body;
}
