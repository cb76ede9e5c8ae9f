#!/usr/bin/env node
/**
 * Stand-in for Prisma's native `schema-engine` binary, forwarding to @prisma/schema-engine-wasm
 * over the JS driver adapters. The Prisma CLI runs it when PRISMA_SCHEMA_ENGINE_BINARY names it
 * (set in prisma.config.ts). See README.md in this folder.
 */
import { parseArgs } from "./args.mjs";
import { canConnect, createDatabase } from "./database-commands.mjs";
import { parseDatasourceUrl } from "./datasource.mjs";
import { logLine, maskSecrets } from "./log.mjs";
import { onShutdown, runShutdownHooks } from "./shutdown.mjs";
import { loadSchemaEngineWasm } from "./wasm.mjs";

// The CLI parses every stderr line of `cli ...` runs as JSON: Node's own warnings would break that.
process.removeAllListeners("warning");

/** @param {string[]} argv */
async function main(argv) {
  const invocation = parseArgs(argv);
  const wasm = await loadSchemaEngineWasm();
  if (invocation.kind === "version") {
    process.stdout.write(`schema-engine-cli ${wasm.version()}\n`);
    return 0;
  }
  if (invocation.kind === "cli")
    return runCliCommand(invocation.command, String(invocation.datasource.url), wasm);
  return serveRpc(invocation, wasm);
}

/**
 * @param {string} command
 * @param {string} url
 * @param {import("./wasm.mjs").WasmModule} wasm
 */
async function runCliCommand(command, url, wasm) {
  // The CLI drops the first stderr line before looking for the error: the native engine's first
  // line is this start-up message.
  logLine("INFO", "Starting schema engine CLI", { git_hash: wasm.version() });
  try {
    const target = parseDatasourceUrl(url);
    if (command === "can-connect-to-database") {
      await canConnect(target);
      process.stdout.write("Connection successful\n");
    } else {
      const name = await createDatabase(target);
      process.stdout.write(`Database '${name}' was successfully created.\n`);
    }
    return 0;
  } catch (error) {
    const e = /** @type {{ message?: string, code?: unknown }} */ (error ?? {});
    const code = typeof e.code === "string" && /^P\d{4}$/.test(e.code) ? e.code : undefined;
    logLine("ERROR", maskSecrets(e.message ?? String(error)), code ? { error_code: code } : {});
    return 1;
  }
}

/**
 * @param {Extract<import("./args.mjs").Invocation, { kind: "rpc" }>} invocation
 * @param {import("./wasm.mjs").WasmModule} wasm
 */
async function serveRpc(invocation, wasm) {
  const { createRpcPeer } = await import("./rpc.mjs");
  const { toRpcError } = await import("./errors.mjs");
  const { EngineHost } = await import("./engine-host.mjs");
  const peer = createRpcPeer({ input: process.stdin, output: process.stdout, toRpcError });
  const host = new EngineHost({
    wasm,
    datasource: invocation.datasource,
    datamodels: invocation.datamodels,
    log: (line) => process.stderr.write(line.endsWith("\n") ? line : `${line}\n`),
    print: (content) => peer.request("print", { content }),
  });
  onShutdown(() => host.stop({ free: false }));
  await peer.serve((method, params) => host.call(method, params));
  return 0;
}

/** @param {number} code */
async function exit(code) {
  await runShutdownHooks();
  process.exit(code);
}

for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT", "SIGHUP"])) {
  process.once(signal, () => void exit(0));
}

main(process.argv.slice(2)).then(exit, (error) => {
  logLine("ERROR", maskSecrets(error instanceof Error ? error.message : String(error)));
  void exit(1);
});
