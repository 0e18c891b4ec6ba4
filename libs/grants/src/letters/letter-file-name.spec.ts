import { letterFileName } from './letter-file-name';

describe('letterFileName', () => {
  it('names the file by the case reference and the letter type', () => {
    expect(letterFileName('MHP-2027-0001', 'receipt')).toBe('MHP-2027-0001-receipt.pdf');
    expect(letterFileName('MHP-2027-0042', 'partial_grant')).toBe('MHP-2027-0042-partial_grant.pdf');
  });

  it('falls back to «brev» for a case without a reference yet', () => {
    expect(letterFileName(null, 'receipt')).toBe('brev-receipt.pdf');
  });
});
