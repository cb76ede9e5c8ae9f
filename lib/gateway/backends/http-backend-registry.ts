import type { Random } from "../ports";
import { randomUuid, SeededRandom } from "../ports";
import { createEchoBackend, ECHO_HOST } from "./echo-backend";
import { EndpointUnreachableError } from "./endpoint-errors";
import type { HttpBackend } from "./http-backend";
import { toHttpBackendsSnapshot } from "./http-backends-snapshot";
import type { HttpBackendsSnapshot } from "./http-backends-snapshot";
import { RequestRecorder } from "./request-recorder";
import type { RecordedRequest } from "./request-recorder";
import { SCRIPTED_BACKEND_DOMAIN, ScriptedBackend, toScriptedBackendHost } from "./scripted-backend";
import { toScriptedBackendDefinition } from "./scripted-backend-definition";
import type { ScriptedBackendDefinition } from "./scripted-backend-definition";
import { parseEndpointUrl } from "./to-received-request";

export interface HttpBackendRegistryOptions {
  /** Draws the ids backends give requests (`{{requestId}}`); seeded by default, so runs repeat. */
  random?: Random;
  /** How many requests each host keeps for `listRequests` (default 50). */
  maxRecordedRequests?: number;
}

const SCRIPTED_SUFFIX = `.${SCRIPTED_BACKEND_DOMAIN}`;

/**
 * The servers that exist inside one sandbox, by host: the built-in echo server, the learner's scripted
 * backends (`<name>.mock.sandbox.internal`) and any other backend registered by the host application.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/setup-http-integrations.html
 */
export class HttpBackendRegistry {
  private readonly backends = new Map<string, HttpBackend>([[ECHO_HOST, createEchoBackend()]]);
  private readonly scripted = new Map<string, ScriptedBackend>();
  private readonly recorder: RequestRecorder;
  private readonly random: Random;

  constructor(options: HttpBackendRegistryOptions = {}) {
    this.random = options.random ?? new SeededRandom();
    this.recorder = new RequestRecorder(options.maxRecordedRequests);
  }

  /** A registry rebuilt from a stored snapshot. */
  static fromSnapshot(snapshot: unknown, options: HttpBackendRegistryOptions = {}): HttpBackendRegistry {
    const registry = new HttpBackendRegistry(options);
    registry.restoreSnapshot(snapshot);
    return registry;
  }

  /** The backend at an endpoint URL's host; throws InvalidEndpointError or EndpointUnreachableError. */
  resolveOrThrow(url: string): { host: string; backend: HttpBackend } {
    const { host } = parseEndpointUrl(url);
    const backend = host.endsWith(SCRIPTED_SUFFIX)
      ? this.scripted.get(host.slice(0, -SCRIPTED_SUFFIX.length))
      : this.backends.get(host);
    if (!backend) throw new EndpointUnreachableError(host);
    return { host, backend };
  }

  /** Serves `host` with `backend` (not under the scripted domain, which `defineScriptedBackend` owns). */
  registerBackend(host: string, backend: HttpBackend): void {
    const name = host.toLowerCase();
    if (name.endsWith(SCRIPTED_SUFFIX)) throw new RangeError(`${host} is reserved for scripted backends`);
    this.backends.set(name, backend);
  }

  /**
   * Checks a learner's definition and serves it at `<name>.mock.sandbox.internal`, replacing any backend of
   * that name (its `times` counters and recorded requests start afresh). Throws InvalidScriptedBackendError.
   */
  defineScriptedBackend(definition: unknown): ScriptedBackendDefinition {
    const checked = toScriptedBackendDefinition(definition);
    this.scripted.set(checked.name, new ScriptedBackend(checked));
    this.recorder.clear(toScriptedBackendHost(checked.name));
    return checked;
  }

  deleteScriptedBackend(name: string): boolean {
    this.recorder.clear(toScriptedBackendHost(name));
    return this.scripted.delete(name);
  }

  getScriptedBackend(name: string): ScriptedBackend | undefined {
    return this.scripted.get(name);
  }

  listScriptedBackends(): ScriptedBackendDefinition[] {
    return [...this.scripted.values()].map((backend) => structuredClone(backend.definition));
  }

  /** The last requests `host` received, oldest first (any spelling of the host). */
  listRequests(host: string): RecordedRequest[] {
    return this.recorder.list(host.toLowerCase());
  }

  clearRequests(host?: string): void {
    this.recorder.clear(host?.toLowerCase());
  }

  /** Called by `invokeHttpBackend` for every request a backend received. */
  recordRequest(host: string, request: RecordedRequest): void {
    this.recorder.record(host, request);
  }

  /** The id a backend gives the next request it receives. */
  nextRequestId(): string {
    return randomUuid(this.random);
  }

  toSnapshot(): HttpBackendsSnapshot {
    return { version: 1, scriptedBackends: this.listScriptedBackends() };
  }

  /** Replaces every scripted backend with the snapshot's; nothing changes when the snapshot is invalid. */
  restoreSnapshot(snapshot: unknown): void {
    const checked = toHttpBackendsSnapshot(snapshot);
    for (const name of this.scripted.keys()) this.deleteScriptedBackend(name);
    for (const definition of checked.scriptedBackends) this.defineScriptedBackend(definition);
  }
}
