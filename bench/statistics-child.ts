/**
 * The measured side of the issue-7 statistics benchmark, run by bench/statistics.ts as a child process:
 *
 *   node statistics-child.js <dist dir> <round|years> <result.json> [round id]
 *
 * Calls StatisticsService once cold and RUNS times warm, as the API does, and writes each call's time, the size of
 * the answer and its own peak RSS (VmHWM) to <result.json>.
 */
import { writeFileSync } from 'node:fs';
import { loadDist, memoryMb } from './child-support';

const RUNS = 10;

export interface StatisticsChildResult {
  mode: string;
  coldMs: number;
  warmMs: number[];
  groups: number;
  applications: number;
  rssMb: number;
  peakRssMb: number;
}

async function main(): Promise<void> {
  const [dist, mode, resultFile, roundId] = process.argv.slice(2);
  if (!dist || !mode || !resultFile)
    throw new Error('usage: statistics-child.js <dist> <round|years> <result.json> [round]');
  const { reporting, db, config } = await loadDist(dist);
  const service = new reporting.StatisticsService(db, config);
  const call = async (): Promise<{ groups: number; applications: number }> => {
    if (mode === 'round') {
      const stats = await service.round(roundId);
      return {
        groups: 1 + stats.byMeasureCategory.length + stats.byCounty.length + stats.byOrganisationForm.length,
        applications: stats.totals.applications,
      };
    }
    const years = await service.years();
    return { groups: years.length, applications: years.reduce((sum, y) => sum + y.applications, 0) };
  };
  try {
    let started = performance.now();
    const answer = await call();
    const coldMs = performance.now() - started;
    const warmMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      started = performance.now();
      await call();
      warmMs.push(performance.now() - started);
    }
    const result: StatisticsChildResult = {
      mode,
      coldMs,
      warmMs,
      ...answer,
      rssMb: memoryMb('VmRSS'),
      peakRssMb: memoryMb('VmHWM'),
    };
    writeFileSync(resultFile, JSON.stringify(result));
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
