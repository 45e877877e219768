import { Injectable } from '@nestjs/common';
import {
  reportingWindow,
  type FieldError,
  type PeriodCreateBodySchema,
  type PeriodListQuery,
  type PeriodUpdateBodySchema,
  type ReportingPeriodDetailDto,
  type ReportingPeriodDto,
} from '@cchc/domain';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { Transactions } from '../../common/database/transactions.js';
import { AppError } from '../../common/errors/app-error.js';
import { versionConflict } from '../../common/errors/version-conflict.js';
import { AdminAuditRepository } from '../admin-audit/admin-audit.repository.js';
import { periodAuditState, toReportingPeriodDetailDto, toReportingPeriodDto } from './reporting-period.dto.js';
import { ReportingPeriodRepository, type PeriodChanges, type PeriodFields } from './reporting-period.repository.js';

export type PeriodCreate = z.output<typeof PeriodCreateBodySchema>;
export type PeriodUpdate = z.output<typeof PeriodUpdateBodySchema>;

/**
 * Reporting periods with their windows and deadlines (docs/domain.md §4). Standard kinds take their
 * window from the year (Decree 09/2019) and only their deadline and grace days are the province's
 * to set; an ad hoc period has its own title and dates. Always windowFrom <= windowTo <= deadline.
 * A submission's timing is fixed when it is made, so a later deadline change does not rewrite it.
 */
@Injectable()
export class ReportingPeriodService {
  constructor(
    private readonly periods: ReportingPeriodRepository,
    private readonly audit: AdminAuditRepository,
    private readonly transactions: Transactions,
  ) {}

  async get(id: string): Promise<ReportingPeriodDto | null> {
    const period = await this.periods.findById(id);
    return period ? toReportingPeriodDto(period) : null;
  }

  async detail(id: string): Promise<ReportingPeriodDetailDto> {
    const period = await this.periods.findById(id);
    if (!period) throw new AppError('NOT_FOUND', 'No such reporting period.');
    return toReportingPeriodDetailDto(period);
  }

  async list(query: PeriodListQuery): Promise<ReportingPeriodDetailDto[]> {
    return (await this.periods.list(query)).map(toReportingPeriodDetailDto);
  }

  async create(actor: AuthUser, body: PeriodCreate): Promise<ReportingPeriodDetailDto> {
    let fields: PeriodFields;
    if (body.kind === 'ADHOC') {
      fields = {
        year: body.year,
        kind: 'ADHOC',
        windowFrom: body.windowFrom,
        windowTo: body.windowTo,
        deadline: body.deadline,
        graceDays: body.graceDays,
        titleVi: body.title.vi,
        titleEn: body.title.en,
      };
    } else {
      const window = reportingWindow(body.year, body.kind);
      fields = {
        year: body.year,
        kind: body.kind,
        windowFrom: window.from,
        windowTo: window.to,
        deadline: body.deadline ?? window.deadline,
        graceDays: body.graceDays,
        titleVi: null,
        titleEn: null,
      };
    }
    const created = await this.transactions.run(async (em) => {
      const period = await this.periods.insert(em, fields);
      await this.audit.record(em, { entityType: 'period', entityId: period.id, action: 'CREATE', actorId: actor.id, before: null, after: periodAuditState(period) });
      return period;
    });
    return toReportingPeriodDetailDto(created);
  }

  async update(actor: AuthUser, id: string, body: PeriodUpdate): Promise<ReportingPeriodDetailDto> {
    const updated = await this.transactions.run(async (em) => {
      const current = await this.periods.findById(id, em);
      if (!current) throw new AppError('NOT_FOUND', 'No such reporting period.');
      if (current.version !== body.version) throw versionConflict('period', current.version);
      if (current.kind !== 'ADHOC') {
        const fixed = (['title', 'windowFrom', 'windowTo'] as const).filter((key) => body[key] !== undefined);
        if (fixed.length > 0) {
          throw new AppError(
            'VALIDATION_FAILED',
            `The window and title of a ${current.kind} period follow from its year; only its deadline and grace days can change.`,
            fixed.map((key) => ({ path: `body.${key}`, message: 'Only ad hoc periods have their own.' })),
          );
        }
      }
      const changes: PeriodChanges = {
        ...(body.deadline !== undefined && { deadline: body.deadline }),
        ...(body.graceDays !== undefined && { graceDays: body.graceDays }),
        ...(body.windowFrom !== undefined && { windowFrom: body.windowFrom }),
        ...(body.windowTo !== undefined && { windowTo: body.windowTo }),
        ...(body.title !== undefined && { titleVi: body.title.vi, titleEn: body.title.en }),
      };
      const next = { ...current, ...changes };
      const details: FieldError[] = [];
      if (next.windowFrom > next.windowTo) {
        details.push({ path: body.windowTo !== undefined ? 'body.windowTo' : 'body.windowFrom', message: `Must keep windowFrom <= windowTo (${next.windowFrom} > ${next.windowTo}).` });
      }
      if (next.windowTo > next.deadline) {
        details.push({ path: body.deadline !== undefined ? 'body.deadline' : 'body.windowTo', message: `Must keep windowTo <= deadline (${next.windowTo} > ${next.deadline}).` });
      }
      if (details.length > 0) throw new AppError('VALIDATION_FAILED', 'The period window would be inconsistent.', details);
      const period = await this.periods.updateVersioned(em, id, body.version, changes);
      await this.audit.record(em, { entityType: 'period', entityId: id, action: 'UPDATE', actorId: actor.id, before: periodAuditState(current), after: periodAuditState(period) });
      return period;
    });
    return toReportingPeriodDetailDto(updated);
  }
}
