"use client";
/**
 * How API Gateway decides a 429, in two sentences the chart can be read against.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html
 */

export function TokenBucketNote({ bucketNote }: { bucketNote: string }) {
  return (
    <div className="space-y-1">
      <p>
        Throttled requests are the 429 Too Many Requests answers (a quota exceeded also answers 429). API
        Gateway throttles with a <strong>token bucket</strong>: every request takes a token; tokens refill at
        the <strong>rate</strong> limit (requests per second) and the bucket holds at most the{" "}
        <strong>burst</strong> limit. A rested API can absorb a burst of that size at once, then only the
        rate; when the bucket is empty, requests are throttled until it refills.
      </p>
      <p>
        Limits apply per usage plan and API key (per-client), per method and stage, and per account and Region
        (10,000 requests/s with a burst of 5,000 by default). {bucketNote}
      </p>
    </div>
  );
}
