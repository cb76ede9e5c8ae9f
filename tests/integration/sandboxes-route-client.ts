/**
 * Calls the `/api/sandboxes/**` route handlers the way Next does: a Request (same-origin headers, JSON
 * body) and the `params` promise. Test files mock `@/lib/auth` first (vi.mock is hoisted), then call
 * `loadSandboxRoutes()` so the route modules see the mock.
 */

type AnyHandler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

/** Response bodies are read loosely: each test asserts the exact values it cares about. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface RouteResult<T = Json> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  method?: string;
  path?: string;
  params?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

const ORIGIN = "http://localhost:3000";

/** One call to a route handler; the JSON body is parsed (null for an empty body). */
export async function callRoute<T = Json>(
  handler: unknown,
  options: CallOptions = {},
): Promise<RouteResult<T>> {
  const method = options.method ?? (options.body === undefined ? "GET" : "POST");
  const headers: Record<string, string> = { host: "localhost:3000", ...options.headers };
  if (method !== "GET") headers.origin ??= ORIGIN;
  if (options.body !== undefined) headers["content-type"] ??= "application/json";
  const request = new Request(`${ORIGIN}${options.path ?? "/api/sandboxes"}`, {
    method,
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === "string"
          ? options.body
          : JSON.stringify(options.body),
  });
  const response = await (handler as AnyHandler)(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** The route modules, imported after the test file's mocks. */
export async function loadSandboxRoutes() {
  return {
    collection: await import("@/app/api/sandboxes/route"),
    sandbox: await import("@/app/api/sandboxes/[id]/route"),
    exportRoute: await import("@/app/api/sandboxes/[id]/export/route"),
    reset: await import("@/app/api/sandboxes/[id]/reset/route"),
    snapshots: await import("@/app/api/sandboxes/[id]/snapshots/route"),
    restore: await import("@/app/api/sandboxes/[id]/snapshots/[snapshotId]/restore/route"),
    operations: await import("@/app/api/sandboxes/[id]/operations/route"),
    invoke: await import("@/app/api/sandboxes/[id]/invoke/route"),
    metrics: await import("@/app/api/sandboxes/[id]/metrics/route"),
    logs: await import("@/app/api/sandboxes/[id]/logs/route"),
    credentials: await import("@/app/api/sandboxes/[id]/credentials/route"),
    rotate: await import("@/app/api/sandboxes/[id]/credentials/rotate/route"),
  };
}

export type SandboxRoutes = Awaited<ReturnType<typeof loadSandboxRoutes>>;

/** Shorthands over the routes for the steps most tests share. */
export function sandboxClient(routes: SandboxRoutes) {
  return {
    async create(body: unknown = { name: "test sandbox" }) {
      return callRoute(routes.collection.POST, { body });
    },
    async createOrThrow(name = "test sandbox"): Promise<{ id: string; version: number }> {
      const res = await callRoute(routes.collection.POST, { body: { name } });
      if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.sandbox;
    },
    async get(id: string) {
      return callRoute(routes.sandbox.GET, { path: `/api/sandboxes/${id}`, params: { id } });
    },
    async operation(id: string, service: string, operation: string, input: unknown = {}) {
      return callRoute(routes.operations.POST, {
        path: `/api/sandboxes/${id}/operations`,
        params: { id },
        body: { service, operation, input },
      });
    },
    /** Runs an operation and returns its output; throws on an error status. */
    async op(id: string, service: string, operation: string, input: unknown = {}): Promise<Json> {
      const res = await this.operation(id, service, operation, input);
      if (res.status !== 200)
        throw new Error(`${operation} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.output;
    },
    async invoke(id: string, body: unknown) {
      return callRoute(routes.invoke.POST, { path: `/api/sandboxes/${id}/invoke`, params: { id }, body });
    },
    async credentials(id: string) {
      return callRoute(routes.credentials.GET, { path: `/api/sandboxes/${id}/credentials`, params: { id } });
    },
  };
}

export type SandboxClient = ReturnType<typeof sandboxClient>;

/**
 * A deployed MOCK API through the operations route: GET /pets/{id} answers `{"id": "<id>"}` on stage
 * `dev`. Returns the API and resource ids.
 */
export async function buildMockApi(client: SandboxClient, sandboxId: string, name = "pets") {
  const api = await client.op(sandboxId, "apigateway", "createRestApi", { name });
  const pets = await client.op(sandboxId, "apigateway", "createResource", {
    restApiId: api.id,
    parentId: api.rootResourceId,
    pathPart: "pets",
  });
  const pet = await client.op(sandboxId, "apigateway", "createResource", {
    restApiId: api.id,
    parentId: pets.id,
    pathPart: "{id}",
  });
  const method = { restApiId: api.id, resourceId: pet.id, httpMethod: "GET" };
  await client.op(sandboxId, "apigateway", "putMethod", { ...method, authorizationType: "NONE" });
  await client.op(sandboxId, "apigateway", "putIntegration", {
    ...method,
    type: "MOCK",
    requestTemplates: { "application/json": '{"statusCode": 200}' },
  });
  await client.op(sandboxId, "apigateway", "putMethodResponse", { ...method, statusCode: "200" });
  await client.op(sandboxId, "apigateway", "putIntegrationResponse", {
    ...method,
    statusCode: "200",
    responseTemplates: { "application/json": '{"id": "$input.params(\'id\')"}' },
  });
  await client.op(sandboxId, "apigateway", "createDeployment", { restApiId: api.id, stageName: "dev" });
  return { restApiId: api.id as string, petsId: pets.id as string, petId: pet.id as string };
}
