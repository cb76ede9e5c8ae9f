const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 500;

/**
 * One page of a list, as GetRestApis, GetResources, GetModels... return it: `limit` defaults to 25 and
 * is capped at 500; `position` is the opaque token of the next page, absent on the last one.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetResources.html
 */
export function paginate<T>(
  items: readonly T[],
  position?: string,
  limit?: number,
): { items: T[]; position?: string } {
  const start = toStart(position);
  const size = Math.min(Math.max(Math.trunc(limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
  const page = items.slice(start, start + size);
  const next = start + size;
  return next < items.length ? { items: page, position: String(next) } : { items: page };
}

function toStart(position: string | undefined): number {
  const start = Number(position ?? 0);
  // An unknown token restarts at the first page rather than failing the listing.
  return Number.isInteger(start) && start >= 0 ? start : 0;
}
