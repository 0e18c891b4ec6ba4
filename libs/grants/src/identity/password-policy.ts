import { TranslationKeys, ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { DomainError } from '@app/platform';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/**
 * zxcvbn's score: 3 means an estimated 10^8 guesses or more ("safely unguessable" against online attacks and
 * moderately so against an offline attacker facing argon2id). 0–2 are common passwords, words alone, repeats,
 * keyboard rows, dates and the user's own name or address.
 */
export const MIN_PASSWORD_SCORE = 3;

/**
 * Words Norwegian users build passwords from that zxcvbn's common lists (mostly English) lack, most likely first:
 * zxcvbn ranks a dictionary word by its place in the list. Small on purpose: the library's lists do the main work.
 */
export const NORWEGIAN_WORDS = [
  'passord',
  'sommer',
  'vinter',
  'høst',
  'våren',
  'tilskudd',
  'norge',
  'noreg',
  'oslo',
  'bergen',
  'trondheim',
  'stavanger',
  'tromsø',
  'velkommen',
  'hemmelig',
  'hemmeleg',
  'konfliktrådet',
  'konfliktraadet',
  'sekretariatet',
  'sfk',
  'søknad',
  'organisasjon',
  'forening',
  'stiftelse',
  'kjæreste',
  'elskerdeg',
  'fotball',
  'mamma',
  'pappa',
  'jenta',
  'gutten',
  'hjemme',
  'bursdag',
  'julaften',
  'heiaheia',
];

/**
 * zxcvbn answers with translation keys; these are the Norwegian texts for them (the library ships none). The
 * warning says what makes the password guessable, the suggestion what helps.
 */
const NORWEGIAN: TranslationKeys = {
  warnings: {
    straightRow: 'Taster som står på rad på tastaturet, er lette å gjette.',
    keyPattern: 'Korte mønstre på tastaturet er lette å gjette.',
    simpleRepeat: 'Gjentatte tegn som «aaa» er lette å gjette.',
    extendedRepeat: 'Gjentatte mønstre som «abcabcabc» er lette å gjette.',
    sequences: 'Rekkefølger som «abc» eller «6543» er lette å gjette.',
    recentYears: 'Årstall fra de siste årene er lette å gjette.',
    dates: 'Datoer er lette å gjette.',
    topTen: 'Dette er et av de ti mest brukte passordene.',
    topHundred: 'Dette er et av de hundre mest brukte passordene.',
    common: 'Dette er et mye brukt passord.',
    similarToCommon: 'Dette ligner på et mye brukt passord.',
    wordByItself: 'Ett ord alene er lett å gjette.',
    namesByThemselves: 'Navn alene er lette å gjette.',
    commonNames: 'Vanlige navn og etternavn er lette å gjette.',
    userInputs: 'Passordet må ikke bygge på e-postadressen eller navnet ditt.',
    pwned: 'Passordet finnes i lister over lekkede passord.',
  },
  suggestions: {
    l33t: 'Å bytte bokstaver med tall eller tegn, som «@» for «a», gjør det ikke vanskeligere å gjette.',
    reverseWords: 'Ord skrevet baklengs er ikke vanskeligere å gjette.',
    allUppercase: 'Store bokstaver i noen av tegnene, ikke alle, hjelper litt.',
    capitalization: 'Stor forbokstav hjelper lite.',
    dates: 'Unngå datoer og årstall som har med deg å gjøre.',
    recentYears: 'Unngå årstall fra de siste årene.',
    associatedYears: 'Unngå årstall som har med deg å gjøre.',
    sequences: 'Unngå vanlige tegnrekker.',
    repeated: 'Unngå gjentatte ord og tegn.',
    longerKeyboardPattern: 'Bruk lengre tastaturmønstre med flere retningsskift.',
    anotherWord: 'Legg til flere ord som er mindre vanlige.',
    useWords: 'Bruk flere ord, men unngå vanlige uttrykk.',
    noNeed: 'Du trenger ikke tall, symboler eller store bokstaver; flere ord gjør mest.',
    pwned: 'Har du brukt dette passordet andre steder, bør du bytte det der også.',
  },
  timeEstimation: {
    ltSecond: 'under ett sekund',
    second: '{base} sekund',
    seconds: '{base} sekunder',
    minute: '{base} minutt',
    minutes: '{base} minutter',
    hour: '{base} time',
    hours: '{base} timer',
    day: '{base} dag',
    days: '{base} dager',
    month: '{base} måned',
    months: '{base} måneder',
    year: '{base} år',
    years: '{base} år',
    centuries: 'flere hundre år',
  },
};

/**
 * Only this many leading characters are scored: a check runs on the event loop, and its cost grows with the length
 * (a 200-character pattern took 80 ms on a busy machine; 64 characters stay within a few). A password that is
 * strong in its first 64 characters is strong.
 */
const SCORED_LENGTH = 64;

let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...dictionary, norwegian: NORWEGIAN_WORDS },
    graphs: adjacencyGraphs,
    translations: NORWEGIAN,
    maxLength: SCORED_LENGTH,
  });
  return factory;
}

/** What the user typed that a password must not be built on: the e-mail address, its parts and the name's parts. */
export function personalWords(email: string, name: string): string[] {
  const normalised = email.trim().toLowerCase();
  const local = normalised.split('@')[0] ?? '';
  const nameLower = name.trim().toLowerCase();
  const parts = [...local.split(/[^\p{L}\p{N}]+/u), ...nameLower.split(/[^\p{L}\p{N}]+/u)];
  const words = [normalised, local, nameLower, nameLower.replace(/\s+/g, ''), ...parts];
  return [...new Set(words.filter((w) => w.length >= 3))];
}

export interface PasswordVerdict {
  ok: boolean;
  /** zxcvbn's score, 0–4. */
  score: number;
  /** Why it is refused, in Norwegian (empty when ok). */
  reason: string;
}

/** Scores a password against common passwords, patterns, Norwegian words and the user's own words. */
export function assessPassword(password: string, userWords: string[]): PasswordVerdict {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return { ok: false, score: 0, reason: `Passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn.` };
  }
  const result = estimator().check(password, userWords);
  if (result.score >= MIN_PASSWORD_SCORE) return { ok: true, score: result.score, reason: '' };
  const { warning, suggestions } = result.feedback;
  const reason = ['Passordet er for lett å gjette.', warning, suggestions[0]].filter(Boolean).join(' ');
  return { ok: false, score: result.score, reason };
}

/**
 * Refuses a new password that is too short or too easy to guess, naming the field (`password`, `newPassword`).
 * 422 with rule `minLength` or `weakPassword`; the message says why.
 */
export function checkNewPassword(
  password: string,
  field: string,
  user: { email: string; name: string },
): void {
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw DomainError.rule(field, 'maxLength', `Passordet kan ha høyst ${MAX_PASSWORD_LENGTH} tegn.`);
  }
  const verdict = assessPassword(password, personalWords(user.email, user.name));
  if (verdict.ok) return;
  const rule = password.length < MIN_PASSWORD_LENGTH ? 'minLength' : 'weakPassword';
  throw DomainError.rule(field, rule, verdict.reason);
}
