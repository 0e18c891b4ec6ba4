import { DomainError } from '@app/platform';
import { assessPassword, checkNewPassword, personalWords } from './password-policy';

const nina = { email: 'nina.nordmann@kirkensbymisjon.no', name: 'Nina Nordmann' };
const words = personalWords(nina.email, nina.name);

function refusal(password: string, field = 'password'): { field: string; rule: string; message: string } {
  try {
    checkNewPassword(password, field, nina);
  } catch (error) {
    if (error instanceof DomainError && error.details.errors) return error.details.errors[0];
    throw error;
  }
  throw new Error(`"${password}" was accepted`);
}

describe('password policy', () => {
  it.each([
    ['twelve spaces', '            '],
    ['one letter twelve times', 'aaaaaaaaaaaa'],
    ['a keyboard row', 'qwertyuiopå1'],
    ['a common password with digits', 'password1234'],
    ['a sequence', '1234567890ab'],
    ['a Norwegian word and digits', 'Passord12345'],
    ['the scheme name and a year', 'Tilskudd2027!'],
    ['a repeated pattern', 'abcabcabcabc'],
    ['the user’s e-mail address', 'nina.nordmann@kirkensbymisjon.no'],
    ['the user’s name and a year', 'NinaNordmann2027'],
  ])('refuses %s with a Norwegian reason naming the field', (_label, password) => {
    const error = refusal(password, 'newPassword');
    expect(error.field).toBe('newPassword');
    expect(error.rule).toBe('weakPassword');
    expect(error.message).toMatch(/^Passordet er for lett å gjette\./);
  });

  it('says why: repeats, common passwords and the user’s own words each get their reason', () => {
    expect(refusal('aaaaaaaaaaaa').message).toContain('Gjentatte tegn');
    expect(refusal('nina.nordmann@kirkensbymisjon.no').message).toContain('e-postadressen eller navnet ditt');
    expect(refusal('1234567890ab').message).toContain('mye brukt passord');
  });

  it('refuses a short password with rule minLength and a long one with maxLength', () => {
    expect(refusal('Kort1!')).toMatchObject({ field: 'password', rule: 'minLength' });
    expect(refusal('x'.repeat(201))).toMatchObject({ field: 'password', rule: 'maxLength' });
  });

  it.each([
    'Tilskudd-demo-2027',
    'correct horse battery staple',
    'Fire tilfeldige ord som fjellbekk',
    'mYk7#pL0!vQz2',
  ])('accepts %s', (password) => {
    expect(() => checkNewPassword(password, 'password', nina)).not.toThrow();
  });

  it('lets a password be strong for one user and weak for another who is named in it', () => {
    expect(assessPassword('Gunnhild Haugerud', []).ok).toBe(true);
    expect(
      assessPassword('Gunnhild Haugerud', personalWords('gunnhild@example.org', 'Gunnhild Haugerud')).ok,
    ).toBe(false);
  });

  it('builds the user’s words from the address and the name, lower case, three characters or more', () => {
    expect(words).toEqual(
      expect.arrayContaining([
        'nina.nordmann@kirkensbymisjon.no',
        'nina.nordmann',
        'nina',
        'nordmann',
        'ninanordmann',
      ]),
    );
    expect(words.every((w) => w.length >= 3 && w === w.toLowerCase())).toBe(true);
  });
});
