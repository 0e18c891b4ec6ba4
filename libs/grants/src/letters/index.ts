export { formatIsoDate } from './format';
export type { LetterInput } from './letter-model';
export { LetterWorkService } from './letter-work.service';
export { Letter } from './letter.entity';
export { LettersService } from './letters.service';
export { ReportLetters } from './report-letters';
