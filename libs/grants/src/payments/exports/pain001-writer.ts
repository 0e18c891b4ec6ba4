import { ControlTotals } from './control-totals';
import { oreToDecimal } from './decimal';
import { bankText } from './bank-text';
import {
  BatchExportHeader,
  BatchExportRow,
  BatchFileWriter,
  TextTruncation,
  TruncationListener,
} from './export-row';
import { formatOsloLocalIso, parseIsoDate } from './list-columns';
import { endOutput, runExport, writeChunk } from './output';

export const PAIN001_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03';
export const PAIN001_CURRENCY = 'NOK';
/**
 * Scheme of the initiating party's organisation number (InitgPty/Id/OrgId/Othr/SchmeNm/Cd). The Norwegian guide
 * (after CGI-MP) knows "CUST" — an identifier of the customer's own, such as its organisasjonsnummer — and "BANK" — an
 * identifier the bank assigned (an agreement id). Sfk identifies itself by its organisasjonsnummer, so CUST; a bank
 * agreement that asks for its own id instead changes this constant and the configured number.
 */
export const INITIATING_PARTY_SCHEME = 'CUST';
/**
 * Country of the debtor and the creditors (PstlAdr/Ctry), which the Norwegian guide asks for on both parties. Every
 * recipient is a Norwegian organisation (organisasjonsnummer) paid to a Norwegian account (BBAN).
 */
export const PARTY_COUNTRY = 'NO';

// Common Norwegian implementation guide for pain.001.001.03: names at most 70 characters,
// unstructured remittance at most 140 characters, KID at most 25 digits (docs/domain.md §7).
export const MAX_NAME = 70;
export const MAX_MESSAGE = 140;
const MAX_ID = 35;

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text as XML character data or attribute value. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]);
}

/**
 * Text in the bank's character set (see bank-text.ts) cut to `maxLength`; a cut is told to `onTruncated` with
 * what the system holds and what the file carries.
 */
function fieldText(
  value: string,
  maxLength: number,
  cut: Omit<TextTruncation, 'maxLength' | 'original' | 'sent'>,
  onTruncated: TruncationListener | undefined,
): string {
  const { text, truncated } = bankText(value, maxLength);
  if (truncated) onTruncated?.({ ...cut, maxLength, original: value, sent: text });
  return text;
}

function requireText(value: string, what: string): string {
  if (value.length === 0) throw new RangeError(`${what} is empty`);
  return value;
}

const BBAN = /^\d{11}$/;
const ORGANISATION_NUMBER = /^\d{9}$/;
const COUNTRY = `<PstlAdr><Ctry>${PARTY_COUNTRY}</Ctry></PstlAdr>`;

/** A Norwegian account number (BBAN) as 11 digits; spaces and dots used for readability are dropped. */
function bban(account: string, what: string): string {
  const digits = account.replace(/[\s.]/g, '');
  if (!BBAN.test(digits)) throw new RangeError(`${what}: "${account}" is not an 11-digit account number`);
  return digits;
}

const KID = /^\d{1,24}[\d-]$/;

/** Payment id for PmtId: the disbursement id without dashes, at most 35 characters. */
function paymentId(row: BatchExportRow): string {
  return requireText(row.disbursementId.replace(/-/g, '').slice(0, MAX_ID), 'the disbursement id');
}

const tag = (name: string, value: string): string => `<${name}>${escapeXml(value)}</${name}>`;

