/**
 * The traffic form as the learner types it (strings) and its conversion to the plan the generator takes,
 * with one message per bad field so the form can show it next to the input.
 */
import type { TrafficPattern, TrafficPlanInput } from "@/lib/gateway/traffic";

/** The generator's default cap (DEFAULT_TRAFFIC_REQUEST_CAP in lib/gateway/traffic). */
export const MAX_REQUESTS = 20_000;

export type PatternKind = TrafficPattern["kind"];
export type CredentialHeader = "x-api-key" | "Authorization";

export interface CredentialRow {
  id: string;
  weight: string;
  header: CredentialHeader;
  value: string;
}

export interface TrafficFormState {
  stageName: string;
  method: string;
  path: string;
  query: string;
  headers: string;
  body: string;
  requests: string;
  pattern: PatternKind;
  ratePerSecond: string;
  burstSize: string;
  everySeconds: string;
  fromRatePerSecond: string;
  toRatePerSecond: string;
  credentials: CredentialRow[];
}

export const initialTrafficForm: TrafficFormState = {
  stageName: "",
  method: "GET",
  path: "/",
  query: "",
  headers: "",
  body: "",
  requests: "1000",
  pattern: "constant",
  ratePerSecond: "100",
  burstSize: "200",
  everySeconds: "1",
  fromRatePerSecond: "10",
  toRatePerSecond: "1000",
  credentials: [],
};

export type TrafficFormErrors = Partial<Record<string, string>>;

export type BuiltPlan =
  { plan: TrafficPlanInput; errors?: undefined } | { plan?: undefined; errors: TrafficFormErrors };

function toNumber(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text);
}

function parseHeaders(text: string): Record<string, string> | string {
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'must be a JSON object such as {"accept": "application/json"}';
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "must be a JSON object";
  const headers: Record<string, string> = {};
  for (const [name, v] of Object.entries(value)) {
    if (typeof v !== "string") return `the value of "${name}" must be a string`;
    headers[name] = v;
  }
  return headers;
}

function toPattern(form: TrafficFormState, errors: TrafficFormErrors): TrafficPattern | undefined {
  const positive = (field: keyof TrafficFormState, text: string, message: string, allowZero = false) => {
    const n = toNumber(text);
    if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) errors[field] = message;
    return n;
  };
  switch (form.pattern) {
    case "constant": {
      const ratePerSecond = positive("ratePerSecond", form.ratePerSecond, "Enter a rate above 0 requests/s.");
      return { kind: "constant", ratePerSecond };
    }
    case "burst": {
      const burstSize = positive(
        "burstSize",
        form.burstSize,
        "Enter a whole number of requests, at least 1.",
      );
      if (!Number.isInteger(burstSize)) errors.burstSize = "Enter a whole number of requests, at least 1.";
      const everySeconds = positive("everySeconds", form.everySeconds, "Enter a number of seconds above 0.");
      return { kind: "burst", burstSize, everySeconds };
    }
    case "ramp": {
      const from = positive("fromRatePerSecond", form.fromRatePerSecond, "Enter a rate of 0 or more.", true);
      const to = positive("toRatePerSecond", form.toRatePerSecond, "Enter a rate of 0 or more.", true);
      if (from + to <= 0) errors.toRatePerSecond = "At least one of the two rates must be above 0.";
      return { kind: "ramp", fromRatePerSecond: from, toRatePerSecond: to };
    }
  }
}

function toCredentials(rows: readonly CredentialRow[], errors: TrafficFormErrors) {
  return rows.map((row) => {
    const weight = toNumber(row.weight);
    if (!Number.isFinite(weight) || weight <= 0)
      errors[`credential-${row.id}-weight`] = "Enter a weight above 0.";
    if (!row.value.trim()) errors[`credential-${row.id}-value`] = "Enter the header value.";
    return { weight, headers: { [row.header]: row.value.trim() } };
  });
}

/** The plan for the form, or the messages of the fields to fix. */
export function buildTrafficPlan(restApiId: string, form: TrafficFormState): BuiltPlan {
  const errors: TrafficFormErrors = {};
  if (!form.stageName) errors.stageName = "Choose a stage (deploy the API first if there is none).";
  const path = form.path.trim();
  if (!/^\/[^\s?#]*$/.test(path)) errors.path = "Start with / and leave out spaces, ? and # (e.g. /pets/1).";
  const query = form.query.trim().replace(/^\?/, "");
  if (/[\s#]/.test(query)) errors.query = "Leave out spaces and # (e.g. type=dog&limit=5).";
  const headers = parseHeaders(form.headers);
  if (typeof headers === "string") errors.headers = `Headers ${headers}.`;
  const requests = toNumber(form.requests);
  if (!Number.isInteger(requests) || requests < 1 || requests > MAX_REQUESTS)
    errors.requests = `Enter a whole number from 1 to ${MAX_REQUESTS.toLocaleString("en-US")}.`;
  const pattern = toPattern(form, errors);
  const credentials = toCredentials(form.credentials, errors);
  if (Object.keys(errors).length > 0 || !pattern || typeof headers === "string") return { errors };
  const plan: TrafficPlanInput = {
    restApiId,
    stageName: form.stageName,
    method: form.method,
    path: query ? `${path}?${query}` : path,
    requests,
    pattern,
  };
  if (Object.keys(headers).length > 0) plan.headers = headers;
  if (form.body) plan.body = form.body;
  if (credentials.length > 0) plan.credentials = credentials;
  return { plan };
}
