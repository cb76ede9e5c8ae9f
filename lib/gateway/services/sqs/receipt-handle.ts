import { randomString } from "../../ports";
import type { Random } from "../../ports";

/**
 * Receipt handles: opaque to clients, but they carry the queue and message they were issued for so that a handle
 * from elsewhere is refused (ReceiptHandleIsInvalid) without keeping every handle ever issued.
 */
const PREFIX = "AQEB";

export function toReceiptHandle(queueName: string, messageId: string, random: Random): string {
  return PREFIX + btoa(`${queueName}/${messageId}/${randomString(random, 24)}`);
}

/** The queue and message a handle names, or undefined if it is not one of ours. */
export function parseReceiptHandle(handle: string): { queueName: string; messageId: string } | undefined {
  if (!handle.startsWith(PREFIX)) return undefined;
  try {
    const [queueName, messageId, nonce] = atob(handle.slice(PREFIX.length)).split("/");
    if (queueName === undefined || messageId === undefined || nonce === undefined) return undefined;
    return { queueName, messageId };
  } catch {
    return undefined;
  }
}
