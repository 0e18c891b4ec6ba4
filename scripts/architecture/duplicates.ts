import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export interface Clone {
  /** `exact`: the same tokens, identifiers included; `renamed`: the same shape with other names. */
  kind: string;
  lines: number;
  first: string;
  second: string;
}

interface JscpdFile {
  name: string;
  start: number;
  end: number;
}

interface JscpdReport {
  duplicates: { kind: string; lines: number; firstFile: JscpdFile; secondFile: JscpdFile }[];
}

/** The options every count uses: blocks of six or more lines with the same shape (identifiers may differ), in .ts and .tsx files. */
// Generated declarations (the web app's API types from openapi.json) are not code anyone wrote twice.
export const JSCPD_OPTIONS = [
  '--min-lines',
  '6',
  '--ignore-identifiers',
  '--format',
  'typescript,tsx',
  '--ignore',
  '**/*.d.ts',
];

/**
 * Pairs of repeated blocks found by jscpd (its token-based detector, offline), over the given folders. Each pair is
 * one clone as jscpd reports it; `exact` ones are identical but for comments and layout.
 */
export function findClones(root: string, folders: string[]): Clone[] {
  const bin = join(root, 'node_modules', '.bin', 'jscpd');
  if (!existsSync(bin)) throw new Error('jscpd is not installed (npm ci installs it from the lockfile)');
  const out = mkdtempSync(join(tmpdir(), 'arch-jscpd-'));
  try {
    const run = spawnSync(
      bin,
      [...JSCPD_OPTIONS, '--reporters', 'json', '--output', out, '--absolute', ...folders],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const reportFile = join(out, 'jscpd-report.json');
    if (run.status !== 0 || !existsSync(reportFile)) {
      throw new Error(`jscpd failed (exit ${run.status ?? run.signal}): ${run.stderr || run.stdout}`);
    }
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as JscpdReport;
    const where = (f: JscpdFile): string => `${relative(root, f.name)}:${f.start}-${f.end}`;
    return report.duplicates.map((d) => ({
      kind: d.kind,
      lines: d.lines,
      first: where(d.firstFile),
      second: where(d.secondFile),
    }));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
