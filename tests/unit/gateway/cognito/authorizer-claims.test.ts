import { describe, expect, it } from "vitest";
import {
  readIdentityToken,
  toAuthorizerClaims,
  toIdentityHeaderName,
  toJavaDateString,
} from "@/lib/gateway/authorizers/cognito";

describe("toJavaDateString", () => {
  it("writes epoch seconds as Java's Date.toString in UTC", () => {
    expect(toJavaDateString(1513495692)).toBe("Sun Dec 17 07:28:12 UTC 2017");
    expect(toJavaDateString(1680629979)).toBe("Tue Apr 04 17:39:39 UTC 2023");
    expect(toJavaDateString(0)).toBe("Thu Jan 01 00:00:00 UTC 1970");
  });
});

describe("toAuthorizerClaims", () => {
  it("stringifies claims as a REST Cognito authorizer passes them", () => {
    expect(
      toAuthorizerClaims({
        email_verified: false,
        auth_time: 1513492092,
        exp: 1513495692,
        iat: 1513492092,
        "cognito:groups": ["admins", "editors"],
        "custom:score": "10",
        address: { formatted: "1 Main St" },
      }),
    ).toEqual({
      email_verified: "false",
      auth_time: "1513492092",
      exp: "Sun Dec 17 07:28:12 UTC 2017",
      iat: "Sun Dec 17 06:28:12 UTC 2017",
      "cognito:groups": "admins,editors",
      "custom:score": "10",
      address: '{"formatted":"1 Main St"}',
    });
  });

  it("keeps a claim named __proto__ as an ordinary claim", () => {
    const payload = JSON.parse('{"__proto__":"x","sub":"s"}') as Record<string, unknown>;
    const claims = toAuthorizerClaims(payload);
    expect(Object.keys(claims)).toEqual(["__proto__", "sub"]);
    expect(Object.getPrototypeOf(claims)).toBe(Object.prototype);
  });
});

describe("the identity source", () => {
  it("names the header of method.request.header.X and nothing else", () => {
    expect(toIdentityHeaderName("method.request.header.Authorization")).toBe("Authorization");
    expect(toIdentityHeaderName("method.request.querystring.token")).toBeUndefined();
    expect(toIdentityHeaderName(undefined)).toBeUndefined();
  });

  it("keeps a bare token as is and strips a Bearer prefix", () => {
    expect(readIdentityToken("eyJ.a.b")).toBe("eyJ.a.b");
    expect(readIdentityToken("Bearer  eyJ.a.b")).toBe("eyJ.a.b");
  });
});
