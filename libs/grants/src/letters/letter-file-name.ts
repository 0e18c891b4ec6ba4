/**
 * The file name of a letter's PDF: the case reference and the letter type, e.g. `MHP-2027-0001-receipt.pdf`. The
 * e-mail that carries the letter and the download (`GET /api/letters/{id}/pdf`) both use it, so the organisation
 * finds the same file under the same name wherever it got it.
 */
export function letterFileName(referenceNumber: string | null, letterType: string): string {
  return `${referenceNumber ?? 'brev'}-${letterType}.pdf`;
}
