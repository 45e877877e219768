import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** Wrong codes tried before every code issued so far stops working. */
export const SETUP_CODE_MAX_FAILURES = 5;

// Any fixed number: every replica of the API takes the same advisory lock to create the first
// administrator, so exactly one of them does.
const FIRST_ADMINISTRATOR_LOCK = 4_711_020_250;

export type SetupCodeCheck = 'valid' | 'invalid' | 'locked';

/**
 * The hashes of the setup codes printed at start, kept in the database so that a code printed by
 * one replica of the API works on every replica.
 */
@Injectable()
export class SetupCodeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(codeHash: string): Promise<void> {
    await this.dataSource.query(`INSERT INTO setup_code (code_hash) VALUES ($1)`, [codeHash]);
  }

  async deleteAll(em: EntityManager = this.dataSource.manager): Promise<void> {
    await em.query(`DELETE FROM setup_code`);
  }

  /** Holds, until the transaction ends, the lock under which the first administrator is created. */
  async lockFirstAdministrator(em: EntityManager): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock($1)`, [FIRST_ADMINISTRATOR_LOCK]);
  }

  /**
   * Checks a code against the usable ones. A wrong code counts against every code: after
   * {@link SETUP_CODE_MAX_FAILURES} none works, until a start issues a new one. The count is
   * written by the caller's transaction, so the caller must commit it (not throw inside it).
   */
  async check(em: EntityManager, codeHash: string): Promise<SetupCodeCheck> {
    const rows: { usable: number; matching: number }[] = await em.query(
      `SELECT count(*) FILTER (WHERE failed_attempts < $2)::int AS usable,
              count(*) FILTER (WHERE failed_attempts < $2 AND code_hash = $1)::int AS matching,
              count(*)::int AS issued
         FROM setup_code`,
      [codeHash, SETUP_CODE_MAX_FAILURES],
    );
    const counts = rows[0] as { usable: number; matching: number; issued: number };
    if (counts.matching > 0) return 'valid';
    if (counts.issued > 0 && counts.usable === 0) return 'locked';
    await em.query(`UPDATE setup_code SET failed_attempts = failed_attempts + 1`);
    return 'invalid';
  }
}
