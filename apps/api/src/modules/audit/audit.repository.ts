import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction } from '@cchc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { actorOf, selectActor, type AuditActor } from '../../common/audit/audit-change.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { AuditEntryEntity } from './audit-entry.entity.js';

export type AuditRow = AuditEntryEntity & AuditActor;

/** A change of a report as its audit entry records it. */
export interface ReportAuditEntry {
  reportId: string;
  action: AuditAction;
  actorId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

@Injectable()
export class AuditRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Records a change inside the transaction that makes it, so neither exists without the other. */
  async record(em: EntityManager, entry: ReportAuditEntry): Promise<void> {
    const { sql, params } = this.insert(entry);
    await em.query(sql, params);
  }

  /**
   * The INSERT of an entry stamped now, for a caller that makes it part of a larger statement (a
   * single statement is atomic, so the change and its entry still exist only together): its
   * parameters numbered from `firstParam`, and with `onlyIf` (an SQL condition) written only when
   * the condition holds. A plain INSERT: every write makes one, and the ORM's save would also build
   * and reload an entity.
   *
   * `content` gives two SQL expressions of the caller's statement: the report's content before the
   * change (read from the row it changes) and after it (the parameter it writes). With them, each
   * state is sent without its `content` and the database sets it: the content is the bulk of a
   * report, and the statement then carries it once, not three times.
   */
  insert(
    entry: ReportAuditEntry,
    options: { firstParam?: number; onlyIf?: string; content?: { before: string; after: string } } = {},
  ): { sql: string; params: unknown[] } {
    const p = (index: number): string => `$${index + (options.firstParam ?? 1)}`;
    const state = (index: number, side: 'before' | 'after'): string =>
      options.content && entry[side] !== null ? `jsonb_set(${p(index)}::jsonb, '{content}', ${options.content[side]})` : `${p(index)}::jsonb`;
    const sent = (value: Record<string, unknown> | null): string | null => {
      if (value === null) return null;
      if (!options.content) return JSON.stringify(value);
      const { content: _setByTheDatabase, ...rest } = value;
      return JSON.stringify(rest);
    };
    return {
      sql: `INSERT INTO audit_entry (report_id, action, actor_id, at, before, after)
        SELECT ${p(0)}::uuid, ${p(1)}, ${p(2)}::uuid, ${p(3)}::timestamptz, ${state(4, 'before')}, ${state(5, 'after')}${options.onlyIf ? ` WHERE ${options.onlyIf}` : ''}`,
      params: [entry.reportId, entry.action, entry.actorId, this.clock(), sent(entry.before), sent(entry.after)],
    };
  }

  async listByReport(reportId: string): Promise<AuditRow[]> {
    const rows = await selectActor(this.dataSource.manager.createQueryBuilder(AuditEntryEntity, 'a'))
      .where('a.report_id = :reportId', { reportId })
      .orderBy('a.id', 'ASC')
      .getRawAndEntities();
    return rows.entities.map((entity, i) => ({ ...entity, ...actorOf(entity.actorId, rows.raw[i]) }));
  }
}
