/**
 * The token bucket API Gateway throttles with: capacity `burstLimit`, refilled continuously at `rateLimit`
 * tokens per second (fractions included), starting full; a request takes one token.
 * Time is milliseconds from the Clock port, so a virtual clock makes every outcome deterministic.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private rateLimit: number,
    private burstLimit: number,
    nowMs: number,
  ) {
    this.tokens = burstLimit;
    this.updatedAt = nowMs;
  }

  /** Takes one token if there is one; false (and nothing taken) if the bucket is empty. */
  tryTake(nowMs: number): boolean {
    this.refill(nowMs);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Tokens available now (fractional). */
  available(nowMs: number): number {
    this.refill(nowMs);
    return this.tokens;
  }

  /** A full bucket behaves exactly like a new one, so it can be dropped and recreated at no cost. */
  isFull(nowMs: number): boolean {
    return this.available(nowMs) >= this.burstLimit;
  }

  /** Applies changed limits (a redeploy or plan update), keeping the tokens already spent. */
  configure(rateLimit: number, burstLimit: number, nowMs: number): void {
    if (rateLimit === this.rateLimit && burstLimit === this.burstLimit) return;
    this.refill(nowMs);
    this.rateLimit = rateLimit;
    this.burstLimit = burstLimit;
    if (this.tokens > burstLimit) this.tokens = burstLimit;
  }

  private refill(nowMs: number): void {
    const elapsed = nowMs - this.updatedAt;
    // A wall clock stepping backwards refills nothing rather than draining the bucket.
    if (elapsed <= 0) return;
    this.updatedAt = nowMs;
    if (this.tokens >= this.burstLimit) return;
    const tokens = this.tokens + (elapsed * this.rateLimit) / 1000;
    this.tokens = tokens > this.burstLimit ? this.burstLimit : tokens;
  }
}
