import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";

// Every integration test file talks to the project's migrated test database through the app's own lib/db.
process.env.DATABASE_URL = inject("databaseUrl");
resetEnvCache();

afterAll(async () => {
  await disconnectDb();
});
