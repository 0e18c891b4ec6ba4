import { writeCsv } from './csv-writer';
import { BatchFileWriter, ExportFormat } from './export-row';
import { writePain001 } from './pain001-writer';
import { writeXlsx } from './xlsx-writer';

export * from './bank-text';
export * from './control-totals';
export * from './csv-writer';
export * from './decimal';
export * from './export-row';
export * from './list-columns';
export * from './pain001-writer';
export * from './xlsx-writer';

/** The writer for each file a batch produces. */
export const BATCH_FILE_WRITERS: Record<ExportFormat, BatchFileWriter> = {
  [ExportFormat.Csv]: writeCsv,
  [ExportFormat.Xlsx]: writeXlsx,
  [ExportFormat.Pain001]: writePain001,
};
