/**
 * Bulk seed for the issue-5 letters benchmark, on top of the issue-3 seed (bench/seed.ts): every application is
 * decided with a grant (prepared by the caseworker, approved by someone else), the organisations alternate between
 * bokmål and nynorsk, and the scheme gets its nynorsk name. Set-based SQL; no outbox rows (the benchmark adds them).
 */
import { sampleLetterInput } from '@app/grants/letters/sample-letter-input';
import { hashPassword } from '@app/grants/identity/passwords';
import { randomUUID } from 'node:crypto';
import { commitAndAnalyze, inSeedTransaction, seed } from './seed';

export interface LetterSeedResult {
  roundId: string;
  decisionIds: string[];
  languages: { nb: number; nn: number };
  amountOre: { min: number; max: number; sum: number };
  seconds: number;
}

export async function seedDecidedGrants(databaseUrl: string, letters: number): Promise<LetterSeedResult> {
  const started = performance.now();
  // One organisation per application, so every letter has its own recipient.
  const base = await seed(databaseUrl, { applications: letters, organisations: letters });
  return inSeedTransaction(databaseUrl, async (client) => {
    const {
      rows: [approver],
    } = await client.query<{ id: string }>(
      `INSERT INTO users (email, name, password_hash, roles)
       VALUES ('godkjenner@bench.test', 'Gunnar Godkjenner', $1, '{approver}') RETURNING id`,
      [await hashPassword(randomUUID())],
    );
    await client.query(
      `UPDATE grant_schemes SET name_nn = 'Tilskot til tiltak mot menneskehandel og prostitusjon'`,
    );
    await client.query(
      `UPDATE organisations o SET preferred_language = CASE WHEN r.n % 2 = 0 THEN 'nn' ELSE 'nb' END
         FROM (SELECT id, row_number() OVER (ORDER BY organisation_number) AS n FROM organisations) r
        WHERE r.id = o.id`,
    );
    // Granted in full (the seeded requests are NOK 260 000–865 000), with the conditions of the sample letters.
    await client.query(
      `INSERT INTO decisions (application_id, round_id, outcome, amount_ore, conditions, reasons, prepared_by,
              approved_by, decided_at)
       SELECT a.id, a.round_id, 'granted', a.requested_amount_ore,
              CASE o.preferred_language WHEN 'nn' THEN $1::text[] ELSE $2::text[] END, NULL,
              (SELECT id FROM users WHERE email = 'saksbehandler@bench.test'), $3,
              now() - interval '1 day'
         FROM applications a JOIN organisations o ON o.id = a.organisation_id
        WHERE a.round_id = $4`,
      [
        sampleLetterInput('grant', 'nn').decision!.conditions,
        sampleLetterInput('grant', 'nb').decision!.conditions,
        approver.id,
        base.roundId,
      ],
    );
    await client.query(
      `UPDATE applications SET status = 'decided', updated_at = now() - interval '1 day' WHERE round_id = $1`,
      [base.roundId],
    );
    await commitAndAnalyze(client);
    const { rows: decisions } = await client.query<{ id: string }>(
      `SELECT d.id FROM decisions d JOIN applications a ON a.id = d.application_id ORDER BY a.sequence_number`,
    );
    const {
      rows: [stats],
    } = await client.query<{ nb: number; nn: number; min: string; max: string; sum: string }>(
      `SELECT count(*) FILTER (WHERE o.preferred_language = 'nb')::int AS nb,
              count(*) FILTER (WHERE o.preferred_language = 'nn')::int AS nn,
              min(d.amount_ore) AS min, max(d.amount_ore) AS max, sum(d.amount_ore) AS sum
         FROM decisions d JOIN applications a ON a.id = d.application_id
         JOIN organisations o ON o.id = a.organisation_id`,
    );
    return {
      roundId: base.roundId,
      decisionIds: decisions.map((d) => d.id),
      languages: { nb: stats.nb, nn: stats.nn },
      amountOre: { min: Number(stats.min), max: Number(stats.max), sum: Number(stats.sum) },
      seconds: (performance.now() - started) / 1000,
    };
  });
}
