/**
 * The architecture figures of issue 16, measured offline in a few seconds: import cycles (files; folders of each
 * lib), imports running back up the lifecycle stages (scripts/architecture/stages.json), non-test files over 400
 * lines, pairs of repeated blocks (jscpd), functions over 80 lines, and each lib's public barrel.
 *
 *   npm run arch:metrics                      the table (value, target, baseline) and what misses, exit 0
 *   npm run arch:metrics -- --baseline        exit 1 when a figure is worse than scripts/architecture/baseline.json (CI)
 *   npm run arch:metrics -- --enforce         exit 1 when a figure misses its target (CI, once issue 16 has landed)
 *   npm run arch:metrics -- --update-baseline write today's figures as the baseline
 *   npm run arch:metrics -- --plan            the import figures as they will be after the moves in move-map.json
 *   npm run arch:metrics -- --details         every item of every list, not the first 12
 *   npm run arch:metrics -- --json            the figures as JSON
 *   npm run arch:metrics -- --move-map-markdown   the move map as the table in docs/architecture.md
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findClones, type Clone } from './architecture/duplicates';
import { functionLengths, type FunctionLength } from './architecture/functions';
import { cycles, groupEdges, mutualPairs } from './architecture/graph';
import { type Edge, ImportGraph, project } from './architecture/imports';
import moveMap from './architecture/move-map.json';
import { type Placement, STAGE_MODEL, stageOf } from './architecture/stage-model';

const ROOT = join(__dirname, '..');
const BASELINE_FILE = join(__dirname, 'architecture', 'baseline.json');
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;
const LONG_FUNCTION_NOTE = 50;
const LIBS_IN_STAGES = ['libs/grants', 'libs/reporting'];

/** Spec files, fixtures for tests (`*.testing.ts`, `testing.ts`, `sample-*.ts`) and files under test/. */
export function isTestFile(file: string): boolean {
  return (
    /\.(spec|e2e-spec)\.ts$/.test(file) ||
    /(^|\/)(testing|[^/]+\.testing|sample-[^/]+)\.ts$/.test(file) ||
    file.startsWith('test/')
  );
}

/** A fixture a test builds data with: it must not be part of a lib's public surface. */
export function isFixture(file: string): boolean {
  return /(^|\/)(testing|[^/]+\.testing|sample-[^/]+)\.ts$/.test(file) || file.includes('/fixtures/');
}

interface Figures {
  fileCycles: number;
  filesInCycles: number;
  folderCycles: number;
  folderPairs: number;
  upwardImports: number;
  longFiles: number;
  duplicatePairs: number;
  identicalPairs: number;
  longFunctions: number;
  functionsOver50: number;
  fixturesExported: number;
  barrelUnused: number;
  barrelNames: Record<string, number>;
}

type Measure = Exclude<keyof Figures, 'barrelNames'>;
type ImportMeasure = 'fileCycles' | 'filesInCycles' | 'folderCycles' | 'folderPairs' | 'upwardImports';

/** The targets of issue 16; the ratchet (--baseline) holds these same figures. */
const TARGETS: Partial<Record<Measure, number>> = {
  fileCycles: 0,
  folderCycles: 0,
  upwardImports: 2,
  longFiles: 0,
  duplicatePairs: 120,
  longFunctions: 0,
  fixturesExported: 0,
};

const LABELS: Record<Measure, string> = {
  fileCycles: 'import cycles between files (apps, libs)',
  filesInCycles: '  files in those cycles',
  folderCycles: 'folders of libs/* in an import loop',
  folderPairs: '  folder pairs importing each other',
  upwardImports: 'imports running back up the stages',
  longFiles: `non-test files over ${MAX_FILE_LINES} lines`,
  duplicatePairs: 'pairs of repeated blocks (≥ 6 lines, same shape)',
  identicalPairs: '  of them identical',
  longFunctions: `functions over ${MAX_FUNCTION_LINES} lines`,
  functionsOver50: `  functions over ${LONG_FUNCTION_NOTE} lines`,
  fixturesExported: 'test fixtures exported by a lib barrel',
  barrelUnused: 'barrel names nobody outside the lib imports',
};

