import { describe, expect, it } from "vitest";
import golden from "./golden/dynamodb-errors.json";
import { callError, createTable, createTestServices } from "./services-fixtures";

interface GoldenCase {
  name: string;
  source: string;
  composite: boolean;
  operation: string;
  input: Record<string, unknown>;
  seed?: Record<string, unknown>[];
  error: { type: string; message?: string; messageStartsWith?: string };
}

describe("DynamoDB errors recorded from the real service", () => {
  it.each((golden.cases as GoldenCase[]).map((entry) => [entry.name, entry] as const))(
    "%s",
    async (_name, entry) => {
      const { services } = createTestServices();
      await createTable(services, "golden", entry.composite ? "S" : undefined);
      for (const item of entry.seed ?? [])
        await services.call("dynamodb", "PutItem", { TableName: "golden", Item: item });
      const input = "TableName" in entry.input ? entry.input : { TableName: "golden", ...entry.input };
      const error = await callError(services, "dynamodb", entry.operation, input);
      expect(error.type).toBe(entry.error.type);
      if (entry.error.message !== undefined) expect(error.message).toBe(entry.error.message);
      else expect(error.message.startsWith(entry.error.messageStartsWith ?? "")).toBe(true);
      expect(error.statusCode).toBe(400);
    },
  );
});
