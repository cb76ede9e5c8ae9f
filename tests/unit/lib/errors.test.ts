import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, ERROR_STATUS, toAppError, toErrorBody } from "@/lib/errors";

describe("AppError", () => {
  it("takes its HTTP status from the one code-to-status table", () => {
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      expect(new AppError(code as keyof typeof ERROR_STATUS, "x").status).toBe(status);
    }
  });

  it("renders { error: { code, message, fields } } and omits empty fields", () => {
    expect(toErrorBody(new AppError("NOT_FOUND", "No user."))).toEqual({
      error: { code: "NOT_FOUND", message: "No user." },
    });
    expect(toErrorBody(new AppError("CONFLICT", "Taken.", { email: ["taken"] }))).toEqual({
      error: { code: "CONFLICT", message: "Taken.", fields: { email: ["taken"] } },
    });
  });
});

describe("toAppError", () => {
  it("turns a zod error into VALIDATION_FAILED with messages per field path", () => {
    const schema = z.object({
      email: z.email("bad email"),
      options: z.array(z.object({ text: z.string().min(1, "empty") })),
    });
    const result = schema.safeParse({ email: "nope", options: [{ text: "a" }, { text: "" }] });
    const error = toAppError(result.error);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.status).toBe(400);
    expect(error.fields).toEqual({ email: ["bad email"], "options.1.text": ["empty"] });
    expect(error.message).toContain("email, options.1.text");
  });

  it("hides the details of unknown errors behind INTERNAL", () => {
    const error = toAppError(new Error("password=hunter2 at db.ts:10"));
    expect(error.code).toBe("INTERNAL");
    expect(error.status).toBe(500);
    expect(error.message).not.toContain("hunter2");
    expect(JSON.stringify(toErrorBody(error))).not.toContain("hunter2");
  });

  it("passes AppErrors through unchanged", () => {
    const original = new AppError("RATE_LIMITED", "slow down", undefined, { retryAfterSeconds: 30 });
    expect(toAppError(original)).toBe(original);
    expect(original.retryAfterSeconds).toBe(30);
  });
});
