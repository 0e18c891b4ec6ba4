/**
 * What the benchmark child processes share (bench/export-child.ts, bench/statistics-child.ts). They run with plain
 * node from a temporary directory (transpiled by `transpileChildren` in bench/common.ts), against the build output.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';

export type Grants = typeof import('@app/grants');
export type Platform = typeof import('@app/platform');
export type Reporting = typeof import('@app/reporting');

/** VmRSS or VmHWM (peak) of this process, in MB. */
export function memoryMb(key: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  return Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) / 1024;
}

/** The libraries from `dist`, and an initialised data source with every entity (modules resolve from the repository). */
export async function loadDist(dist: string): Promise<{
  grants: Grants;
  platform: Platform;
  reporting: Reporting;
  config: ReturnType<Platform['loadConfig']>;
  db: DataSource;
}> {
  const load = createRequire(join(dist, '..', 'package.json'));
  load('reflect-metadata');
  const grants = load(join(dist, 'libs/grants/src')) as Grants;
  const platform = load(join(dist, 'libs/platform/src')) as Platform;
  const reporting = load(join(dist, 'libs/reporting/src')) as Reporting;
  const { DataSource: DataSourceClass } = load('typeorm') as typeof import('typeorm');
  const config = platform.loadConfig();
  const db = new DataSourceClass(platform.dataSourceOptions(config.databaseUrl, grants.grantsEntities, 2));
  await db.initialize();
  return { grants, platform, reporting, config, db };
}
