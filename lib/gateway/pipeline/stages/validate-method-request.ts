/**
 * validateMethodRequest: the method's request validator, if it has one: required parameters first, then
 * the body against the model for the request's Content-Type (REC order).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html
 */
import { BadRequestBodyError, BadRequestParametersError } from "../../errors";
import { validateRequest } from "../../validation";
import type { InvocationContext } from "../context";
import { methodValuesOf } from "../method-values";
import { traceStage } from "../trace";

export function validateMethodRequest(ctx: InvocationContext): void {
  const routed = ctx.routed!;
  if (!routed.method.requestValidatorId) return;
  const result = validateRequest({
    snapshot: routed.snapshot,
    method: routed.method,
    values: methodValuesOf(ctx),
    contentType: ctx.parsed!.headers.get("content-type"),
    body: ctx.parsed!.body,
  });
  switch (result.outcome) {
    case "NOT_VALIDATED":
      return;
    case "VALID":
      traceStage(
        ctx,
        "validateMethodRequest",
        `Request validation succeeded for content type ${ctx.parsed!.headers.get("content-type") ?? "application/json"}`,
      );
      return;
    case "BAD_REQUEST_PARAMETERS":
      traceStage(ctx, "validateMethodRequest", `Request validation failed: ${result.message}`).decisive =
        true;
      throw new BadRequestParametersError(result.missing);
    case "BAD_REQUEST_BODY":
      traceStage(
        ctx,
        "validateMethodRequest",
        `Request body does not match model schema for content type: ${result.validationErrorString}`,
      ).decisive = true;
      throw new BadRequestBodyError(result.validationErrorString);
  }
}
