/** Every list endpoint is paginated; no endpoint returns an unbounded list. */
export interface PageRequest {
  limit: number;
  offset: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  /** False when counting stopped at a cap and `total` is a lower bound. Omitted means exact. */
  totalIsExact?: boolean;
  limit: number;
  offset: number;
}

export const DEFAULT_PAGE_LIMIT = 25;
export const MAX_PAGE_LIMIT = 100;
