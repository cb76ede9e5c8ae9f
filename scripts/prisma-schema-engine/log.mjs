/**
 * Log lines in the native schema-engine's format (one JSON object per line on stderr).
 * The Prisma CLI parses them: an ERROR line from `schema_engine::logger` carrying an `error_code`
 * is how `cli can-connect-to-database` reports a code such as P1003, and in RPC mode the last
 * ERROR line becomes the message shown when the engine exits.
 */

/**
 * @param {"INFO" | "WARN" | "ERROR"} level
 * @param {string} message
 * @param {Record<string, unknown>} [fields]
 */
export function logLine(level, message, fields = {}) {
  const line = {
    timestamp: new Date().toISOString(),
    level,
    fields: { message, ...fields },
    target: "schema_engine::logger",
  };
  process.stderr.write(JSON.stringify(line) + "\n");
}

/**
 * Hides the password of any URL inside `text`, so that connection strings can be printed.
 * @param {string} text
 */
export function maskSecrets(text) {
  return String(text).replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)[^@\s]*@/gi, "$1****@");
}
