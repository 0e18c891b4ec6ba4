import type { LetterLanguage } from './letter-model';
import type { LetterTexts } from './letter-text-model';
import { nb } from './letter-texts.nb';
import { nn } from './letter-texts.nn';

export * from './letter-text-model';

export const LETTER_TEXTS: Readonly<Record<LetterLanguage, LetterTexts>> = { nb, nn };

export function letterTexts(language: LetterLanguage): LetterTexts {
  return LETTER_TEXTS[language];
}
