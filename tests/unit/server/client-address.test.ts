import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress } from "@/server/client-address";

const req = (remoteAddress: string, xff?: string) =>
  ({
    socket: { remoteAddress },
    headers: xff ? { "x-forwarded-for": xff } : {},
  }) as unknown as IncomingMessage;

describe("clientAddress", () => {
  it("uses the socket address and strips the IPv4-mapped prefix", () => {
    expect(clientAddress(req("::ffff:10.1.2.3"), false)).toBe("10.1.2.3");
    expect(clientAddress(req("::1"), false)).toBe("::1");
  });
  it("ignores X-Forwarded-For unless TRUST_PROXY is on, so clients cannot pick their own address", () => {
    expect(clientAddress(req("127.0.0.1", "1.2.3.4"), false)).toBe("127.0.0.1");
    expect(clientAddress(req("127.0.0.1", "1.2.3.4, 10.0.0.1"), true)).toBe("1.2.3.4");
  });
});
