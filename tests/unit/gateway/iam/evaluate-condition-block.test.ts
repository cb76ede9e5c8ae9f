import { describe, expect, it } from "vitest";
import {
  evaluateConditionBlock,
  matchIpAddress,
  parseIpAddress,
  type ConditionContext,
} from "@/lib/gateway/iam";

const internet: ConditionContext = { "aws:sourceip": "198.51.100.7", "aws:principaltype": "Anonymous" };
const viaEndpoint: ConditionContext = {
  "aws:vpcsourceip": "10.0.1.5",
  "aws:sourcevpce": "vpce-1a2b3c4d",
  "aws:sourcevpc": "vpc-2f09a348",
};

describe("IpAddress and NotIpAddress on aws:SourceIp", () => {
  it.each([
    ["198.51.100.7", "198.51.100.0/24", true],
    ["198.51.101.7", "198.51.100.0/24", false],
    ["198.51.100.7", "198.51.100.7", true],
    ["198.51.100.7", "0.0.0.0/0", true],
    ["10.1.2.3", "10.0.0.0/15", true],
    ["10.2.0.0", "10.0.0.0/15", false],
    ["2001:db8::1", "2001:db8::/32", true],
    ["2001:db9::1", "2001:db8::/32", false],
    ["2001:DB8:0:0:0:0:0:ff", "2001:db8::ff/128", true],
    ["::ffff:192.0.2.1", "192.0.2.0/24", true],
    ["192.0.2.1", "::/0", false],
    ["2001:db8::1", "0.0.0.0/0", false],
    ["not-an-ip", "0.0.0.0/0", false],
    ["192.0.2.1", "192.0.2.0/33", false],
  ])("%s in %s is %s", (source, cidr, expected) => {
    expect(matchIpAddress(source, cidr)).toBe(expected);
  });

  it("parses compressed IPv6 forms and embedded IPv4", () => {
    expect(Array.from(parseIpAddress("::1") ?? [])).toEqual([...new Array(15).fill(0), 1]);
    expect(Array.from(parseIpAddress("64:ff9b::192.0.2.33") ?? []).slice(12)).toEqual([192, 0, 2, 33]);
    expect(parseIpAddress("1::2::3")).toBeUndefined();
    expect(parseIpAddress("256.0.0.1")).toBeUndefined();
  });

  it("holds when any listed block contains the address", () => {
    const block = { IpAddress: { "aws:SourceIp": ["192.0.2.0/24", "198.51.100.0/24"] } };
    expect(evaluateConditionBlock(block, internet)).toBe(true);
    expect(
      evaluateConditionBlock(
        { NotIpAddress: { "aws:SourceIp": ["192.0.2.0/24", "198.51.100.0/24"] } },
        internet,
      ),
    ).toBe(false);
  });

  it("treats an absent aws:SourceIp (VPC endpoint traffic) as failing IpAddress and holding NotIpAddress", () => {
    expect(evaluateConditionBlock({ IpAddress: { "aws:SourceIp": "0.0.0.0/0" } }, viaEndpoint)).toBe(false);
    expect(evaluateConditionBlock({ NotIpAddress: { "aws:SourceIp": "0.0.0.0/0" } }, viaEndpoint)).toBe(true);
  });
});

