import { BatchExportHeader, BatchExportRow } from './export-row';

/** The rows of a file do not add up to the count and sum the batch was approved with. */
export class ExportTotalsMismatchError extends Error {
  constructor(header: BatchExportHeader, count: number, totalOre: number) {
    super(
      `batch ${header.batchNumber}: the rows give ${count} disbursements and ${totalOre} øre, ` +
        `the batch says ${header.count} and ${header.totalOre} øre`,
    );
    this.name = 'ExportTotalsMismatchError';
  }
}

/**
 * Counts and sums the rows as they stream past. Every file ends with (or starts with) the control total, so each
 * writer checks before closing the file that the rows it wrote match the batch header.
 */
export class ControlTotals {
  count = 0;
  totalOre = 0;

  add(row: BatchExportRow): void {
    if (!Number.isSafeInteger(row.amountOre) || row.amountOre <= 0) {
      throw new RangeError(
        `disbursement ${row.disbursementId}: the amount must be a positive whole number of øre (got ${row.amountOre})`,
      );
    }
    this.count += 1;
    this.totalOre += row.amountOre;
    if (!Number.isSafeInteger(this.totalOre)) throw new RangeError('the batch total is too large');
  }

  /** Throws unless the rows seen so far match the header's control total. */
  verify(header: BatchExportHeader): void {
    if (this.count !== header.count || this.totalOre !== header.totalOre) {
      throw new ExportTotalsMismatchError(header, this.count, this.totalOre);
    }
  }
}
