import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { writtenStandardOf } from './language';
import { MESSAGES_API_NN } from './messages-api.nn';
import { MESSAGES_DOMAIN_NN } from './messages-domain.nn';
import { MESSAGES_HISTORY_NN } from './messages-history.nn';
import { MESSAGES_TERMS_NN } from './messages-terms.nn';
import { NYNORSK } from './nynorsk';
import { inWrittenStandard, nynorskOf } from './translate';

const ROOT = join(__dirname, '../../../..');

/** Where messages a client can read are raised: the API, the domain and the platform (not letters and e-mails). */
const SOURCES = ['apps/api/src', 'libs/grants/src', 'libs/platform/src'];
const SKIP =
  /\.spec\.ts$|\.testing\.ts$|\/letters\/|\/reminders\/|\/payments\/exports\/|mail-texts|login-notices|sample-/;

/** Tables of texts that are messages, labels or parts of messages (every literal inside them counts). */
const TABLES = /^(MESSAGES|HTTP_TITLES|FRAMEWORK_ERRORS|FIELD_LABELS|REQUIRED|[A-Z_]+_NB)$/;

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (path.endsWith('.ts') && !SKIP.test(path)) out.push(path);
  }
  return out;
}

/** A literal as a catalogue key: every interpolation (`${…}`, or a RegExp replacement `$1`) becomes `{}`. */
function keyOf(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return node.text.replace(/\$\d/g, '{}');
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join('');
  }
  // A message split over lines: 'first part ' + `second ${part}`.
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = keyOf(node.left);
    const right = keyOf(node.right);
    if (left !== undefined && right !== undefined) return left + right;
  }
  return undefined;
}

function literals(node: ts.Node, out: string[], deep = false): void {
  const key = keyOf(node);
  if (key !== undefined) {
    out.push(key);
    if (!deep) return;
  }
  if (!deep) {
    if (ts.isConditionalExpression(node)) {
      literals(node.whenTrue, out);
      literals(node.whenFalse, out);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      literals(node.left, out);
      literals(node.right, out);
    } else if (ts.isParenthesizedExpression(node)) literals(node.expression, out);
    return;
  }
  node.forEachChild((child) => literals(child, out, true));
}

/** Looks like a Norwegian text rather than a code, a key, a pattern or an English log line. */
function isText(text: string): boolean {
  if (!/[A-Za-zÆØÅæøå]{2}/.test(text) || text.startsWith('^')) return false;
  if (/^[a-z][A-Za-z0-9_.-]*$/.test(text)) return false;
  return /[æøåÆØÅ]|\b(ikke|må|er|kan|og|som|til|med|av|for|en|et|eller|har|ble)\b|^[A-ZÆØÅ][a-zæøå]+(\s|$)/.test(
    text,
  );
}

interface Found {
  key: string;
  where: string;
}

const names = new Set<string>();

function terms(node: ts.Node, out: string[]): void {
  if (ts.isPropertyAssignment(node)) {
    const key = keyOf(node.initializer);
    if (key !== undefined) {
      names.add(key);
      out.push(key);
    }
  }
  node.forEachChild((child) => terms(child, out));
}

/** Every message text raised in the sources: DomainError arguments, `message`/`title`/`detail`, message tables. */
function messagesInSources(): Found[] {
  const found: Found[] = [];
  for (const dir of SOURCES) {
    for (const file of files(join(ROOT, dir))) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        const texts: string[] = [];
        if (
          ts.isCallExpression(node) &&
          ts.isPropertyAccessExpression(node.expression) &&
          node.expression.expression.getText() === 'DomainError'
        ) {
          const method = node.expression.name.text;
          if (method === 'notFound') {
            literals(node.arguments[0], texts);
            texts.splice(0, texts.length, ...texts.map((what) => `${what} ble ikke funnet.`));
          } else if (method === 'stale') literals(node.arguments[0], texts);
          else if (method === 'rule') literals(node.arguments[2], texts);
          else if (method === 'duplicate') literals(node.arguments[1], texts);
          else if (node.arguments[0]) literals(node.arguments[0], texts);
        } else if (
          ts.isNewExpression(node) &&
          node.expression.getText() === 'DomainError' &&
          node.arguments?.[1]
        ) {
          literals(node.arguments[1], texts);
        } else if (
          ts.isPropertyAssignment(node) &&
          ['message', 'title', 'detail'].includes(node.name.getText())
        ) {
          literals(node.initializer, texts);
        } else if (ts.isVariableDeclaration(node) && TABLES.test(node.name.getText()) && node.initializer) {
          literals(node.initializer, texts, true);
          // A table of Norwegian names (status, event, kind): every name counts, one word or several.
          if (node.name.getText().endsWith('_NB')) terms(node.initializer, texts);
        }
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        for (const key of new Set(texts.filter((t) => isText(t) || names.has(t)))) {
          found.push({ key, where: `${relative(ROOT, file)}:${line}` });
        }
        names.clear();
        node.forEachChild(visit);
      };
      visit(source);
    }
  }
  return found;
}

/** Files whose sentences are not client messages: letters and e-mails (their own nn texts), logs, reports. */
const NOT_MESSAGES =
  /\/letters\/|\/reminders\/|\/payments\/exports\/|\/read-models\/|\/audit\/|\/outbox\/|\/i18n\/|\/config\/|mail-texts|login-notices|sample-|payment-plan\.ts$|identifiers\.ts$|startup-error\.ts$/;

