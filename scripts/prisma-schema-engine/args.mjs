/**
 * The command line of the native `schema-engine` binary, as the Prisma CLI invokes it:
 *
 *   schema-engine --version
 *   schema-engine --datasource <json> cli can-connect-to-database|create-database
 *   schema-engine [--datamodels <path>]... [--datasource <json>] [--enabled-preview-features a,b]
 *                 [--extension-types <json>]            (then JSON-RPC on stdin/stdout)
 */

/** @typedef {{ url?: string, shadowDatabaseUrl?: string }} Datasource */
/**
 * @typedef {{ kind: "version" }
 *   | { kind: "cli", command: string, datasource: Datasource }
 *   | { kind: "rpc", datasource: Datasource | undefined, datamodels: string[] }} Invocation
 */

export class UsageError extends Error {
  name = "UsageError";
}

/** Flags that take a value and that this shim accepts but has no use for. */
const IGNORED_VALUE_FLAGS = new Set(["--enabled-preview-features", "--extension-types"]);

/**
 * @param {string[]} argv arguments after the executable
 * @returns {Invocation}
 */
export function parseArgs(argv) {
  /** @type {Datasource | undefined} */
  let datasource;
  /** @type {string[]} */
  const datamodels = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") return { kind: "version" };
    if (arg === "cli") return cliInvocation(argv.slice(i + 1), datasource);
    const value = argv[i + 1];
    if (arg === "--datasource") {
      datasource = parseDatasource(value);
      i++;
    } else if (arg === "--datamodels" || arg === "--datamodel") {
      if (!value) throw new UsageError(`${arg} needs a path`);
      datamodels.push(value);
      i++;
    } else if (IGNORED_VALUE_FLAGS.has(arg)) {
      i++;
    } else {
      throw new UsageError(`unknown argument: ${arg}`);
    }
  }
  return { kind: "rpc", datasource, datamodels };
}

/**
 * @param {string[]} rest
 * @param {Datasource | undefined} datasource
 * @returns {Invocation}
 */
function cliInvocation(rest, datasource) {
  const [command] = rest;
  if (command !== "can-connect-to-database" && command !== "create-database") {
    throw new UsageError(`unsupported cli command: ${command ?? "(none)"}`);
  }
  if (!datasource?.url) throw new UsageError(`cli ${command} needs --datasource '{"url": ...}'`);
  return { kind: "cli", command, datasource };
}

/** @param {string | undefined} json */
function parseDatasource(json) {
  if (!json) throw new UsageError("--datasource needs a JSON value");
  try {
    const parsed = JSON.parse(json);
    if (parsed && typeof parsed === "object") return /** @type {Datasource} */ (parsed);
  } catch {
    /* reported below without echoing the value: it may hold a password */
  }
  throw new UsageError("--datasource is not a JSON object");
}
