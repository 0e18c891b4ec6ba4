import { formatOrgNumber } from './format';
import type { LetterInput } from './letter-model';
import { LETTER_TEXTS, type LetterTexts } from './letter-texts';
import {
  appealForwardedSections,
  appealNotConsideredSections,
  claimRevisedSections,
} from './content/appeals';
import { filled, schemeNameFor, type LetterContent, type LetterPart } from './content/blocks';
import { changeSections } from './content/changes';
import { decisionSections } from './content/decisions';
import { interimSections, receiptSections, reservationLiftedSections } from './content/notices';
import { repaymentClaimSections, reportApprovalSections } from './content/reports';

/**
 * The letter as language-resolved text, built per letter family (content/): the types and building blocks are in
 * content/blocks.ts.
 */
export {
  LETTER_PARTS,
  schemeNameFor,
  type LetterBlock,
  type LetterContent,
  type LetterFacts,
  type LetterList,
  type LetterPart,
  type LetterParagraph,
  type LetterSection,
} from './content/blocks';

export function buildLetterContent(input: LetterInput): LetterContent {
  const t = LETTER_TEXTS[input.language];
  const schemeName = schemeNameFor(input);
  const base = {
    type: input.type,
    language: input.language,
    texts: t,
    title: t.titles[input.type],
    schemeName,
  };
  switch (input.type) {
    case 'receipt':
      return { ...base, sections: receiptSections(input, t, schemeName) };
    case 'interim_reply':
      return { ...base, sections: interimSections(input, t, schemeName) };
    case 'grant':
    case 'partial_grant':
    case 'rejection':
    case 'dismissal':
      return { ...base, sections: decisionSections(input, input.type, t, schemeName) };
    case 'report_approval':
      return { ...base, sections: reportApprovalSections(input, t, schemeName) };
    case 'repayment_claim':
      return { ...base, sections: repaymentClaimSections(input, t, schemeName) };
    case 'appeal_forwarded':
      return { ...base, sections: appealForwardedSections(input, t) };
    case 'appeal_not_considered':
      return { ...base, sections: appealNotConsideredSections(input, t) };
    case 'change_approved':
    case 'change_rejected':
      return { ...base, sections: changeSections(input, input.type, t) };
    case 'claim_revised':
      return { ...base, sections: claimRevisedSections(input, t) };
    case 'budget_reservation_lifted':
      return { ...base, sections: reservationLiftedSections(input, t, schemeName) };
  }
}

/** The parts a built letter carries (tagged blocks with text). */
export function partsPresent(content: LetterContent): Set<LetterPart> {
  const present = new Set<LetterPart>();
  for (const s of content.sections) {
    for (const block of s.blocks) {
      if (block.kind === 'facts' || !block.parts) continue;
      const hasText = block.kind === 'paragraph' ? filled(block.text) : block.items.some(filled);
      if (hasText) block.parts.forEach((p) => present.add(p));
    }
  }
  return present;
}

/** The recipient's address lines, as printed in the address block. */
export function recipientLines(input: LetterInput, t: LetterTexts): string[] {
  const r = input.recipient;
  return [
    r.name,
    `${t.labels.organisationNumber} ${formatOrgNumber(r.organisationNumber)}`,
    r.streetAddress,
    `${r.postalCode} ${r.postalTown}`,
  ].filter(filled);
}
