import { WrittenStandard } from './language';
import { NYNORSK } from './nynorsk';

/**
 * Bokmål is the language of the code: every message is written in bokmål where it is raised, and the catalogue
 * (nynorsk.ts) gives its nynorsk form. A key with `{}` is a template: each `{}` stands for an interpolated value
 * (a number, an amount, a date, a name), which is carried over as it is, or translated when the value is itself
 * in the catalogue (a label, a status name). In the nynorsk form, `{}` takes the values in order and `{1}`, `{2}`
 * … (1-based) name one.
 */
interface Template {
  pattern: RegExp;
  nn: string;
}

const exact = new Map<string, string>();
const templates: Template[] = [];

for (const [nb, nn] of Object.entries(NYNORSK)) {
  if (!nb.includes('{}')) {
    exact.set(nb, nn);
    continue;
  }
  const source = nb
    .split('{}')
    .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('([\\s\\S]+?)');
  templates.push({ pattern: new RegExp(`^${source}$`), nn });
}
// The template with the most fixed text first: a more specific one wins over a more general one.
templates.sort((a, b) => b.pattern.source.length - a.pattern.source.length);

function fill(nn: string, values: string[]): string {
  let next = 0;
  return nn.replace(/\{(\d*)\}/g, (_, index: string) => {
    const value = index ? values[Number(index) - 1] : values[next++];
    return value === undefined ? '' : (exact.get(value) ?? value);
  });
}

/** The nynorsk form of one bokmål text, or undefined when the catalogue has none. */
export function nynorskOf(text: string): string | undefined {
  const found = exact.get(text);
  if (found !== undefined) return found;
  for (const template of templates) {
    const match = template.pattern.exec(text);
    if (match) return fill(template.nn, match.slice(1));
  }
  return undefined;
}

/**
 * A text in the written standard asked for. A text the catalogue does not know is tried sentence by sentence
 * (a detail joins several messages), and left in bokmål where no form is found: a message is never lost.
 */
export function inWrittenStandard(text: string, standard: WrittenStandard): string {
  if (standard === 'nb' || !text) return text;
  const whole = nynorskOf(text);
  if (whole !== undefined) return whole;
  const sentences = text.split(/(?<=[.!?»)])\s+(?=[A-ZÆØÅ«])/);
  if (sentences.length === 1) return text;
  return sentences.map((s) => nynorskOf(s) ?? s).join(' ');
}
