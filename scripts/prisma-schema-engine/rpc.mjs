/**
 * Line-delimited JSON-RPC 2.0 over stdin/stdout, as spoken between the Prisma CLI and its schema
 * engine. Requests are handled one at a time, in order (the engine is not re-entrant). The engine
 * may also send requests to the CLI (`print`); the CLI's answers come back on stdin.
 */
import readline from "node:readline";

/**
 * @typedef {{ jsonrpc: "2.0", id?: number | string | null, method?: string, params?: unknown,
 *             result?: unknown, error?: RpcError }} Message
 * @typedef {{ code: number, message: string, data?: unknown }} RpcError
 * @typedef {(method: string, params: unknown) => Promise<unknown>} Handler
 */

export class RpcMethodError extends Error {
  /** @param {RpcError} error */
  constructor(error) {
    super(error.message);
    this.rpcError = error;
  }
}

/**
 * @param {{ input: NodeJS.ReadableStream, output: NodeJS.WritableStream, toRpcError: (e: unknown) => RpcError }} io
 */
export function createRpcPeer({ input, output, toRpcError }) {
  let nextOutgoingId = 1;
  /** @type {Map<number, { resolve: (v: unknown) => void, reject: (e: Error) => void }>} */
  const awaitingAnswer = new Map();
  /** @type {Promise<void>} */
  let queue = Promise.resolve();

  // The CLI may stop reading before the engine's last write; a broken pipe is not worth a crash.
  output.on("error", () => {});

  /** @param {Message} message */
  const send = (message) => output.write(JSON.stringify(message) + "\n");

  /**
   * Sends a request to the CLI and waits for its answer.
   * @param {string} method
   * @param {unknown} params
   */
  function request(method, params) {
    const id = nextOutgoingId++;
    return new Promise((resolve, reject) => {
      awaitingAnswer.set(id, { resolve, reject });
      send({ jsonrpc: "2.0", id, method, params });
    });
  }

  /**
   * Answers requests with `handler` until stdin ends, then resolves (after the last answer).
   * @param {Handler} handler
   */
  function serve(handler) {
    const lines = readline.createInterface({ input, crlfDelay: Infinity });
    lines.on("line", (line) => {
      if (!line.trim()) return;
      /** @type {Message} */
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
        return;
      }
      if (typeof message.method === "string") {
        queue = queue.then(() => answer(message, handler));
      } else {
        settleOutgoing(message);
      }
    });
    return new Promise((resolve) => {
      lines.once("close", () => {
        queue.then(() => {
          for (const { reject } of awaitingAnswer.values()) reject(new Error("stdin closed"));
          awaitingAnswer.clear();
          resolve(undefined);
        });
      });
    });
  }

  /** @param {Message} message @param {Handler} handler */
  async function answer(message, handler) {
    const method = /** @type {string} */ (message.method);
    const isNotification = message.id === undefined;
    try {
      const result = await handler(method, message.params);
      if (!isNotification) send({ jsonrpc: "2.0", id: message.id, result: result ?? {} });
    } catch (error) {
      if (!isNotification) send({ jsonrpc: "2.0", id: message.id, error: toRpcError(error) });
    }
  }

  /** @param {Message} message */
  function settleOutgoing(message) {
    const waiting = typeof message.id === "number" ? awaitingAnswer.get(message.id) : undefined;
    if (!waiting) return;
    awaitingAnswer.delete(/** @type {number} */ (message.id));
    if (message.error) waiting.reject(new RpcMethodError(message.error));
    else waiting.resolve(message.result);
  }

  return { serve, request };
}
