/** AWS's control plane returns dates as epoch seconds. */
export function formatEpoch(seconds: number | undefined): string {
  return seconds === undefined ? "—" : new Date(seconds * 1000).toLocaleString();
}
