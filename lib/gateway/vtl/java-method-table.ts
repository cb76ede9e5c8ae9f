/**
 * The shape shared by the Java method tables (String, List, Map, Number): Velocity resolves a method by
 * name and argument count, and a call with arguments Java could not accept finds no method (renders nothing)
 * rather than failing. Java exceptions raised by a method (bad index, null argument...) fail the render, as
 * Velocity's MethodInvocationException does.
 * @see https://velocity.apache.org/engine/1.7/developer-guide.html#method-invocation
 */
import { MappingTemplateRenderError } from "./mapping-template-errors";

export type JavaMethod<T> = (target: T, args: readonly unknown[]) => unknown;
export type JavaMethodTable<T> = Readonly<Record<string, JavaMethod<T>>>;

/** Thrown inside a method body when the arguments match no Java overload. */
class NoSuchJavaMethod extends Error {}

/** Calls `name` from `table`, or gives undefined when Java has no such method for these arguments. */
export function callJavaMethod<T>(
  table: JavaMethodTable<T>,
  target: T,
  name: string,
  args: readonly unknown[],
): unknown {
  if (!Object.hasOwn(table, name)) return undefined;
  const method = table[name] as JavaMethod<T>;
  try {
    return method(target, args);
  } catch (error) {
    if (error instanceof NoSuchJavaMethod) return undefined;
    throw error;
  }
}

/** A method that exists for the given argument counts only (Java overloads by arity). */
export function overload<T>(counts: readonly number[], method: JavaMethod<T>): JavaMethod<T> {
  return (target, args) => {
    if (!counts.includes(args.length)) throw new NoSuchJavaMethod();
    return method(target, args);
  };
}

/** A String parameter: null is a NullPointerException; other values pass as their printed form. */
export function stringArg(value: unknown, method: string): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) throw new MappingTemplateRenderError(`${method}: null argument`);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new NoSuchJavaMethod();
}

/** An int parameter: Velocity does not turn strings into ints, so anything but an integer finds no method. */
export function intArg(value: unknown): number {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  throw new NoSuchJavaMethod();
}

/** Java's IndexOutOfBoundsException / StringIndexOutOfBoundsException. */
export function indexOutOfBounds(index: number, length: number): MappingTemplateRenderError {
  return new MappingTemplateRenderError(`Index ${index} out of bounds for length ${length}`);
}

/** Java's NumberFormatException. */
export function numberFormatError(text: string): MappingTemplateRenderError {
  return new MappingTemplateRenderError(`For input string: ${JSON.stringify(text)}`);
}
