import { Client, ClientBase } from 'pg';

/**
 * Two database roles, so that the application cannot undo what the schema guarantees:
 *
 * - the owner (`DATABASE_OWNER_URL`, e.g. `tilskudd_owner`) owns the database, its schema and every object in it;
 *   migrations run as it. It is not a superuser.
 * - the application (`DATABASE_URL`, e.g. `tilskudd_app`), which the API, the worker and the seed use, owns
 *   nothing and is not a superuser. It may read and write the domain tables, but only read and append to the
 *   audit trail. Not owning a table, it cannot alter it, disable or drop its triggers or replace their
 *   functions; not being a superuser, it cannot set `session_replication_role`.
 *
 * Creating roles needs a superuser: `bootstrapDatabase` runs with `DATABASE_ADMIN_URL` where one is at hand
 * (npm start, CI, the tests, docker-compose's migrate service). `grantApplicationRole` runs as the owner after
 * every migration run; default privileges give the application the same rights on tables that later
 * migrations create.
 */
export interface DatabaseUrls {
  adminUrl: string;
  ownerUrl: string;
  appUrl: string;
}

/** Privileges the application keeps on a table, where it gets less than read and write. */
export type TablePrivileges = Record<string, ('SELECT' | 'INSERT' | 'UPDATE' | 'DELETE')[]>;

const DML = 'SELECT, INSERT, UPDATE, DELETE';

/** The TypeORM migrations table is the owner's business alone. */
const OWNER_ONLY: TablePrivileges = { migrations: [] };

export function roleOf(databaseUrl: string): string {
  const user = decodeURIComponent(new URL(databaseUrl).username);
  if (!/^[a-z_][a-z0-9_]*$/.test(user))
    throw new Error(`Database user "${user}" must be lower-case letters, digits and _`);
  return user;
}

export function databaseOf(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Database name "${name}" must be letters, digits and _`);
  return name;
}

function passwordOf(databaseUrl: string): string | null {
  const { password } = new URL(databaseUrl);
  return password ? decodeURIComponent(password) : null;
}

/**
 * As a superuser: creates the owner and application roles if missing (setting the passwords the URLs carry),
 * creates the database owned by the owner or hands an existing one and everything in it to the owner, and lets
 * the application connect. Idempotent; safe to run from several processes at once.
 */
export async function bootstrapDatabase(urls: DatabaseUrls, log: (line: string) => void): Promise<void> {
  const owner = roleOf(urls.ownerUrl);
  const app = roleOf(urls.appUrl);
  const database = databaseOf(urls.ownerUrl);
  if (databaseOf(urls.appUrl) !== database) {
    throw new Error(`DATABASE_URL and DATABASE_OWNER_URL name different databases`);
  }
  if (owner === app) throw new Error(`DATABASE_URL must not connect as the owner role ${owner}`);

  const serverUrl = new URL(urls.adminUrl);
  serverUrl.pathname = '/postgres';
  const server = new Client({ connectionString: serverUrl.toString() });
  await server.connect();
  let appIsSuperuser: boolean;
  try {
    await ensureRole(server, owner, passwordOf(urls.ownerUrl), log);
    appIsSuperuser = await isSuperuser(server, app);
    if (appIsSuperuser) {
      log(`warning: DATABASE_URL connects as the superuser ${app}; the audit trail is not protected from it`);
    } else {
      await ensureRole(server, app, passwordOf(urls.appUrl), log);
    }
    await ensureDatabase(server, database, owner, log);
  } finally {
    await server.end();
  }

  const adminUrl = new URL(urls.adminUrl);
  adminUrl.pathname = `/${database}`;
  const db = new Client({ connectionString: adminUrl.toString() });
  await db.connect();
  try {
    await handSchemaToOwner(db, owner);
    if (!appIsSuperuser) {
      const a = db.escapeIdentifier(app);
      await db.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${db.escapeIdentifier(database)} TO ${a}`);
      await db.query(`GRANT USAGE ON SCHEMA public TO ${a}`);
    }
  } finally {
    await db.end();
  }
}

