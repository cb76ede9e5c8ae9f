/**
 * The operations' inputs in the Lambda API's own member names. Blobs (`ZipFile`, `Payload`) arrive as base64
 * text over the wire and in-process, or as bytes from a caller that has them. `Code.Source` and the top-level
 * `Source` of UpdateFunctionCode are a workbench extension: one file of source, no zip.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_Operations.html
 */
import { z } from "zod";
import { SerializationException } from "../aws-protocol";

const blob = z.union([z.string(), z.instanceof(Uint8Array)]);
const stringMap = z.record(z.string(), z.string());
const environment = z.object({ Variables: stringMap.optional() });

/** The settings CreateFunction and UpdateFunctionConfiguration share. */
const functionSettings = {
  FunctionName: z.string().optional(),
  Role: z.string().optional(),
  Runtime: z.string().optional(),
  Handler: z.string().optional(),
  Description: z.string().optional(),
  Timeout: z.number().optional(),
  MemorySize: z.number().optional(),
  Environment: environment.optional(),
  Layers: z.array(z.string()).optional(),
  TracingConfig: z.object({ Mode: z.string().optional() }).optional(),
};

export const CreateFunctionInput = z.object({
  ...functionSettings,
  Code: z
    .object({
      ZipFile: blob.optional(),
      Source: z.string().optional(),
      S3Bucket: z.string().optional(),
      S3Key: z.string().optional(),
      S3ObjectVersion: z.string().optional(),
      ImageUri: z.string().optional(),
    })
    .optional(),
  Publish: z.boolean().optional(),
  PackageType: z.string().optional(),
  Architectures: z.array(z.string()).optional(),
  Tags: stringMap.optional(),
});
export type CreateFunctionInput = z.infer<typeof CreateFunctionInput>;

export const UpdateFunctionConfigurationInput = z.object({
  ...functionSettings,
  RevisionId: z.string().optional(),
});
export type UpdateFunctionConfigurationInput = z.infer<typeof UpdateFunctionConfigurationInput>;

export const UpdateFunctionCodeInput = z.object({
  FunctionName: z.string().optional(),
  ZipFile: blob.optional(),
  Source: z.string().optional(),
  S3Bucket: z.string().optional(),
  S3Key: z.string().optional(),
  ImageUri: z.string().optional(),
  Publish: z.boolean().optional(),
  DryRun: z.boolean().optional(),
  RevisionId: z.string().optional(),
  Architectures: z.array(z.string()).optional(),
});
export type UpdateFunctionCodeInput = z.infer<typeof UpdateFunctionCodeInput>;

/** GetFunction, GetFunctionConfiguration, DeleteFunction, GetPolicy. */
export const FunctionInput = z.object({
  FunctionName: z.string().optional(),
  Qualifier: z.string().optional(),
});

export const ListFunctionsInput = z.object({
  MasterRegion: z.string().optional(),
  FunctionVersion: z.string().optional(),
  Marker: z.string().optional(),
  MaxItems: z.number().optional(),
});

export const InvokeInput = z.object({
  FunctionName: z.string().optional(),
  InvocationType: z.string().optional(),
  LogType: z.string().optional(),
  ClientContext: z.string().optional(),
  Payload: blob.optional(),
  Qualifier: z.string().optional(),
});
export type InvokeInput = z.infer<typeof InvokeInput>;

export const AddPermissionInput = z.object({
  FunctionName: z.string().optional(),
  StatementId: z.string().optional(),
  Action: z.string().optional(),
  Principal: z.string().optional(),
  SourceArn: z.string().optional(),
  SourceAccount: z.string().optional(),
  EventSourceToken: z.string().optional(),
  PrincipalOrgID: z.string().optional(),
  FunctionUrlAuthType: z.string().optional(),
  Qualifier: z.string().optional(),
  RevisionId: z.string().optional(),
});
export type AddPermissionInput = z.infer<typeof AddPermissionInput>;

export const RemovePermissionInput = z.object({
  FunctionName: z.string().optional(),
  StatementId: z.string().optional(),
  Qualifier: z.string().optional(),
  RevisionId: z.string().optional(),
});

/** Reads an input against its schema; a member of the wrong type is a serialization error, as on the wire. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, operation: string): T {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at '${issue.path.join(".")}'` : "";
  throw new SerializationException(
    `Could not read the ${operation} input${where}: ${issue?.message ?? "invalid"}`,
  );
}
