/**
 * Bulk seed for the benchmarks: set-based SQL (INSERT … SELECT generate_series / unnest), never row by row.
 * Writes straight into a freshly migrated database; values respect every CHECK constraint of the migrations.
 */
import { isValidBankAccount, isValidOrganisationNumber } from '@app/grants/kernel/identifiers';
import { hashPassword } from '@app/grants/identity/passwords';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

export const CASEWORKER_EMAIL = 'saksbehandler@bench.test';
export const CASEWORKER_PASSWORD = 'benchmark caseworker password';

export interface SeedOptions {
  applications: number;
  organisations: number;
}

export interface SeedResult {
  roundId: string;
  applicationIds: string[];
  attachments: number;
  seconds: number;
}

/** Deterministic pseudo-random numbers so every run seeds the same shapes. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function digits(random: () => number, count: number, firstNonZero = true): string {
  let out = '';
  for (let i = 0; i < count; i++)
    out += String(i === 0 && firstNonZero ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10));
  return out;
}

/** A MOD11-valid number of `length` digits, unique within `taken`. */
function mod11Number(
  random: () => number,
  length: number,
  valid: (value: string) => boolean,
  taken: Set<string>,
): string {
  for (;;) {
    const base = digits(random, length - 1);
    for (let d = 0; d <= 9; d++) {
      const candidate = base + d;
      if (valid(candidate) && !taken.has(candidate)) {
        taken.add(candidate);
        return candidate;
      }
    }
  }
}

const PLACES: [string, string, string, string, string][] = [
  // postal code, town, municipality number, municipality, county
  ['0150', 'Oslo', '0301', 'Oslo', 'Oslo'],
  ['5003', 'Bergen', '4601', 'Bergen', 'Vestland'],
  ['7011', 'Trondheim', '5001', 'Trondheim', 'Trøndelag'],
  ['4006', 'Stavanger', '1103', 'Stavanger', 'Rogaland'],
  ['9008', 'Tromsø', '5501', 'Tromsø', 'Troms'],
  ['4610', 'Kristiansand', '4204', 'Kristiansand', 'Agder'],
  ['3015', 'Drammen', '3301', 'Drammen', 'Buskerud'],
  ['8006', 'Bodø', '1804', 'Bodø', 'Nordland'],
];

const ORG_WORDS = [
  'Kirkens',
  'Frelsesarmeens',
  'Nettverket',
  'Stiftelsen',
  'Foreningen',
  'Senteret',
  'Prosjekt',
];
const ORG_NOUNS = [
  'Trygg Havn',
  'Nytt Liv',
  'Utvei',
  'Lysglimt',
  'Rosa',
  'Pro Sentret',
  'Fellesskap',
  'Veiviser',
];

