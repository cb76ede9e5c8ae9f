/**
 * The template engine one render uses: velocityjs's compiler with API Gateway's value rules
 * (ApiGatewayVelocityValues) and Velocity 1.7's directives: `#set` that ignores a null value, `#if` on
 * Velocity truth, `#foreach` with `$foreach` and the 1,000-item limit, `#break` and `#stop` that stop at
 * once, macros with a nesting limit, `#evaluate`. One instance renders one template once.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 */
import { ApiGatewayVelocityValues } from "./api-gateway-velocity-values";
import { isVtlTruthy } from "./compare-vtl-values";
import { writeVtlMember } from "./read-vtl-member";
import type {
  BlockItem,
  ConditionNode,
  ForeachNode,
  ReferenceNode,
  SetNode,
  VtlNode,
} from "./velocity-compiler";
import { getOwn, isVelocityMap, setOwn } from "./velocity-values";

export class ApiGatewayVelocity extends ApiGatewayVelocityValues {
  private loops = 0;

  /** Renders with `root` as the template's top-level variables (`$input`, `$context`...). */
  renderWith(root: Record<string, unknown>): string {
    const macros = {
      evaluate: (text: unknown) => (typeof text === "string" ? this.evalStr(text) : ""),
      eval: () => "",
    };
    return this.render(root, macros, false);
  }

  /**
   * velocityjs's node loop, stopping at `#break` and `#stop` at once (Velocity stops mid-body; velocityjs
   * renders the rest of the body) and checking the output length as it grows.
   */
  override renderAstList(asts: readonly BlockItem[] = this.asts, contextId?: string): string {
    if (contextId && contextId !== this.contextId && !this.conditions.includes(contextId))
      this.conditions.unshift(contextId);
    this.contextId = contextId ?? "";
    let out = "";
    for (const item of asts) {
      if (this.runState.stop || this.runState.break) break;
      out += this.renderItem(item);
      this.budget.checkOutputLength(out.length);
    }
    return out;
  }

  override setValue(ast: SetNode): void {
    const [target, source] = ast.equal;
    const value = this.getExpression(source);
    // Velocity 1.7: "If the RHS is a property or method reference that evaluates to null, it will not be assigned".
    if (value === null || value === undefined) return;
    const scope = this.contextId.startsWith("macro:") ? this.context : this.scopeOf(target.id);
    const path = target.path ?? [];
    const last = path[path.length - 1];
    if (!last) return setOwn(scope, target.id, value);
    let holder = getOwn(scope, target.id);
    for (const step of path.slice(0, -1)) holder = this.readStep(holder, step);
    if (last.type !== "method") writeVtlMember(holder, this.keyOf(last), value);
  }

  override getBlockIf(block: readonly BlockItem[]): string {
    const chosen: BlockItem[] = [];
    let taken = false;
    for (const item of block) {
      const type = typeof item === "string" || Array.isArray(item) ? undefined : (item as VtlNode).type;
      if (type === "if" || type === "elseif" || type === "else") {
        if (taken) break;
        taken = type === "else" || isVtlTruthy(this.getExpression((item as ConditionNode).condition));
      } else if (taken) chosen.push(item);
    }
    return this.renderAstList(chosen, this.contextId);
  }

  override getBlockEach(block: readonly BlockItem[]): string {
    const head = block[0] as ForeachNode;
    const items = toLoopItems(this.getLiteral(head.from));
    if (items.length === 0) return "";
    this.budget.checkForeach(items.length);
    const body = block.slice(1);
    const contextId = `aws-foreach:${++this.loops}`;
    let out = "";
    this.runState.break = false;
    try {
      for (let i = 0; i < items.length && !this.runState.break && !this.runState.stop; i++) {
        this.budget.countStep();
        this.local[contextId] = toLoopLocals(head.to, items, i);
        out += this.renderAstList(body, contextId);
        this.budget.checkOutputLength(out.length);
      }
    } finally {
      this.leaveLoop(contextId);
    }
    return out;
  }

  override getMacro(ast: VtlNode, bodyContent?: string): string {
    this.budget.enterMacro();
    try {
      return super.getMacro(ast, bodyContent);
    } finally {
      this.budget.leaveMacro();
    }
  }

  private renderItem(item: BlockItem): string {
    if (typeof item === "string") return item;
    if (Array.isArray(item)) return this.getBlock(item);
    const node = item as VtlNode;
    switch (node.type) {
      case "references":
        return this.getReferences(node as ReferenceNode, true) as string;
      case "set":
        this.setValue(node as SetNode);
        return "";
      case "break":
        this.runState.break = true;
        return "";
      case "macro_call":
        return this.getMacro(node);
      case "raw":
        return String((node as { value?: unknown }).value ?? "");
      default:
        return "";
    }
  }

  private leaveLoop(contextId: string): void {
    this.runState.break = false;
    delete this.local[contextId];
    const at = this.conditions.indexOf(contextId);
    if (at >= 0) this.conditions.splice(at, 1);
    this.contextId = this.conditions[0] ?? "";
  }

  /** The loop or macro scope that already holds `id`, else the template's variables. */
  private scopeOf(id: string): Record<string, unknown> {
    for (const contextId of this.conditions) {
      const local = this.local[contextId];
      if (local && Object.hasOwn(local, id)) return local;
    }
    return this.context;
  }
}

/** What `#foreach` iterates: a list's items, a map's values (Velocity iterates `Map.values()`), else nothing. */
function toLoopItems(source: unknown): readonly unknown[] {
  if (Array.isArray(source)) return [...(source as unknown[])];
  if (isVelocityMap(source)) return Object.values(source);
  return [];
}

/** The loop variable, `$foreach` (Velocity 1.7's loop scope) and the older `$velocityCount`. */
function toLoopLocals(name: string, items: readonly unknown[], index: number): Record<string, unknown> {
  const count = index + 1;
  const foreach = {
    count,
    index,
    hasNext: count < items.length,
    first: index === 0,
    last: count === items.length,
  };
  return { [name]: items[index], foreach, velocityCount: count };
}
