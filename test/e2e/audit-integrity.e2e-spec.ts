import { Role } from '@app/grants';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { testDatabaseUrl, testOwnerDatabaseUrl } from '../support/env';
import { TestUser } from '../support/factories';
import { createTestApp, TestContext } from '../support/test-app';

/**
 * Issue 14 §3: the application's database role cannot touch the audit trail, and a change made behind the
 * application's back (by a superuser) is found by verifying the hash chain.
 */
describe('audit trail integrity: database roles and the hash chain', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let superuser: Client;
  let owner: Client;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = await ctx.f.user([Role.Admin]);
    superuser = new Client({ connectionString: testDatabaseUrl() });
    owner = new Client({ connectionString: testOwnerDatabaseUrl() });
    await Promise.all([superuser.connect(), owner.connect()]);
  });
  afterAll(async () => {
    await Promise.all([superuser.end(), owner.end()]);
    await ctx.close();
  });

  /** An audit event written through the API, as in real use. */
  async function auditedChange(): Promise<{ id: string; position: string }> {
    const applicant = await ctx.f.user([Role.Applicant]);
    const res = await ctx
      .http()
      .post('/api/organisations')
      .set('authorization', applicant.auth)
      .send(ctx.f.organisationInput())
      .expect(201);
    const [event] = await ctx.db.query<{ id: string; position: string }[]>(
      'SELECT id::text, chain_position::text AS position FROM audit_events WHERE entity_id = $1',
      [res.body.id],
    );
    return event;
  }

  const verify = async () =>
    (await ctx.http().get('/api/admin/audit-events/verify').set('authorization', admin.auth).expect(200))
      .body;

  it('runs the application as a role that is no superuser and owns nothing', async () => {
    const [me] = await ctx.db.query<{ name: string; superuser: boolean; owned: string }[]>(
      `SELECT current_user AS name, r.rolsuper AS superuser,
              (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid)
            + (SELECT count(*) FROM pg_proc p WHERE p.proowner = r.oid) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(me).toEqual({ name: 'tilskudd_app', superuser: false, owned: '0' });
  });

  it('does not let the application role disable, drop or replace the audit triggers, set session_replication_role, alter the table or change its rows', async () => {
    const event = await auditedChange();
    const attempts: [string, RegExp][] = [
      ['ALTER TABLE audit_events DISABLE TRIGGER USER', /must be owner of table audit_events/],
      ['ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete', /must be owner/],
      [
        'DROP TRIGGER audit_events_no_update_delete ON audit_events',
        /must be owner of relation audit_events/,
      ],
      ['DROP TRIGGER audit_events_chain ON audit_events', /must be owner of relation audit_events/],
      [
        'SET session_replication_role = replica',
        /permission denied to set parameter "session_replication_role"/,
      ],
      [
        `CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
        /permission denied for schema public|must be owner of function/,
      ],
      [
        `CREATE OR REPLACE FUNCTION audit_event_hash(e audit_events, prev bytea) RETURNS bytea LANGUAGE sql AS $$ SELECT prev $$`,
        /permission denied for schema public|must be owner of function/,
      ],
      ['ALTER TABLE audit_events ADD COLUMN note text', /must be owner of table audit_events/],
      ['ALTER TABLE audit_events OWNER TO tilskudd_app', /must be owner of table audit_events/],
      [
        `UPDATE audit_events SET action = 'tampered' WHERE id = ${event.id}`,
        /permission denied for table audit_events/,
      ],
      [`DELETE FROM audit_events WHERE id = ${event.id}`, /permission denied for table audit_events/],
      ['TRUNCATE audit_events', /permission denied for table audit_events/],
      ['UPDATE audit_chain_head SET position = 0', /permission denied for table audit_chain_head/],
    ];
    for (const [sql, refusal] of attempts) {
      await expect(ctx.db.query(sql)).rejects.toThrow(refusal);
    }
    const [after] = await ctx.db.query('SELECT action FROM audit_events WHERE id = $1', [event.id]);
    expect(after.action).toBe('organisation.registered');
    const [{ replication }] = await ctx.db.query<{ replication: string }[]>(
      'SELECT current_setting($1) AS replication',
      ['session_replication_role'],
    );
    expect(replication).toBe('origin');
    const [rights] = await ctx.db.query(
      `SELECT has_table_privilege('audit_events', 'INSERT') AS insert, has_table_privilege('audit_events', 'SELECT') AS select,
              has_table_privilege('audit_events', 'UPDATE') AS update, has_table_privilege('audit_events', 'DELETE') AS delete,
              has_table_privilege('audit_events', 'TRUNCATE') AS truncate, has_table_privilege('audit_events', 'TRIGGER') AS trigger`,
    );
    expect(rights).toEqual({
      insert: true,
      select: true,
      update: false,
      delete: false,
      truncate: false,
      trigger: false,
    });
  });

  it('gives tables that later migrations create to the application role through default privileges', async () => {
    // What a future migration does, as the owner (migrations never grant by hand).
    await owner.query('CREATE TABLE future_feature_probe (id bigserial PRIMARY KEY, note text NOT NULL)');
    try {
      const [row] = await ctx.db.query<{ id: string }[]>(
        `INSERT INTO future_feature_probe (note) VALUES ('a') RETURNING id::text`,
      );
      await ctx.db.query(`UPDATE future_feature_probe SET note = 'b' WHERE id = $1`, [row.id]);
      expect(await ctx.db.query('SELECT note FROM future_feature_probe')).toEqual([{ note: 'b' }]);
      await ctx.db.query('DELETE FROM future_feature_probe');
      await expect(ctx.db.query('ALTER TABLE future_feature_probe ADD x int')).rejects.toThrow(
        /must be owner/,
      );
    } finally {
      await owner.query('DROP TABLE future_feature_probe');
    }
  });

  it('chains every audit event to the one before, in the order the database wrote them', async () => {
    const events = await Promise.all(Array.from({ length: 8 }, () => auditedChange()));
    const rows = await ctx.db.query<{ position: string; prev: string; before: string | null }[]>(
      `SELECT e.chain_position::text AS position, encode(e.prev_hash, 'hex') AS prev,
              (SELECT encode(p.hash, 'hex') FROM audit_events p WHERE p.chain_position = e.chain_position - 1) AS before
         FROM audit_events e WHERE e.id = ANY($1::bigint[])`,
      [events.map((e) => e.id)],
    );
    for (const row of rows) expect(row.prev).toBe(row.before);
    const report = await verify();
    expect(report).toMatchObject({ intact: true, firstBroken: null });
    expect(report.checked).toBeGreaterThanOrEqual(8);
  });

  it('names the first changed event when a superuser disables the triggers and changes a row, and is intact again once it is put back', async () => {
    const first = await auditedChange();
    await auditedChange();
    await superuser.query('CREATE TEMP TABLE changed_original AS SELECT * FROM audit_events WHERE id = $1', [
      first.id,
    ]);
    await superuser.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
    try {
      await superuser.query(`UPDATE audit_events SET after = '{"name":"Forfalsket"}' WHERE id = $1`, [
        first.id,
      ]);
    } finally {
      await superuser.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
    }
    try {
      const report = await verify();
      expect(report).toMatchObject({
        intact: false,
        firstBroken: { reason: 'content_changed', eventId: first.id, position: first.position },
      });
      expect(report.firstBroken.detail).toContain(`Hendelse ${first.id}`);

      // The command says the same, and fails.
      const run = promisify(execFile)(
        process.execPath,
        [
          '-r',
          'ts-node/register/transpile-only',
          '-r',
          'tsconfig-paths/register',
          join(__dirname, '../../scripts/audit-verify.ts'),
        ],
        { env: process.env, cwd: join(__dirname, '../..') },
      );
      await expect(run).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining(`Hendelse ${first.id}`),
      });
    } finally {
      await superuser.query('BEGIN');
      await superuser.query('SET LOCAL session_replication_role = replica');
      await superuser.query(
        'UPDATE audit_events e SET after = o.after FROM changed_original o WHERE e.id = o.id',
      );
      await superuser.query('COMMIT');
      await superuser.query('DROP TABLE changed_original');
    }
    expect(await verify()).toMatchObject({ intact: true, firstBroken: null });
    // The command is started as its own process (ts-node): slow on a loaded machine.
  }, 120_000);

  it('names the event after a gap when a superuser deletes one in replication mode', async () => {
    const victim = await auditedChange();
    const next = await auditedChange();
    await superuser.query('CREATE TEMP TABLE deleted_original AS SELECT * FROM audit_events WHERE id = $1', [
      victim.id,
    ]);
    await superuser.query('BEGIN');
    await superuser.query('SET LOCAL session_replication_role = replica');
    await superuser.query('DELETE FROM audit_events WHERE id = $1', [victim.id]);
    await superuser.query('COMMIT');
    try {
      const report = await verify();
      expect(report.firstBroken).toMatchObject({ reason: 'rows_missing' });
      // The first row after the gap: the victim's successor in the chain (another test file may have written it).
      const [successor] = await ctx.db.query<{ id: string }[]>(
        'SELECT id::text FROM audit_events WHERE chain_position > $1 ORDER BY chain_position LIMIT 1',
        [victim.position],
      );
      expect(report.firstBroken.eventId).toBe(successor.id);
      expect(BigInt(next.position)).toBeGreaterThan(BigInt(victim.position));
    } finally {
      await superuser.query('BEGIN');
      await superuser.query('SET LOCAL session_replication_role = replica');
      await superuser.query('INSERT INTO audit_events SELECT * FROM deleted_original');
      await superuser.query('COMMIT');
      await superuser.query('DROP TABLE deleted_original');
    }
    expect(await verify()).toMatchObject({ intact: true });
  });
});
