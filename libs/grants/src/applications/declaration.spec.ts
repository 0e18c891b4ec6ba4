import { inWrittenStandard } from '@app/platform';
import { nb } from '../../../../apps/web/src/i18n/nb';
import { nn } from '../../../../apps/web/src/i18n/nn';
import { APPLICATION_DECLARATION } from './declaration';

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
});
