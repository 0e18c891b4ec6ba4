import type { TablePrivileges } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';

/**
 * What the application's database role keeps on the audit tables: it appends to the trail and reads it, and
 * reads the chain's head (which only the owner's trigger function writes). See libs/platform/src/database/roles.ts.
 */
export const AUDIT_TABLE_PRIVILEGES: TablePrivileges = {
  audit_events: ['SELECT', 'INSERT'],
  audit_chain_head: ['SELECT'],
};

export type AuditChainBreak =
  /** The row's content or hash was changed after it was written. */
  | 'content_changed'
  /** The row does not point at the hash of the row before it (that row was changed, or rows were inserted). */
  | 'link_broken'
  /** Rows are missing before this one (deleted). */
  | 'rows_missing'
  /** The chain ends before the head recorded by the database says it should (the newest rows were removed). */
  | 'tail_missing';

export interface AuditChainReport {
  intact: boolean;
  /** Rows checked. */
  checked: number;
  head: { position: string; hash: string };
  firstBroken: {
    reason: AuditChainBreak;
    /** The audit event's id; null when the rows at the end are gone. */
    eventId: string | null;
    position: string;
    detail: string;
  } | null;
}

interface ChainRow {
  id: string;
  chain_position: string;
  prev_hash: Buffer;
  hash: Buffer;
  recomputed: Buffer;
}

const BATCH = 5000;
const GENESIS = Buffer.alloc(32);

/**
 * Walks the chain from the first row in batches (each under the statement timeout), recomputing every hash
 * in the database with the same function the insert trigger uses, and names the first broken link.
 */
export async function verifyAuditChain(db: DataSource | EntityManager): Promise<AuditChainReport> {
  const [head] = await db.query<{ position: string; hash: Buffer }[]>(
    'SELECT position::text, hash FROM audit_chain_head',
  );
  const headOut = { position: head.position, hash: head.hash.toString('hex') };
  let position = 0n;
  let prev: Buffer = GENESIS;
  let checked = 0;
  const broken = (
    reason: AuditChainBreak,
    eventId: string | null,
    at: bigint,
    detail: string,
  ): AuditChainReport => ({
    intact: false,
    checked,
    head: headOut,
    firstBroken: { reason, eventId, position: String(at), detail },
  });
  for (;;) {
    const rows = await db.query<ChainRow[]>(
      `SELECT e.id::text, e.chain_position::text, e.prev_hash, e.hash, audit_event_hash(e, e.prev_hash) AS recomputed
         FROM audit_events e WHERE e.chain_position > $1 ORDER BY e.chain_position LIMIT $2`,
      [String(position), BATCH],
    );
    for (const row of rows) {
      const at = BigInt(row.chain_position);
      if (at !== position + 1n) {
        return broken(
          'rows_missing',
          row.id,
          at,
          `Hendelse ${row.id} står på plass ${at} i kjeden, men plass ${position + 1n}–${at - 1n} mangler: hendelser er slettet.`,
        );
      }
      if (!row.prev_hash.equals(prev)) {
        return broken(
          'link_broken',
          row.id,
          at,
          `Hendelse ${row.id} (plass ${at}) peker ikke på hashen til hendelsen før: den ene av dem er endret.`,
        );
      }
      if (!row.recomputed.equals(row.hash)) {
        return broken(
          'content_changed',
          row.id,
          at,
          `Hendelse ${row.id} (plass ${at}) er endret etter at den ble skrevet: innholdet stemmer ikke med hashen.`,
        );
      }
      position = at;
      prev = row.hash;
      checked += 1;
    }
    if (rows.length < BATCH) break;
  }
  if (String(position) !== head.position || !prev.equals(head.hash)) {
    return broken(
      'tail_missing',
      null,
      position + 1n,
      `Kjeden slutter på plass ${position}, men databasen har skrevet ${head.position} hendelser: de siste er fjernet eller endret.`,
    );
  }
  return { intact: true, checked, head: headOut, firstBroken: null };
}
