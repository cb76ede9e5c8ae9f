import { describe, expect, it } from "vitest";
import {
  InvalidRequestContentError,
  MAX_REQUEST_PAYLOAD_BYTES,
  MAX_RESPONSE_PAYLOAD_BYTES,
  RequestEntityTooLargeError,
} from "@/lib/gateway/runtime";
import { createHarness, payloadOf } from "./runtime-harness";

/** A JSON string literal whose UTF-8 encoding is exactly `bytes` long (quotes included). */
function jsonStringOfBytes(bytes: number, char = "a"): string {
  const charBytes = new TextEncoder().encode(char).length;
  return JSON.stringify(char.repeat((bytes - 2) / charBytes));
}

describe("synchronous payload limits (6 MB)", () => {
  it("accepts a request payload of exactly 6,291,456 bytes", async () => {
    const h = await createHarness();
    h.deploy(`exports.handler = async (event) => event.length;`);
    const payload = jsonStringOfBytes(MAX_REQUEST_PAYLOAD_BYTES);
    expect(MAX_REQUEST_PAYLOAD_BYTES).toBe(6_291_456);
    expect((await h.runtime.invoke("fn", payload)).payload).toBe(String(MAX_REQUEST_PAYLOAD_BYTES - 2));
  });

  it("throws RequestEntityTooLargeException (413) one byte over, counting UTF-8 bytes, without invoking", async () => {
    const h = await createHarness();
    h.deploy(`console.log("init ran");\nexports.handler = async () => 1;`);
    const payload = jsonStringOfBytes(MAX_REQUEST_PAYLOAD_BYTES + 2, "é");
    const error = await h.runtime.invoke("fn", payload).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestEntityTooLargeError);
    expect(error).toMatchObject({
      name: "RequestEntityTooLargeException",
      statusCode: 413,
      payloadBytes: MAX_REQUEST_PAYLOAD_BYTES + 2,
      message: "Request must be smaller than 6291456 bytes for the InvokeFunction operation",
    });
    expect(h.runtime.stats()).toMatchObject({ coldStarts: 0 });
  });

  it("returns Function.ResponseSizeTooLarge when the response exceeds 6,291,556 bytes, and discards the environment", async () => {
    const h = await createHarness({ limits: { maxHeapBytes: 128 * 1024 * 1024 } });
    h.deploy(`exports.handler = async (event) => "x".repeat(event.size);`, { memorySize: 1024 });
    const fits = await h.invoke("fn", { size: MAX_RESPONSE_PAYLOAD_BYTES - 2 });
    expect(fits.functionError).toBeUndefined();
    expect(fits.payload.length).toBe(MAX_RESPONSE_PAYLOAD_BYTES);
    h.clock.advance(1000);
    const tooLarge = await h.invoke("fn", { size: MAX_RESPONSE_PAYLOAD_BYTES - 1 });
    expect(tooLarge.functionError).toBe("Unhandled");
    expect(payloadOf(tooLarge)).toEqual({
      errorType: "Function.ResponseSizeTooLarge",
      errorMessage: "Response payload size exceeded maximum allowed payload size (6291556 bytes).",
    });
    expect(tooLarge.logResult.at(-1)).toMatch(/\tStatus: error\tError Type: Runtime\.ExitError$/);
    expect(h.runtime.stats("fn").containersAlive).toBe(0);
  });

  it("throws InvalidRequestContentException for a payload that is not JSON", async () => {
    const h = await createHarness();
    h.deploy(`exports.handler = async () => 1;`);
    await expect(h.runtime.invoke("fn", "{not json")).rejects.toBeInstanceOf(InvalidRequestContentError);
    await expect(h.runtime.invoke("fn", "{not json")).rejects.toMatchObject({
      name: "InvalidRequestContentException",
      statusCode: 400,
      message: expect.stringMatching(/^Could not parse request body into json: /),
    });
  });

  it("passes an empty payload as the event {}", async () => {
    const h = await createHarness();
    h.deploy(`exports.handler = async (event) => event;`);
    expect((await h.runtime.invoke("fn", "")).payload).toBe("{}");
  });
});
