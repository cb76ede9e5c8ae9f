import { describe, expect, it } from "vitest";
import { matchIdentityValidationExpression } from "@/lib/gateway/authorizers/lambda";

describe("matchIdentityValidationExpression (Java regex, full match)", () => {
  it.each([
    ["^Bearer [-0-9a-zA-Z._]*$", "Bearer abc.def-1", true],
    ["Bearer [-0-9a-zA-Z._]*", "Bearer abc.def-1", true],
    ["Bearer [-0-9a-zA-Z._]*", "xBearer abc", false],
    ["Bearer [-0-9a-zA-Z._]*", "Bearer abc!", false],
    ["abc", "abcd", false],
    ["a|ab", "ab", true],
    ["allow|deny", "unauthorized", false],
    ["\\d{4}", "1234", true],
    ["\\d{4}", "12345", false],
    ["(?i)bearer .+", "BEARER x", true],
    ["bearer .+", "BEARER x", false],
    ["\\Aabc\\z", "abc", true],
    ["abc\\Z", "abc", true],
    // matches() must consume the whole input: the zero-width \Z before a final newline is not enough.
    ["abc\\Z", "abc\n", false],
    ["\\Q1+1=2\\E", "1+1=2", true],
    ["\\Q1+1=2\\E", "11=2", false],
    ["\\d++", "123", true],
    ["[a-z]*+x", "abcx", true],
    ["(?>ab|a)c", "abc", true],
    ["[]a]+", "]a]", true],
    ["(?m)a.*", "ab\nc", false],
    ["(?s)a.*", "ab\nc", true],
  ])("%s on %j: %s", (expression, token, expected) => {
    expect(matchIdentityValidationExpression(expression, token)).toBe(expected);
  });

  it("gives the same answer when the same expression is checked again", () => {
    expect(matchIdentityValidationExpression("t[0-9]", "t1")).toBe(true);
    expect(matchIdentityValidationExpression("t[0-9]", "t1")).toBe(true);
    expect(matchIdentityValidationExpression("t[0-9]", "tx")).toBe(false);
  });

  it("throws for a pattern that does not compile", () => {
    expect(() => matchIdentityValidationExpression("(unclosed", "x")).toThrow(
      "Invalid identity validation expression",
    );
  });
});
