import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AGENCY_ROLES, type ImportFormat, type ImportStatus, type UserRole } from '@cchc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock.js';
import { ReportImportEntity } from './report-import.entity.js';

/** An import with the name and role of who uploaded it. */
export type ReportImportRow = ReportImportEntity & { createdByName: string; createdByRole: UserRole };

/** An import as the list shows it: no text, no extraction, but the title and agency code the text gave. */
export interface ReportImportSummaryRow {
  id: string;
  fileName: string;
  fileHash: string;
  format: ImportFormat;
  size: number;
  status: ImportStatus;
  createdAt: Date;
  createdBy: string;
  createdByName: string;
  agencyId: string | null;
  periodId: string | null;
  reportId: string | null;
  title: string | null;
  agencyCode: string | null;
}

interface RawSummary {
  id: string;
  file_name: string;
  file_hash: string;
  format: ImportFormat;
  size: number;
  status: ImportStatus;
  created_at: Date | string;
  created_by: string;
  created_by_name: string;
  agency_id: string | null;
  period_id: string | null;
  report_id: string | null;
  title: string | null;
  agency_code: string | null;
}

export type NewReportImport = Pick<ReportImportEntity, 'createdBy' | 'agencyId' | 'periodId' | 'fileName' | 'fileHash' | 'format' | 'size' | 'text' | 'extraction'>;

/**
 * The only code that reads and writes imports. Write methods take the transaction's
 * EntityManager (see Transactions: PGlite is one session).
 */
@Injectable()
export class ReportImportRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async findById(id: string): Promise<ReportImportRow | null> {
    const { entities, raw } = await this.dataSource.manager
      .createQueryBuilder(ReportImportEntity, 'i')
      .innerJoin('app_user', 'u', 'u.id = i.created_by')
      .addSelect('u.display_name', 'created_by_name')
      .addSelect('u.role', 'created_by_role')
      .where('i.id = :id', { id })
      .getRawAndEntities<{ created_by_name: string; created_by_role: UserRole }>();
    const [entity] = entities;
    const [user] = raw;
    return entity && user ? { ...entity, createdByName: user.created_by_name, createdByRole: user.created_by_role } : null;
  }

  /** The display name of a user, as an import names who uploaded it. */
  async userName(userId: string): Promise<string> {
    const rows: { display_name: string }[] = await this.dataSource.manager.query('SELECT display_name FROM app_user WHERE id = $1', [userId]);
    return rows[0]?.display_name ?? '';
  }

  /**
   * The import, locked until the transaction ends: of two confirmations of one import, the second
   * waits for the first and then reads it confirmed.
   */
  findForUpdate(em: EntityManager, id: string): Promise<ReportImportEntity | null> {
    return em.createQueryBuilder(ReportImportEntity, 'i').setLock('pessimistic_write').where('i.id = :id', { id }).getOne();
  }

  /**
   * Imports newest first, without their text: every one, or with `agencyId` those an agency's own
   * users made (for their agency), not Home Affairs' imports of its reports.
   */
  async list(agencyId?: string): Promise<ReportImportSummaryRow[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(ReportImportEntity, 'i')
      .innerJoin('app_user', 'u', 'u.id = i.created_by')
      .select([
        'i.id AS id',
        'i.file_name AS file_name',
        'i.file_hash AS file_hash',
        'i.format AS format',
        'i.size AS size',
        'i.status AS status',
        'i.created_at AS created_at',
        'i.created_by AS created_by',
        'u.display_name AS created_by_name',
        'i.agency_id AS agency_id',
        'i.period_id AS period_id',
        'i.report_id AS report_id',
      ])
      .addSelect(`i.extraction #>> '{draft,title}'`, 'title')
      .addSelect(`i.extraction #>> '{draft,agencyCode}'`, 'agency_code');
    if (agencyId) qb.where('i.agency_id = :agencyId AND u.role IN (:...roles)', { agencyId, roles: AGENCY_ROLES });
    const rows = await qb.orderBy('i.created_at', 'DESC').addOrderBy('i.id').getRawMany<RawSummary>();
    return rows.map((row) => ({
      id: row.id,
      fileName: row.file_name,
      fileHash: row.file_hash,
      format: row.format,
      size: Number(row.size),
      status: row.status,
      createdAt: new Date(row.created_at),
      createdBy: row.created_by,
      createdByName: row.created_by_name,
      agencyId: row.agency_id,
      periodId: row.period_id,
      reportId: row.report_id,
      title: row.title,
      agencyCode: row.agency_code,
    }));
  }

  /** Stores the imports of one upload, all at the same moment, in the order given. */
  async insertAll(em: EntityManager, imports: NewReportImport[]): Promise<ReportImportEntity[]> {
    const now = this.clock();
    const stored: ReportImportEntity[] = [];
    for (const fields of imports) {
      stored.push(await em.save(ReportImportEntity, em.create(ReportImportEntity, { ...fields, status: 'PENDING', reportId: null, createdAt: now, confirmedAt: null })));
    }
    return stored;
  }

  /** Marks an import confirmed into a report, for the agency and period it was confirmed for. */
  async confirm(em: EntityManager, id: string, report: { id: string; agencyId: string; periodId: string }): Promise<ReportImportEntity> {
    await em
      .createQueryBuilder()
      .update(ReportImportEntity)
      .set({ status: 'CONFIRMED', reportId: report.id, agencyId: report.agencyId, periodId: report.periodId, confirmedAt: this.clock() })
      .where('id = :id', { id })
      .execute();
    return em.findOneByOrFail(ReportImportEntity, { id });
  }
}
