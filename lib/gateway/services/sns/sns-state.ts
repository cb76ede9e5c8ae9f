import { z } from "zod";

const publishedMessageSchema = z.object({
  MessageId: z.string(),
  Message: z.string(),
  Subject: z.string().optional(),
  MessageStructure: z.string().optional(),
  MessageAttributes: z.record(
    z.string(),
    z.object({
      DataType: z.string(),
      StringValue: z.string().optional(),
      BinaryValue: z.string().optional(),
    }),
  ),
  /** ISO-8601, as SNS stamps notifications. */
  Timestamp: z.string(),
});

const topicSchema = z.object({
  name: z.string(),
  arn: z.string(),
  attributes: z.record(z.string(), z.string()),
  /** Every message published to the topic, oldest first, for labs to check. */
  published: z.array(publishedMessageSchema),
});

/** Every topic of a sandbox; JSON-serializable. */
export const snsStateSchema = z.object({ topics: z.record(z.string(), topicSchema) });

export type SnsState = z.infer<typeof snsStateSchema>;
export type TopicState = z.infer<typeof topicSchema>;
export type PublishedMessage = z.infer<typeof publishedMessageSchema>;
