/**
 * AUTH_SECRET signs session JWTs. When it is unset, the first start generates one into data/auth-secret
 * (git-ignored, mode 600) and reuses it afterwards, so `npm start` works with no configuration.
 * The secret itself is never printed.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const AUTH_SECRET_FILE = "data/auth-secret";

export function ensureAuthSecret(root: string, log: (line: string) => void): void {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(root, AUTH_SECRET_FILE);
  if (existsSync(file)) {
    process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
    return;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  process.env.AUTH_SECRET = secret;
  log(
    `AUTH_SECRET was not set: generated one into ${AUTH_SECRET_FILE} (git-ignored). Set AUTH_SECRET to use your own.`,
  );
}
