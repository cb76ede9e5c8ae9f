/**
 * The gateway errors of IAM (SigV4) authentication, one class per AWS exception, each rendered through its
 * gateway response type. Texts are AWS's (spec 1.2); where the exception name or the response type is
 * unverified the choice is explained in DEVIATIONS.md. An unsigned request to an AWS_IAM method is the
 * engine's MissingAuthenticationTokenError; an IAM deny is its AccessDeniedError.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
 * @see https://repost.aws/knowledge-center/api-gateway-troubleshoot-403-forbidden
 */
import { GatewayError } from "../errors";

/** A signature that does not verify, a request time outside the window, or a badly scoped credential. */
export class InvalidSignatureError extends GatewayError {
  readonly responseType = "INVALID_SIGNATURE";
  readonly errorType = "InvalidSignatureException";
  readonly defaultStatus = 403;
  constructor(message: string) {
    super(message);
  }
}

export const SIGNATURE_DOES_NOT_MATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret " +
  "Access Key and signing method. Consult the service documentation for details.";

/**
 * The computed signature differs from the provided one. Like execute-api (3P dumps), the message goes on
 * with the canonical request and the string to sign API Gateway computed, which is what lets a caller
 * find the difference.
 */
export class SignatureDoesNotMatchError extends InvalidSignatureError {
  constructor(
    readonly canonicalRequest: string,
    readonly stringToSign: string,
  ) {
    super(
      `${SIGNATURE_DOES_NOT_MATCH}\n\nThe Canonical String for this request should have been\n'${canonicalRequest}'` +
        `\n\nThe String-to-Sign should have been\n'${stringToSign}'\n`,
    );
  }
}

/** An Authorization header or presigned query string without the parts SigV4 needs. */
export class IncompleteSignatureError extends GatewayError {
  // [UNVERIFIED] which gateway response type renders it; INVALID_SIGNATURE is the closest.
  readonly responseType = "INVALID_SIGNATURE";
  readonly errorType = "IncompleteSignatureException";
  readonly defaultStatus = 403;
  constructor(message: string) {
    super(message);
  }
}

/** An unknown or inactive access key, or a session token that does not belong to the key. */
export class InvalidSecurityTokenError extends GatewayError {
  // KC-403 lists this message under AccessDeniedException (DOC); other AWS services name it
  // UnrecognizedClientException. [UNVERIFIED] which response type applies: ACCESS_DENIED follows the KC.
  readonly responseType = "ACCESS_DENIED";
  readonly errorType = "AccessDeniedException";
  readonly defaultStatus = 403;
  constructor() {
    super("The security token included in the request is invalid.");
  }
}

/** Temporary credentials used after their expiration. */
export class ExpiredTokenError extends GatewayError {
  readonly responseType = "EXPIRED_TOKEN";
  // [UNVERIFIED] exception name; STS and other services answer ExpiredTokenException.
  readonly errorType = "ExpiredTokenException";
  readonly defaultStatus = 403;
  constructor() {
    super("The security token included in the request is expired");
  }
}
