/**
 * Norwegian identifiers (docs/domain.md §6). Pure functions; test vectors in identifiers.spec.ts.
 */

function mod11Check(digits: string, weights: number[]): number | null {
  const sum = weights.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null; // no valid check digit exists for this base
  return check;
}

/** Organisasjonsnummer: 9 digits, MOD11 with weights 3 2 7 6 5 4 3 2. */
export function isValidOrganisationNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const check = mod11Check(value, [3, 2, 7, 6, 5, 4, 3, 2]);
  return check !== null && check === Number(value[8]);
}

/** Kontonummer: 11 digits, MOD11 with weights 5 4 3 2 7 6 5 4 3 2. */
export function isValidBankAccount(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const check = mod11Check(value, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return check !== null && check === Number(value[10]);
}

/** Removes the spaces and dots people type: "988 077 917", "8601.11.17947". */
export function normaliseDigits(value: string): string {
  return value.replace(/[\s.]/g, '');
}

/** "988077917" → "988 077 917" */
export function formatOrganisationNumber(value: string): string {
  return `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6)}`;
}

/** "86011117947" → "8601.11.17947" */
export function formatBankAccount(value: string): string {
  return `${value.slice(0, 4)}.${value.slice(4, 6)}.${value.slice(6)}`;
}

/** Norwegian IBAN from a BBAN: "NO" + ISO 7064 MOD 97-10 check digits + 11 digits. */
export function bankAccountToIban(bban: string): string {
  if (!isValidBankAccount(bban)) throw new Error('not a valid Norwegian bank account');
  // N=23, O=24; move "NO00" to the end and compute 98 - (n mod 97).
  const numeric = `${bban}232400`;
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `NO${String(98 - remainder).padStart(2, '0')}${bban}`;
}

/** KID: 2–25 digits with a MOD10 (Luhn) or MOD11 check digit ('-' when MOD11 gives 10). */
export function isValidKid(value: string): boolean {
  if (!/^\d{1,24}[\d-]$/.test(value) || value.length < 2 || value.length > 25) return false;
  const body = value.slice(0, -1);
  const last = value[value.length - 1];
  return last === luhnCheckDigit(body) || last === kidMod11CheckDigit(body);
}

function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function kidMod11CheckDigit(body: string): string {
  // Weights 2..7 repeating from the right.
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (2 + (i % 6));
  const check = 11 - (sum % 11);
  if (check === 11) return '0';
  if (check === 10) return '-';
  return String(check);
}

/** County (fylke) numbers in force from 1 January 2024, keyed by the first two digits of a municipality number. */
export const COUNTIES: Readonly<Record<string, string>> = {
  '03': 'Oslo',
  '11': 'Rogaland',
  '15': 'Møre og Romsdal',
  '18': 'Nordland',
  '31': 'Østfold',
  '32': 'Akershus',
  '33': 'Buskerud',
  '34': 'Innlandet',
  '39': 'Vestfold',
  '40': 'Telemark',
  '42': 'Agder',
  '46': 'Vestland',
  '50': 'Trøndelag',
  '55': 'Troms',
  '56': 'Finnmark',
  '21': 'Svalbard',
};

/** The county a 4-digit municipality number belongs to, or null when the prefix is no current county. */
export function countyOfMunicipality(municipalityNumber: string): string | null {
  if (!/^\d{4}$/.test(municipalityNumber)) return null;
  return COUNTIES[municipalityNumber.slice(0, 2)] ?? null;
}
