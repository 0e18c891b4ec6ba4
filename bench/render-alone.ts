/**
 * The "pdfmake alone" side of the issue-5 benchmark, run as a child process by bench/letters.ts so that its CPU and
 * memory are its own. bench/letters.ts transpiles this file to a temporary render-alone.js, and it runs with plain
 * node against the build output (no ts-node in the process):
 *
 *   node render-alone.js <letter-inputs.json> <dist/…/render-letter.js> <result.json>
 *
 * It renders the letters one after another with renderLetterPdf, as the worker's single Node thread does, and writes
 * letters, seconds, bytes and its own peak RSS (VmHWM, read before it exits) to <result.json>.
 */
import type { LetterInput } from '@app/grants/letters/letter-model';
import { readFileSync, writeFileSync } from 'node:fs';

type RenderModule = typeof import('@app/grants/letters/render-letter');

export interface RenderAloneResult {
  letters: number;
  /** From just before the first render (which loads pdfmake, as the worker's first letter does) to after the last. */
  seconds: number;
  firstLetterMs: number;
  bytes: number;
  minBytes: number;
  maxBytes: number;
  notPdf: number;
  cpuSeconds: number;
  rssMb: number;
  peakRssMb: number;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function memoryMb(key: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  return Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) / 1024;
}

async function main(): Promise<void> {
  const [inputsFile, modulePath, resultFile] = process.argv.slice(2);
  if (!inputsFile || !modulePath || !resultFile)
    throw new Error('usage: render-alone.js <letter-inputs.json> <render-letter.js> <result.json>');
  // Dates went through JSON as ISO instants; grant periods are plain dates ("2027-01-01") and stay strings.
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'), (_key, value: unknown) =>
    typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : value,
  ) as LetterInput[];
  const { renderLetterPdf } = (await import(modulePath)) as RenderModule;

  let bytes = 0;
  let minBytes = Infinity;
  let maxBytes = 0;
  let notPdf = 0;
  let firstLetterMs = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const input of inputs) {
    const pdf = await renderLetterPdf(input);
    if (firstLetterMs === 0) firstLetterMs = performance.now() - started;
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') notPdf++;
    bytes += pdf.length;
    minBytes = Math.min(minBytes, pdf.length);
    maxBytes = Math.max(maxBytes, pdf.length);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const result: RenderAloneResult = {
    letters: inputs.length,
    seconds,
    firstLetterMs,
    bytes,
    minBytes,
    maxBytes,
    notPdf,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    rssMb: memoryMb('VmRSS'),
    peakRssMb: memoryMb('VmHWM'),
  };
  writeFileSync(resultFile, JSON.stringify(result, null, 2));
}

main().catch((error: unknown) => {
  console.error('render-alone failed:', error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
