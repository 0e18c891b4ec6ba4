/**
 * Assessment stage: impartiality declarations (forvaltningsloven § 6), the formal check (screening: pass or
 * dismissal) and the assessment, each with its guards — the role, the declaration, a declared conflict and a
 * membership of the applicant organisation — and the application's transitions submitted → in_assessment →
 * assessed (→ decided by dismissal).
 */
import {
  ApplicationStatus,
  AssessmentService,
  DecisionOutcome,
  DismissalService,
  ImpartialityService,
  OrganisationForm,
  OrganisationsService,
  RecommendedOutcome,
  Role,
  SchemesService,
  ScreeningOutcome,
  ScreeningService,
  AttachmentKind,
} from '@app/grants';
import { Case, REASONS, SCORES, TestActor } from './support/fixtures';
import { forbidden, invalidState, refused, ruleBroken, stale } from './support/refusals';
import { useServiceContext } from './support/service-context';
import { ScreeningInput } from '@app/grants/assessment/screening.service';
import { AssessmentInput } from '@app/grants/assessment/assessment.service';

describe('assessment (service)', () => {
  const ctx = useServiceContext();
  const impartiality = () => ctx.get(ImpartialityService);
  const screening = () => ctx.get(ScreeningService);
  const assessment = () => ctx.get(AssessmentService);
  const version = (id: string) => ctx.fx.applicationVersion(id);
  const pass: ScreeningInput = { outcome: ScreeningOutcome.Passed };

  async function screen(c: Case, input: ScreeningInput = pass, who: TestActor = c.staff.caseworker) {
    return screening().screen(who, c.applicationId, await version(c.applicationId), input);
  }

  /** Dismissal at the formal check is a decision, which the decisions stage makes (DismissalService). */
  async function dismiss(c: Case, reasons = REASONS) {
    return ctx
      .get(DismissalService)
      .dismiss(c.staff.caseworker, c.applicationId, await version(c.applicationId), { reasons });
  }

  /** A staff member (with the applicant role too) whom the organisation's signatory adds as a member. */
  async function staffMemberOf(c: Case, role: Role): Promise<TestActor> {
    const user = await ctx.fx.user([role, Role.Applicant], `${role}-member`);
    await ctx.get(OrganisationsService).addMember(c.member, c.organisationId, user.email);
    user.organisationIds.push(c.organisationId);
    return user;
  }

  describe('impartiality declarations', () => {
    it('refuses a declaration from anyone but Sfk staff (403)', async () => {
      const c = await ctx.fx.submitted();
      await forbidden(impartiality().declare(c.member, c.applicationId, false, null));
    });

    it('requires a reason for a conflict (422 reason required)', async () => {
      const c = await ctx.fx.submitted();
      await ruleBroken(impartiality().declare(c.staff.caseworker, c.applicationId, true, '  '), {
        field: 'reason',
        rule: 'required',
      });
    });

    it('lets an impartial declaration become a conflict, never the reverse (409 conflict_declared)', async () => {
      const c = await ctx.fx.submitted();
      await ctx.fx.declare(c.staff.caseworker, c.applicationId, false);
      await ctx.fx.declare(c.staff.caseworker, c.applicationId, true);
      await invalidState(
        impartiality().declare(c.staff.caseworker, c.applicationId, false, null),
        'conflict_declared',
      );
      expect((await ctx.fx.audit(c.applicationId)).map((e) => e.action)).toEqual(
        expect.arrayContaining(['impartiality.declared_impartial', 'impartiality.conflict_declared']),
      );
    });

    it('refuses a member of the applicant organisation to declare no conflict (422 memberOfApplicant)', async () => {
      const c = await ctx.fx.submitted();
      const member = await staffMemberOf(c, Role.Caseworker);
      await ruleBroken(impartiality().declare(member, c.applicationId, false, null), {
        field: 'hasConflict',
        rule: 'memberOfApplicant',
      });
      expect(
        await impartiality().declare(member, c.applicationId, true, 'Medlem av organisasjonen.'),
      ).toMatchObject({ hasConflict: true });
    });
  });

  describe('screening: submitted → in_assessment', () => {
    it('passes a submitted application to assessment, recording the checks, audited', async () => {
      const c = await ctx.fx.submitted();
      await ctx.fx.declare(c.staff.caseworker, c.applicationId);
      expect(await screen(c)).toMatchObject({ status: ApplicationStatus.InAssessment });
      const [row] = await ctx.db.query(
        'SELECT checks, outcome, screened_by FROM screenings WHERE application_id = $1',
        [c.applicationId],
      );
      expect(row).toMatchObject({
        outcome: 'passed',
        screened_by: c.staff.caseworker.userId,
        checks: expect.objectContaining({
          eligibleOrganisationForm: true,
          deadlineMet: true,
          voluntaryRegistry: true,
        }),
      });
      expect((await ctx.fx.audit(c.applicationId)).map((e) => e.action)).toContain('application.screened');
    });

    it('refuses anyone but a caseworker (403)', async () => {
      const c = await ctx.fx.submitted();
      await ctx.fx.declare(c.staff.approver, c.applicationId);
      await forbidden(screen(c, pass, c.staff.approver), /saksbehandlere/);
    });

    it('refuses a caseworker who has not declared (403)', async () => {
      const c = await ctx.fx.submitted();
      await forbidden(screen(c), /erklære/);
    });

    it('refuses a caseworker who declared a conflict (403)', async () => {
      const c = await ctx.fx.submitted();
      await ctx.fx.declare(c.staff.caseworker, c.applicationId, true);
      await forbidden(screen(c), /inhabil/);
    });

    it('refuses a caseworker who became a member of the applicant organisation after declaring (403)', async () => {
      const c = await ctx.fx.submitted();
      const caseworker = await ctx.fx.user([Role.Caseworker, Role.Applicant]);
      await ctx.fx.declare(caseworker, c.applicationId, false);
      await ctx.get(OrganisationsService).addMember(c.member, c.organisationId, caseworker.email);
      await forbidden(screen(c, pass, caseworker), /medlem av søkerorganisasjonen/);
    });

    it('refuses to pass an organisation form the scheme does not fund (422 checks.eligibleOrganisationForm)', async () => {
      const c = await ctx.fx.submitted({ organisation: { form: OrganisationForm.Cooperative } });
      await ctx.fx.declare(c.staff.caseworker, c.applicationId);
      await ruleBroken(screen(c), { field: 'checks.eligibleOrganisationForm', rule: 'eligible' });
    });

    it('refuses to pass an organisation not in Frivillighetsregisteret when the scheme requires it (422)', async () => {
      const c = await ctx.fx.submitted({ registered: false });
      await ctx.fx.declare(c.staff.caseworker, c.applicationId);
      await ruleBroken(screen(c), { field: 'checks.voluntaryRegistry', rule: 'registered' });
    });

    it('asks a municipality for the justification (422), and passes it with one', async () => {
      const c = await ctx.fx.submitted({ organisation: { form: OrganisationForm.Municipality } });
      await ctx.fx.declare(c.staff.caseworker, c.applicationId);
      await ruleBroken(screen(c), { field: 'municipalityJustification', rule: 'required' });
      expect(
        await screen(c, { ...pass, municipalityJustification: 'Ingen frivillige tilbud i kommunen.' }),
      ).toMatchObject({ status: 'in_assessment' });
    });

    it('refuses to pass when the attachments the scheme now requires are missing (422 checks.requiredAttachments)', async () => {
      const c = await ctx.fx.submitted();
      const schemes = ctx.get(SchemesService);
      const scheme = await schemes.get(c.round.schemeId);
      await schemes.update(
        scheme.id,
        scheme.version,
        { requiredAttachmentKinds: [AttachmentKind.AnnualAccounts] },
        await ctx.fx.admin(),
      );
      await ctx.fx.declare(c.staff.caseworker, c.applicationId);
      await ruleBroken(screen(c), { field: 'checks.requiredAttachments', rule: 'attachments' });
    });

    it('refuses to screen a draft (409 «draft»), twice (409 «in_assessment»), or at a stale version (409)', async () => {
      const draft = await ctx.fx.draft();
      await ctx.fx.declare(draft.staff.caseworker, draft.applicationId);
      await invalidState(screen(draft), 'draft');
      const c = await ctx.fx.inAssessment();
      await invalidState(screen(c), 'in_assessment');
      const current = await version(c.applicationId);
      await stale(screening().screen(c.staff.caseworker, c.applicationId, 1, pass), current);
    });
  });

  describe('dismissal at screening: submitted → decided', () => {
    it('needs full reasons (422 reasons required)', async () => {
      const c = await ctx.fx.submitted();
      await ctx.fx.declare(c.staff.caseworker, c.applicationId);
      await ruleBroken(dismiss(c, { ...REASONS, factsReliedOn: ' ' }), {
        field: 'reasons',
        rule: 'required',
      });
      expect(await ctx.fx.applicationStatus(c.applicationId)).toBe(ApplicationStatus.Submitted);
    });

    it('is a decision: dismissed, amount 0, prepared by the caseworker with no approver, its letter asked for', async () => {
      const c = await ctx.fx.submitted();
      await ctx.fx.declare(c.staff.caseworker, c.applicationId);
      expect(await dismiss(c)).toMatchObject({ status: ApplicationStatus.Decided });
      const decision = await ctx.fx.decisionInForce(c.applicationId);
      expect(decision).toMatchObject({
        outcome: DecisionOutcome.Dismissed,
        amountOre: 0,
        preparedBy: c.staff.caseworker.userId,
        approvedBy: null,
        decidedAt: ctx.clock.now(),
      });
      expect(await ctx.fx.outbox(decision.id)).toEqual(['letter.decision']);
      const [screened] = await ctx.db.query(
        `SELECT outcome, dismissal_reason FROM screenings WHERE application_id = $1`,
        [c.applicationId],
      );
      expect(screened).toEqual({ outcome: 'dismissed', dismissal_reason: REASONS.mainConsiderations });
      // The application's step and the decision, each audited by its owner.
      const [dismissed] = await ctx.fx.auditRows(c.applicationId, 'application.dismissed');
      expect(dismissed.before).toMatchObject({ status: ApplicationStatus.Submitted });
      expect(dismissed.after).toMatchObject({
        status: ApplicationStatus.Decided,
        screening: expect.objectContaining({ outcome: 'dismissed' }),
      });
      const [made] = await ctx.fx.auditRows(decision.id, 'decision.made');
      expect(made).toMatchObject({ before: null, after: expect.objectContaining({ outcome: 'dismissed' }) });
    });

    it('is not a passing screening: ScreeningService.screen leaves it to DismissalService', async () => {
      const c = await ctx.fx.submitted();
      await ctx.fx.declare(c.staff.caseworker, c.applicationId);
      await expect(screen(c, { outcome: ScreeningOutcome.Dismissed, reasons: REASONS })).rejects.toThrow(
        /DismissalService/,
      );
      expect(await ctx.fx.applicationStatus(c.applicationId)).toBe(ApplicationStatus.Submitted);
    });

    it('dismisses only at the formal check: once screened it is refused (409 «in_assessment», «assessed»), not a 500', async () => {
      // docs/domain.md §10: dismiss leaves `submitted` only. The state machine also let it leave `in_assessment`, where the
      // screening already recorded made the second screening row break its unique key (a 500).
      const inAssessment = await ctx.fx.inAssessment();
      await invalidState(dismiss(inAssessment), 'in_assessment');
      const assessed = await ctx.fx.assessed();
      await invalidState(dismiss(assessed), 'assessed');
    });
  });

  describe('assessment: in_assessment | assessed → assessed', () => {
    it('scores every criterion and computes the weighted score (5 × 60 + 4 × 40 = 460 hundredths), audited', async () => {
      const c = await ctx.fx.inAssessment();
      const made = await ctx.fx.assess(c);
      expect(made).toMatchObject({
        weightedScoreHundredths: 460,
        recommendedOutcome: 'grant',
        recommendedAmountOre: c.amountOre,
        assessedBy: c.staff.caseworker.userId,
      });
      expect(await version(c.applicationId)).toBeGreaterThan(1);
      expect((await ctx.fx.audit(c.applicationId)).map((e) => e.action)).toContain('assessment.made');
    });

    it('may be revised until the decision (assessment.revised), and not after it (409 «decided»)', async () => {
      const c = await ctx.fx.assessed();
      await ctx.fx.assess(c, { scores: [SCORES[0], { ...SCORES[1], score: 6 }] });
      expect((await ctx.fx.audit(c.applicationId)).map((e) => e.action)).toContain('assessment.revised');
      await ctx.fx.declare(c.staff.approver, c.applicationId);
      const decided = await ctx.fx.decided({});
      await invalidState(ctx.fx.assess(decided), 'decided');
    });

    it('refuses an application not yet screened (409 «submitted»)', async () => {
      const c = await ctx.fx.submitted();
      await ctx.fx.declare(c.staff.caseworker, c.applicationId);
      await invalidState(ctx.fx.assess(c), 'submitted');
    });

    it('refuses anyone but a caseworker, an undeclared one, and a conflicted one (403 each)', async () => {
      const c = await ctx.fx.inAssessment();
      await forbidden(
        assessment().assess(c.staff.approver, c.applicationId, await version(c.applicationId), {
          scores: SCORES,
          recommendedOutcome: RecommendedOutcome.Rejection,
          recommendedAmountOre: 0,
          reasons: REASONS,
        }),
      );
      const other = await ctx.fx.user([Role.Caseworker]);
      await forbidden(ctx.fx.assess({ ...c, staff: { ...c.staff, caseworker: other } }), /erklære/);
      await ctx.fx.declare(other, c.applicationId, true);
      await forbidden(ctx.fx.assess({ ...c, staff: { ...c.staff, caseworker: other } }), /inhabil/);
    });

    it("names each broken scoring rule (422): a missing, unknown or repeated criterion, the scheme's scale, a comment", async () => {
      const c = await ctx.fx.inAssessment();
      await ruleBroken(
        ctx.fx.assess(c, {
          scores: [
            { criterion: 'relevance', score: 7, comment: 'For høy.' },
            { criterion: 'relevance', score: 3, comment: ' ' },
            { criterion: 'beauty', score: 3, comment: 'Ukjent.' },
          ],
        }),
        { field: 'scores', rule: 'everyCriterion' },
        { field: 'scores[0].score', rule: 'scale' },
        { field: 'scores[1].criterion', rule: 'schemeCriterion' },
        { field: 'scores[1].comment', rule: 'required' },
        { field: 'scores[2].criterion', rule: 'schemeCriterion' },
      );
    });

    const terms: [string, Partial<AssessmentInput>, string, string][] = [
      [
        'a full grant is the amount applied for',
        { recommendedAmountOre: 1 },
        'recommendedAmountOre',
        'fullAmount',
      ],
      [
        'a partial grant lies between 0 and the amount applied for',
        {
          recommendedOutcome: RecommendedOutcome.PartialGrant,
          recommendedAmountOre: 50_000_000,
          reasons: REASONS,
        },
        'recommendedAmountOre',
        'partialAmount',
      ],
      [
        'a rejection is 0',
        { recommendedOutcome: RecommendedOutcome.Rejection, recommendedAmountOre: 5, reasons: REASONS },
        'recommendedAmountOre',
        'zeroForRejection',
      ],
      [
        'a rejection has reasons',
        { recommendedOutcome: RecommendedOutcome.Rejection, recommendedAmountOre: 0 },
        'reasons',
        'required',
      ],
      [
        'a partial grant has reasons',
        { recommendedOutcome: RecommendedOutcome.PartialGrant, recommendedAmountOre: 10_000_000 },
        'reasons',
        'required',
      ],
      ['a grant has conditions', { conditions: [' '] }, 'conditions', 'required'],
    ];
    it.each(terms)('holds the outcome terms: %s (422)', async (_rule, recommendation, field, rule) => {
      const c = await ctx.fx.inAssessment();
      await ruleBroken(ctx.fx.assess(c, recommendation), { field, rule });
    });
  });

  describe("Sfk's working material is not the party's", () => {
    it("keeps the assessment and the screening findings from the organisation's members and conflicted staff (403)", async () => {
      const c = await ctx.fx.assessed();
      await forbidden(assessment().get(c.member, c.applicationId), /inhabil|medlem/);
      await forbidden(screening().findings(c.member, c.applicationId));
      const conflicted = await ctx.fx.user([Role.Caseworker]);
      await ctx.fx.declare(conflicted, c.applicationId, true);
      await refused(assessment().get(conflicted, c.applicationId), { status: 403, code: 'forbidden' });
      expect(await assessment().get(c.staff.approver, c.applicationId)).toMatchObject({
        weightedScoreHundredths: 460,
      });
    });
  });
});
