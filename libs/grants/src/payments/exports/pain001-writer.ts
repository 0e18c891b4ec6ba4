import { ControlTotals } from './control-totals';
import { oreToDecimal } from './decimal';
import { BatchExportHeader, BatchExportRow, BatchFileWriter } from './export-row';
import { formatOsloLocalIso, parseIsoDate } from './list-columns';
import { endOutput, runExport, writeChunk } from './output';

export const PAIN001_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03';
export const PAIN001_CURRENCY = 'NOK';
/**
 * Scheme of the initiating party's organisation number (InitgPty/Id/OrgId/Othr/SchmeNm/Cd). The schema accepts any
 * 1–4 character code; which one the bank expects (CUST or BANK) is part of the agreement with the bank.
 */
export const INITIATING_PARTY_SCHEME = 'CUST';

// Common Norwegian implementation guide for pain.001.001.03: recipient name at most 70 characters,
// unstructured remittance at most 140 characters, KID at most 25 digits (DOMAIN.md §7).
const MAX_NAME = 70;
const MAX_MESSAGE = 140;
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

// Control characters (most are not allowed in XML 1.0 at all; banks want no line breaks in a name or a
// message), non-characters and unpaired surrogates.
const UNWANTED_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Cleans text for the bank and cuts it to `maxLength` characters (code points, as the schema counts). */
export function paymentText(value: string, maxLength: number): string {
  const cleaned = value.replace(UNWANTED_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  return Array.from(cleaned).slice(0, maxLength).join('').trimEnd();
}

function requireText(value: string, what: string): string {
  if (value.length === 0) throw new RangeError(`${what} is empty`);
  return value;
}

const BBAN = /^\d{11}$/;

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

function documentStart(header: BatchExportHeader): string {
  const msgId = requireText(paymentText(header.batchNumber, Number.MAX_SAFE_INTEGER), 'the batch number');
  if (Array.from(msgId).length > MAX_ID) {
    throw new RangeError(`the batch number "${msgId}" is longer than ${MAX_ID} characters (MsgId)`);
  }
  parseIsoDate(header.executionDate);
  const count = String(header.count);
  const controlSum = oreToDecimal(header.totalOre, '.');
  const debtorName = requireText(paymentText(header.debtor.name, MAX_NAME), "the debtor's name");
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
    tag(
      'Id',
      requireText(paymentText(header.debtor.organisationNumber, MAX_ID), "the debtor's organisation number"),
    ),
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
    `      <Dbtr>${tag('Nm', debtorName)}</Dbtr>\n`,
    '      <DbtrAcct>',
    `<Id><Othr>${tag('Id', bban(header.debtor.account, "the debtor's account"))}<SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id>`,
    tag('Ccy', PAIN001_CURRENCY),
    '</DbtrAcct>\n',
    `      <DbtrAgt><FinInstnId>${tag('BIC', header.debtor.bic.trim())}</FinInstnId></DbtrAgt>\n`,
    '      <ChrgBr>SLEV</ChrgBr>\n',
  ].join('');
}

function remittance(row: BatchExportRow): string {
  if (row.kid !== null) {
    const kid = row.kid.trim();
    if (!KID.test(kid)) throw new RangeError(`disbursement ${row.disbursementId}: "${row.kid}" is not a KID`);
    return `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>${tag('Ref', kid)}</CdtrRefInf></Strd></RmtInf>`;
  }
  const message = paymentText(row.message, MAX_MESSAGE) || paymentText(row.referenceNumber, MAX_MESSAGE);
  return `<RmtInf>${tag('Ustrd', requireText(message, `disbursement ${row.disbursementId}: the message`))}</RmtInf>`;
}

function transaction(row: BatchExportRow): string {
  const id = paymentId(row);
  const name = requireText(
    paymentText(row.recipientName, MAX_NAME),
    `disbursement ${row.disbursementId}: the recipient's name`,
  );
  return [
    '      <CdtTrfTxInf>\n',
    `        <PmtId>${tag('InstrId', id)}${tag('EndToEndId', id)}</PmtId>\n`,
    `        <Amt><InstdAmt Ccy="${PAIN001_CURRENCY}">${oreToDecimal(row.amountOre, '.')}</InstdAmt></Amt>\n`,
    `        <Cdtr>${tag('Nm', name)}</Cdtr>\n`,
    '        <CdtrAcct><Id><Othr>',
    tag('Id', bban(row.bankAccount, `disbursement ${row.disbursementId}`)),
    '<SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id></CdtrAcct>\n',
    `        ${remittance(row)}\n`,
    '      </CdtTrfTxInf>\n',
  ].join('');
}

const DOCUMENT_END = '    </PmtInf>\n  </CstmrCdtTrfInitn>\n</Document>\n';

/**
 * The batch as an ISO 20022 pain.001.001.03 credit transfer in NOK: one payment information block with the
 * debtor's account, one transaction per disbursement, control total in the group header and the block.
 * Written as text in schema order (the schema's sequences are strict), a transaction at a time.
 */
export const writePain001: BatchFileWriter = (header, rows, out) =>
  runExport(out, async () => {
    // The schema requires at least one transaction (CdtTrfTxInf minOccurs 1).
    if (header.count < 1) throw new RangeError(`batch ${header.batchNumber} has no disbursements to pay`);
    await writeChunk(out, documentStart(header));
    const totals = new ControlTotals();
    for await (const row of rows) {
      totals.add(row);
      await writeChunk(out, transaction(row));
    }
    totals.verify(header);
    await writeChunk(out, DOCUMENT_END);
    await endOutput(out);
  });
