/**
 * Issue-15 benchmark: what checking and virus-scanning a 10 MB upload adds, per file type — the content rules
 * (PDF active content, the ZIP directory) and clamd's INSTREAM scan through the same VirusScanner the API uses —
 * and how fast the project's clamd starts with the test signatures and how much memory it takes.
 *
 *   npm run bench:scan        writes the issue-15-scan section of bench/RESULTS.md
 *
 * Settings: BENCH_SCAN_RUNS (default 20) timed runs per file after 3 warm-up runs; BENCH_SCAN_MB (default 10).
 * It starts its own clamd (socket under var/clamav-bench/) and stops it at the end; the development clamd is
 * left alone.
 */
import { inspectContent, AllowedFileType } from '@app/grants';
import { ClamdVirusScanner } from '@app/platform';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { clamdPaths, ping } from '../scripts/clamd';
import { pdfDocument, pdfStream, zipBytes } from '../test/support/files';
import { fmt, loadAverage, logger, machine, num, printSummary, runMain, sleep, writeSection } from './common';

const RUNS = num('BENCH_SCAN_RUNS', 20);
const MB = num('BENCH_SCAN_MB', 10);
const SIZE = MB * 1024 * 1024;
const log = logger('bench:scan');

interface Sample {
  name: string;
  type: AllowedFileType;
  bytes: Buffer;
  what: string;
}

/** Text a document would hold: words in a pseudo-random order, compressing about as prose does (3–4 times). */
function prose(bytes: number): Buffer {
  const words = (
    'tilskudd tiltak søknad budsjett rapport kvinner oppfølging bolig arbeid samarbeid kommune frivillig ' +
    'organisasjon målgruppe aktiviteter resultater ansatte veiledning trygghet utsatte menneskehandel prostitusjon ' +
    'kurs samtalegrupper døgnbemanning midler regnskap revisor tilbud brukere erfaring kartlegging evaluering'
  ).split(' ');
  const parts: string[] = [];
  let length = 0;
  let state = 0x2545f491;
  while (length < bytes) {
    // xorshift32: the same text every run.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const word = words[(state >>> 0) % words.length];
    parts.push(word);
    length += word.length + 1;
  }
  return Buffer.from(parts.join(' ').slice(0, bytes), 'utf8');
}

function samples(): Sample[] {
  // A PDF like a scanned report: 40 pages of compressed text and one image (random, as JPEG data is) per page.
  const pages = 40;
  const imageBytes = Math.floor((SIZE - 200_000) / pages);
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, p) => `${3 + p * 3} 0 R`).join(' ')}] /Count ${pages} >>`,
  ];
  for (let p = 0; p < pages; p++) {
    const n = 3 + p * 3;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${n + 1} 0 R /Resources << /XObject << /Im0 ${n + 2} 0 R >> >> >>`,
      pdfStream(
        '',
        Buffer.concat([Buffer.from('BT /F1 11 Tf 50 800 Td ('), prose(20_000), Buffer.from(') Tj ET')]),
        true,
      ),
      pdfStream(
        '/Type /XObject /Subtype /Image /Width 1200 /Height 1600 /Filter /DCTDecode',
        randomBytes(imageBytes),
      ),
    );
  }
  const pdf = pdfDocument(objects);

  // A DOCX with a long text part (deflated) and photos (stored, as Word keeps JPEGs).
  const text = prose(4 * 1024 * 1024);
  const photos = Array.from({ length: 8 }, (_, i): [string, Buffer] => [
    `word/media/image${i + 1}.jpeg`,
    randomBytes(Math.floor((SIZE - deflateSync(text).length) / 8)),
  ]);
  const docx = zipBytes([
    ['[Content_Types].xml', '<Types/>', { deflate: true }],
    [
      'word/document.xml',
      Buffer.concat([Buffer.from('<w:document><w:body><w:p><w:r><w:t>'), text]),
      { deflate: true },
    ],
    ...photos,
  ]);

  // A photo: a JPEG header and random data.
  const jpeg = Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
    randomBytes(SIZE - 6),
    Buffer.from([0xff, 0xd9]),
  ]);

  return [
    {
      name: 'PDF',
      type: 'pdf',
      bytes: pdf,
      what: `${pages} pages: compressed text and one ${fmt(imageBytes / 1024 / 1024, 2)} MB image each`,
    },
    { name: 'DOCX', type: 'docx', bytes: docx, what: '4 MB of text (deflated) and 8 stored photos' },
    { name: 'JPEG', type: 'jpeg', bytes: jpeg, what: 'a photo (random image data)' },
  ];
}

interface Timing {
  median: number;
  p90: number;
  max: number;
}

function summarise(values: number[]): Timing {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] };
}

const benchPaths = () => {
  const paths = clamdPaths();
  const dir = join(paths.root, 'var', 'clamav-bench');
  return {
    ...paths,
    dir,
    socket: join(dir, 'clamd.sock'),
    pidFile: join(dir, 'clamd.pid'),
    config: join(dir, 'clamd.conf'),
  };
};

let clamdPid: number | null = null;

