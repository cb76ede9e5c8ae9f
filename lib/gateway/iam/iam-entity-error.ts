/**
 * Errors of the sandbox IAM and STS operations, with IAM's error codes, statuses and message texts.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html
 */
export type IamErrorCode =
  | "NoSuchEntity"
  | "EntityAlreadyExists"
  | "LimitExceeded"
  | "DeleteConflict"
  | "ValidationError"
  | "AccessDenied";

const STATUS: Record<IamErrorCode, number> = {
  NoSuchEntity: 404,
  EntityAlreadyExists: 409,
  LimitExceeded: 409,
  DeleteConflict: 409,
  ValidationError: 400,
  AccessDenied: 403,
};

export class IamEntityError extends Error {
  override name = "IamEntityError";
  readonly status: number;
  constructor(
    readonly code: IamErrorCode,
    message: string,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

/** IAM's validation text: `1 validation error detected: Value 'x' at 'userName' failed to satisfy constraint: ...`. */
export function toValidationError(field: string, value: string | number, constraint: string): IamEntityError {
  return new IamEntityError(
    "ValidationError",
    `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: ${constraint}`,
  );
}