function documentStart(header: BatchExportHeader, onTruncated: TruncationListener | undefined): string {
  const msgId = requireText(header.batchNumber.trim(), 'the batch number');
  if (Array.from(msgId).length > MAX_ID) {
    throw new RangeError(`the batch number "${msgId}" is longer than ${MAX_ID} characters (MsgId)`);
  }
  parseIsoDate(header.executionDate);
  const count = String(header.count);
  const controlSum = oreToDecimal(header.totalOre, '.');
  const debtorName = requireText(
    fieldText(
      header.debtor.name,
      MAX_NAME,
      { disbursementId: null, referenceNumber: null, field: 'debtorName' },
      onTruncated,
    ),
    "the debtor's name",
  );
  const organisationNumber = header.debtor.organisationNumber.trim();
  if (!ORGANISATION_NUMBER.test(organisationNumber)) {
    throw new RangeError(`the debtor's organisation number "${organisationNumber}" is not 9 digits`);
  }
  // PmtInfId is also Max35Text; room is made for the "-1" suffix.
  const paymentInfoId = `${Array.from(msgId)
    .slice(0, MAX_ID - 2)
    .join('')}-1`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<Document xmlns="${PAIN001_NAMESPACE}">\n`,
    '  <CstmrCdtTrfInitn>\n',
    '    <GrpHdr>\n',
    `      ${tag('MsgId', msgId)}\n`,
    `      ${tag('CreDtTm', formatOsloLocalIso(header.createdAt))}\n`,
    `      ${tag('NbOfTxs', count)}\n`,
    `      ${tag('CtrlSum', controlSum)}\n`,
    '      <InitgPty>\n',
    `        ${tag('Nm', debtorName)}\n`,
    '        <Id><OrgId><Othr>',
    tag('Id', organisationNumber),
    `<SchmeNm>${tag('Cd', INITIATING_PARTY_SCHEME)}</SchmeNm>`,
    '</Othr></OrgId></Id>\n',
    '      </InitgPty>\n',
    '    </GrpHdr>\n',
    '    <PmtInf>\n',
    `      ${tag('PmtInfId', paymentInfoId)}\n`,
    '      <PmtMtd>TRF</PmtMtd>\n',
    `      ${tag('NbOfTxs', count)}\n`,
    `      ${tag('CtrlSum', controlSum)}\n`,
    '      <PmtTpInf><InstrPrty>NORM</InstrPrty></PmtTpInf>\n',
    `      ${tag('ReqdExctnDt', header.executionDate)}\n`,
    `      <Dbtr>${tag('Nm', debtorName)}${COUNTRY}</Dbtr>\n`,
    '      <DbtrAcct>',
    `<Id><Othr>${tag('Id', bban(header.debtor.account, "the debtor's account"))}<SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id>`,
    tag('Ccy', PAIN001_CURRENCY),
    '</DbtrAcct>\n',
    `      <DbtrAgt><FinInstnId>${tag('BIC', header.debtor.bic.trim())}</FinInstnId></DbtrAgt>\n`,
    '      <ChrgBr>SLEV</ChrgBr>\n',
  ].join('');
}

function remittance(row: BatchExportRow, onTruncated: TruncationListener | undefined): string {
  if (row.kid !== null) {
    const kid = row.kid.trim();
    if (!KID.test(kid)) throw new RangeError(`disbursement ${row.disbursementId}: "${row.kid}" is not a KID`);
    return `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>${tag('Ref', kid)}</CdtrRefInf></Strd></RmtInf>`;
  }
  const cut = {
    disbursementId: row.disbursementId,
    referenceNumber: row.referenceNumber,
    field: 'message' as const,
  };
  const message =
    fieldText(row.message, MAX_MESSAGE, cut, onTruncated) ||
    fieldText(row.referenceNumber, MAX_MESSAGE, cut, onTruncated);
  return `<RmtInf>${tag('Ustrd', requireText(message, `disbursement ${row.disbursementId}: the message`))}</RmtInf>`;
}

function transaction(row: BatchExportRow, onTruncated: TruncationListener | undefined): string {
  const id = paymentId(row);
  const name = requireText(
    fieldText(
      row.recipientName,
      MAX_NAME,
      { disbursementId: row.disbursementId, referenceNumber: row.referenceNumber, field: 'recipientName' },
      onTruncated,
    ),
    `disbursement ${row.disbursementId}: the recipient's name`,
  );
  return [
    '      <CdtTrfTxInf>\n',
    `        <PmtId>${tag('InstrId', id)}${tag('EndToEndId', id)}</PmtId>\n`,
    `        <Amt><InstdAmt Ccy="${PAIN001_CURRENCY}">${oreToDecimal(row.amountOre, '.')}</InstdAmt></Amt>\n`,
    `        <Cdtr>${tag('Nm', name)}${COUNTRY}</Cdtr>\n`,
    '        <CdtrAcct><Id><Othr>',
    tag('Id', bban(row.bankAccount, `disbursement ${row.disbursementId}`)),
    '<SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id></CdtrAcct>\n',
    `        ${remittance(row, onTruncated)}\n`,
    '      </CdtTrfTxInf>\n',
  ].join('');
}

const DOCUMENT_END = '    </PmtInf>\n  </CstmrCdtTrfInitn>\n</Document>\n';

/**
 * The batch as an ISO 20022 pain.001.001.03 credit transfer in NOK: one payment information block with the
 * debtor's account, one transaction per disbursement, control total in the group header and the block, the
 * initiating party's organisation number and the parties' country, as the Norwegian banks' guide asks. Names and
 * messages are in the bank's character set; every text cut to fit is told to `onTruncated`.
 * Written as text in schema order (the schema's sequences are strict), a transaction at a time.
 */
export const writePain001: BatchFileWriter = (header, rows, out, onTruncated) =>
  runExport(out, async () => {
    // The schema requires at least one transaction (CdtTrfTxInf minOccurs 1).
    if (header.count < 1) throw new RangeError(`batch ${header.batchNumber} has no disbursements to pay`);
    await writeChunk(out, documentStart(header, onTruncated));
    const totals = new ControlTotals();
    for await (const row of rows) {
      totals.add(row);
      await writeChunk(out, transaction(row, onTruncated));
    }
    totals.verify(header);
    await writeChunk(out, DOCUMENT_END);
    await endOutput(out);
  });