/** A Norwegian sentence: starts with a capital (or a value), has a space and a Norwegian word, ends a sentence. */
function isSentence(text: string): boolean {
  return (
    /\s/.test(text) &&
    /^[A-ZÆØÅ«{]/.test(text) &&
    /[.!?]\s*$/.test(text) &&
    !/\b(the|is|are|see|and|of)\b/.test(text) &&
    /[æøåÆØÅ]|\b(ikke|må|er|kan|og|som|til|med|av|for|en|et|har|ble)\b/.test(text)
  );
}

/** Every Norwegian sentence written anywhere in the sources that raise client messages (a wider net than the above). */
function sentencesInSources(): Found[] {
  const found: Found[] = [];
  for (const dir of SOURCES) {
    for (const file of files(join(ROOT, dir)).filter((f) => !NOT_MESSAGES.test(f))) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        const key = keyOf(node);
        if (key !== undefined) {
          if (isSentence(key.trim())) {
            const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
            found.push({ key: key.trim(), where: `${relative(ROOT, file)}:${line}` });
          }
          return;
        }
        node.forEachChild(visit);
      };
      visit(source);
    }
  }
  return found;
}

describe('nynorsk catalogue', () => {
  const found = messagesInSources();
  const sentences = sentencesInSources();

  it('finds the messages (the scan itself works)', () => {
    expect(found.length).toBeGreaterThan(250);
    expect(found.map((f) => f.key)).toContain('Feltet må fylles ut.');
    expect(found.map((f) => f.key)).toContain('Teksten kan ha høyst {} tegn (har {}).');
  });

  it('has a nynorsk form of every message raised in the code', () => {
    const missing = found.filter((f) => !(f.key in NYNORSK) && nynorskOf(f.key) === undefined);
    if (process.env.PRINT_MISSING) console.log([...new Set(missing.map((m) => m.key))].join('\n'));
    expect(missing.map((m) => `${m.where}: ${m.key}`)).toEqual([]);
  });

  it('has a nynorsk form of every Norwegian sentence in the code that raises messages', () => {
    const missing = sentences.filter(
      (f) => nynorskOf(f.key) === undefined && inWrittenStandard(f.key, 'nn') === f.key,
    );
    if (process.env.PRINT_MISSING) console.log([...new Set(missing.map((m) => m.key))].join('\n'));
    expect(missing.map((m) => `${m.where}: ${m.key}`)).toEqual([]);
  });

  it('has each text once across its parts (a later part would silently win)', () => {
    const parts = [MESSAGES_API_NN, MESSAGES_DOMAIN_NN, MESSAGES_TERMS_NN, MESSAGES_HISTORY_NN];
    expect(parts.reduce((sum, part) => sum + Object.keys(part).length, 0)).toBe(Object.keys(NYNORSK).length);
  });

  it('keeps the placeholders of a template', () => {
    const broken = Object.entries(NYNORSK).filter(([nb, nn]) => {
      const wanted = nb.split('{}').length - 1;
      const given = (nn.match(/\{\d*\}/g) ?? []).length;
      return wanted !== given;
    });
    expect(broken).toEqual([]);
  });

  it('is written in nynorsk (no bokmål-only words in a nynorsk form)', () => {
    const bokmal =
      /(?<!\p{L})(ikke|være|hvis|bare|noe|hva|hvorfor|ble|allerede|ennå|fra|selv|mer|nå)(?!\p{L})/iu;
    const slipped = Object.values(NYNORSK).filter((nn) => bokmal.test(nn.replace(/«[^»]*»/g, '')));
    expect(slipped).toEqual([]);
  });

  it('fills templates and translates the values that are themselves catalogued', () => {
    expect(inWrittenStandard('Teksten kan ha høyst 150 tegn (har 200).', 'nn')).toBe(
      'Teksten kan ha høgst 150 teikn (har 200).',
    );
    expect(inWrittenStandard('Søknaden ble ikke funnet.', 'nn')).toBe('Søknaden vart ikkje funnen.');
    expect(inWrittenStandard('Søknaden ble ikke funnet.', 'nb')).toBe('Søknaden ble ikke funnet.');
    expect(inWrittenStandard('Feltet må fylles ut. Må være tekst.', 'nn')).toBe(
      'Feltet må fyllast ut. Må vere tekst.',
    );
  });

  it('leaves text it does not know as it is', () => {
    expect(inWrittenStandard('Something else', 'nn')).toBe('Something else');
  });
});

describe('Accept-Language', () => {
  it.each([
    [undefined, 'nb'],
    ['', 'nb'],
    ['nn', 'nn'],
    ['nn-NO', 'nn'],
    ['NN-no', 'nn'],
    ['no-NN', 'nn'],
    ['nb', 'nb'],
    ['no', 'nb'],
    ['en-GB,en;q=0.9', 'nb'],
    ['en, nn;q=0.5', 'nn'],
    ['nb;q=0.5, nn;q=0.8', 'nn'],
    ['nn;q=0.5, nb;q=0.8', 'nb'],
    ['nn;q=0, nb', 'nb'],
    ['nn;q=0', 'nb'],
    ['nb, nn', 'nb'],
    ['nn, nb', 'nn'],
    ['*', 'nb'],
    ['nn;q=abc', 'nn'],
  ])('%p gives %p', (header, expected) => {
    expect(writtenStandardOf(header)).toBe(expected);
  });
});
