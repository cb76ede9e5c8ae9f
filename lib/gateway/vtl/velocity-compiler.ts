/**
 * A typed view of velocityjs's compiler (velocityjs 2.1, dist/src/compile): the AST node shapes its parser
 * produces and the members ApiGatewayVelocity overrides or calls. velocityjs publishes only `Compile` and
 * `parse`, so this file is the one place that knows its internals; a velocityjs upgrade is checked here.
 */
import { Compile } from "velocityjs";

export interface SourcePosition {
  first_line?: number;
  first_column?: number;
}

/** Any node; text between directives arrives as a plain string, a block as an array of nodes. */
export interface VtlNode {
  type?: string;
  pos?: SourcePosition;
}

export type PathNode =
  | { type: "property"; id: string }
  | { type: "index"; id: VtlNode }
  /** `args` is `false` for an empty argument list. */
  | { type: "method"; id: string; args?: VtlNode[] | false };

export interface ReferenceNode extends VtlNode {
  type: "references";
  id: string;
  leader: string;
  path?: PathNode[];
  args?: VtlNode[] | false;
}

export interface MathNode extends VtlNode {
  operator: string;
  expression: VtlNode[];
}

export interface ArrayNode extends VtlNode {
  /** Items, or for a range the two bounds (numeric literals arrive as strings). */
  value: (VtlNode | string | number)[];
  isRange?: boolean;
}

export interface SetNode extends VtlNode {
  equal: [ReferenceNode, VtlNode];
}

export interface ForeachNode extends VtlNode {
  to: string;
  from: VtlNode;
}

export interface ConditionNode extends VtlNode {
  condition: VtlNode;
}

export type BlockItem = VtlNode | string | readonly BlockItem[];

/** The velocityjs members this engine relies on. */
export interface VelocityCompiler {
  asts: readonly BlockItem[];
  context: Record<string, unknown>;
  local: Record<string, Record<string, unknown>>;
  conditions: string[];
  contextId: string;
  runState: { stop: boolean; break: boolean };
  render(context?: Record<string, unknown>, macros?: Record<string, unknown>, silence?: boolean): string;
  renderAstList(asts?: readonly BlockItem[], contextId?: string): string;
  getReferences(ast: ReferenceNode, isVal?: boolean): unknown;
  getAttributes(property: PathNode, base: unknown, ast: ReferenceNode): unknown;
  getPropMethod(
    property: { id: string; args?: VtlNode[] | false },
    base: unknown,
    ast: ReferenceNode,
  ): unknown;
  getLiteral(ast: VtlNode): unknown;
  getExpression(ast: VtlNode): unknown;
  setValue(ast: SetNode): void;
  evalStr(text: string): string;
  getBlockIf(block: readonly BlockItem[]): string;
  getBlockEach(block: readonly BlockItem[]): string;
  getMacro(ast: VtlNode, bodyContent?: string): string;
  /** Renders a block (`#if`, `#foreach`, `#macro`...), given as the list of its nodes. */
  getBlock(block: readonly BlockItem[]): string;
}

export const VelocityCompilerBase = Compile as unknown as new (
  asts: readonly unknown[],
  config?: Record<string, unknown>,
) => VelocityCompiler;
