import { emptyRecord } from "./empty-record";
import type { BackendAnswer, HttpBackend, ReceivedRequest } from "./http-backend";
import { compileRuleMatcher } from "./match-scripted-rule";
import type { RuleMatcher } from "./match-scripted-rule";
import { createPlaceholderResolver } from "./render-placeholders";
import { renderScriptedResponse } from "./render-scripted-response";
import type { ScriptedBackendDefinition, ScriptedResponse } from "./scripted-backend-definition";

/** Where scripted backends live: `<name>.mock.sandbox.internal`. */
export const SCRIPTED_BACKEND_DOMAIN = "mock.sandbox.internal";

/** What a scripted backend answers when no rule matches and its definition names no default. */
export const NO_RULE_MATCHED_RESPONSE: ScriptedResponse = {
  status: 404,
  headers: { "Content-Type": "application/json" },
  body: '{"message":"No rule matched"}',
};

/** `orders` → `orders.mock.sandbox.internal`, the host an integration URI names. */
export function toScriptedBackendHost(name: string): string {
  return `${name}.${SCRIPTED_BACKEND_DOMAIN}`;
}

interface CompiledRule {
  matches: RuleMatcher;
  response: ScriptedResponse;
  /** Uses left for a rule with `times`; undefined for a rule that never runs out. */
  remaining: number | undefined;
}

/**
 * A learner's scripted backend: the first rule whose conditions match (and that has uses left) answers,
 * else the default response. Rules with `times` count down from the moment the backend is defined.
 */
export class ScriptedBackend implements HttpBackend {
  private readonly rules: CompiledRule[];

  constructor(readonly definition: ScriptedBackendDefinition) {
    this.rules = definition.rules.map((rule) => ({
      matches: compileRuleMatcher(rule.match),
      response: rule.respond,
      remaining: rule.times,
    }));
  }

  answer(request: ReceivedRequest): BackendAnswer {
    for (const [index, rule] of this.rules.entries()) {
      if (rule.remaining === 0) continue;
      const pathParameters = rule.matches(request);
      if (pathParameters === null) continue;
      if (rule.remaining !== undefined) rule.remaining -= 1;
      return renderScriptedResponse(rule.response, createPlaceholderResolver(request, pathParameters), index);
    }
    const fallback = this.definition.defaultResponse ?? NO_RULE_MATCHED_RESPONSE;
    return renderScriptedResponse(fallback, createPlaceholderResolver(request, emptyRecord()), null);
  }

  /** Uses left per rule, in rule order (null for rules without `times`). */
  remainingUses(): Array<number | null> {
    return this.rules.map((rule) => rule.remaining ?? null);
  }
}
