/**
 * Errors raised by the wire protocol itself, before any operation runs. Like the control plane's
 * `ApiGatewayError`s, `name` goes out in `x-amzn-ErrorType` and `statusCode` is the HTTP status.
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#operation-error-serialization
 */
export abstract class RestJsonProtocolError extends Error {
  abstract override readonly name: "UnknownOperationException" | "SerializationException";
  abstract readonly statusCode: number;
}

/** 404: no operation has this method and path. [UNVERIFIED] name and status for API Gateway itself. */
export class UnknownOperationException extends RestJsonProtocolError {
  override readonly name = "UnknownOperationException" as const;
  readonly statusCode = 404;
}

/** 400: the body is not a JSON object, or a path or query value cannot be read as its member's type. */
export class SerializationException extends RestJsonProtocolError {
  override readonly name = "SerializationException" as const;
  readonly statusCode = 400;
}
