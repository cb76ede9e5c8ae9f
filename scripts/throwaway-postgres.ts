/**
 * A throwaway PostgreSQL cluster on a free loopback port, for tools that need a PostgreSQL server
 * briefly (the shadow database of `npm run db:migrate`). Uses the server binaries installed on the
 * machine; PostgreSQL refuses to run as root, so under root it runs as an unprivileged user
 * (GATEWISE_PG_USER, default `nobody`). Trust authentication, loopback only, deleted on stop.
 */
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface ThrowawayPostgres {
  /** postgresql://postgres@127.0.0.1:PORT/postgres */
  url: string;
  stop(): Promise<void>;
}

export class ThrowawayPostgresError extends Error {
  override name = "ThrowawayPostgresError";
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = findBinDir();
  const work = mkdtempSync(path.join(os.tmpdir(), "gatewise-pg-"));
  const data = path.join(work, "data");
  const asServerUser = serverUserRunner(work);
  let started = false;
  const stop = async () => {
    if (started) {
      await asServerUser(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]).catch(
        () => {},
      );
      started = false;
    }
    rmSync(work, { recursive: true, force: true });
  };
  try {
    const port = await freeLoopbackPort();
    await asServerUser(path.join(bin, "initdb"), [
      ...["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"],
    ]);
    const serverOptions = `-p ${port} -k ${work} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await asServerUser(path.join(bin, "pg_ctl"), [
      ...["-D", data, "-l", path.join(work, "server.log"), "-w", "-t", "30", "-o", serverOptions, "start"],
    ]);
    started = true;
    return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, stop };
  } catch (error) {
    await stop();
    throw new ThrowawayPostgresError(`could not start a throwaway PostgreSQL cluster: ${describe(error)}`);
  }
}

/** initdb/pg_ctl from PATH, else the newest /usr/lib/postgresql/<version>/bin (Debian's layout). */
function findBinDir(): string {
  const fromEnv = process.env.GATEWISE_PG_BINDIR;
  if (fromEnv) return fromEnv;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"))) return dir;
  }
  const debian = "/usr/lib/postgresql";
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((v) => existsSync(path.join(debian, v, "bin/initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0]) return path.join(debian, versions[0], "bin");
  throw new ThrowawayPostgresError(
    "PostgreSQL server binaries (initdb, pg_ctl) not found: install them (Debian: apt-get install postgresql) " +
      "or set SHADOW_DATABASE_URL to a database that may be wiped",
  );
}

type Runner = (file: string, args: string[]) => Promise<unknown>;

/** Runs the server's commands as the current user, or as an unprivileged one when we are root. */
function serverUserRunner(work: string): Runner {
  if (process.getuid?.() !== 0) return (file, args) => run(file, args);
  const user = process.env.GATEWISE_PG_USER ?? "nobody";
  const ids = lookupIds(user);
  if (!ids)
    throw new ThrowawayPostgresError(`running as root and user "${user}" does not exist (GATEWISE_PG_USER)`);
  chownSync(work, ids.uid, ids.gid);
  return (file, args) => run(file, args, { uid: ids.uid, gid: ids.gid, cwd: work, env: serverEnv() });
}

function lookupIds(user: string): { uid: number; gid: number } | undefined {
  try {
    const passwd = execFileSync("getent", ["passwd", user], { encoding: "utf8" }).split(":");
    const uid = Number(passwd[2]);
    const gid = Number(passwd[3]);
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

/** A minimal environment: the server user cannot read root's HOME or temp settings. */
function serverEnv(): NodeJS.ProcessEnv {
  return { NODE_ENV: process.env.NODE_ENV, PATH: process.env.PATH, LANG: "C", LC_ALL: "C" };
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function describe(error: unknown): string {
  const e = error as { stderr?: string; message?: string };
  return (e.stderr?.trim() || e.message || String(error)).split("\n").slice(-5).join("\n");
}
