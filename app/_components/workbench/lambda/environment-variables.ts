/**
 * Environment variables as editable rows, and back to Lambda's `Environment.Variables` with Lambda's key rule:
 * a letter, then letters, digits or underscores, at least two characters.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_Environment.html
 */

export interface VariableRow {
  id: number;
  key: string;
  value: string;
}

const KEY = /^[a-zA-Z][a-zA-Z0-9_]+$/;

let nextId = 1;
export function newVariableRow(key = "", value = ""): VariableRow {
  return { id: nextId++, key, value };
}

export function toVariableRows(variables: Readonly<Record<string, string>> | undefined): VariableRow[] {
  return Object.entries(variables ?? {}).map(([key, value]) => newVariableRow(key, value));
}

/** Rows with an empty key are ignored; a bad or repeated key throws a RangeError naming it. */
export function toVariables(rows: readonly VariableRow[]): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const { key, value } of rows) {
    const name = key.trim();
    if (name === "") continue;
    if (!KEY.test(name))
      throw new RangeError(
        `Environment variable "${name}": keys start with a letter, then letters, digits or underscores (2 characters or more).`,
      );
    if (Object.hasOwn(variables, name)) throw new RangeError(`Environment variable "${name}" is set twice.`);
    variables[name] = value;
  }
  return variables;
}
