import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isFixture, isTestFile } from '../architecture';
import { functionLengths } from './functions';
import { cycles, groupEdges, mutualPairs } from './graph';
import { ImportGraph } from './imports';
import { STAGE_MODEL, stageOf, type StageModel } from './stage-model';

const edge = (from: string, to: string): { from: string; to: string } => ({ from, to });

describe('cycles', () => {
  it('finds each group of files that import each other, largest first, and self-imports', () => {
    const groups = cycles(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [
        edge('a', 'b'),
        edge('b', 'c'),
        edge('c', 'a'),
        edge('c', 'd'),
        edge('e', 'f'),
        edge('f', 'e'),
        edge('d', 'd'),
      ],
    );
    expect(groups).toEqual([['a', 'b', 'c'], ['e', 'f'], ['d']]);
  });

  it('finds none in a chain of imports, however long', () => {
    const nodes = Array.from({ length: 20000 }, (_, i) => `n${i}`);
    const chain = nodes.slice(1).map((n, i) => edge(nodes[i], n));
    expect(cycles(nodes, chain)).toEqual([]);
  });

  it('counts folder pairs that import each other once, and folds file edges into folder edges', () => {
    const folders = groupEdges(
      [edge('x/1', 'y/1'), edge('x/2', 'y/1'), edge('y/1', 'x/1'), edge('y/1', 'z/1'), edge('x/1', 'x/2')],
      (file) => file.split('/')[0],
    );
    expect(folders).toEqual([edge('x', 'y'), edge('y', 'x'), edge('y', 'z')]);
    expect(mutualPairs(folders)).toEqual(['x <-> y']);
  });
});

describe('ImportGraph', () => {
  const files = new Map([
    ['libs/grants/src/index.ts', "export * from './decisions/decision';\nexport * from './kernel/money';\n"],
    [
      'libs/grants/src/decisions/decision.ts',
      "import type { Ore } from '../kernel/money';\nexport class Decision { amount!: Ore; }\nexport interface Terms { a: 1 }\n",
    ],
    ['libs/grants/src/kernel/money.ts', 'export type Ore = number;\nexport const ZERO = 0;\n'],
    [
      'libs/grants/src/letters/letter.ts',
      "import { Decision } from '../decisions/decision';\nimport * as all from '..';\nexport const x = async () => import('../kernel/money');\n",
    ],
    [
      'apps/api/src/controller.ts',
      "import { Decision, ZERO } from '@app/grants';\nimport { Module } from '@nestjs/common';\n",
    ],
  ]);
  const graph = new ImportGraph(files);
  const edges = graph.edges();
  const targets = (from: string): string[] =>
    edges
      .filter((e) => e.from === from)
      .map((e) => e.to)
      .sort();

  it("follows another project's barrel to the file that declares each name, and leaves packages out", () => {
    expect(targets('apps/api/src/controller.ts')).toEqual([
      'libs/grants/src/decisions/decision.ts',
      'libs/grants/src/kernel/money.ts',
    ]);
  });

  it("keeps an import of its own project's barrel (it loads the whole barrel), and counts dynamic imports", () => {
    expect(targets('libs/grants/src/letters/letter.ts')).toEqual([
      'libs/grants/src/decisions/decision.ts',
      'libs/grants/src/index.ts',
      'libs/grants/src/kernel/money.ts',
    ]);
  });

  it('marks type-only imports and lists the names along an edge', () => {
    const typeEdge = edges.find((e) => e.from === 'libs/grants/src/decisions/decision.ts')!;
    expect(typeEdge).toEqual({
      from: 'libs/grants/src/decisions/decision.ts',
      to: 'libs/grants/src/kernel/money.ts',
      typeOnly: true,
      names: ['Ore'],
    });
  });

  it("counts a barrel's names through `export *`, telling types from values", () => {
    const names = graph.exportedNames('libs/grants/src/index.ts');
    expect([...names.keys()].sort()).toEqual(['Decision', 'Ore', 'Terms', 'ZERO']);
    expect(graph.kindOf(names.get('Terms')!, 'Terms')).toBe('type');
    expect(graph.kindOf(names.get('Decision')!, 'Decision')).toBe('value');
  });
});

describe('stageOf', () => {
  const model: StageModel = {
    composition: ['libs/grants/src/index.ts'],
    stages: [
      {
        name: 'kernel',
        title: '',
        paths: ['libs/grants/src/common/', 'libs/grants/src/decisions/reasons.ts'],
        target: [],
        lint: false,
      },
      { name: 'decisions', title: '', paths: ['libs/grants/src/decisions/'], target: [], lint: false },
    ],
  };

  it('places a file by the longest matching prefix, and composition files in no stage', () => {
    expect(stageOf('libs/grants/src/decisions/decision.ts', model)).toBe(1);
    expect(stageOf('libs/grants/src/decisions/reasons.ts', model)).toBe(0);
    expect(stageOf('libs/grants/src/decisions/reasons.ts.bak', model)).toBe(1);
    expect(stageOf('libs/grants/src/index.ts', model)).toBeNull();
    expect(stageOf('apps/api/src/main.ts', model)).toBeNull();
  });

  it("places every file of today's libs/grants folders in a stage (stages.json)", () => {
    const folders = readdirSync(join(__dirname, '../../libs/grants/src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders).toContain('kernel');
    for (const folder of folders) {
      expect([folder, stageOf(`libs/grants/src/${folder}/x.ts`, STAGE_MODEL)]).not.toEqual([folder, null]);
    }
  });
});

describe('functionLengths', () => {
  const source = [
    'export class Service {', //  1
    '  @Get()', //  2
    '  async handle(): Promise<void> {', //  3
    '    await db.transaction(async () => {', //  4
    '      work();', //  5
    '    });', //  6
    '  }', //  7
    '}', //  8
    'export const helper = (x: number): number => {', //  9
    '  return x;', // 10
    '};', // 11
    'export const short = (x: number) => x;', // 12
  ].join('\n');

  it('measures from the signature (after decorators) to the closing brace; a callback is part of its function', () => {
    expect(functionLengths('f.ts', source)).toEqual([
      { file: 'f.ts', name: 'Service.handle', line: 3, lines: 5 },
      { file: 'f.ts', name: 'helper', line: 9, lines: 3 },
    ]);
  });
});

describe('test files and fixtures', () => {
  it('tells tests and fixtures from code', () => {
    expect(isTestFile('libs/grants/src/letters/render-letter.spec.ts')).toBe(true);
    expect(isTestFile('libs/reporting/src/statistics/small-cells.testing.ts')).toBe(true);
    expect(isTestFile('libs/grants/src/payments/exports/testing.ts')).toBe(true);
    expect(isTestFile('libs/grants/src/letters/render-letter.ts')).toBe(false);
    expect(isFixture('libs/grants/src/letters/sample-letter-input.ts')).toBe(true);
    expect(isFixture('libs/platform/src/testing/fault-point.ts')).toBe(false);
  });
});
