import { describe, expect, it } from "vitest";
import { InvalidScriptedBackendError, toScriptedBackendDefinition } from "@/lib/gateway/backends";

function issuesOf(definition: unknown): Array<{ path: string; message: string }> {
  try {
    toScriptedBackendDefinition(definition);
  } catch (error) {
    if (error instanceof InvalidScriptedBackendError) return [...error.issues];
    throw error;
  }
  throw new Error("the definition was accepted");
}

const rule = (respond: unknown, match?: unknown) => ({ name: "api", rules: [{ match, respond }] });

describe("scripted backend definitions", () => {
  it("accepts a full definition and upper-cases methods", () => {
    const definition = toScriptedBackendDefinition({
      name: "orders-v2",
      rules: [
        {
          match: {
            method: "post",
            path: "/orders/{id}",
            query: { a: "1" },
            headers: { "X-A": "b" },
            bodyContains: "x",
          },
          respond: {
            status: 201,
            headers: { Location: "/orders/{{path.id}}" },
            body: { id: "{{path.id}}" },
            delayMs: 5,
          },
          times: 3,
        },
      ],
      defaultResponse: { status: 500 },
    });
    expect(definition.rules[0]?.match?.method).toBe("POST");
  });

  it("names the field of a status outside 100-599", () => {
    expect(issuesOf(rule({ status: 99 }))).toEqual([
      { path: "rules[0].respond.status", message: "must be an HTTP status code from 100 to 599" },
    ]);
  });

  it("names each bad field when several are wrong, with the whole message on the error", () => {
    const definition = { name: "Bad_Name", rules: [{ respond: { status: 200, delayMs: -1 }, times: 0 }] };
    expect(issuesOf(definition).map((issue) => issue.path)).toEqual([
      "name",
      "rules[0].respond.delayMs",
      "rules[0].times",
    ]);
    expect(() => toScriptedBackendDefinition(definition)).toThrow(
      "rules[0].respond.delayMs: must not be negative; rules[0].times: must be at least 1",
    );
  });

  it("reports unknown fields by name", () => {
    expect(issuesOf(rule({ status: 200, statusCode: 200 }))).toEqual([
      { path: "rules[0].respond", message: "unknown field(s) statusCode" },
    ]);
  });

  it("reports a path pattern that cannot be compiled", () => {
    expect(issuesOf(rule({ status: 200 }, { path: "/orders/{id" }))).toEqual([
      { path: "rules[0].match.path", message: 'not a path pattern: unbalanced "{"' },
    ]);
    expect(issuesOf(rule({ status: 200 }, { path: "orders" }))[0]?.message).toBe(
      'not a path pattern: a path pattern starts with "/"',
    );
    expect(issuesOf(rule({ status: 200 }, { path: "/{a}/{a}" }))[0]?.message).toBe(
      'not a path pattern: parameter "a" appears twice',
    );
  });

  it("reports an unknown placeholder where it is, inside headers and JSON bodies too", () => {
    const hint = "use path.<name>, query.<name>, header.<name>, body, body.<json path> or requestId";
    expect(issuesOf(rule({ status: 200, body: { a: [{ b: "{{cookie.x}}" }] } }))).toEqual([
      { path: "rules[0].respond.body.a[0].b", message: `unknown placeholder {{cookie.x}} (${hint})` },
    ]);
    expect(issuesOf(rule({ status: 200, headers: { "X-A": "{{body..x}}" } }))).toEqual([
      { path: "rules[0].respond.headers.X-A", message: `unknown placeholder {{body..x}} (${hint})` },
    ]);
  });

  it("refuses header names that are not HTTP tokens and values with line breaks", () => {
    expect(issuesOf(rule({ status: 200, headers: { "Bad Name": "x", Ok: "a\r\nSet-Cookie: x" } }))).toEqual([
      {
        path: "rules[0].respond.headers.Bad Name",
        message: expect.stringMatching(/^must be an HTTP header name/),
      },
      { path: "rules[0].respond.headers.Ok", message: "must not contain line breaks" },
    ]);
  });

  it("refuses a method that is not a word and a delay over 10 minutes", () => {
    expect(issuesOf(rule({ status: 200, delayMs: 600_001 }, { method: "GET POST" }))).toEqual([
      { path: "rules[0].match.method", message: "must be an HTTP method such as GET, or ANY" },
      { path: "rules[0].respond.delayMs", message: "must be at most 600000 ms" },
    ]);
  });

  it("reports a missing rules list at its field", () => {
    expect(issuesOf({ name: "api" })).toEqual([
      { path: "rules", message: "Invalid input: expected array, received undefined" },
    ]);
  });
});
