import { beforeEach, describe, expect, it } from "vitest";
import {
  ARN_PREFIX,
  createLambdaApiHarness,
  ROLE,
  sha256Base64,
  zipBase64,
  zipBytes,
  type LambdaApiHarness,
} from "./lambda-api-harness";

const ESM_HANDLER = "export const handler = async (event) => ({ from: 'esm', event });";
const CJS_HANDLER = "exports.handler = async (event) => ({ from: 'cjs', event });";

let h: LambdaApiHarness;
beforeEach(async () => {
  h = await createLambdaApiHarness();
});

describe("CreateFunction from a .zip package", () => {
  it("answers 201's FunctionConfiguration: Pending, $LATEST, the zip's size and SHA-256, the virtual clock's time", async () => {
    const files = { "index.mjs": ESM_HANDLER };
    const zip = zipBytes(files);
    const out = await h.call("CreateFunction", {
      FunctionName: "hello",
      Role: ROLE,
      Runtime: "nodejs22.x",
      Handler: "index.handler",
      Code: { ZipFile: Buffer.from(zip).toString("base64") },
      Description: "says hello",
      Timeout: 10,
      MemorySize: 256,
      Environment: { Variables: { STAGE: "dev" } },
    });
    expect(out).toMatchObject({
      FunctionName: "hello",
      FunctionArn: `${ARN_PREFIX}hello`,
      Runtime: "nodejs22.x",
      Role: ROLE,
      Handler: "index.handler",
      CodeSize: zip.length,
      CodeSha256: sha256Base64(zip),
      Description: "says hello",
      Timeout: 10,
      MemorySize: 256,
      LastModified: "2026-01-01T00:00:00.000+0000",
      Version: "$LATEST",
      Environment: { Variables: { STAGE: "dev" } },
      State: "Pending",
      StateReason: "The function is being created.",
      StateReasonCode: "Creating",
      PackageType: "Zip",
      Architectures: ["x86_64"],
    });
    expect(out.RevisionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("runs index.mjs as an ES module and index.js / index.cjs as CommonJS", async () => {
    await h.create("esm", { "index.mjs": ESM_HANDLER });
    await h.create("cjs", { "index.js": CJS_HANDLER });
    await h.create("cjs2", { "index.cjs": CJS_HANDLER });
    expect((await h.invoke("esm", { a: 1 })).Payload).toEqual({ from: "esm", event: { a: 1 } });
    expect((await h.invoke("cjs")).Payload).toEqual({ from: "cjs", event: {} });
    expect((await h.invoke("cjs2")).Payload).toEqual({ from: "cjs", event: {} });
  });

  it("prefers index.js over index.mjs, as the Node.js runtime tries .js first", async () => {
    await h.create("both", { "index.mjs": ESM_HANDLER, "index.js": CJS_HANDLER });
    expect((await h.invoke("both")).Payload).toEqual({ from: "cjs", event: {} });
  });

  it("finds a nested handler (src/app.handler → src/app.js) and reads package.json type: module", async () => {
    await h.create(
      "nested",
      { "src/app.js": ESM_HANDLER, "package.json": JSON.stringify({ type: "module" }) },
      { Handler: "src/app.handler" },
    );
    expect((await h.invoke("nested")).Payload).toEqual({ from: "esm", event: {} });
  });

  it("accepts a package whose handler file is missing, and Invoke fails with Runtime.ImportModuleError", async () => {
    await h.create("missing", { "main.js": CJS_HANDLER });
    const out = await h.invoke("missing");
    expect(out.FunctionError).toBe("Unhandled");
    expect(out.Payload).toMatchObject({
      errorType: "Runtime.ImportModuleError",
      errorMessage: "Error: Cannot find module 'index'\nRequire stack:\n- /var/runtime/index.mjs",
    });
  });

  it("lets a handler without an export name fail at Invoke with Runtime.MalformedHandlerName", async () => {
    await h.create("bad", { "index.js": CJS_HANDLER }, { Handler: "index" });
    const out = await h.invoke("bad");
    expect(out.Payload).toMatchObject({
      errorType: "Runtime.MalformedHandlerName",
      errorMessage: "Bad handler",
    });
  });

  it("refuses a handler that imports another file of the package, naming the file and the reason", async () => {
    const error = await h.fail("CreateFunction", {
      FunctionName: "multi",
      Role: ROLE,
      Runtime: "nodejs20.x",
      Handler: "src/app.handler",
      Code: {
        ZipFile: zipBase64({
          "src/app.mjs":
            "import { greet } from '../lib/greet.mjs';\nexport const handler = async () => greet();",
          "lib/greet.mjs": "export const greet = () => 'hi';",
        }),
      },
    });
    expect(error.name).toBe("InvalidParameterValueException");
    expect(error.statusCode).toBe(400);
    expect(error.message).toMatch(
      /^The handler file src\/app\.mjs imports '\.\.\/lib\/greet\.mjs', which is the file lib\/greet\.mjs in the deployment package\. This simulator runs the handler's file alone/,
    );
  });

  it("refuses a require() of a package bundled under node_modules", async () => {
    const error = await h.fail("CreateFunction", {
      FunctionName: "deps",
      Role: ROLE,
      Runtime: "nodejs20.x",
      Handler: "index.handler",
      Code: {
        ZipFile: zipBase64({
          "index.js": "const { v4 } = require('uuid');\nexports.handler = async () => v4();",
          "node_modules/uuid/index.js": "exports.v4 = () => 'x';",
        }),
      },
    });
    expect(error.message).toContain("imports 'uuid', which is the package uuid (node_modules)");
  });

  it("finds every import form: export-from, a side-effect import, dynamic import() and a required JSON file", async () => {
    const forms = [
      "export * from './lib.mjs';",
      "import './lib.mjs';",
      "export const handler = async () => (await import('./lib.mjs')).x;",
      "const config = require('./config.json');",
    ];
    const files = { "lib.mjs": "export const x = 1;", "config.json": "{}" };
    const found = [];
    for (const [i, code] of forms.entries()) {
      const error = await h.fail("CreateFunction", {
        FunctionName: `form${i}`,
        Role: ROLE,
        Runtime: "nodejs20.x",
        Handler: "index.handler",
        Code: { ZipFile: zipBase64({ "index.mjs": code, ...files }) },
      });
      found.push(/which is (the file \S+)/.exec(error.message)?.[1]);
    }
    expect(found).toEqual([
      "the file lib.mjs",
      "the file lib.mjs",
      "the file lib.mjs",
      "the file config.json",
    ]);
  });

  it("accepts a bundled AWS SDK client (the built-in shim answers) and an import the package does not contain", async () => {
    await h.create("sdk", {
      "index.mjs":
        "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nexport const handler = async () => typeof DynamoDBClient;",
      "node_modules/@aws-sdk/client-dynamodb/index.js": "",
    });
    expect((await h.invoke("sdk")).Payload).toBe("function");
    await h.create("absent", {
      "index.mjs": "import x from './nowhere.mjs';\nexport const handler = async () => x;",
    });
    expect((await h.invoke("absent")).FunctionError).toBe("Unhandled");
  });

  it("accepts the workbench's Code.Source shortcut: one file, its own size and hash", async () => {
    const out = await h.call("CreateFunction", {
      FunctionName: "src",
      Role: ROLE,
      Runtime: "nodejs20.x",
      Handler: "app.run",
      Code: { Source: "export const run = async () => 'ran';" },
    });
    expect(out.CodeSize).toBe(37);
    expect(out.CodeSha256).toBe(sha256Base64("export const run = async () => 'ran';"));
    expect((await h.invoke("src")).Payload).toBe("ran");
  });

  it("keeps the function in the sandbox's exported state, metadata included", async () => {
    await h.create("kept", { "index.mjs": ESM_HANDLER }, { Description: "stored" });
    const [stored] = h.sandbox.exportState().functions as Array<{ lambdaApi?: { description: string } }>;
    expect(stored?.lambdaApi?.description).toBe("stored");
  });
});

describe("CreateFunction refusals", () => {
  const valid = () => ({
    FunctionName: "f",
    Role: ROLE,
    Runtime: "nodejs20.x",
    Handler: "index.handler",
    Code: { ZipFile: zipBase64({ "index.js": CJS_HANDLER }) },
  });

  it("answers 409 ResourceConflictException 'Function already exist: f' for a taken name", async () => {
    await h.call("CreateFunction", valid());
    const error = await h.fail("CreateFunction", valid());
    expect([error.name, error.statusCode, error.message]).toEqual([
      "ResourceConflictException",
      409,
      "Function already exist: f",
    ]);
  });

  it("lists every broken model constraint in one ValidationException", async () => {
    const error = await h.fail("CreateFunction", {
      ...valid(),
      Role: "lambda-role",
      Timeout: 901,
      MemorySize: 64,
    });
    expect(error.name).toBe("ValidationException");
    expect(error.message).toBe(
      "3 validation errors detected: Value 'lambda-role' at 'role' failed to satisfy constraint: Member must " +
        "satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+; " +
        "Value '901' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900; " +
        "Value '64' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128",
    );
  });

  it("requires a role, and a description of at most 256 characters", async () => {
    const { Role: _role, ...noRole } = valid();
    expect((await h.fail("CreateFunction", noRole)).message).toBe(
      "1 validation error detected: Value null at 'role' failed to satisfy constraint: Member must not be null",
    );
    expect((await h.fail("CreateFunction", { ...valid(), Description: "d".repeat(257) })).message).toContain(
      "at 'description' failed to satisfy constraint: Member must have length less than or equal to 256",
    );
  });

  it("refuses runtimes it cannot run, listing the valid values, and retired Node.js runtimes in AWS's words", async () => {
    const python = await h.fail("CreateFunction", { ...valid(), Runtime: "python3.12" });
    expect([python.name, python.message]).toEqual([
      "InvalidParameterValueException",
      "Value python3.12 at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: " +
        "[nodejs18.x, nodejs20.x, nodejs22.x] or be a valid ARN",
    ]);
    expect((await h.fail("CreateFunction", { ...valid(), Runtime: "nodejs16.x" })).message).toBe(
      "The runtime parameter of nodejs16.x is no longer supported for creating or updating AWS Lambda functions. " +
        "We recommend you use a supported runtime while creating or updating functions.",
    );
  });

  it("requires Runtime and Handler for a .zip package", async () => {
    const { Runtime: _runtime, ...noRuntime } = valid();
    expect((await h.fail("CreateFunction", noRuntime)).message).toBe(
      "Runtime and Handler are mandatory parameters for functions created with deployment packages.",
    );
  });

  it("refuses environment variables over 4 KB, measured as JSON, with the string measured", async () => {
    const variables = { BIG: "x".repeat(4090) };
    const error = await h.fail("CreateFunction", { ...valid(), Environment: { Variables: variables } });
    expect(error.message).toBe(
      "Lambda was unable to configure your environment variables because the environment variables you have " +
        `provided exceeded the 4KB limit. String measured: ${JSON.stringify(variables)}`,
    );
  });

  it("refuses a reserved environment variable through the runtime's own check", async () => {
    const error = await h.fail("CreateFunction", {
      ...valid(),
      Environment: { Variables: { AWS_REGION: "x" } },
    });
    expect(error.name).toBe("InvalidParameterValueException");
    expect(error.message).toContain("Reserved keys used in this request: AWS_REGION");
    expect(h.sandbox.listFunctions()).toEqual([]);
  });

  it("answers 'Could not unzip uploaded file' for bytes that are not a zip", async () => {
    const error = await h.fail("CreateFunction", {
      ...valid(),
      Code: { ZipFile: Buffer.from("not a zip at all").toString("base64") },
    });
    expect([error.name, error.message]).toEqual([
      "InvalidParameterValueException",
      "Could not unzip uploaded file. Please check your file, then try to upload again.",
    ]);
  });

  it("answers 413 RequestEntityTooLargeException for a zip over 50 MB", async () => {
    const error = await h.fail("CreateFunction", {
      ...valid(),
      Code: { ZipFile: new Uint8Array(52_428_801) },
    });
    expect([error.name, error.statusCode, error.message]).toEqual([
      "RequestEntityTooLargeException",
      413,
      "Request must be smaller than 69905067 bytes for the CreateFunction operation",
    ]);
  });

  it("refuses a zip whose files unzip to more than 250 MB", async () => {
    const zip = zipBytes({ "index.js": CJS_HANDLER, "big.bin": "x" });
    setCentralDirectoryOriginalSize(zip, "big.bin", 262_144_001);
    const error = await h.fail("CreateFunction", { ...valid(), Code: { ZipFile: zip } });
    expect(error.message).toBe("Unzipped size must be smaller than 262144000 bytes");
  });

  it("refuses S3 and image packages, layers and a missing Code", async () => {
    const s3 = await h.fail("CreateFunction", { ...valid(), Code: { S3Bucket: "b", S3Key: "k.zip" } });
    expect(s3.message).toContain("cannot fetch S3Bucket/S3Key objects or ImageUri container images");
    const layers = await h.fail("CreateFunction", {
      ...valid(),
      Layers: ["arn:aws:lambda:us-east-1:1:layer:x:1"],
    });
    expect(layers.message).toContain("Layers are not supported by this simulator");
    const { Code: _code, ...noCode } = valid();
    expect((await h.fail("CreateFunction", noCode)).message).toBe(
      "Please provide a source for function code.",
    );
  });

  it("refuses a malformed function name and a member of the wrong type", async () => {
    const name = await h.fail("CreateFunction", { ...valid(), FunctionName: "no spaces" });
    expect(name.name).toBe("ValidationException");
    expect(name.message).toContain("Value 'no spaces' at 'functionName' failed to satisfy constraint");
    const typed = await h.fail("CreateFunction", { ...valid(), Timeout: "3" });
    expect([typed.name, typed.message]).toEqual([
      "SerializationException",
      "Could not read the CreateFunction input at 'Timeout': Invalid input: expected number, received string",
    ]);
  });
});

/** Rewrites the uncompressed size a zip's central directory declares for one entry. */
function setCentralDirectoryOriginalSize(zip: Uint8Array, name: string, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 46 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    if (Buffer.from(zip.subarray(at + 46, at + 46 + nameLength)).toString() === name) {
      view.setUint32(at + 24, size, true);
      return;
    }
  }
  throw new Error(`no central directory entry for ${name}`);
}
