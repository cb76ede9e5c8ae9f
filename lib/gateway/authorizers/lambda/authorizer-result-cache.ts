/**
 * The authorizer result cache of one sandbox. An entry holds what the function answered (principal,
 * policy, context), never a decision: a cached policy is evaluated again against each request's own
 * method ARN, which is why an Allow written for `event.methodArn` alone denies the caller's next, different
 * method until the entry expires [DOC implication; 3P widely reported]. Entries expire on the Clock after
 * the authorizer's TTL, the least recently used go first when the cache is full, and a stage's entries can
 * be flushed (FlushStageAuthorizersCache).
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_FlushStageAuthorizersCache.html
 */
import type { AuthorizerOutput } from "./to-authorizer-output";

export interface AuthorizerResultCacheOptions {
  /** Entries kept across the sandbox before the least recently used is evicted. Default 10,000. */
  readonly maxEntries?: number;
}

/** Where an entry belongs, for flushing by stage. */
export interface AuthorizerCacheScope {
  readonly apiId: string;
  readonly stage: string;
}

interface Entry {
  readonly scope: AuthorizerCacheScope;
  readonly output: AuthorizerOutput;
  readonly expiresAt: number;
}

export const DEFAULT_AUTHORIZER_CACHE_ENTRIES = 10_000;

export class AuthorizerResultCache {
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;

  constructor(options: AuthorizerResultCacheOptions = {}) {
    this.maxEntries = Math.max(1, options.maxEntries ?? DEFAULT_AUTHORIZER_CACHE_ENTRIES);
  }

  /** The output stored under exactly `key`, unless it has expired at `now` (epoch ms). */
  get(key: string, now: number): AuthorizerOutput | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (now >= entry.expiresAt) return undefined;
    this.entries.set(key, entry); // most recently used last
    return entry.output;
  }

  set(key: string, scope: AuthorizerCacheScope, output: AuthorizerOutput, expiresAt: number): void {
    this.entries.delete(key);
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    this.entries.set(key, { scope, output, expiresAt });
  }

  /** FlushStageAuthorizersCache: drops every entry of one stage; returns how many went. */
  flushStage(apiId: string, stage: string): number {
    let flushed = 0;
    for (const [key, entry] of this.entries) {
      if (entry.scope.apiId !== apiId || entry.scope.stage !== stage) continue;
      this.entries.delete(key);
      flushed++;
    }
    return flushed;
  }

  /** Drops every entry of one API (an API deleted, a sandbox reset). */
  flushApi(apiId: string): number {
    let flushed = 0;
    for (const [key, entry] of this.entries) {
      if (entry.scope.apiId !== apiId) continue;
      this.entries.delete(key);
      flushed++;
    }
    return flushed;
  }

  get size(): number {
    return this.entries.size;
  }
}