/** The database, created for the owner role, or handed to it when someone else owns it. */
async function ensureDatabase(
  server: Client,
  database: string,
  owner: string,
  log: (line: string) => void,
): Promise<void> {
  const [existing] = (
    await server.query<{ owner: string }>(
      'SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1',
      [database],
    )
  ).rows;
  if (!existing) {
    await ignoreDuplicate(() =>
      server.query(
        `CREATE DATABASE ${server.escapeIdentifier(database)} OWNER ${server.escapeIdentifier(owner)}`,
      ),
    );
    log(`created database ${database} owned by ${owner}`);
  } else if (existing.owner !== owner) {
    await server.query(
      `ALTER DATABASE ${server.escapeIdentifier(database)} OWNER TO ${server.escapeIdentifier(owner)}`,
    );
    log(`database ${database} now owned by ${owner}`);
  }
}

/** The public schema and everything in it belong to the owner role. */
async function handSchemaToOwner(db: Client, owner: string): Promise<void> {
  const o = db.escapeIdentifier(owner);
  // PostgreSQL 15 gives the public schema to the database owner; older versions let everyone create in it.
  await db.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  await db.query(`GRANT USAGE, CREATE ON SCHEMA public TO ${o}`);
  // A database created before the roles existed (migrated as a superuser) is handed to the owner as a whole.
  await db.query(`DO $$
    DECLARE r record;
    BEGIN
      FOR r IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                  AND pg_get_userbyid(c.relowner) <> ${db.escapeLiteral(owner)} LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO %I', r.name, ${db.escapeLiteral(owner)});
      END LOOP;
      FOR r IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind = 'S'
                  AND pg_get_userbyid(c.relowner) <> ${db.escapeLiteral(owner)} LOOP
        EXECUTE format('ALTER SEQUENCE %s OWNER TO %I', r.name, ${db.escapeLiteral(owner)});
      END LOOP;
      FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> ${db.escapeLiteral(owner)} LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.name, ${db.escapeLiteral(owner)});
      END LOOP;
      FOR r IN SELECT t.oid::regtype AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')
                  AND pg_get_userbyid(t.typowner) <> ${db.escapeLiteral(owner)} LOOP
        EXECUTE format('ALTER TYPE %s OWNER TO %I', r.name, ${db.escapeLiteral(owner)});
      END LOOP;
    END $$`);
}

/**
 * As the owner, after migrations: the application may read and write every table, except those listed with
 * the privileges they keep, and use every sequence. Default privileges give tables and sequences created by
 * later migrations the same rights, so a new table works for the application without a change here.
 */
export async function grantApplicationRole(
  owner: Pick<ClientBase, 'query' | 'escapeIdentifier'>,
  appRole: string,
  restricted: TablePrivileges,
): Promise<void> {
  const a = owner.escapeIdentifier(appRole);
  await owner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ${DML} ON TABLES TO ${a}`);
  await owner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${a}`);
  await owner.query(`GRANT ${DML} ON ALL TABLES IN SCHEMA public TO ${a}`);
  await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${a}`);
  for (const [table, keep] of Object.entries({ ...OWNER_ONLY, ...restricted })) {
    const t = owner.escapeIdentifier(table);
    await owner.query(`REVOKE ALL ON ${t} FROM ${a}`);
    if (keep.length) await owner.query(`GRANT ${keep.join(', ')} ON ${t} TO ${a}`);
  }
}

export async function isSuperuser(client: Pick<ClientBase, 'query'>, role: string): Promise<boolean> {
  const { rows } = await client.query<{ rolsuper: boolean }>(
    'SELECT rolsuper FROM pg_roles WHERE rolname = $1',
    [role],
  );
  return rows[0]?.rolsuper ?? false;
}

async function ensureRole(
  server: Client,
  role: string,
  password: string | null,
  log: (line: string) => void,
): Promise<void> {
  const r = server.escapeIdentifier(role);
  const { rowCount } = await server.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  if (!rowCount) {
    await ignoreDuplicate(() =>
      server.query(`CREATE ROLE ${r} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`),
    );
    log(`created database role ${role}`);
  }
  if (password !== null) await server.query(`ALTER ROLE ${r} PASSWORD ${server.escapeLiteral(password)}`);
}

/** Another process created it between our look and our CREATE (roles are shared by the whole cluster). */
async function ignoreDuplicate(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== '42710' && code !== '23505' && code !== '42P04') throw error;
  }
}
