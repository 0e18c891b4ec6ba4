import { GrantRound, WrittenLanguage } from '@app/grants';
import { randomBytes } from 'node:crypto';
import { Page } from 'playwright-core';
import { nb, type Messages } from '../../apps/web/src/i18n/nb';
import { nn } from '../../apps/web/src/i18n/nn';
import { checkPage, onFailure, openTab, Portal, startPortal, expectFocusOn } from '../support/browser';
import { randomBankAccount, randomOrganisationNumber, TEST_PASSWORD } from '../support/factories';
import { pdfBytes } from '../support/files';

/**
 * The NGO's first journey in the browser, once in bokmål and once in nynorsk: the open calls, a new account
 * (confirmed through the e-mailed link), the organisation, a draft filled in section by section with autosave, the
 * check-answers page and the receipt with the reference number. axe-core finds nothing on any page visited.
 */
describe('the NGO portal: from the front page to a submitted application', () => {
  let portal: Portal;
  let round: GrantRound;
  const domain = `web-${randomBytes(4).toString('hex')}.test`;

  beforeAll(async () => {
    portal = await startPortal();
    const scheme = await portal.ctx.f.scheme({
      name: 'Tilskudd til tiltak mot menneskehandel og prostitusjon',
      nameNn: 'Tilskot til tiltak mot menneskehandel og prostitusjon',
      purpose: 'Ordningen skal styrke arbeidet mot menneskehandel og prostitusjon.',
      requiresVoluntaryRegistry: false,
    });
    round = await portal.ctx.f.round({
      schemeId: scheme.id,
      title: `Utlysning ${randomBytes(3).toString('hex')}`,
    });
  });
  afterAll(() => portal.close());

  /** The input with exactly this label ("Mål" must not find "Byt til bokmål"). */
  const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
  /** Text as read, with the no-break spaces of Norwegian numbers as plain spaces. */
  const textOf = async (page: Page, testId: string) =>
    (await page.getByTestId(testId).innerText()).replace(/\s/g, ' ');
  const heading = (page: Page, text: string) => page.getByRole('heading', { level: 1, name: text });

  async function waitSaved(page: Page, t: Messages): Promise<void> {
    await page
      .getByTestId('save-status')
      .filter({ hasText: t.app.savedAt('').trim() })
      .waitFor();
  }

  async function journey(language: 'nb' | 'nn'): Promise<void> {
    const t = language === 'nb' ? nb : nn;
    const shot = (name: string) => (language === 'nb' ? name : undefined);
    const { page, errors } = await openTab(portal);
    await onFailure(page, `journey-${language}`, () => steps(page, errors, t, shot, language));
  }

  async function steps(
    page: Page,
    errors: string[],
    t: Messages,
    shot: (name: string) => string | undefined,
    language: 'nb' | 'nn',
  ): Promise<void> {
    const email = `soker-${language}@${domain}`;
    const name = language === 'nb' ? 'Nora Ny' : 'Nils Nynorsk';
    const password = 'fjellbekk og tyttebær i oktober';

    // The front page lists the open call; nynorsk is one click away and stays chosen.
    await page.goto('/');
    await heading(page, nb.calls.title).waitFor();
    if (language === 'nn') {
      await page.getByRole('button', { name: nb.switchToLabel }).click();
      await heading(page, nn.calls.title).waitFor();
      await page.reload();
      await heading(page, nn.calls.title).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');
    }
    await checkPage(page, shot('forside'));

    // The call: purpose, categories, criteria with weights, the deadline in Oslo time.
    await page.getByRole('link', { name: round.title }).click();
    await heading(page, round.title).waitFor();
    await page.getByRole('row', { name: 'Relevans 60 %' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Botilbud' }).waitFor();
    expect(await page.locator('main').innerText()).toMatch(/\d{1,2}\. \p{L}+ \d{4} kl\. \d{2}:\d{2}/u);
    await checkPage(page, shot('utlysning'));

    // Log in to apply → no account yet → register.
    await page.getByRole('link', { name: t.call.logInToApply }).click();
    await heading(page, t.login.title).waitFor();
    await checkPage(page, shot('logg-inn'));
    await page.getByRole('link', { name: t.login.register }).click();
    await heading(page, t.register.title).waitFor();
    await field(page, t.register.name).fill(name);
    await field(page, t.register.email).fill(email);
    await field(page, t.register.password).fill(password);
    await checkPage(page, shot('opprett-konto'));
    await page.getByRole('button', { name: t.register.submit }).click();
    await heading(page, t.register.sentTitle).waitFor();
    await checkPage(page, shot('opprett-konto-sendt'));

    // The e-mailed link opens the confirmation page.
    await portal.deliverAccountMail(domain);
    const mail = portal.smtp.to(email).at(-1);
    const link = /(\/bekreft-e-post#token=[A-Za-z0-9_-]+)/.exec(mail?.text ?? '');
    expect(link).not.toBeNull();
    await page.goto(link![1]);
    await page.getByText(t.confirm.done).waitFor();
    await checkPage(page, shot('bekreft-e-post'));

    // Log in, straight on to starting an application for the call.
    await page.goto(`/logg-inn?neste=${encodeURIComponent(`/soknad/ny/${round.id}`)}`);
    await field(page, t.login.email).fill(email);
    await field(page, t.login.password).fill(password);
    await page.getByRole('button', { name: t.login.submit }).click();
    await heading(page, t.start.title).waitFor();

    // No organisation yet: register it (organisation and account numbers checked as typed).
    await page.getByRole('link', { name: t.start.registerOrganisation }).click();
    await heading(page, t.organisation.title).waitFor();
    await field(page, t.organisation.organisationNumber).fill('123456789');
    await field(page, t.organisation.name).focus();
    await page.getByText(t.organisation.organisationNumberWrong).waitFor();
    await field(page, t.organisation.organisationNumber).fill(randomOrganisationNumber());
    await field(page, t.organisation.name).fill(`Foreningen ${language} ${randomBytes(2).toString('hex')}`);
    await field(page, t.organisation.streetAddress).fill('Storgata 1');
    await field(page, t.organisation.postalCode).fill('0155');
    await field(page, t.organisation.postalTown).fill('Oslo');
    await field(page, t.organisation.municipalityNumber).fill('0301');
    await field(page, t.organisation.municipality).fill('Oslo');
    await field(page, t.organisation.email).fill(`post-${language}@${domain}`);
    await field(page, t.organisation.bankAccount).fill(randomBankAccount());
    await field(page, language === 'nb' ? 'Bokmål' : 'Nynorsk').check();
    await checkPage(page, shot('organisasjon'));
    await page.getByRole('button', { name: t.organisation.submit }).click();
    await heading(page, t.start.title).waitFor();
    await checkPage(page, shot('start-soknad'));
    await page.getByRole('button', { name: t.start.submit }).click();
    await heading(page, t.app.taskListTitle).waitFor();
    await expect(page.getByText(t.app.sectionStatus.notStarted).count()).resolves.toBe(5);
    await checkPage(page, shot('oppgaveliste'));

    // A failed submission: the summary of what is missing gets focus, each item links to its field.
    await page.getByRole('link', { name: t.app.sections.review }).click();
    await heading(page, t.review.title).waitFor();
    await page.getByRole('button', { name: t.review.submit }).click();
    await expectFocusOn(page, '.ds-error-summary');
    await page.getByRole('link', { name: t.review.declareMissing }).waitFor();
    await checkPage(page, shot('se-over-mangler'));
    await page.goBack();

    // Organisation and contacts.
    await page.getByRole('link', { name: t.app.sections.organisation }).click();
    await heading(page, t.app.sections.organisation).waitFor();
    await field(page, t.app.contactName).fill('Kari Kontakt');
    await field(page, t.app.contactEmail).fill(`kari@${domain}`);
    await field(page, t.app.signatoryName).fill('Stine Styreleder');
    await field(page, t.app.signatoryRoles.chair).check();
    await waitSaved(page, t);
    await checkPage(page, shot('seksjon-organisasjon'));
    await page.getByRole('button', { name: t.app.saveAndBack }).click();
    await heading(page, t.app.taskListTitle).waitFor();

    // The measure, with counters against the scheme's limits (summary: at most 50 words).
    await page.getByRole('link', { name: t.app.sections.measure }).click();
    await field(page, t.app.title).fill('Trygt botilbud for utsatte kvinner');
    await field(page, t.grantType.project).check();
    await field(page, t.app.summary).fill('Vi gir trygge boliger og tett oppfølging.');
    await page.getByText(t.app.wordsLeft(43, 50)).waitFor();
    await field(page, t.app.goals).fill('Flere kommer seg ut av utnyttelse.');
    await field(page, t.app.area).fill('Oslo og Viken');
    await field(page, t.app.plan).fill('Januar: rekruttering. Februar til desember: drift.');
    await field(page, t.app.periodStart).fill('2027-01-01');
    await field(page, t.app.periodEnd).fill('2027-12-31');
    await field(page, t.app.expectedResults).fill('Tolv kvinner får bolig.');
    await waitSaved(page, t);
    await checkPage(page, shot('seksjon-tiltaket'));
    await page.getByRole('button', { name: t.app.saveAndBack }).click();

    await page.getByRole('link', { name: t.app.sections.target }).click();
    await field(page, t.app.targetGroup).fill('Voksne kvinner som kan være utsatt for menneskehandel.');
    await field(page, 'Botilbud').check();
    await waitSaved(page, t);
    await checkPage(page, shot('seksjon-malgruppe'));
    await page.getByRole('button', { name: t.app.saveAndBack }).click();

    // The budget: live sums; the requested amount is checked against budget minus other funding.
    await page.getByRole('link', { name: t.app.sections.budget }).click();
    await page.getByRole('button', { name: t.app.addBudgetLine }).click();
    await field(page, t.app.budgetCategory).selectOption('salaries');
    await field(page, t.app.budgetDescription).fill('Miljøarbeider 50 %');
    await field(page, t.app.amount).fill('400 000');
    await page.getByRole('button', { name: t.app.addFunding }).click();
    await field(page, t.app.fundingSource).fill('Oslo kommune');
    await field(page, t.app.amount).nth(1).fill('100000');
    expect(await textOf(page, 'budget-total')).toBe('kr 400 000');
    expect(await textOf(page, 'max-requestable')).toBe('kr 300 000');
    await field(page, t.app.requested).fill('350 000');
    await page.getByText(t.app.requestedTooHigh('§').split('(')[0].trim()).waitFor();
    await field(page, t.app.requested).fill('300 000');
    await waitSaved(page, t);
    await checkPage(page, shot('seksjon-budsjett'));
    await page.getByRole('button', { name: t.app.saveAndBack }).click();

    // Attachments, uploaded with the kinds the call requires.
    await page.getByRole('link', { name: t.app.sections.attachments }).click();
    for (const kind of ['statutes', 'budget'] as const) {
      await field(page, t.app.attachmentKind).selectOption(kind);
      await field(page, t.app.file).setInputFiles({
        name: `${kind}.pdf`,
        mimeType: 'application/pdf',
        buffer: pdfBytes(),
      });
      await page.getByRole('button', { name: t.app.upload, exact: true }).click();
      await page.getByText(`${t.attachmentKind[kind]}: ${kind}.pdf`).waitFor();
    }
    await checkPage(page, shot('seksjon-vedlegg'));
    await page.getByRole('button', { name: t.app.saveAndBack }).click();
    await heading(page, t.app.taskListTitle).waitFor();
    for (const key of ['organisation', 'measure', 'target', 'budget', 'attachments']) {
      await page.locator(`#status-${key}`).filter({ hasText: t.app.sectionStatus.complete }).waitFor();
    }

    // Check answers, declare, submit: the receipt shows the reference number.
    await page.getByRole('link', { name: t.app.sections.review }).click();
    await heading(page, t.review.title).waitFor();
    await expect(page.getByText(t.review.problems).count()).resolves.toBe(0);
    await page.getByText('Trygt botilbud for utsatte kvinner').waitFor();
    await checkPage(page, shot('se-over'));
    await field(page, t.review.declare).check();
    await page.getByRole('button', { name: t.review.submit }).click();
    await heading(page, t.receipt.title).waitFor();
    const reference = await page.getByTestId('reference-number').innerText();
    expect(reference).toMatch(/^[A-Z0-9]+-\d{4}-\d{4}$/);
    // The declaration ticked on the check-answers page was sent and recorded: the receipt says who gave it, when.
    const declared = await page.getByTestId('declaration').innerText();
    const when = /\d{1,2}\. \p{L}+ \d{4} kl\. \d{2}:\d{2}/u.exec(declared)?.[0];
    expect(when).toBeDefined();
    expect(declared).toBe(t.receipt.declared(name, when!));
    await checkPage(page, shot('kvittering'));
    const [row] = await portal.ctx.db.query(
      `SELECT a.status, a.requested_amount_ore, a.declaration_version, u.name AS declared_by,
              a.declared_at = a.submitted_at AS declared_with_submission
         FROM applications a JOIN users u ON u.id = a.declared_by WHERE a.reference_number = $1`,
      [reference],
    );
    expect(row).toEqual({
      status: 'submitted',
      requested_amount_ore: '30000000',
      declaration_version: '2027-1',
      declared_by: name,
      declared_with_submission: true,
    });

    // Mine søknader: the application with its reference number and status.
    await page.getByRole('link', { name: t.receipt.toMine }).click();
    await heading(page, t.mine.title).waitFor();
    await page.getByRole('cell', { name: reference }).waitFor();
    await page.getByRole('cell', { name: t.status.submitted }).waitFor();
    await checkPage(page, shot('mine-soknader'));

    // Log out.
    await page.getByRole('button', { name: t.nav.logOut }).click();
    await page.getByText(t.login.loggedOut).waitFor();
    await checkPage(page);
    expect(errors).toEqual([]);
    await page.context().close();
  }

  it('a forgotten password: the e-mailed link leads to a new password, and it logs in', async () => {
    const email = `glemsk@${domain}`;
    await portal.ctx.f.user(undefined, { email });
    const { page, errors } = await openTab(portal);
    await page.goto('/logg-inn');
    await page.getByRole('link', { name: nb.reset.forgot }).click();
    await heading(page, nb.reset.requestTitle).waitFor();
    await field(page, nb.login.email).fill(email);
    await checkPage(page, 'glemt-passord');
    await page.getByRole('button', { name: nb.reset.requestSubmit }).click();
    await page.getByText(nb.reset.requestSent).waitFor();

    await portal.deliverAccountMail(domain);
    const link = /(\/nytt-passord#token=[A-Za-z0-9_-]+)/.exec(portal.smtp.to(email).at(-1)?.text ?? '');
    expect(link).not.toBeNull();
    await page.goto(link![1]);
    await heading(page, nb.reset.title).waitFor();
    await field(page, nb.reset.password).fill('kort');
    await page.getByRole('button', { name: nb.reset.submit }).click();
    // The API's reason, at the field and in the summary (which has focus).
    await expectFocusOn(page, '.ds-error-summary');
    await checkPage(page, 'nytt-passord-feil');
    await field(page, nb.reset.password).fill('blåbær og multer i fjellet');
    await page.getByRole('button', { name: nb.reset.submit }).click();
    await page.getByText(nb.reset.done).waitFor();
    await checkPage(page, 'nytt-passord');

    await page.getByRole('link', { name: nb.nav.logIn }).last().click();
    await field(page, nb.login.email).fill(email);
    await field(page, nb.login.password).fill('blåbær og multer i fjellet');
    await page.getByRole('button', { name: nb.login.submit }).click();
    await heading(page, nb.mine.title).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it("shows the organisation's preferred written standard until the user chooses", async () => {
    const member = await portal.ctx.f.user(undefined, { email: `nynorsk@${domain}` });
    await portal.ctx.f.organisation([member], { preferredLanguage: WrittenLanguage.Nynorsk });
    const { page, errors } = await openTab(portal);
    await page.goto('/logg-inn');
    await field(page, nb.login.email).fill(member.user.email);
    await field(page, nb.login.password).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: nb.login.submit }).click();
    await heading(page, nn.mine.title).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');
    // The user's own choice wins, and is remembered.
    await page.getByRole('button', { name: nn.switchToLabel }).click();
    await heading(page, nb.mine.title).waitFor();
    await page.reload();
    await heading(page, nb.mine.title).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('in bokmål', () => journey('nb'), 240_000);
  it('in nynorsk', () => journey('nn'), 240_000);
});