interface Analysis {
  figures: Figures;
  lists: Record<string, string[]>;
}

function sourceFiles(folders: string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of folders) {
    for (const entry of readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })) {
      const file = `${folder}/${entry.split('\\').join('/')}`;
      // The web app's components are .tsx; its generated API types (`*.d.ts`) are read but not measured.
      if (!/\.tsx?$/.test(file) || file.includes('node_modules/')) continue;
      files.set(file, readFileSync(join(ROOT, file), 'utf8'));
    }
  }
  return files;
}

/** The folder a lib's file is in: `libs/grants/src/decisions`, or `libs/grants/src/(root)` for its top files. */
function libFolder(file: string): string | null {
  const match = /^(libs\/[^/]+\/src)\/(.+)$/.exec(file);
  if (!match) return null;
  const rest = match[2].split('/');
  return `${match[1]}/${rest.length > 1 ? rest[0] : '(root)'}`;
}

function importFigures(
  files: string[],
  edges: Edge[],
  placement: Placement,
): Pick<Figures, ImportMeasure> & {
  lists: Record<string, string[]>;
} {
  const fileGroups = cycles(files, edges);
  const folderEdges = groupEdges(edges, libFolder);
  const folderGroups = cycles(
    files.map(libFolder).filter((f): f is string => f !== null),
    folderEdges,
  );
  const pairs = mutualPairs(folderEdges);
  const stageName = (i: number): string => STAGE_MODEL.stages[i].name;
  const upwardEdges = edges
    .map((e) => ({
      ...e,
      a: stageOf(e.from, STAGE_MODEL, placement),
      b: stageOf(e.to, STAGE_MODEL, placement),
    }))
    .filter((e) => e.a !== null && e.b !== null && e.a < e.b);
  const stageLines = STAGE_MODEL.stages.map((stage, i) => {
    const n = upwardEdges.filter((e) => e.a === i).length;
    const lint = stage.lint
      ? 'enforced by npm run lint'
      : n === 0
        ? 'holds: set lint: true'
        : 'not enforced yet';
    return `${String(i).padStart(2)} ${stage.name.padEnd(14)} ${String(n).padStart(3)} upward  ${lint}`;
  });
  const upward = upwardEdges
    .map(
      (e) =>
        `${e.from} (${stageName(e.a!)}) -> ${e.to} (${stageName(e.b!)})${e.typeOnly ? ' [types only]' : ''}`,
    )
    .sort();
  return {
    fileCycles: fileGroups.length,
    filesInCycles: fileGroups.reduce((n, g) => n + g.length, 0),
    folderCycles: folderGroups.reduce((n, g) => n + g.length, 0),
    folderPairs: pairs.length,
    upwardImports: upward.length,
    lists: {
      'file cycles': fileGroups.map((g) => `${g.length} files: ${g.join(', ')}`),
      'folder loops': folderGroups.map(
        (g) => `${g.length} folders: ${g.map((f) => f.replace(/^libs\//, '')).join(', ')}`,
      ),
      'folder pairs importing each other': pairs.map((p) => p.replace(/libs\//g, '')),
      'imports running back up': upward,
      'stages, bottom first (imports running back up from each)': stageLines,
    },
  };
}

function analyse(options: { duplicates: boolean }): Analysis {
  const code = sourceFiles(['apps', 'libs']);
  const consumers = sourceFiles(['test', 'bench', 'scripts']);
  const graph = new ImportGraph(new Map([...code, ...consumers]));
  const codeFiles = [...code.keys()];
  const edges = graph.edges().filter((e) => code.has(e.from) && code.has(e.to));
  const imports = importFigures(codeFiles, edges, 'paths');

  // The web app (apps/web) is held to the same targets as the rest of apps and libs.
  const longFiles = codeFiles
    .filter((f) => !isTestFile(f) && !f.endsWith('.d.ts'))
    .map((f) => ({ f, lines: code.get(f)!.split('\n').length - (code.get(f)!.endsWith('\n') ? 1 : 0) }))
    .filter((x) => x.lines > MAX_FILE_LINES)
    .sort((a, b) => b.lines - a.lines);

  const functions: FunctionLength[] = codeFiles
    .filter((f) => !isTestFile(f) && !f.endsWith('.d.ts'))
    .flatMap((f) => functionLengths(f, code.get(f)!))
    .sort((a, b) => b.lines - a.lines);

  const clones: Clone[] = options.duplicates
    ? findClones(ROOT, ['apps/api', 'apps/worker', 'apps/web', 'libs'])
    : [];
  const byFiles = new Map<string, { count: number; identical: number }>();
  for (const c of clones) {
    const key = [c.first, c.second].map((w) => w.replace(/:\d+-\d+$/, '')).join(' <> ');
    const entry = byFiles.get(key) ?? { count: 0, identical: 0 };
    entry.count++;
    if (c.kind === 'exact') entry.identical++;
    byFiles.set(key, entry);
  }

  const barrelNames: Record<string, number> = {};
  const barrelLists: string[] = [];
  const fixtures: string[] = [];
  let barrelUnused = 0;
  for (const lib of readdirSync(join(ROOT, 'libs'))) {
    const barrel = `libs/${lib}/src/index.ts`;
    if (!code.has(barrel)) continue;
    const names = graph.exportedNames(barrel);
    barrelNames[lib] = names.size;
    const used = new Map<string, Set<string>>();
    for (const file of graph.files) {
      if (project(file) === `libs/${lib}`) continue;
      for (const imp of graph.importsOf(file)) {
        if (imp.target !== barrel || !imp.names) continue;
        const kind = code.has(file) ? 'apps and libs' : 'tests, bench, scripts';
        for (const n of imp.names) used.set(n, (used.get(n) ?? new Set()).add(kind));
      }
    }
    const types = [...names].filter(([n, f]) => graph.kindOf(f, n) === 'type').length;
    const byApps = [...names.keys()].filter((n) => used.get(n)?.has('apps and libs')).length;
    const onlyTests = [...names.keys()].filter(
      (n) => used.has(n) && !used.get(n)!.has('apps and libs'),
    ).length;
    barrelUnused += names.size - byApps - onlyTests;
    barrelLists.push(
      `@app/${lib}: ${names.size} names (${names.size - types} values, ${types} types only); ${byApps} used by apps and other libs, ${onlyTests} only by tests, bench or scripts, ${names.size - byApps - onlyTests} by nobody outside the lib`,
    );
    for (const [name, file] of names)
      if (isFixture(file)) fixtures.push(`@app/${lib} exports ${name} from ${file}`);
  }

  const { lists: importLists, ...importCounts } = imports;
  return {
    figures: {
      ...importCounts,
      longFiles: longFiles.length,
      duplicatePairs: clones.length,
      identicalPairs: clones.filter((c) => c.kind === 'exact').length,
      longFunctions: functions.filter((f) => f.lines > MAX_FUNCTION_LINES).length,
      functionsOver50: functions.filter((f) => f.lines > LONG_FUNCTION_NOTE).length,
      fixturesExported: fixtures.length,
      barrelUnused,
      barrelNames,
    },
    lists: {
      ...importLists,
      'long files': longFiles.map((x) => `${x.lines} ${x.f}`),
      'long functions': functions
        .filter((f) => f.lines > MAX_FUNCTION_LINES)
        .map((f) => `${f.lines} ${f.name} (${f.file}:${f.line})`),
      'repeated blocks by pair of files (pairs, identical)': [...byFiles]
        .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
        .map(([files, n]) => `${n.count} (${n.identical}) ${files}`),
      'public barrels': barrelLists,
      'fixtures exported': fixtures,
    },
  };
}

function readBaseline(): Partial<Figures> | null {
  try {
    return JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Partial<Figures>;
  } catch {
    return null;
  }
}

function printTable(figures: Figures, baseline: Partial<Figures> | null, measures: Measure[]): void {
  const rows = [['measure', 'value', 'target', 'baseline', '']];
  for (const m of measures) {
    const target = TARGETS[m];
    const base = baseline?.[m];
    const state = [
      target !== undefined && figures[m] > target ? 'misses target' : '',
      typeof base === 'number' && figures[m] > base ? 'WORSE than baseline' : '',
    ]
      .filter(Boolean)
      .join(', ');
    rows.push([
      LABELS[m],
      String(figures[m]),
      target === undefined ? '' : target === 0 ? '0' : `≤ ${target}`,
      typeof base === 'number' ? String(base) : '',
      state || (target !== undefined ? 'ok' : ''),
    ]);
  }
  for (const [lib, n] of Object.entries(figures.barrelNames)) {
    rows.push([
      `names exported by @app/${lib}`,
      String(n),
      'curated',
      String(baseline?.barrelNames?.[lib] ?? ''),
      '',
    ]);
  }
  printRows(rows);
}

function printRows(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) {
    console.log(
      r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
        .join('  ')
        .trimEnd(),
    );
  }
}

function printLists(lists: Record<string, string[]>, details: boolean): void {
  for (const [title, items] of Object.entries(lists)) {
    const limit = details || title.startsWith('stages') ? Infinity : 12;
    if (items.length === 0) continue;
    console.log(`\n${title} (${items.length}):`);
    for (const item of items.slice(0, limit)) console.log(`  ${item}`);
    if (items.length > limit) console.log(`  … ${items.length - limit} more (--details)`);
  }
}

interface MoveMap {
  moves: Record<string, string>;
  split: Record<string, Record<string, string>>;
  changes: { from: string; to: string; change: string }[];
  notes: Record<string, string>;
}

const DELETED = '(deleted)';

/**
 * The import figures with every file of libs/grants and libs/reporting at its place in move-map.json: first after
 * the moves and splits alone, then with the imports the listed code changes remove.
 */
function plan(details: boolean): void {
  const map = moveMap as MoveMap;
  const code = sourceFiles(['apps', 'libs']);
  const graph = new ImportGraph(code);
  const inStages = [...code.keys()].filter((f) => LIBS_IN_STAGES.includes(project(f)));
  const unmapped = inStages.filter((f) => !(f in map.moves));
  const stale = Object.keys(map.moves).filter((f) => !code.has(f));
  const place = (f: string): string => map.moves[f] ?? f;
  const today = graph.edges();
  const existing = new Set(today.map((e) => `${e.from}\n${e.to}`));
  const staleChanges = map.changes.filter((c) => !existing.has(`${c.from}\n${c.to}`));
  const removed = new Set(map.changes.map((c) => `${c.from}\n${c.to}`));

  const project_ = (edges: Edge[]): Edge[] => {
    const moved: Edge[] = [];
    for (const e of edges) {
      const from = place(e.from);
      const split = map.split[e.to];
      // Each imported name goes where the split sends it; the rest of the file where it moves.
      const targets = new Set(e.names && split ? e.names.map((n) => split[n] ?? place(e.to)) : [place(e.to)]);
      for (const to of targets) {
        if (from !== to && from !== DELETED && to !== DELETED) moved.push({ ...e, from, to });
      }
    }
    return moved;
  };
  const files = [
    ...new Set([
      ...[...code.keys()].map(place),
      ...Object.values(map.split).flatMap((names) => Object.values(names)),
    ]),
  ].filter((f) => f !== DELETED);
  const afterMoves = importFigures(files, project_(today), 'target');
  const afterChanges = importFigures(
    files,
    project_(today.filter((e) => !removed.has(`${e.from}\n${e.to}`))),
    'target',
  );
  const moving = Object.entries(map.moves).filter(([a, b]) => a !== b);
  console.log(
    `Plan (scripts/architecture/move-map.json): ${Object.keys(map.moves).length} files, ${moving.filter(([, b]) => b !== DELETED).length} move, ${moving.filter(([, b]) => b === DELETED).length} go; ${Object.keys(map.split).length} files split; ${map.changes.length} imports removed by code changes\n`,
  );
  const measures: ImportMeasure[] = [
    'fileCycles',
    'filesInCycles',
    'folderCycles',
    'folderPairs',
    'upwardImports',
  ];
  const rows = [['measure', 'today', 'after the moves', 'and the code changes', 'target']];
  const now = importFigures([...code.keys()], today, 'paths');
  for (const m of measures) {
    const target = TARGETS[m];
    rows.push([
      LABELS[m],
      String(now[m]),
      String(afterMoves[m]),
      String(afterChanges[m]),
      target === undefined ? '' : target === 0 ? '0' : `≤ ${target}`,
    ]);
  }
  printRows(rows);
  const composition = new Set(STAGE_MODEL.composition);
  printLists(
    {
      'after the moves and the code changes: cycles between files': afterChanges.lists['file cycles'],
      'after the moves and the code changes: folder loops': afterChanges.lists['folder loops'],
      'after the moves and the code changes: imports running back up':
        afterChanges.lists['imports running back up'],
      'after the moves alone: imports running back up (the code changes below remove most)':
        afterMoves.lists['imports running back up'],
      'code changes (cross-stage writes and reads turned into calls of the owning stage)': map.changes.map(
        (c) => `${c.from} -> ${c.to}: ${c.change}`,
      ),
      'files of libs/grants and libs/reporting missing from the move map': unmapped,
      'move-map entries for files that no longer exist': stale,
      'code changes whose import no longer exists': staleChanges.map((c) => `${c.from} -> ${c.to}`),
      'composition files moved (keep them at the lib root)': Object.keys(map.moves).filter(
        (f) => composition.has(f) && map.moves[f] !== f && map.moves[f] !== DELETED,
      ),
    },
    details,
  );
  if (unmapped.length > 0) process.exitCode = 1;
}

function moveMapMarkdown(): void {
  const { moves, notes } = moveMap as MoveMap;
  console.log('| today | after the move | note |');
  console.log('| --- | --- | --- |');
  for (const [from, to] of Object.entries(moves)) {
    const short = (p: string): string => p.replace(/^libs\//, '');
    const target = from === to ? 'stays' : to === DELETED ? 'deleted' : `\`${short(to)}\``;
    console.log(`| \`${short(from)}\` | ${target} | ${notes[from] ?? ''} |`);
  }
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const known = [
    '--baseline',
    '--enforce',
    '--update-baseline',
    '--plan',
    '--details',
    '--json',
    '--move-map-markdown',
  ];
  const unknown = [...args].filter((a) => !known.includes(a));
  if (unknown.length > 0) {
    console.error(`unknown option ${unknown.join(', ')}; options: ${known.join(' ')}`);
    process.exit(2);
  }
  if (args.has('--move-map-markdown')) return moveMapMarkdown();
  if (args.has('--plan')) return plan(args.has('--details'));

  const started = Date.now();
  const { figures, lists } = analyse({ duplicates: true });
  if (args.has('--json')) {
    console.log(JSON.stringify(figures, null, 2));
    return;
  }
  if (args.has('--update-baseline')) {
    writeFileSync(BASELINE_FILE, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`baseline written: ${BASELINE_FILE}`);
  }
  const baseline = readBaseline();
  console.log(
    `Architecture figures (issue 16), measured in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  printTable(figures, baseline, Object.keys(LABELS) as Measure[]);
  printLists(lists, args.has('--details'));

  const ratchet = Object.keys(TARGETS) as Measure[];
  if (args.has('--enforce')) {
    const missed = ratchet.filter((m) => figures[m] > TARGETS[m]!);
    if (missed.length > 0) {
      console.error(`\narchitecture: ${missed.map((m) => LABELS[m].trim()).join('; ')}: target missed`);
      process.exitCode = 1;
    }
  }
  if (args.has('--baseline')) {
    if (!baseline) {
      console.error(
        `\narchitecture: no baseline at ${BASELINE_FILE} (npm run arch:metrics -- --update-baseline)`,
      );
      process.exitCode = 1;
      return;
    }
    const worse = ratchet.filter((m) => typeof baseline[m] === 'number' && figures[m] > baseline[m]);
    if (worse.length > 0) {
      console.error(
        `\narchitecture: worse than the baseline: ${worse.map((m) => `${LABELS[m].trim()} ${baseline[m]} -> ${figures[m]}`).join('; ')}`,
      );
      process.exitCode = 1;
    } else {
      const better = ratchet.filter((m) => typeof baseline[m] === 'number' && figures[m] < baseline[m]);
      if (better.length > 0) {
        console.log(
          `\narchitecture: better than the baseline (${better.map((m) => LABELS[m].trim()).join('; ')}): lower it with --update-baseline`,
        );
      }
    }
  }
}

if (require.main === module) main();
