import { describe, expect, it } from "vitest";
import { MalformedPolicyDocumentError, parsePolicyDocument } from "@/lib/gateway/iam";

const statement = { Effect: "Allow", Action: "execute-api:Invoke", Resource: "*" };

function reason(source: unknown, kind: "identity" | "resource" = "identity"): string {
  try {
    parsePolicyDocument(source, kind);
  } catch (error) {
    if (error instanceof MalformedPolicyDocumentError) return error.message;
    throw error;
  }
  throw new Error("expected a MalformedPolicyDocumentError");
}

describe("parsePolicyDocument", () => {
  it("normalises single strings and a single statement to arrays", () => {
    expect(parsePolicyDocument({ Version: "2012-10-17", Statement: statement }, "identity")).toEqual({
      Version: "2012-10-17",
      Id: undefined,
      Statement: [
        {
          Sid: undefined,
          Effect: "Allow",
          Action: ["execute-api:Invoke"],
          NotAction: undefined,
          Resource: ["*"],
          NotResource: undefined,
          Principal: undefined,
          NotPrincipal: undefined,
          Condition: undefined,
        },
      ],
    });
  });

  it("reads a resource policy as GetRestApi returns it, with backslash-escaped quotes", () => {
    const escaped = JSON.stringify({ Statement: [{ ...statement, Principal: "*" }] }).replace(/"/g, '\\"');
    expect(parsePolicyDocument(escaped, "resource").Statement[0]?.Principal).toBe("*");
  });

  it("normalises principals to lists", () => {
    const document = parsePolicyDocument(
      { Statement: [{ ...statement, Principal: { AWS: "arn:aws:iam::123456789012:root" } }] },
      "resource",
    );
    expect(document.Statement[0]?.Principal).toEqual({ AWS: ["arn:aws:iam::123456789012:root"] });
  });

  it.each([
    ["text that is not JSON", "{not json", "Syntax errors in policy."],
    ["a missing Statement", { Version: "2012-10-17" }, "Missing required field Statement."],
    [
      "a missing Effect",
      { Statement: [{ Action: "execute-api:Invoke", Resource: "*" }] },
      "Missing required field Effect.",
    ],
    [
      "an unknown Effect",
      { Statement: [{ ...statement, Effect: "Alow" }] },
      "Invalid effect: Alow. Effect must be Allow or Deny.",
    ],
    [
      "no Action",
      { Statement: [{ Effect: "Allow", Resource: "*" }] },
      "Policy statement must contain actions.",
    ],
    [
      "no Resource",
      { Statement: [{ Effect: "Allow", Action: "execute-api:Invoke" }] },
      "Policy statement must contain resources.",
    ],
    [
      "an action without a vendor",
      { Statement: [{ ...statement, Action: "Invoke" }] },
      "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.",
    ],
    [
      "an unknown Version",
      { Version: "2020-01-01", Statement: [statement] },
      'The policy failed legacy parsing: Version must be 2012-10-17 or 2008-10-17, not "2020-01-01".',
    ],
    [
      "a principal in an identity policy",
      { Statement: [{ ...statement, Principal: "*" }] },
      "Policy document should not specify a principal.",
    ],
    [
      "duplicate Sids",
      {
        Statement: [
          { ...statement, Sid: "a" },
          { ...statement, Sid: "a" },
        ],
      },
      "Statement IDs (SID) in a single policy must be unique.",
    ],
    [
      "an unknown statement field",
      { Statement: [{ ...statement, Actions: "x" }] },
      "Syntax errors in policy: unknown field Actions.",
    ],
    [
      "an empty Action list",
      { Statement: [{ ...statement, Action: [] }] },
      "Syntax errors in policy: Action must be a string or a non-empty array of strings.",
    ],
  ])("refuses %s", (_what, source, message) => {
    expect(reason(source)).toBe(message);
  });

  it("requires a principal in a resource policy", () => {
    expect(reason({ Statement: [statement] }, "resource")).toBe("Missing required field Principal.");
  });
});
