import {
  bankAccountToIban,
  countyOfMunicipality,
  formatBankAccount,
  formatOrganisationNumber,
  isValidBankAccount,
  isValidKid,
  isValidOrganisationNumber,
  normaliseDigits,
} from './identifiers';

describe('organisasjonsnummer (MOD11, docs/domain.md §6)', () => {
  it.each(['988077917', '974760673', '971526920', '983887457'])('accepts %s', (n) => {
    expect(isValidOrganisationNumber(n)).toBe(true);
  });
  it.each([
    ['988077918', 'wrong check digit'],
    ['98807791', 'eight digits'],
    ['9880779170', 'ten digits'],
    ['98807791a', 'a letter'],
    ['', 'empty'],
    ['988 077 917', 'spaces (normalise first)'],
  ])('refuses %s (%s)', (n) => {
    expect(isValidOrganisationNumber(n)).toBe(false);
  });
  it('refuses a base whose MOD11 remainder gives check digit 10', () => {
    // 00000001x: sum = 2*1 = 2 → 11 - 2 = 9 → valid with 9; find one that gives 10: sum mod 11 = 1.
    // 100000000 base "10000000": 3*1 = 3 → check 8. Base "00000100": 4*1=4 → 7. Base "50000000": 15 mod 11 = 4 → 7.
    // Base "40000000": 12 mod 11 = 1 → 10 → no check digit exists.
    for (let d = 0; d <= 9; d++) expect(isValidOrganisationNumber(`40000000${d}`)).toBe(false);
  });
  it('formats and normalises', () => {
    expect(formatOrganisationNumber('988077917')).toBe('988 077 917');
    expect(normaliseDigits('988 077 917')).toBe('988077917');
  });
});

describe('kontonummer (MOD11, docs/domain.md §6)', () => {
  it.each(['86011117947', '15032080119', '12345678903'])('accepts %s', (n) => {
    expect(isValidBankAccount(n)).toBe(true);
  });
  it.each(['86011117949', '8601111794', '860111179470', '8601.11.17947', 'abcdefghijk'])(
    'refuses %s',
    (n) => {
      expect(isValidBankAccount(n)).toBe(false);
    },
  );
  it('formats the Norwegian way and normalises dots', () => {
    expect(formatBankAccount('86011117947')).toBe('8601.11.17947');
    expect(normaliseDigits('8601.11.17947')).toBe('86011117947');
  });
  it('builds the Norwegian IBAN', () => {
    expect(bankAccountToIban('86011117947')).toBe('NO9386011117947');
    expect(() => bankAccountToIban('86011117949')).toThrow();
  });
});

describe('KID (MOD10 or MOD11)', () => {
  it.each(['2345676', '12345678903', '0000000000000000000000000'.slice(0, 24) + '0'])('accepts %s', (kid) => {
    expect(isValidKid(kid)).toBe(true);
  });
  it.each(['2345674', '1', '12345678901234567890123456', '12a4', ''])('refuses %s', (kid) => {
    expect(isValidKid(kid)).toBe(false);
  });
  it('accepts "-" as MOD11 check when the remainder gives 10', () => {
    // body "1": weight 2 → sum 2 → 11 - 2 = 9 (not 10); body "5": 10 → 1 ; body "6": 12 mod 11 = 1 → 10 → '-'
    expect(isValidKid('6-')).toBe(true);
    expect(isValidKid('5-')).toBe(false);
  });
});

describe('county from municipality number', () => {
  it('maps current county prefixes', () => {
    expect(countyOfMunicipality('0301')).toBe('Oslo');
    expect(countyOfMunicipality('4601')).toBe('Vestland');
    expect(countyOfMunicipality('5001')).toBe('Trøndelag');
  });
  it('refuses retired or malformed numbers', () => {
    expect(countyOfMunicipality('1201')).toBeNull(); // Hordaland, merged 2020
    expect(countyOfMunicipality('301')).toBeNull();
  });
});
