import { inWrittenStandard } from '@app/platform';
import { nb } from '../../../../apps/web/src/i18n/nb';
import { nn } from '../../../../apps/web/src/i18n/nn';
import { APPLICATION_DECLARATION, declarationText } from './declaration';

/**
 * The declaration an application records by its version is the one the web shows: a change of the web's wording
 * without a new version here (or the other way round) fails, so a recorded version always names what was declared.
 */
describe('the declaration at submission', () => {
  it('is worded as the web shows it, in bokmål and in nynorsk', () => {
    expect(nb.review.declare).toBe(APPLICATION_DECLARATION.text);
    expect(nn.review.declare).toBe(inWrittenStandard(APPLICATION_DECLARATION.text, 'nn'));
  });

  it('has a version identifier short enough to store and show', () => {
    expect(APPLICATION_DECLARATION.version).toMatch(/^\d{4}-\d+$/);
  });

  it('gives a recorded version its wording in bokmål or nynorsk, and refuses a version it does not know', () => {
    expect(declarationText(APPLICATION_DECLARATION.version, 'nb')).toBe(nb.review.declare);
    expect(declarationText(APPLICATION_DECLARATION.version, 'nn')).toBe(nn.review.declare);
    expect(() => declarationText('1999-1', 'nb')).toThrow('Unknown declaration version "1999-1"');
    expect(() => declarationText('toString', 'nb')).toThrow();
  });
});
