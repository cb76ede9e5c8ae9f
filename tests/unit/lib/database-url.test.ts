import path from "node:path";
import { describe, expect, it } from "vitest";
import { DatabaseUrlError, resolveDatabase } from "@/lib/database-url";

const root = "/srv/gatewise";

describe("resolveDatabase", () => {
  it("defaults to the embedded SQLite file under data/ when DATABASE_URL is unset or blank", () => {
    for (const env of [{}, { DATABASE_URL: "  " }]) {
      const t = resolveDatabase(env, root);
      expect(t).toMatchObject({
        kind: "sqlite",
        embeddedDefault: true,
        file: path.join(root, "data/gatewise.db"),
      });
      expect(t.url).toBe(`file:${path.join(root, "data/gatewise.db")}`);
      expect(t.migrationsPath).toBe("prisma/migrations");
    }
  });

  it("resolves relative and absolute file: URLs against the project root", () => {
    expect(resolveDatabase({ DATABASE_URL: "file:./tmp/x.db" }, root).file).toBe("/srv/gatewise/tmp/x.db");
    expect(resolveDatabase({ DATABASE_URL: "file:/var/lib/g.db" }, root).file).toBe("/var/lib/g.db");
    expect(resolveDatabase({ DATABASE_URL: "file:///var/lib/g.db" }, root).file).toBe("/var/lib/g.db");
    expect(resolveDatabase({ DATABASE_URL: "file:./x.db" }, root).embeddedDefault).toBe(false);
  });

  it("uses the PostgreSQL schema and migrations for postgres:// and postgresql:// URLs", () => {
    for (const url of ["postgresql://u:p@db:5432/g", "postgres://u@db/g?schema=s"]) {
      expect(resolveDatabase({ DATABASE_URL: url }, root)).toMatchObject({
        kind: "postgresql",
        url,
        embeddedDefault: false,
        schemaPath: "prisma/postgres/schema.prisma",
        migrationsPath: "prisma/postgres/migrations",
      });
    }
  });

  it("refuses other schemes with a message that names DATABASE_URL and never echoes credentials", () => {
    expect(() => resolveDatabase({ DATABASE_URL: "mysql://root:secret@h/db" }, root)).toThrow(
      DatabaseUrlError,
    );
    expect(() => resolveDatabase({ DATABASE_URL: "mysql://root:secret@h/db" }, root)).toThrow(
      /DATABASE_URL must start with/,
    );
    expect(() => resolveDatabase({ DATABASE_URL: "mysql://root:secret@h/db" }, root)).not.toThrow(/secret/);
  });
});
