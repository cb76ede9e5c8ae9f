import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { disconnectDb } from "@/lib/db";
import pkg from "@/package.json" with { type: "json" };

interface Health {
  status: string;
  version: string;
  database: {
    kind: string;
    reachable: boolean;
    error?: string;
    migrations?: { state: string; pending: string[]; committed: number };
  };
}

describe("GET /api/health", () => {
  const original = process.env.DATABASE_URL;
  afterEach(async () => {
    process.env.DATABASE_URL = original;
    await disconnectDb();
  });

  it("returns 200 with the version, the database kind and an up-to-date migration state", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    const body = (await res.json()) as Health;
    expect(body.status).toBe("ok");
    expect(body.version).toBe(pkg.version);
    expect(body.database.kind).toBe(process.env.GATEWISE_TEST_DB);
    expect(body.database.reachable).toBe(true);
    expect(body.database.migrations).toMatchObject({ state: "up-to-date", pending: [] });
    expect(body.database.migrations!.committed).toBeGreaterThan(0);
  });

  it("returns 503 when the database cannot be reached, without leaking the connection string", async () => {
    await disconnectDb();
    process.env.DATABASE_URL = "postgresql://gatewise:sup3rsecret@127.0.0.1:1/none";
    const res = await GET();
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(text).not.toContain("sup3rsecret");
    const body = JSON.parse(text) as Health;
    expect(body.status).toBe("unavailable");
    expect(body.database).toMatchObject({ kind: "postgresql", reachable: false });
  });
});
