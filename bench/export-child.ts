/**
 * The measured side of the issue-6 benchmark, run by bench/exports.ts as a child process so that its time and memory
 * are its own. bench/exports.ts transpiles this file to a temporary export-child.js; it runs with plain node against
 * the build output (no ts-node in the process):
 *
 *   node export-child.js <dist dir> <mode> <result.json> [batch id] [finance user id]
 *
 * Modes: `baseline` (load the modules, connect, nothing else), `build` (PaymentBatchesService.build over every
 * attested disbursement: lock, batch items, all three files — the real request path without HTTP), and `csv`, `xlsx`,
 * `pain001` (writeBatchFile for one format of an existing batch into chunked storage, in a transaction rolled back
 * afterwards so every format is measured against the same stored state). It writes seconds, bytes and its own peak
 * RSS (VmHWM, read before it exits) to <result.json>.
 */
import { writeFileSync } from 'node:fs';
import { loadDist, memoryMb } from './child-support';

export interface ExportChildResult {
  mode: string;
  seconds: number;
  bytes: number;
  rows: number;
  rssMb: number;
  peakRssMb: number;
  cpuSeconds: number;
}

async function main(): Promise<void> {
  const [dist, mode, resultFile, batchId, financeUserId] = process.argv.slice(2);
  if (!dist || !mode || !resultFile)
    throw new Error('usage: export-child.js <dist> <mode> <result.json> [batch] [user]');
  const { grants, platform, config, db } = await loadDist(dist);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let bytes = 0;
  let rows = 0;
  try {
    if (mode === 'build') {
      const service = new grants.PaymentBatchesService(
        db,
        config,
        new grants.AuditService(db),
        new platform.SystemClock(),
      );
      const built = await service.build(
        { userId: financeUserId, roles: [grants.Role.Finance], organisationIds: [] },
        { dueOnOrBefore: '2100-12-31' },
      );
      bytes = built.files.reduce((sum, f) => sum + Number(f.sizeBytes), 0);
      rows = built.batch.itemCount;
    } else if (mode !== 'baseline') {
      const format = mode as import('@app/grants').ExportFormat;
      const queryRunner = db.createQueryRunner();
      await queryRunner.connect();
      await queryRunner.startTransaction();
      try {
        const manager = queryRunner.manager;
        const batch = await manager.findOneByOrFail(grants.PaymentBatch, { id: batchId });
        await manager.delete(grants.PaymentBatchFile, { batchId, format });
        const header = await grants.batchExportHeader(manager, batch, grants.paymentDebtor(config));
        const file = await grants.writeBatchFile(manager, header, format);
        bytes = Number(file.sizeBytes);
        rows = batch.itemCount;
      } finally {
        await queryRunner.rollbackTransaction();
        await queryRunner.release();
      }
    }
  } finally {
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    await db.destroy();
    const result: ExportChildResult = {
      mode,
      seconds,
      bytes,
      rows,
      rssMb: memoryMb('VmRSS'),
      peakRssMb: memoryMb('VmHWM'),
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
    };
    writeFileSync(resultFile, JSON.stringify(result));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
