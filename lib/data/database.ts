/** Connection-level settings applied once at boot. */
import { db } from "@/lib/db";

/**
 * SQLite in WAL mode: readers never wait for the writer, and NORMAL sync is safe with WAL and much faster
 * than FULL. Both persist for the connection; WAL persists in the file.
 * @see https://www.sqlite.org/wal.html
 */
export async function tuneSqlite(): Promise<void> {
  await db().$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db().$executeRawUnsafe("PRAGMA synchronous = NORMAL");
}
