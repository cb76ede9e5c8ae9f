import { describe, expect, it } from "vitest";
import { toErrorBody } from "@/lib/errors";
import { InvalidPasswordException } from "@/lib/gateway/cognito";
import { LimitExceededException, NotFoundException, UnauthorizedException } from "@/lib/gateway/control";
import { IamEntityError } from "@/lib/gateway/iam";
import { AppError } from "@/lib/errors";
import { toAwsAppError } from "@/lib/workbench/to-aws-app-error";

const bodyOf = (error: unknown) => {
  const mapped = toAwsAppError(error);
  if (!(mapped instanceof AppError)) throw new Error("not mapped");
  return { status: mapped.status, body: toErrorBody(mapped) };
};

describe("toAwsAppError", () => {
  it.each([
    [new NotFoundException("Invalid Stage identifier specified"), 404, "NOT_FOUND", "NotFoundException", 404],
    [new LimitExceededException("Too many"), 429, "RATE_LIMITED", "LimitExceededException", 429],
    [new InvalidPasswordException("Password too short"), 400, "BAD_REQUEST", "InvalidPasswordException", 400],
    [new IamEntityError("DeleteConflict", "Cannot delete entity"), 409, "CONFLICT", "DeleteConflict", 409],
    // 401 stays the app's own "sign in": the body still says what AWS answered.
    [new UnauthorizedException("nope"), 400, "BAD_REQUEST", "UnauthorizedException", 401],
  ])("maps %s to HTTP %i", (error, httpStatus, code, awsType, awsStatus) => {
    const { status, body } = bodyOf(error);
    expect(status).toBe(httpStatus);
    expect(body).toEqual({ error: { code, message: (error as Error).message, awsType, status: awsStatus } });
  });

  it("passes anything else through", () => {
    const bug = new TypeError("x is undefined");
    expect(toAwsAppError(bug)).toBe(bug);
  });
});
