import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findDocsProblems, headingsOf, sectionNumbers, slug } from './check-docs';

describe('docs check', () => {
  it('finds nothing in this repository: every rule the code cites is in docs/', () => {
    expect(findDocsProblems(join(__dirname, '..'))).toEqual([]);
  });

  describe('on a small tree', () => {
    let root: string;
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    const problems = (files: string[]) =>
      findDocsProblems(root, files).map((p) => `${p.file}:${p.line}: ${p.message}`);

    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'docs-check-'));
      write(
        'docs/domain.md',
        '# Domain\n\n## §1 The scheme\n\n## §2 Deadlines, defaults and thresholds\n\n```md\n## §9 in a fence\n```\n',
      );
      write('docs/decisions.md', '# Decisions\n\n## 11. Hot read paths bypass the ORM\n\n## Why Fastify\n');
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('accepts references to sections, anchors and files that exist', () => {
      write(
        'src/a.ts',
        [
          '// docs/domain.md §1, docs/domain.md §1–2, docs/domain.md §1 and §2, docs/decisions.md §11',
          '// docs/decisions.md#why-fastify, docs/domain.md#2-deadlines-defaults-and-thresholds',
        ].join('\n'),
      );
      write(
        'README.md',
        '[rules](docs/domain.md#1-the-scheme), [top](#readme), [why](docs/decisions.md)\n# Readme\n',
      );
      expect(problems(['src/a.ts', 'README.md'])).toEqual([]);
    });

    it('refuses the notes outside the repository', () => {
      const domain = ['DOM', 'AIN.md'].join('');
      const design = ['DES', 'IGN.md'].join('');
      const shared = ['../sha', 'red/x'].join('');
      write('src/b.ts', `// ${domain} §4\n// ${design} §6\n// see ${shared}\n`);
      expect(problems(['src/b.ts'])).toEqual([
        `src/b.ts:1: cites the domain notes outside the repository: «${domain}»; cite docs/ instead`,
        `src/b.ts:2: cites the design notes outside the repository: «${design}»; cite docs/ instead`,
        `src/b.ts:3: cites a folder outside the repository: «${shared.slice(0, -2)}»; cite docs/ instead`,
      ]);
    });

    it('names a missing section, anchor, file or link target', () => {
      write(
        'src/c.ts',
        '// docs/domain.md §3\n// docs/domain.md §1–2 and §9\n// docs/domain.md#nowhere\n// docs/gone.md §1\n',
      );
      write(
        'docs/x.md',
        '# X\n[a](domain.md#nowhere) [b](missing.md) [c](../../outside.md) [d](#x) [e](#y)\n',
      );
      expect(problems(['src/c.ts', 'docs/x.md'])).toEqual([
        'src/c.ts:1: docs/domain.md has no section §3',
        'src/c.ts:2: docs/domain.md has no section §9',
        'src/c.ts:3: docs/domain.md has no heading #nowhere',
        'src/c.ts:4: docs/gone.md does not exist',
        'docs/x.md:2: link domain.md#nowhere: docs/domain.md has no heading #nowhere',
        'docs/x.md:2: link missing.md: docs/missing.md does not exist',
        'docs/x.md:2: link ../../outside.md points outside the repository',
        'docs/x.md:2: link #y: docs/x.md has no heading #y',
      ]);
    });
  });

  it('makes anchors as GitHub does', () => {
    expect(slug('§10 The case and its lifecycle')).toBe('10-the-case-and-its-lifecycle');
    expect(slug('The `*Extensions` registries disappear; libs/reporting stays, read-only')).toBe(
      'the-extensions-registries-disappear-libsreporting-stays-read-only',
    );
    expect([...headingsOf('# A\n## A\n## A\n').anchors]).toEqual(['a', 'a-1', 'a-2']);
    expect(sectionNumbers('§2, §5 and §8')).toEqual(['2', '5', '8']);
    expect(sectionNumbers('§1–3')).toEqual(['1', '2', '3']);
  });
});
