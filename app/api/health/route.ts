import { databaseHealth } from "@/lib/data/health";
import { json } from "@/lib/api";
import { APP_VERSION } from "@/lib/version";

export const dynamic = "force-dynamic";

/** 200 when the database answers and no migration failed; 503 otherwise. Never cached. */
export async function GET(): Promise<Response> {
  const database = await databaseHealth();
  const healthy = database.reachable && database.migrations?.state !== "failed";
  const status = !healthy ? "unavailable" : database.migrations?.state === "pending" ? "degraded" : "ok";
  return json(
    { status, version: APP_VERSION, time: new Date().toISOString(), database },
    { status: healthy ? 200 : 503 },
  );
}
