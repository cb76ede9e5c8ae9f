/** Map-shaped AWS fields (stage variables, canary overrides, response headers) edited as rows. */

export interface KeyValueRow {
  key: string;
  value: string;
}

export function toRows(map: Readonly<Record<string, string>> | undefined): KeyValueRow[] {
  return Object.entries(map ?? {}).map(([key, value]) => ({ key, value }));
}

/** Rows back to a map: keys trimmed, blank keys dropped, the last of duplicate keys wins. */
export function toRecord(rows: readonly KeyValueRow[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const row of rows) {
    const key = row.key.trim();
    if (key) record[key] = row.value;
  }
  return record;
}
