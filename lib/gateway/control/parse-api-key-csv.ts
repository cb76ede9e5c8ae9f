/** One data row of an API key file, with its 1-based line number for warnings. */
export interface ApiKeyCsvRow {
  line: number;
  /** Cells by lower-cased column name; unrecognised columns are kept and ignored by the importer. */
  cells: Record<string, string>;
}

/**
 * Reads an API key file: a header row of column names (case-insensitive, any order), then one key per
 * line. A cell may be enclosed in double or single quotes to hold commas (`"c7y23b,glvrsr"`), a doubled
 * quote standing for one; spaces around cells are dropped; blank lines are skipped [DOC].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-key-file-format.html
 */
export function parseApiKeyCsv(text: string): { columns: string[]; rows: ApiKeyCsvRow[] } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const headerIndex = lines.findIndex((line) => line.trim() !== "");
  if (headerIndex < 0) return { columns: [], rows: [] };
  const columns = splitCsvLine(lines[headerIndex] ?? "").map((name) => name.toLowerCase());
  const rows: ApiKeyCsvRow[] = [];
  lines.forEach((line, index) => {
    if (index <= headerIndex || line.trim() === "") return;
    const values = splitCsvLine(line);
    const cells = Object.fromEntries(columns.map((column, i) => [column, values[i] ?? ""]));
    rows.push({ line: index + 1, cells });
  });
  return { columns, rows };
}

/** The cells of one line, unquoted and trimmed. */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === " " || line[i] === "\t") i++;
    const quote = line[i] === '"' || line[i] === "'" ? line[i] : undefined;
    let cell = "";
    if (quote) {
      for (i++; i < line.length; i++) {
        if (line[i] !== quote) cell += line[i];
        else if (line[i + 1] === quote) cell += line[i++];
        else break;
      }
      i++;
      const comma = line.indexOf(",", i);
      i = comma < 0 ? line.length : comma;
    } else {
      const comma = line.indexOf(",", i);
      cell = line.slice(i, comma < 0 ? line.length : comma).trim();
      i = comma < 0 ? line.length : comma;
    }
    cells.push(cell);
    if (i >= line.length) return cells;
    i++;
  }
}