describe("string operators on aws:SourceVpce and aws:SourceVpc", () => {
  it("matches the VPC endpoint with StringEquals and not with StringNotEquals", () => {
    expect(evaluateConditionBlock({ StringEquals: { "aws:SourceVpce": "vpce-1a2b3c4d" } }, viaEndpoint)).toBe(
      true,
    );
    expect(
      evaluateConditionBlock({ StringNotEquals: { "aws:SourceVpce": "vpce-1a2b3c4d" } }, viaEndpoint),
    ).toBe(false);
    expect(evaluateConditionBlock({ StringEquals: { "aws:SourceVpc": "vpc-2f09a348" } }, viaEndpoint)).toBe(
      true,
    );
  });

  it("holds StringNotEquals for internet traffic, which has no aws:SourceVpce", () => {
    expect(evaluateConditionBlock({ StringNotEquals: { "aws:SourceVpce": "vpce-1a2b3c4d" } }, internet)).toBe(
      true,
    );
    expect(evaluateConditionBlock({ StringEquals: { "aws:SourceVpce": "vpce-1a2b3c4d" } }, internet)).toBe(
      false,
    );
  });

  it("holds ...IfExists for an absent key", () => {
    expect(evaluateConditionBlock({ StringEqualsIfExists: { "aws:SourceVpce": "vpce-x" } }, internet)).toBe(
      true,
    );
    expect(
      evaluateConditionBlock({ StringEqualsIfExists: { "aws:SourceVpce": "vpce-x" } }, viaEndpoint),
    ).toBe(false);
  });

  it("compares key names case-insensitively and values case-sensitively", () => {
    expect(evaluateConditionBlock({ StringEquals: { "AWS:SOURCEVPCE": "vpce-1a2b3c4d" } }, viaEndpoint)).toBe(
      true,
    );
    expect(evaluateConditionBlock({ StringEquals: { "aws:SourceVpce": "VPCE-1A2B3C4D" } }, viaEndpoint)).toBe(
      false,
    );
    expect(
      evaluateConditionBlock({ StringEqualsIgnoreCase: { "aws:SourceVpce": "VPCE-1A2B3C4D" } }, viaEndpoint),
    ).toBe(true);
  });

  it("matches StringLike wildcards", () => {
    expect(evaluateConditionBlock({ StringLike: { "aws:SourceVpce": "vpce-1a2b*" } }, viaEndpoint)).toBe(
      true,
    );
    expect(
      evaluateConditionBlock({ StringNotLike: { "aws:SourceVpce": "vpce-????????" } }, viaEndpoint),
    ).toBe(false);
  });
});

describe("condition block semantics", () => {
  it("requires every operator and every key to hold", () => {
    const context = { ...viaEndpoint, "aws:securetransport": "true" };
    const both = {
      StringEquals: { "aws:SourceVpce": "vpce-1a2b3c4d", "aws:SourceVpc": "vpc-2f09a348" },
      Bool: { "aws:SecureTransport": true },
    };
    expect(evaluateConditionBlock(both, context)).toBe(true);
    expect(evaluateConditionBlock({ ...both, Bool: { "aws:SecureTransport": false } }, context)).toBe(false);
  });

  it("evaluates Null, numeric, date and ARN operators", () => {
    const context = {
      "aws:epochtime": "1768473000",
      "aws:currenttime": "2026-01-15T10:30:00Z",
      "aws:principalarn": "arn:aws:iam::123456789012:role/reader",
    };
    expect(evaluateConditionBlock({ Null: { "aws:SourceVpce": "true" } }, context)).toBe(true);
    expect(evaluateConditionBlock({ Null: { "aws:EpochTime": "true" } }, context)).toBe(false);
    expect(evaluateConditionBlock({ NumericLessThan: { "aws:EpochTime": 1768473001 } }, context)).toBe(true);
    expect(
      evaluateConditionBlock({ DateGreaterThan: { "aws:CurrentTime": "2026-01-01T00:00:00Z" } }, context),
    ).toBe(true);
    expect(
      evaluateConditionBlock({ DateLessThan: { "aws:CurrentTime": "2026-01-01T00:00:00Z" } }, context),
    ).toBe(false);
    expect(
      evaluateConditionBlock({ ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/read*" } }, context),
    ).toBe(true);
    expect(
      evaluateConditionBlock({ ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*:user/*" } }, context),
    ).toBe(false);
  });

  it("compares multi-valued keys with ForAnyValue and ForAllValues", () => {
    const context = { "aws:tagkeys": ["team", "env"] };
    expect(evaluateConditionBlock({ "ForAnyValue:StringEquals": { "aws:TagKeys": ["env"] } }, context)).toBe(
      true,
    );
    expect(evaluateConditionBlock({ "ForAllValues:StringEquals": { "aws:TagKeys": ["env"] } }, context)).toBe(
      false,
    );
    expect(
      evaluateConditionBlock({ "ForAllValues:StringEquals": { "aws:TagKeys": ["env", "team"] } }, context),
    ).toBe(true);
    expect(evaluateConditionBlock({ "ForAnyValue:StringEquals": { "aws:Missing": ["x"] } }, context)).toBe(
      false,
    );
    expect(evaluateConditionBlock({ "ForAllValues:StringEquals": { "aws:Missing": ["x"] } }, context)).toBe(
      true,
    );
  });

  it("never holds an unknown operator", () => {
    expect(evaluateConditionBlock({ StringSortOf: { "aws:SourceIp": "198.51.100.7" } }, internet)).toBe(
      false,
    );
    expect(evaluateConditionBlock({ "Foo:StringEquals": { "aws:SourceIp": "198.51.100.7" } }, internet)).toBe(
      false,
    );
  });
});
