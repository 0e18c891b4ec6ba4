import { LoginRequest } from '../auth/auth.dto';
import { validateDto } from './validate-dto';
import { RequestValidationError } from './validation';
import { isWellFormedText, malformedTextErrors, WellFormedTextPipe } from './well-formed-text';

describe('well-formed text in JSON bodies', () => {
  it('tells lone surrogates from pairs', () => {
    expect(['', 'Trygg Havn', '😀 𝔘', 'a\u00e6\u00f8\u00e5'].every(isWellFormedText)).toBe(true);
    expect(['\ud800', 'a\udc00', '\udc00\ud800', 'x\ud83d'].some(isWellFormedText)).toBe(false);
  });

  it('names every string and key that is not, by its path', () => {
    expect(
      malformedTextErrors({
        title: 'ok',
        budgetLines: [{ description: 'ok' }, { description: 'kost\ud800' }],
        contactPerson: { ['navn\udfff']: 'x' },
      }).map((e) => [e.field, e.rule]),
    ).toEqual(
      expect.arrayContaining([
        ['budgetLines[1].description', 'wellFormedText'],
        ['contactPerson.navn\udfff', 'wellFormedText'],
      ]),
    );
  });

  it('walks a body nested 100 000 levels deep without exhausting the stack', () => {
    let deep: unknown = '\ud800';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(malformedTextErrors(deep)).toHaveLength(1);
  });

  it('refuses such a body before validation, and only bodies', () => {
    const pipe = new WellFormedTextPipe();
    expect(() => pipe.transform({ name: '\ud800' }, { type: 'body' })).toThrow(RequestValidationError);
    expect(pipe.transform({ name: 'ok' }, { type: 'body' })).toEqual({ name: 'ok' });
    expect(pipe.transform('\ud800', { type: 'param' })).toBe('\ud800');
  });

  it('an e-mail address with a lone surrogate is a malformed address, not a URIError from isEmail', async () => {
    const error = await validateDto(LoginRequest, { email: 'kari\ud800@example.test', password: 'x' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).errors).toEqual([
      { field: 'email', rule: 'isEmail', message: 'Må være en gyldig e-postadresse.' },
    ]);
  });
});
