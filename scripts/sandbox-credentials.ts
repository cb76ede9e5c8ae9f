/**
 * `npm run sandbox:credentials -- <email>`: prints a user's sandbox endpoint and access key for the AWS SDKs
 * and CLI (endpoint override), creating the sandbox when the user has none. Uses DATABASE_URL like the app.
 */
import nextEnv from "@next/env";
import { sandboxCredentialsFor } from "../lib/data/sandbox-provisioning";
import { db, disconnectDb } from "../lib/db";

nextEnv.loadEnvConfig(process.cwd()); // CommonJS: no named export under ESM
const email = process.argv[2]?.trim().toLowerCase();
if (!email) {
  console.error("usage: npm run sandbox:credentials -- <email>");
  process.exit(2);
}
const user = await db().user.findUnique({ where: { email }, select: { id: true } });
if (!user) {
  console.error(`No user with email ${email}.`);
  await disconnectDb();
  process.exit(1);
}
const creds = await sandboxCredentialsFor(user.id);
const base = process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
console.info(`Sandbox:            ${creds.sandboxId}
API Gateway endpoint: ${base}/aws/${creds.sandboxId}/apigateway
Invoke URLs:          ${base}/execute-api/{apiId}/{stage}/{path}
Region:               us-east-1
AWS_ACCESS_KEY_ID=${creds.accessKeyId}
AWS_SECRET_ACCESS_KEY=${creds.secretAccessKey}

Example (AWS SDK for JavaScript v3):
  new APIGatewayClient({ region: "us-east-1", endpoint: "${base}/aws/${creds.sandboxId}/apigateway" })`);
await disconnectDb();
