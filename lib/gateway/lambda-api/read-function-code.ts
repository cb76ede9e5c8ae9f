/**
 * The code member of CreateFunction (`Code`) or UpdateFunctionCode (top level) as a deployment package: a
 * `ZipFile` (base64 text or bytes), or the workbench's `Source` extension. Packages in S3 or ECR cannot be
 * fetched here.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_FunctionCode.html
 */
import { SerializationException } from "../aws-protocol";
import { decodeBase64 } from "./base64";
import { InvalidParameterValueException, RequestEntityTooLargeException } from "./lambda-api-errors";
import {
  MAX_CODE_REQUEST_BYTES,
  readSourceDeploymentPackage,
  readZipDeploymentPackage,
  type DeploymentPackage,
} from "./read-deployment-package";

export interface CodeMembers {
  readonly ZipFile?: string | Uint8Array;
  readonly Source?: string;
  readonly S3Bucket?: string;
  readonly S3Key?: string;
  readonly ImageUri?: string;
}

export async function readFunctionCode(
  code: CodeMembers,
  handler: string,
  operation: "CreateFunction" | "UpdateFunctionCode",
): Promise<DeploymentPackage> {
  if (code.S3Bucket !== undefined || code.S3Key !== undefined || code.ImageUri !== undefined)
    throw new InvalidParameterValueException(
      "This simulator takes the deployment package in the request (ZipFile) only: it cannot fetch S3Bucket/S3Key " +
        "objects or ImageUri container images.",
    );
  if (code.ZipFile !== undefined && code.Source !== undefined)
    throw new InvalidParameterValueException("Give either ZipFile or Source, not both.");
  if (code.Source !== undefined) return readSourceDeploymentPackage(code.Source, handler);
  if (code.ZipFile === undefined)
    throw new InvalidParameterValueException("Please provide a source for function code.");
  return readZipDeploymentPackage(toZipBytes(code.ZipFile, operation), operation);
}

function toZipBytes(zipFile: string | Uint8Array, operation: string): Uint8Array {
  if (typeof zipFile !== "string") return zipFile;
  if (zipFile.length > MAX_CODE_REQUEST_BYTES)
    throw new RequestEntityTooLargeException(
      `Request must be smaller than ${MAX_CODE_REQUEST_BYTES} bytes for the ${operation} operation`,
    );
  try {
    return decodeBase64(zipFile);
  } catch {
    throw new SerializationException("ZipFile is not valid base64");
  }
}
