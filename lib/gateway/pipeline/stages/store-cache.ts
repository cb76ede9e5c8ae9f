/** storeCache: keeps the method response of a cache miss for the method's TTL (any status, spec 4). */
import type { InvocationContext } from "../context";
import { traceStage } from "../trace";

export function storeCache(ctx: InvocationContext): void {
  const slot = ctx.cache;
  const response = ctx.response;
  if (!slot?.store || !response) return;
  const routed = ctx.routed!;
  const cache = ctx.env.caches.cacheFor(ctx.request.apiId, routed.deployed.stage);
  if (!cache) return;
  // A copy: headers added to this response later (request ids, the Warning) must not enter the cache.
  const entry = { statusCode: response.statusCode, headers: [...response.headers], body: response.body };
  const outcome = cache.store(slot.key, entry, slot.ttlSeconds, ctx.env.clock.now());
  traceStage(
    ctx,
    "storeCache",
    outcome.stored
      ? `Stored ${outcome.bytes} bytes under ${slot.key} for ${slot.ttlSeconds} s`
      : `Not cached (${outcome.reason === "TOO_LARGE" ? "over 1,048,576 bytes" : "TTL 0"})`,
  );
  if (slot.extraHeaders.length) response.headers.push(...slot.extraHeaders);
}