/** Starts a clamd of its own with the project's configuration and test signatures; the time until it answers PING. */
async function startClamd(): Promise<{ startMs: number; rssMb: number; version: string }> {
  const paths = benchPaths();
  rmSync(paths.dir, { recursive: true, force: true });
  mkdirSync(join(paths.dir, 'tmp'), { recursive: true });
  writeFileSync(
    paths.config,
    readFileSync(paths.template, 'utf8')
      .replaceAll('@VAR@', paths.dir)
      .replaceAll('@SIGNATURES@', paths.signatures),
  );
  const started = performance.now();
  execFileSync('clamd', [`--config-file=${paths.config}`], {
    stdio: 'ignore',
    env: { ...process.env, PATH: `/usr/sbin:${process.env.PATH ?? ''}` },
  });
  while (!(await ping({ socket: paths.socket }, 200))) {
    if (performance.now() - started > 60_000) throw new Error('the benchmark clamd did not answer in 60 s');
    await sleep(10);
  }
  const startMs = performance.now() - started;
  clamdPid = Number(readFileSync(paths.pidFile, 'utf8').trim());
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${clamdPid}/status`, 'utf8'))?.[1] ?? 0);
  const version = (await new ClamdVirusScanner({ socket: paths.socket }, 5000).state()).version ?? 'unknown';
  return { startMs, rssMb: rssKb / 1024, version };
}

async function stopClamd(): Promise<void> {
  if (clamdPid) {
    try {
      process.kill(clamdPid, 'SIGTERM');
    } catch {
      // already gone
    }
    clamdPid = null;
  }
  rmSync(benchPaths().dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const clamd = await startClamd();
  log(
    `clamd answered PING ${fmt(clamd.startMs, 0)} ms after start, RSS ${fmt(clamd.rssMb, 1)} MB (${clamd.version})`,
  );
  const scanner = new ClamdVirusScanner({ socket: benchPaths().socket }, 60_000);
  const rows: string[] = [];
  const results: Record<string, { rules: Timing; scan: Timing; total: Timing; size: number }> = {};
  for (const sample of samples()) {
    const rules: number[] = [];
    const scan: number[] = [];
    const total: number[] = [];
    for (let run = -3; run < RUNS; run++) {
      const t0 = performance.now();
      const verdict = await inspectContent(sample.bytes, sample.type);
      const t1 = performance.now();
      const scanned = await scanner.scan(sample.bytes);
      const t2 = performance.now();
      if (verdict.refusal || !scanned.scanned || scanned.infected) {
        throw new Error(`${sample.name}: expected a clean file, got ${JSON.stringify({ verdict, scanned })}`);
      }
      if (run < 0) continue;
      rules.push(t1 - t0);
      scan.push(t2 - t1);
      total.push(t2 - t0);
    }
    const r = {
      rules: summarise(rules),
      scan: summarise(scan),
      total: summarise(total),
      size: sample.bytes.length,
    };
    results[sample.name] = r;
    log(
      `${sample.name}: rules ${fmt(r.rules.median)} ms, clamd ${fmt(r.scan.median)} ms, total ${fmt(r.total.median)} ms (medians)`,
    );
    rows.push(
      `| ${sample.name} — ${sample.what} | ${fmt(sample.bytes.length / 1024 / 1024, 2)} | ${fmt(r.rules.median)} | ${fmt(r.scan.median)} | ${fmt(r.total.median)} | ${fmt(r.total.p90)} | ${fmt(r.total.max)} |`,
    );
  }
  const table = [
    '| Upload | MB | content rules, median ms | clamd INSTREAM, median ms | together, median ms | p90 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
  const medians = Object.values(results).map((r) => r.total.median);
  const at = new Date();
  await writeSection(
    'issue-15-scan',
    [
      '## Issue 15 — virus scanning: what checking and scanning a 10 MB upload adds',
      '',
      `Run ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:scan\`.`,
      '',
      '**Machine**',
      '',
      ...machine([
        `- Node.js ${process.version}, ${clamd.version} with the project's test signatures (config/clamav/signatures)`,
        `- Load average at the end: ${loadAverage()} (a shared machine)`,
      ]),
      '',
      '**Method**',
      '',
      `- The benchmark starts its own clamd with the project's configuration (config/clamav/clamd.conf) and test`,
      `  signatures: it answered PING **${fmt(clamd.startMs, 0)} ms** after start, at ${fmt(clamd.rssMb, 1)} MB RSS.`,
      `- Per file, ${RUNS} timed runs after 3 warm-up runs, one after the other, in one process: the content rules`,
      '  (`inspectContent`: PDF active content, the ZIP central directory) and the scan through `ClamdVirusScanner`',
      '  (the `clamscan` package streaming INSTREAM to clamd over its Unix socket, 256 KiB chunks) — what',
      '  `UploadInspector` does for every upload, without the database and HTTP around it.',
      "- With freshclam's full databases (production) clamd matches millions of signatures instead of three: expect the",
      '  clamd column to grow (and clamd to need about 1 GB of memory and tens of seconds to load); this run cannot',
      '  measure that here (no internet for freshclam).',
      '',
      '**Results**',
      '',
      `Checking and scanning a ${MB} MB upload adds **${fmt(Math.min(...medians) / 1000, 2)}–${fmt(Math.max(...medians) / 1000, 2)} s**`,
      `(median per file type; p90 up to ${fmt(Math.max(...Object.values(results).map((r) => r.total.p90)) / 1000, 2)} s on this loaded machine), most of it in clamd.`,
      '',
      table,
      '',
    ].join('\n'),
  );
  mkdirSync(join(__dirname, 'out'), { recursive: true });
  writeFileSync(
    join(__dirname, 'out', 'issue-15-scan.json'),
    JSON.stringify({ at, clamd, results }, null, 2),
  );
  printSummary(table, []);
}

runMain('bench:scan', main, stopClamd);
