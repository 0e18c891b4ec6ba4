import { ApiProperty } from '@nestjs/swagger';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, Page, PageRequest } from '@app/platform';
import { QueryInt } from './fields';

export class PageQuery {
  /** Page size, 1–100 (default 25). */
  @QueryInt(1, MAX_PAGE_LIMIT)
  limit?: number;

  /** Rows to skip. */
  @QueryInt(0, 10_000_000)
  offset?: number;
}

export function pageRequest(query: PageQuery): PageRequest {
  return { limit: query.limit ?? DEFAULT_PAGE_LIMIT, offset: query.offset ?? 0 };
}

export abstract class PageMeta {
  /** How many items match in all (not only on this page); a lower bound when `totalIsExact` is false. */
  @ApiProperty({ type: 'integer' }) total!: number;
  /** False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
  @ApiProperty() totalIsExact!: boolean;
  /** The page size used (the `limit` asked for, or the default). */
  @ApiProperty({ type: 'integer' }) limit!: number;
  /** How many items were skipped before this page. */
  @ApiProperty({ type: 'integer' }) offset!: number;
}

export function mapPage<T, R>(
  page: Page<T>,
  map: (item: T) => R,
): { items: R[]; total: number; totalIsExact: boolean; limit: number; offset: number } {
  return {
    items: page.items.map(map),
    total: page.total,
    totalIsExact: page.totalIsExact ?? true,
    limit: page.limit,
    offset: page.offset,
  };
}
