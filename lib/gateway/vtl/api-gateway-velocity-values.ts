/**
 * How a template's values are read and computed: references printed Java-style with nulls as nothing
 * (to-vtl-string), `$a.b` / `$a[k]` on maps, lists and the built-in variables only, methods resolved from
 * the Java method tables instead of JavaScript prototypes, list and range literals as Java lists, and
 * Velocity 1.7 operators. ApiGatewayVelocity adds the directives on top.
 * @see https://velocity.apache.org/engine/1.7/vtl-reference.html
 */
import { evaluateVtlOperator } from "./evaluate-vtl-operator";
import { invokeJavaMethod } from "./invoke-java-method";
import { parseTemplateCached } from "./parse-template-cached";
import { readVtlIndex, readVtlProperty } from "./read-vtl-member";
import type { RenderBudget } from "./render-budget";
import { toVtlString } from "./to-vtl-string";
import {
  VelocityCompilerBase,
  type ArrayNode,
  type BlockItem,
  type MathNode,
  type PathNode,
  type ReferenceNode,
  type VtlNode,
} from "./velocity-compiler";
import { VelocityList, toVelocityList } from "./velocity-values";

export class ApiGatewayVelocityValues extends VelocityCompilerBase {
  constructor(
    asts: readonly unknown[],
    protected readonly budget: RenderBudget,
  ) {
    super(asts);
  }

  override getReferences(ast: ReferenceNode, isVal?: boolean): unknown {
    const value = super.getReferences(ast, false);
    return isVal ? this.budget.chargeWork(toVtlString(value)) : value;
  }

  override getAttributes(property: PathNode, base: unknown, ast: ReferenceNode): unknown {
    if (base === null || base === undefined) return undefined;
    if (property.type === "method") return this.getPropMethod(property, base, ast);
    if (property.type === "property") return readVtlProperty(base, property.id);
    return readVtlIndex(base, this.getLiteral(property.id));
  }

  override getPropMethod(
    property: { id: string; args?: VtlNode[] | false },
    base: unknown,
    ast: ReferenceNode,
  ): unknown {
    // velocityjs routes a root-level `$name()` here with the variables as receiver; VTL has no such call.
    if (property === ast) return undefined;
    const args = property.args ? property.args.map((arg) => this.getLiteral(arg)) : [];
    return invokeJavaMethod(base, property.id, args, this.budget);
  }

  override getLiteral(ast: VtlNode): unknown {
    if (ast.type !== "array") return super.getLiteral(ast);
    const list = ast as ArrayNode;
    if (list.isRange) return this.buildRange(list);
    return toVelocityList(list.value.map((item) => this.getLiteral(item as VtlNode)));
  }

  override getExpression(ast: VtlNode): unknown {
    if (ast.type !== "math") return this.getLiteral(ast);
    const { operator, expression } = ast as MathNode;
    return evaluateVtlOperator(
      operator,
      expression,
      (node) => this.getExpression(node as VtlNode),
      this.budget,
    );
  }

  /** Interpolated strings parse through the same cache as templates (they re-render in every loop turn). */
  override evalStr(text: string): string {
    return this.renderAstList(parseTemplateCached(text) as BlockItem[], this.contextId);
  }

  /** The key a path step names: a property name, or an evaluated `[index]`. */
  protected keyOf(step: PathNode): unknown {
    return step.type === "index" ? this.getLiteral(step.id) : step.id;
  }

  protected readStep(holder: unknown, step: PathNode): unknown {
    if (step.type === "method") return undefined;
    return step.type === "index" ? readVtlIndex(holder, this.keyOf(step)) : readVtlProperty(holder, step.id);
  }

  private buildRange(ast: ArrayNode): VelocityList<number> | undefined {
    const [from, to] = ast.value.map((bound) => this.toRangeBound(bound));
    if (from === undefined || to === undefined) return undefined;
    this.budget.checkRange(Math.abs(to - from) + 1);
    const step = from <= to ? 1 : -1;
    const range = new VelocityList<number>();
    for (let i = from; i !== to + step; i += step) range.push(i);
    return range;
  }

  /** Velocity 1.7 ranges take integers only. */
  private toRangeBound(bound: VtlNode | string | number | undefined): number | undefined {
    let value: unknown = bound;
    if (typeof bound === "string") value = Number(bound);
    else if (typeof bound === "object") value = this.getExpression(bound);
    return typeof value === "number" && Number.isInteger(value) ? value : undefined;
  }
}
