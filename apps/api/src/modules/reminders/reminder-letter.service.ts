import { Inject, Injectable } from '@nestjs/common';
import {
  expectedReporters,
  isReportingKind,
  ReminderLetterBodySchema,
  reminderLetterSymbol,
  type AgencyDetailDto,
  type FieldError,
  type ReminderLetterBody,
  type ReminderLetterDto,
} from '@cchc/domain';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { packDocument } from '../../common/documents/docx-package.js';
import { Transactions } from '../../common/database/transactions.js';
import { isUniqueViolation } from '../../common/database/postgres-errors.js';
import { AppError } from '../../common/errors/app-error.js';
import { DEFAULT_PROVINCE, type AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.tokens.js';
import { AdminAuditRepository } from '../admin-audit/admin-audit.repository.js';
import { AgencyService } from '../agencies/agency.service.js';
import { NotificationService } from '../notifications/notification.service.js';
import { ReportingPeriodService } from '../periods/reporting-period.service.js';
import { reminderLetterDocument } from './reminder-letter-document.js';
import { ReminderRepository, type ReminderLetterRow } from './reminder.repository.js';

type LetterBody = z.output<typeof ReminderLetterBodySchema>;

/**
 * Home Affairs' reminder letters (công văn đôn đốc, docs/domain.md §13, §16): to agencies of a
 * period expected to report that have not submitted, with the number and date of Home Affairs'
 * register. The letter, the in-app notification (and e-mail) of each agency's users and the entry
 * in the administration log are written in one transaction; the Word document is made from the
 * stored letter whenever it is asked for.
 */
@Injectable()
export class ReminderLetterService {
  private readonly province: string;

  constructor(
    private readonly reminders: ReminderRepository,
    private readonly notifications: NotificationService,
    private readonly agencies: AgencyService,
    private readonly periods: ReportingPeriodService,
    private readonly transactions: Transactions,
    private readonly adminAudit: AdminAuditRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.province = config.province ?? DEFAULT_PROVINCE;
  }

  async create(user: AuthUser, input: ReminderLetterBody): Promise<ReminderLetterDto> {
    const body = input as LetterBody;
    const period = await this.periods.get(body.periodId);
    if (!period) throw new AppError('VALIDATION_FAILED', 'No such reporting period.', [{ path: 'body.periodId', message: 'No such reporting period.' }]);
    const agencies = await this.agencies.list({});
    const byId = new Map(agencies.map((agency) => [agency.id, agency]));
    const expected = new Set(expectedReporters(agencies.filter((a) => isReportingKind(a.kind)), { to: period.windowTo }).map((a) => a.id));
    const reports = await this.reminders.periodReports(period.id);
    const submitted = new Set(reports.filter((r) => r.submitted).map((r) => r.agencyId));
    const problems: FieldError[] = body.agencyIds.flatMap((id, index): FieldError[] => {
      const path = `body.agencyIds.${index}`;
      if (!byId.has(id)) return [{ path, message: 'No such agency.' }];
      const name = byId.get(id)!.name.vi;
      if (!expected.has(id)) return [{ path, message: `${name} is not expected to report for this period.` }];
      if (submitted.has(id)) return [{ path, message: `${name} has submitted its report: there is nothing to remind it of.` }];
      return [];
    });
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', 'A reminder letter goes only to agencies that have not submitted.', problems);

    const symbol = reminderLetterSymbol(body.number);
    const reportIdOf = new Map(reports.map((r) => [r.agencyId, r.reportId]));
    const letter = await this.transactions.run(async (em) => {
      let stored: ReminderLetterRow;
      try {
        stored = await this.reminders.insertLetter(em, {
          periodId: period.id,
          number: body.number,
          symbol,
          issuedOn: body.issuedOn,
          replyBy: body.replyBy,
          agencyIds: body.agencyIds,
          signer: body.signer,
          createdBy: user.id,
        });
      } catch (error) {
        if (isUniqueViolation(error, 'reminder_letter_number_unique')) {
          throw new AppError('REMINDER_LETTER_NUMBER_TAKEN', `Number ${body.number} of ${body.issuedOn.slice(0, 4)} is already another reminder letter's.`, [
            { path: 'body.number', message: 'Already used this year by another reminder letter.' },
          ]);
        }
        throw error;
      }
      const notified = await this.notifications.notify(em, {
        kind: 'REMINDER_LETTER',
        recipients: { roles: ['reporter', 'approver'], agencyIds: body.agencyIds },
        reportId: null,
        agencyId: null,
        periodId: period.id,
        details: { letter: { id: stored.id, symbol, issuedOn: body.issuedOn } },
        reportIdOf,
      });
      await this.adminAudit.record(em, {
        entityType: 'letter',
        entityId: stored.id,
        action: 'CREATE',
        actorId: user.id,
        before: null,
        after: { symbol, issuedOn: body.issuedOn, periodId: period.id, agencyIds: body.agencyIds, notified },
      });
      return { stored, notified };
    });
    this.notifications.sendQueued();
    return this.toDto(letter.stored, byId, letter.notified);
  }

  async list(periodId?: string): Promise<ReminderLetterDto[]> {
    const [letters, agencies] = await Promise.all([this.reminders.letters(periodId), this.agencies.list({})]);
    const byId = new Map(agencies.map((agency) => [agency.id, agency]));
    const notified = await this.reminders.notifiedCounts(letters.map((letter) => letter.id));
    return letters.map((letter) => this.toDto(letter, byId, notified.get(letter.id) ?? 0));
  }

  /** The letter's Word document, and the name to save it under. */
  async document(id: string): Promise<{ buffer: Buffer; fileName: string }> {
    const letter = await this.reminders.letter(id);
    if (!letter) throw new AppError('NOT_FOUND', 'No such reminder letter.');
    const [period, agencies] = await Promise.all([this.periods.get(letter.periodId), this.agencies.list({})]);
    if (!period) throw new AppError('NOT_FOUND', "The letter's period no longer exists.");
    const byId = new Map(agencies.map((agency) => [agency.id, agency]));
    const document = reminderLetterDocument({
      province: this.province,
      symbol: letter.symbol,
      issuedOn: letter.issuedOn,
      period,
      agencies: letter.agencyIds.map((agencyId) => byId.get(agencyId)?.name.vi ?? agencyId),
      replyBy: letter.replyBy,
      signer: letter.signer,
    });
    return { buffer: await packDocument(document, letter.createdAt), fileName: `CV-${letter.symbol.replace('/', '-')}-don-doc-bao-cao.docx` };
  }

  private toDto(letter: ReminderLetterRow, byId: ReadonlyMap<string, AgencyDetailDto>, notified: number): ReminderLetterDto {
    return {
      id: letter.id,
      periodId: letter.periodId,
      symbol: letter.symbol,
      number: letter.number,
      issuedOn: letter.issuedOn,
      agencies: letter.agencyIds.map((id) => {
        const agency = byId.get(id);
        return { id, code: agency?.code ?? '', name: agency?.name ?? { vi: id, en: id } };
      }),
      notified,
      createdAt: letter.createdAt.toISOString(),
    };
  }
}
