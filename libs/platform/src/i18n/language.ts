/** The two written standards of Norwegian the API answers in: bokmål by default, nynorsk when asked for. */
export type WrittenStandard = 'nb' | 'nn';

/** Language tags (lower case) that mean nynorsk or bokmål; `no` is Norwegian without a standard: bokmål. */
const TAGS: Record<string, WrittenStandard> = {
  nn: 'nn',
  'nn-no': 'nn',
  'no-nn': 'nn',
  'no-nyn': 'nn',
  nb: 'nb',
  'nb-no': 'nb',
  'no-nb': 'nb',
  'no-bok': 'nb',
  no: 'nb',
  'no-no': 'nb',
  '*': 'nb',
};

/**
 * The written standard an `Accept-Language` header asks for (RFC 9110 § 12.5.4): the acceptable tag with the
 * highest q-value among those we have, the first listed on a tie; q=0 refuses a tag. Anything we do not have
 * (English, no header, a malformed one) is answered in bokmål.
 */
export function writtenStandardOf(acceptLanguage: string | string[] | undefined): WrittenStandard {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header || header.length > 500) return 'nb';
  let best: { standard: WrittenStandard; q: number } | undefined;
  for (const part of header.split(',')) {
    const [rawTag, ...params] = part.trim().split(';');
    const standard = TAGS[rawTag.trim().toLowerCase()];
    if (!standard) continue;
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(param);
      if (match) q = Number(match[1]);
    }
    if (q > 0 && q <= 1 && (!best || q > best.q)) best = { standard, q };
  }
  return best?.standard ?? 'nb';
}
