import { z } from "zod";

const messageAttributeSchema = z.object({
  DataType: z.string(),
  StringValue: z.string().optional(),
  BinaryValue: z.string().optional(),
});

const messageSchema = z.object({
  messageId: z.string(),
  body: z.string(),
  md5OfBody: z.string(),
  messageAttributes: z.record(z.string(), messageAttributeSchema),
  sentTimestamp: z.number(),
  /** Epoch ms at which the message can next be received (delay, then visibility timeout). */
  visibleAt: z.number(),
  receiveCount: z.number(),
  firstReceiveTimestamp: z.number().optional(),
  /** The receipt handle of the latest receive: only it deletes the message. */
  receiptHandle: z.string().optional(),
});

const queueSchema = z.object({
  name: z.string(),
  url: z.string(),
  arn: z.string(),
  createdTimestamp: z.number(),
  lastModifiedTimestamp: z.number(),
  /** Configurable attributes as SQS returns them: strings. */
  attributes: z.record(z.string(), z.string()),
  messages: z.array(messageSchema),
  lastPurgeTimestamp: z.number().optional(),
});

/** Every queue of a sandbox; JSON-serializable. */
export const sqsStateSchema = z.object({ queues: z.record(z.string(), queueSchema) });

export type SqsState = z.infer<typeof sqsStateSchema>;
export type QueueState = z.infer<typeof queueSchema>;
export type MessageState = z.infer<typeof messageSchema>;
export type MessageAttributeValue = z.infer<typeof messageAttributeSchema>;