export async function seed(databaseUrl: string, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const random = rng(20270101);
  return inSeedTransaction(databaseUrl, async (client) => {
    // Users: one caseworker, one applicant per organisation (the applicants only appear as authors).
    const caseworkerHash = await hashPassword(CASEWORKER_PASSWORD);
    const applicantHash = await hashPassword(randomUUID());
    await client.query(
      `INSERT INTO users (email, name, password_hash, roles) VALUES ($1, 'Sara Saksbehandler', $2, '{caseworker}')`,
      [CASEWORKER_EMAIL, caseworkerHash],
    );

    const orgNumbers = new Set<string>();
    const accounts = new Set<string>();
    const orgs = Array.from({ length: options.organisations }, (_, i) => {
      const place = PLACES[i % PLACES.length];
      return {
        id: randomUUID(),
        userId: randomUUID(),
        number: mod11Number(random, 9, isValidOrganisationNumber, orgNumbers),
        account: mod11Number(random, 11, isValidBankAccount, accounts),
        name: `${ORG_WORDS[i % ORG_WORDS.length]} ${ORG_NOUNS[Math.floor(i / ORG_WORDS.length) % ORG_NOUNS.length]} ${place[1]} ${i + 1}`,
        form: i % 5 === 4 ? 'foundation' : 'association',
        place,
      };
    });
    await client.query(
      `INSERT INTO users (id, email, name, password_hash, roles)
       SELECT id, 'soker-' || n || '@bench.test', 'Søker ' || n, $3, '{applicant}'
         FROM unnest($1::uuid[], $2::int[]) AS t(id, n)`,
      [orgs.map((o) => o.userId), orgs.map((_, i) => i + 1), applicantHash],
    );
    await client.query(
      `INSERT INTO organisations (id, organisation_number, name, form, street_address, postal_code, postal_town,
              municipality_number, municipality, county, email, phone, bank_account, registered_in_voluntary_registry)
       SELECT id, num, name, form, 'Storgata ' || n, pc, town, mnr, mun, county, 'post' || n || '@org.bench.test',
              '+47 ' || (90000000 + n), acct, true
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                     $8::text[], $9::text[], $10::text[]) WITH ORDINALITY
              AS t(id, num, name, form, acct, pc, town, mnr, mun, county, n)`,
      [
        orgs.map((o) => o.id),
        orgs.map((o) => o.number),
        orgs.map((o) => o.name),
        orgs.map((o) => o.form),
        orgs.map((o) => o.account),
        orgs.map((o) => o.place[0]),
        orgs.map((o) => o.place[1]),
        orgs.map((o) => o.place[2]),
        orgs.map((o) => o.place[3]),
        orgs.map((o) => o.place[4]),
      ],
    );
    await client.query(
      `INSERT INTO memberships (user_id, organisation_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
      [orgs.map((o) => o.userId), orgs.map((o) => o.id)],
    );

    // One scheme (MHP) and one published round that is open now.
    const {
      rows: [scheme],
    } = await client.query<{ id: string }>(
      `INSERT INTO grant_schemes (code, name, purpose, legal_basis_title, legal_basis_sections,
              eligible_organisation_forms, measure_categories, assessment_criteria, required_attachment_kinds,
              report_indicators, text_limits, appeal_body, budget_chapter, budget_post)
       VALUES ('MHP', 'Tilskudd til tiltak mot menneskehandel og prostitusjon',
              'Å hjelpe personer som er utsatt for menneskehandel eller i prostitusjon.',
              'Forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon', '{§ 1,§ 3,§ 7}',
              '{association,foundation}',
              $1, $2, '{statutes,budget}', $3, $4,
              'Justis- og beredskapsdepartementet', '0433', '70')
       RETURNING id`,
      [
        JSON.stringify(
          ['Botilbud', 'Rådgivning og oppfølging', 'Helsetilbud', 'Kompetanse', 'Forebygging'].map(
            (name, i) => ({
              code: 'abcde'[i],
              name,
            }),
          ),
        ),
        JSON.stringify([
          { code: 'relevance', name: 'Relevans', weight: 40 },
          { code: 'quality', name: 'Kvalitet', weight: 40 },
          { code: 'cost', name: 'Kostnadseffektivitet', weight: 20 },
        ]),
        JSON.stringify([{ code: 'people_helped', name: 'Personer som har fått hjelp', breakdown: 'gender' }]),
        JSON.stringify({ title: { maxChars: 150 }, summary: { maxWords: 300 }, plan: { maxWords: 1500 } }),
      ],
    );
    const {
      rows: [round],
    } = await client.query<{ id: string }>(
      `INSERT INTO grant_rounds (scheme_id, year, title, budget_frame_ore, opens_at, application_deadline,
              report_deadline, budget_chapter, budget_post, status, published_at)
       VALUES ($1, 2027, 'Tilskudd mot menneskehandel og prostitusjon 2027', 4500000000,
              now() - interval '60 days', now() + interval '30 days', now() + interval '500 days',
              '0433', '70', 'published', now() - interval '60 days')
       RETURNING id`,
      [scheme.id],
    );

    // Applications: submitted, numbered, with realistic text, budget and people.
    const { rows: applications } = await client.query<{ id: string }>(
      `INSERT INTO applications (reference_number, sequence_number, round_id, organisation_id, status, title,
              measure_category, grant_type, summary, goals, target_group, area, plan, partners, period_start,
              period_end, expected_results, budget_lines, other_funding, requested_amount_ore, contact_person,
              signatory, created_by, submitted_at, submitted_by, created_at, updated_at)
       SELECT 'MHP-2027-' || lpad(i::text, greatest(4, length(i::text)), '0'), i, $1, org.id, 'submitted',
              (ARRAY['Trygt botilbud', 'Oppsøkende arbeid', 'Helsetilbud', 'Juridisk rådgivning',
                     'Språkopplæring og arbeid', 'Nettbasert oppsøk'])[1 + i % 6]
                || ' for utsatte ' || (ARRAY['kvinner', 'menn', 'ungdom', 'personer'])[1 + i % 4]
                || ' i ' || org.postal_town || ' (' || i || ')',
              substr('abcde', 1 + i % 5, 1),
              CASE WHEN i % 3 = 0 THEN 'operating' ELSE 'project' END,
              'Vi gir trygge boliger og tett oppfølging til personer som kan være utsatt for menneskehandel. '
                || 'Tiltaket bygger på erfaring fra ' || (2010 + i % 14) || ' og samarbeider med politiet, '
                || 'helsetjenesten og NAV. Målet er at deltakerne skal komme seg ut av utnyttelse og få varig bolig.',
              'Flere kommer seg ut av utnyttelse og får varig bolig. Deltakerne får kunnskap om rettighetene sine, '
                || 'tilgang til helsehjelp og hjelp til å finne arbeid eller utdanning.',
              'Voksne som er presumptive ofre for menneskehandel, og personer i prostitusjon som ønsker å slutte.',
              org.municipality || ' og omegn',
              repeat('Januar: rekruttering og opplæring av frivillige. Februar–desember: drift med '
                || 'døgnbemanning, ukentlige samtaler, følge til lege, advokat og NAV. ', 4 + i % 8),
              jsonb_build_array(jsonb_build_object('name', 'Samarbeidsforeningen ' || (i % 37),
                'organisationNumber', NULL, 'role', 'Rådgivning')),
              DATE '2027-01-01', DATE '2027-12-31',
              (6 + i % 10) || ' personer får bolig; ' || (3 + i % 5) || ' går videre til arbeid eller utdanning.',
              jsonb_build_array(
                jsonb_build_object('category', 'salaries', 'description', 'Miljøarbeider 50 %',
                                   'amountOre', 20000000 + (i % 50) * 1000000),
                jsonb_build_object('category', 'premises', 'description', 'Husleie',
                                   'amountOre', 5000000 + (i % 20) * 500000),
                jsonb_build_object('category', 'activities', 'description', 'Aktiviteter og kurs',
                                   'amountOre', 3000000)),
              CASE WHEN i % 3 = 0
                   THEN jsonb_build_array(jsonb_build_object('source', org.municipality || ' kommune',
                                          'amountOre', 2000000, 'status', 'applied'))
                   ELSE '[]'::jsonb END,
              28000000 + (i % 50) * 1000000 + (i % 20) * 500000 - CASE WHEN i % 3 = 0 THEN 2000000 ELSE 0 END,
              jsonb_build_object('name', 'Kari Kontakt ' || i, 'email', 'kontakt' || i || '@org.bench.test',
                                 'phone', '+47 9' || lpad((i % 10000000)::text, 7, '0')),
              jsonb_build_object('name', 'Stine Styreleder ' || (i % 200),
                                 'role', CASE WHEN i % 4 = 0 THEN 'general_manager' ELSE 'chair' END),
              org.user_id,
              now() - interval '59 days' + i * interval '7 minutes',
              org.user_id,
              now() - interval '59 days' + i * interval '7 minutes' - interval '3 days',
              now() - interval '59 days' + i * interval '7 minutes'
         FROM generate_series(1, $2::int) AS i
         JOIN (SELECT o.*, m.user_id, row_number() OVER (ORDER BY o.organisation_number) - 1 AS k
                 FROM organisations o JOIN memberships m ON m.organisation_id = o.id) org
           ON org.k = i % $3
        ORDER BY i
       RETURNING id`,
      [round.id, options.applications, options.organisations],
    );
    await client.query(`INSERT INTO reference_counters (round_id, last_number) VALUES ($1, $2)`, [
      round.id,
      options.applications,
    ]);

    // Attachments: every second application has its statutes and budget (about 2 KB of bytes each).
    const attachments = await client.query(
      `INSERT INTO application_attachments (application_id, kind, file_name, content_type, size_bytes, sha256,
              content, uploaded_by, uploaded_at)
       SELECT f.application_id, f.kind, f.kind || '.pdf', 'application/pdf', length(f.content),
              encode(sha256(f.content), 'hex'), f.content, f.created_by, f.submitted_at - interval '1 day'
         FROM (SELECT a.id AS application_id, a.created_by, a.submitted_at, k.kind,
                      convert_to('%PDF-1.4' || chr(10) || repeat(md5(a.id::text || k.kind), 64), 'UTF8') AS content
                 FROM applications a CROSS JOIN (VALUES ('statutes'), ('budget')) AS k(kind)
                WHERE a.sequence_number % 2 = 0) f`,
    );

    await commitAndAnalyze(client);
    return {
      roundId: round.id,
      applicationIds: applications.map((a) => a.id),
      attachments: attachments.rowCount ?? 0,
      seconds: (performance.now() - started) / 1000,
    };
  });
}

/**
 * Runs `seed` on its own connection inside a transaction it has begun; `seed` commits (commitAndAnalyze). On an error
 * the transaction is rolled back; the connection is closed either way.
 */
export async function inSeedTransaction<T>(
  databaseUrl: string,
  seed: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'tilskudd-bench-seed' });
  await client.connect();
  try {
    await client.query('BEGIN');
    return await seed(client);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Commits, then VACUUM ANALYZE: a database in steady state has its visibility map set (index-only scans for counts). */
export async function commitAndAnalyze(client: Client): Promise<void> {
  await client.query('COMMIT');
  await client.query('VACUUM ANALYZE');
}
