/**
 * `npm run docs:check`: the documentation stands on its own. Fails (exit 1, one line per problem) when
 *
 * - a file cites the design and domain notes that once lived outside the repository (the upper-case `DOMAIN` or
 *   `DESIGN` file, or the shared folder next to the checkout): everything the code cites is under docs/;
 * - a reference `docs/<file>.md §N` (also `§1–2`, `§2, §5 and §8`) names a file or a section that is not there (a
 *   heading `§N …` or `N. …`);
 * - a reference `docs/<file>.md#anchor` in any file, or a relative link `[text](path#anchor)` in a Markdown file,
 *   points to a file that does not exist or to a heading it does not have (anchors as GitHub makes them).
 *
 * It reads the files git knows (tracked, and new ones not ignored); run by .ci/run and by its unit test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

export interface DocsProblem {
  file: string;
  line: number;
  message: string;
}

// Spelled in pieces so that this file does not contain what it looks for.
const OUTSIDE = [
  { pattern: new RegExp(`\\b${'DOM'}AIN\\.md\\b`), what: 'the domain notes outside the repository' },
  { pattern: new RegExp(`\\b${'DES'}IGN\\.md\\b`), what: 'the design notes outside the repository' },
  { pattern: new RegExp(`\\.\\./${'sha'}red\\b`), what: 'a folder outside the repository' },
];

const SKIPPED = [
  /^node_modules\//,
  /^dist\//,
  /^coverage\//,
  /(^|\/)package-lock\.json$/,
  /^openapi\.json$/,
  // Its fixtures are wrong on purpose.
  /^scripts\/check-docs\.spec\.ts$/,
];
const TEXT =
  /\.(ts|js|mjs|cjs|json|md|yml|yaml|sh|sql|txt)$|(^|\/)(Dockerfile|run|\.env\.example|\.gitignore)$/;

/** A heading's anchor as GitHub renders it: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

interface Headings {
  anchors: Set<string>;
  sections: Set<string>;
}

/** The anchors and `§N` sections of a Markdown file (headings inside code fences do not count). */
export function headingsOf(markdown: string): Headings {
  const anchors = new Set<string>();
  const sections = new Set<string>();
  const seen = new Map<string, number>();
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const f = /^\s*(```+|~~~+)/.exec(line);
    if (f) {
      if (fence === null) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!h) continue;
    const base = slug(h[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
    // `## §4 The decision letter` (docs/domain.md) or `## 11. Hot read paths` (docs/decisions.md).
    const section = /^(?:§(\d+)\b|(\d+)\.\s)/.exec(h[1]);
    if (section) sections.add(section[1] ?? section[2]);
  }
  return { anchors, sections };
}

/** The numbers a reference like `§2, §5 and §8` or `§1–2` names. */
export function sectionNumbers(text: string): string[] {
  const numbers: string[] = [];
  for (const m of text.matchAll(/§(\d+)(?:[–-](\d+))?/g)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    for (let n = from; n <= to && n - from < 50; n++) numbers.push(String(n));
  }
  return numbers;
}

export function listFiles(root: string): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  });
  return out
    .split('\0')
    .filter((f) => f && TEXT.test(f) && !SKIPPED.some((s) => s.test(f)))
    .filter((f) => existsSync(join(root, f)) && statSync(join(root, f)).isFile());
}

const DOC_SECTION_REF = /\bdocs\/([\w./-]+\.md) (§\d+(?:[–-]\d+)?(?:(?:, | and )§\d+(?:[–-]\d+)?)*)/g;
const DOC_ANCHOR_REF = /\bdocs\/([\w./-]+\.md)#([\p{L}\p{N}_-]+)/gu;
const MD_LINK = /\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

export function findDocsProblems(root: string, files = listFiles(root)): DocsProblem[] {
  const problems: DocsProblem[] = [];
  const cache = new Map<string, Headings | null>();
  const headings = (path: string): Headings | null => {
    if (!cache.has(path)) {
      const full = join(root, path);
      cache.set(path, existsSync(full) ? headingsOf(readFileSync(full, 'utf8')) : null);
    }
    return cache.get(path) ?? null;
  };

  for (const file of files) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    lines.forEach((text, i) => {
      const at = (message: string) => problems.push({ file, line: i + 1, message });
      for (const { pattern, what } of OUTSIDE) {
        if (pattern.test(text)) at(`cites ${what}: «${pattern.exec(text)![0]}»; cite docs/ instead`);
      }
      for (const m of text.matchAll(DOC_SECTION_REF)) {
        const target = `docs/${m[1]}`;
        const h = headings(target);
        if (!h) at(`${target} does not exist`);
        else
          for (const n of sectionNumbers(m[2])) if (!h.sections.has(n)) at(`${target} has no section §${n}`);
      }
      for (const m of text.matchAll(DOC_ANCHOR_REF)) {
        const target = `docs/${m[1]}`;
        const h = headings(target);
        if (!h) at(`${target} does not exist`);
        else if (!h.anchors.has(m[2])) at(`${target} has no heading #${m[2]}`);
      }
      if (!file.endsWith('.md')) return;
      for (const m of text.matchAll(MD_LINK)) {
        const link = m[1];
        if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) continue;
        const [path, anchor] = link.split('#', 2);
        const target = path ? normalize(join(dirname(file), decodeURIComponent(path))) : file;
        if (relative(root, join(root, target)).startsWith('..')) {
          at(`link ${link} points outside the repository`);
          continue;
        }
        if (!existsSync(join(root, target))) {
          at(`link ${link}: ${target} does not exist`);
          continue;
        }
        if (anchor && target.endsWith('.md')) {
          const h = headings(target);
          if (h && !h.anchors.has(anchor)) at(`link ${link}: ${target} has no heading #${anchor}`);
        }
      }
    });
  }
  return problems;
}

if (require.main === module) {
  const root = join(__dirname, '..');
  const problems = findDocsProblems(root);
  for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
  if (problems.length > 0) {
    console.error(`docs check: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log('docs check: every reference points inside the repository');
}
