import { Inject, Injectable } from '@nestjs/common';
import {
  AGENCY_ROLES,
  applyRegistration,
  checkRegistration,
  classifySubmission,
  registrationOf,
  toVietnamDate,
  correctionTurnaround,
  diffValues,
  ReportSchema,
  validateReport,
  type Finding,
  type Report,
  type ReportChangesDto,
  type ReportCreateBody,
  type ReportListQuery,
  type ReportListResponse,
  type ReportPatchBody,
  type ReportResponse,
  type ReportReturnBody,
  type ReportSubmissionDto,
  type ReportSubmitBody,
  type ReportUpdateBody,
  type ReportingPeriodDto,
  type AgencyDto,
  type ReportActionBody,
  type Registration,
  type ReportRegisterBody,
  type UserRole,
} from '@cchc/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { runWithQueryPriority } from '../../common/database/query-priority.js';
import { Transactions } from '../../common/database/transactions.js';
import { AppError } from '../../common/errors/app-error.js';
import { AgencyService } from '../agencies/agency.service.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { NotificationService } from '../notifications/notification.service.js';
import { ReportingPeriodService } from '../periods/reporting-period.service.js';
import { assertCanEditContent, assertCanList, assertCanRequestSigning, assertCanReview, assertCanSee, assertCanSubmit } from './report-access.policy.js';
import { auditState, toReportResponse, toReportSummary, toSubmissionDto } from './report.dto.js';
import type { ReportEntity } from './report.entity.js';
import type { SqlRunner } from './report-figures.writer.js';
import { ReportRepository, staleVersion, type ReportChanges } from './report.repository.js';

const EDITABLE = new Set(['DRAFT', 'RETURNED']);

/** A new report checked by `prepareNew`, for `insertNew` to store. */
export interface NewReport {
  agency: AgencyDto;
  period: ReportingPeriodDto;
  content: Report;
  /** Judged as a report never submitted (docs/domain.md §13). */
  findings: Finding[];
}

/** What a report's document is made of (documents module). */
export interface ReportDocumentSource {
  reportId: string;
  /** The submission rendered, or null for the report as it is now. */
  sequence: number | null;
  content: Report;
  agency: AgencyDto;
  firstSubmittedAt: string | null;
  /** Not sent in this form: the document carries the draft mark. */
  draft: boolean;
  /** The time stamped into the file: the last change, or the submission. */
  moment: Date;
}

/**
 * The rules of a report's life: who may write it, that content is valid and matches its agency
 * and period, optimistic concurrency, the workflow draft -> submitted -> returned/accepted, the
 * snapshot at each submission, and an audit entry in the same transaction as every change.
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly audit: AuditRepository,
    private readonly agencies: AgencyService,
    private readonly periods: ReportingPeriodService,
    private readonly transactions: Transactions,
    private readonly notifications: NotificationService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, query: ReportListQuery): Promise<ReportListResponse> {
    if (query.agencyId) assertCanList(user, query.agencyId);
    // An agency's user sees its own agency's reports, named or not.
    const scoped = AGENCY_ROLES.includes(user.role) ? { ...query, agencyId: user.agencyId ?? undefined } : query;
    // A report once submitted keeps its date, so its stored counts hold; a draft never submitted is
    // judged as of today (docs/domain.md §13), so its counts are taken afresh as the report page does.
    const items = (await this.reports.list(scoped)).map((report) =>
      toReportSummary(report.firstSubmittedAt ? report : { ...report, ...counts(this.findingsOf(report.content, null)) }),
    );
    return { items, total: items.length };
  }

  async get(user: AuthUser, id: string): Promise<ReportResponse> {
    const report = await this.loadVisible(user, id);
    return toReportResponse(report, this.findingsOf(report.content, report.firstSubmittedAt));
  }

  async create(user: AuthUser, body: ReportCreateBody): Promise<ReportResponse> {
    assertCanEditContent(user, body.agencyId);
    const report = await this.prepareNew(body);
    return this.transactions.run((em) => this.insertNew(em, user, report, { status: 'DRAFT' }));
  }

  /**
   * Checks a new report before any transaction opens (the agency and period are other features'
   * reads, see Transactions): its content is valid, its agency and period exist, and it speaks of
   * them. Who may create it is the caller's check.
   */
  async prepareNew(body: ReportCreateBody): Promise<NewReport> {
    const content = parseContent(body.content);
    const { agency, period } = await this.agencyAndPeriod(body.agencyId, body.periodId);
    assertMatches(content, agency, period);
    return { agency, period, content, findings: this.findingsOf(content, null) };
  }

  /**
   * Stores a prepared report in the caller's transaction, with its audit entry: a DRAFT as
   * `POST /api/reports` makes it, or an ACCEPTED report that was never submitted here (an
   * agency's published report that Home Affairs imported: it has no submission, no timing and no
   * date of submission, since none is known). `audit` makes the entry an IMPORT, its details
   * beside the report's state. 409 REPORT_EXISTS when the agency has a report for the period.
   */
  async insertNew(
    em: EntityManager,
    user: AuthUser,
    report: NewReport,
    options: { status: 'DRAFT' | 'ACCEPTED'; audit?: { action: 'IMPORT'; details: Record<string, unknown> } },
  ): Promise<ReportResponse> {
    const created = await this.reports.insert(em, {
      agencyId: report.agency.id,
      periodId: report.period.id,
      status: options.status,
      version: 1,
      content: report.content,
      ...counts(report.findings),
      submittedAt: null,
      firstSubmittedAt: null,
      returnedAt: null,
      signatureRequestedAt: null,
      corrections: [],
      submissionTiming: null,
      daysLate: null,
      returnReasons: [],
      createdBy: user.id,
    });
    const action = options.audit?.action ?? 'CREATE';
    await this.audit.record(em, { reportId: created.id, action, actorId: user.id, before: null, after: { ...auditState(created), ...options.audit?.details } });
    return toReportResponse(created, report.findings);
  }

  /** Replaces the whole content (PUT). */
  update(user: AuthUser, id: string, body: ReportUpdateBody): Promise<ReportResponse> {
    return this.edit(user, id, body.version, () => parseContent(body.content));
  }

  /** Replaces the top-level parts sent (PATCH), keeping the others. */
  patch(user: AuthUser, id: string, body: ReportPatchBody): Promise<ReportResponse> {
    return this.edit(user, id, body.version, (current) => parseContent({ ...current, ...body.content }));
  }

  submit(user: AuthUser, id: string, body: ReportSubmitBody): Promise<ReportResponse> {
    return this.recordSubmission(user, id, body, { refuseErrors: true });
  }

  /**
   * Records a submission made outside the system (a report sent as a Word file before the
   * platform existed) through the same steps as `submit`, but without refusing errors, because
   * the report is kept as it was sent. Not reachable over HTTP; the demo seed uses it for the
   * real seed report, which has a citation error.
   */
  recordHistoricalSubmission(user: AuthUser, id: string, body: ReportSubmitBody): Promise<ReportResponse> {
    return this.recordSubmission(user, id, body, { refuseErrors: false });
  }

  /**
   * A submission at the clock's moment (the demo seed sets the clock to the day a report was
   * sent): the status, the snapshot and the audit entry, all in one transaction. The first
   * submission is classified against the period's deadline and grace and fixes the report's date;
   * a resubmission after a return keeps both and adds a correction round (docs/domain.md §13).
   */
  private async recordSubmission(
    user: AuthUser,
    id: string,
    body: ReportSubmitBody,
    rules: { refuseErrors: boolean },
  ): Promise<ReportResponse> {
    const before = await this.loadVisible(user, id);
    assertCanSubmit(user, before.agencyId);
    const period = await this.periods.get(before.periodId);
    if (!period) throw new AppError('NOT_FOUND', 'The report period no longer exists.');
    const response = await this.transactions.run(async (em) => {
      const report = await this.load(id, em);
      if (!EDITABLE.has(report.status)) throw invalidTransition(report, 'submitted');
      if (report.version !== body.version) throw staleVersion(report.version);
      // One reading of the clock: the findings stored now are those later reads compute.
      const now = this.clock();
      const signed: Report = body.signing ? parseContent({ ...report.content, signing: body.signing }) : report.content;
      if (body.registration) assertRegistration(body.registration, signed.period, now);
      const content = body.registration ? applyRegistration(signed, body.registration) : signed;
      const firstSubmittedAt = report.firstSubmittedAt ?? now;
      const findings = this.findingsOf(content, firstSubmittedAt, now);
      const errors = findings.filter((f) => f.severity === 'error');
      if (rules.refuseErrors && errors.length > 0) {
        throw new AppError(
          'SUBMISSION_BLOCKED',
          `The report has ${errors.length} error(s) to fix before it can be submitted.`,
          errors.map((f) => ({ path: f.path, message: f.message.en })),
        );
      }
      const first = report.firstSubmittedAt ? null : classifySubmission(now.toISOString(), { deadline: period.deadline, graceDays: period.graceDays });
      const corrections =
        report.status === 'RETURNED' && report.returnedAt
          ? [...report.corrections, correctionTurnaround(report.returnedAt.toISOString(), now.toISOString())]
          : report.corrections;
      const updated = await this.change(em, user, report, 'SUBMIT', body.version, {
        status: 'SUBMITTED',
        content,
        ...counts(findings),
        submittedAt: now,
        firstSubmittedAt,
        corrections,
        ...(first ? { submissionTiming: first.timing, daysLate: first.daysLate } : {}),
        returnReasons: [],
        signatureRequestedAt: null,
      });
      await this.reports.insertSubmission(em, {
        reportId: report.id,
        version: updated.version,
        content,
        findings,
        submittedBy: user.id,
        submittedAt: now,
        registration: registrationOf(content),
      });
      await this.notifyOf(em, 'SUBMITTED', updated, user, { roles: ['reviewer'] });
      return toReportResponse(updated, findings);
    });
    this.notifications.sendQueued();
    return response;
  }

  async returnForCorrection(user: AuthUser, id: string, body: ReportReturnBody): Promise<ReportResponse> {
    assertCanReview(user);
    const response = await this.transactions.run(async (em) => {
      const report = await this.load(id, em);
      if (report.status !== 'SUBMITTED') throw invalidTransition(report, 'returned');
      const reasons = body.reasons.map((r) => ({ path: r.path ?? null, message: r.message.trim() }));
      const updated = await this.change(em, user, report, 'RETURN', body.version, { status: 'RETURNED', returnReasons: reasons, returnedAt: this.clock() });
      await this.notifyOf(em, 'RETURNED', updated, user, { roles: AGENCY_ROLES, agencyId: updated.agencyId }, { reasons });
      return toReportResponse(updated, this.findingsOf(updated.content, updated.firstSubmittedAt));
    });
    this.notifications.sendQueued();
    return response;
  }

  async accept(user: AuthUser, id: string, body: ReportActionBody): Promise<ReportResponse> {
    assertCanReview(user);
    const response = await this.transactions.run(async (em) => {
      const report = await this.load(id, em);
      if (report.status !== 'SUBMITTED') throw invalidTransition(report, 'accepted');
      const updated = await this.change(em, user, report, 'ACCEPT', body.version, { status: 'ACCEPTED' });
      await this.notifyOf(em, 'ACCEPTED', updated, user, { roles: AGENCY_ROLES, agencyId: updated.agencyId });
      return toReportResponse(updated, this.findingsOf(updated.content, updated.firstSubmittedAt));
    });
    this.notifications.sendQueued();
    return response;
  }

  /**
   * A reporter puts the draft (or the returned report) before the agency's approvers for signature
   * ("Trình ký"): the report records when, and each approver is notified. The content is not
   * frozen: the reporter may still correct it, and asks again after.
   */
  async requestSigning(user: AuthUser, id: string, body: ReportActionBody): Promise<ReportResponse> {
    const before = await this.loadVisible(user, id);
    assertCanRequestSigning(user, before.agencyId);
    const response = await this.transactions.run(async (em) => {
      const report = await this.load(id, em);
      if (!EDITABLE.has(report.status)) throw invalidTransition(report, 'put before the approver');
      const updated = await this.change(em, user, report, 'REQUEST_SIGNING', body.version, { signatureRequestedAt: this.clock() });
      await this.notifyOf(em, 'READY_FOR_SIGNATURE', updated, user, { roles: ['approver'], agencyId: updated.agencyId });
      return toReportResponse(updated, this.findingsOf(updated.content, updated.firstSubmittedAt));
    });
    this.notifications.sendQueued();
    return response;
  }

  /** Notifies the recipients of a step of the report's workflow, in its transaction, naming who acted. */
  private async notifyOf(
    em: EntityManager,
    kind: 'SUBMITTED' | 'RETURNED' | 'ACCEPTED' | 'READY_FOR_SIGNATURE',
    report: ReportEntity,
    actor: AuthUser,
    recipients: { roles: readonly UserRole[]; agencyId?: string },
    details: { reasons?: { path: string | null; message: string }[] } = {},
  ): Promise<void> {
    const rows = await em.query<{ display_name: string }[]>(`SELECT display_name FROM app_user WHERE id = $1`, [actor.id]);
    await this.notifications.notify(em, {
      kind,
      recipients,
      reportId: report.id,
      agencyId: report.agencyId,
      periodId: report.periodId,
      details: { ...details, ...(rows[0] ? { actor: rows[0].display_name } : {}) },
    });
  }

  /**
   * Records the number and date of issue the agency's register gave a report already sent
   * (docs/domain.md §11), without reopening its content: the report's symbol and date, and the
   * registration of its latest submission, in one audited change. Refused when the date would
   * give the report an error it did not have (a cited document dated after it).
   */
  async register(user: AuthUser, id: string, body: ReportRegisterBody): Promise<ReportResponse> {
    const before = await this.loadVisible(user, id);
    assertCanEditContent(user, before.agencyId);
    return this.transactions.run(async (em) => {
      const report = await this.load(id, em);
      if (report.status !== 'SUBMITTED' && report.status !== 'ACCEPTED') {
        throw new AppError(
          'INVALID_TRANSITION',
          `A ${report.status.toLowerCase()} report takes its number and date in the editor or when it is submitted.`,
        );
      }
      if (report.version !== body.version) throw staleVersion(report.version);
      const now = this.clock();
      assertRegistration(body.registration, report.content.period, now);
      const content = applyRegistration(report.content, body.registration);
      const findings = this.findingsOf(content, report.firstSubmittedAt, now);
      const known = new Set(this.findingsOf(report.content, report.firstSubmittedAt, now).map(findingKey));
      const added = findings.filter((f) => f.severity === 'error' && !known.has(findingKey(f)));
      if (added.length > 0) {
        throw new AppError(
          'VALIDATION_FAILED',
          'With this date of issue the report would have errors it did not have.',
          added.map((f) => ({ path: 'body.registration.issuedOn', message: f.message.en })),
        );
      }
      const updated = await this.change(em, user, report, 'REGISTER', body.version, { content, ...counts(findings) });
      await this.reports.registerLatestSubmission(em, report.id, body.registration);
      return toReportResponse(updated, findings);
    });
  }

  /**
   * What a report's document is made of: the current content (a draft while not sent in its
   * current form), or with `sequence` one submission as it was sent, with its registration.
   */
  async documentSource(user: AuthUser, id: string, sequence?: number): Promise<ReportDocumentSource> {
    const report = await this.loadVisible(user, id);
    const agency = await this.agencies.get(report.agencyId);
    if (!agency) throw new AppError('NOT_FOUND', "The report's agency no longer exists.");
    const firstSubmittedAt = report.firstSubmittedAt?.toISOString() ?? null;
    if (sequence === undefined) {
      return { reportId: report.id, sequence: null, content: report.content, agency, firstSubmittedAt, draft: EDITABLE.has(report.status), moment: report.updatedAt };
    }
    const submission = await this.reports.findSubmission(report.id, sequence);
    if (!submission) throw new AppError('NOT_FOUND', `The report has no submission ${sequence}.`);
    const content = submission.registration ? applyRegistration(submission.content, submission.registration) : submission.content;
    return { reportId: report.id, sequence, content, agency, firstSubmittedAt, draft: false, moment: submission.submittedAt };
  }

  async submissions(user: AuthUser, id: string): Promise<ReportSubmissionDto[]> {
    await this.loadVisible(user, id);
    return (await this.reports.listSubmissions(id)).map(toSubmissionDto);
  }

  /** What changed between two submissions; by default the last two. */
  async changes(user: AuthUser, id: string, query: { from?: number; to?: number }): Promise<ReportChangesDto> {
    await this.loadVisible(user, id);
    const submissions = await this.reports.listSubmissions(id);
    const last = submissions.length;
    const to = query.to ?? last;
    const from = query.from ?? to - 1;
    const before = submissions.find((s) => s.sequence === from);
    const after = submissions.find((s) => s.sequence === to);
    if (!before || !after) {
      throw new AppError('NOT_FOUND', `No submissions ${from} and ${to} to compare: the report has ${last} submission(s).`);
    }
    return { from, to, changes: diffValues(before.content, after.content) };
  }

  /** Findings of content without saving it, judged as a draft never submitted. */
  validate(content: Report): Finding[] {
    return this.findingsOf(content, null);
  }

  private async edit(user: AuthUser, id: string, version: number, next: (current: Report) => Report): Promise<ReportResponse> {
    // Read and checked before the transaction opens, which then holds a connection only for its
    // writes: the write takes effect only if the version is still the one read (every change
    // raises it), so the content, status and findings judged here are those it replaces.
    const found = await this.reports.findForEdit(id);
    if (!found) throw new AppError('NOT_FOUND', 'No such report.');
    const { report, agency, period } = found;
    assertCanSee(user, report.agencyId);
    assertCanEditContent(user, report.agencyId);
    if (!EDITABLE.has(report.status)) {
      throw new AppError('REPORT_READ_ONLY', `The report is ${report.status.toLowerCase()}: it can be changed only after it is returned.`);
    }
    if (report.version !== version) throw staleVersion(report.version);
    const content = next(report.content);
    assertMatches(content, agency, period);
    const findings = this.findingsOf(content, report.firstSubmittedAt);
    // One statement, atomic on its own (report, figures, audit entry): no transaction to hold open.
    const updated = await runWithQueryPriority('high', () =>
      this.change(this.reports.runner(), user, report, 'UPDATE', version, { content, ...counts(findings) }),
    );
    return toReportResponse(updated, findings);
  }

  /**
   * Writes a change of the stored `report` (read at `version`) with its figures and its audit entry,
   * in one statement: inside the caller's transaction (`db` its EntityManager) or on its own.
   */
  private change(
    db: SqlRunner,
    user: AuthUser,
    report: ReportEntity,
    action: 'UPDATE' | 'SUBMIT' | 'RETURN' | 'ACCEPT' | 'REGISTER' | 'REQUEST_SIGNING',
    version: number,
    changes: ReportChanges,
  ): Promise<ReportEntity> {
    return this.reports.updateVersioned(db, report, version, changes, (next, options) =>
      this.audit.insert({ reportId: report.id, action, actorId: user.id, before: auditState(report), after: auditState(next) }, options),
    );
  }

  /**
   * The report for a caller who named it: another agency's user gets the unknown id's 404
   * (docs/domain.md §1), so the checks that follow are only about what the caller may do.
   */
  private async loadVisible(user: AuthUser, id: string): Promise<ReportEntity> {
    const report = await this.load(id);
    assertCanSee(user, report.agencyId);
    return report;
  }

  private async load(id: string, em?: EntityManager): Promise<ReportEntity> {
    const report = await this.reports.findById(id, em);
    if (!report) throw new AppError('NOT_FOUND', 'No such report.');
    return report;
  }

  private async agencyAndPeriod(agencyId: string, periodId: string): Promise<{ agency: AgencyDto; period: ReportingPeriodDto }> {
    const [agency, period] = await Promise.all([this.agencies.get(agencyId), this.periods.get(periodId)]);
    const details = [
      ...(agency ? [] : [{ path: 'body.agencyId', message: 'No such agency.' }]),
      ...(period ? [] : [{ path: 'body.periodId', message: 'No such reporting period.' }]),
    ];
    if (!agency || !period) throw new AppError('VALIDATION_FAILED', 'The report names an unknown agency or period.', details);
    return { agency, period };
  }

  /**
   * The findings of content: a report once submitted is judged as of its first submission, whatever
   * its status, so the report page, the lists and the editor agree (docs/domain.md §13).
   */
  private findingsOf(content: Report, firstSubmittedAt: Date | null, now: Date = this.clock()): Finding[] {
    return validateReport(content, { now: now.toISOString(), firstSubmittedAt: firstSubmittedAt?.toISOString() ?? null });
  }
}

/** Parses report content; a failure is the client's (400 with the content paths), never a 500. */
function parseContent(input: unknown): Report {
  const result = ReportSchema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError(
    'VALIDATION_FAILED',
    'The report content is not valid.',
    result.error.issues.map((issue) => ({ path: ['body', 'content', ...issue.path.map(String)].join('.'), message: issue.message })),
  );
}

/** A registration's date must fall in the period's span up to today (400 on its field otherwise). */
function assertRegistration(registration: Registration, period: Report['period'], now: Date): void {
  const problems = checkRegistration(registration, { period, today: toVietnamDate(now.toISOString()) });
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      'The date of issue cannot be right.',
      problems.map((p) => ({ path: `body.registration.${p.path}`, message: p.message })),
    );
  }
}

const findingKey = (finding: Finding): string => `${finding.code} ${finding.path}`;

function counts(findings: Finding[]): { errorCount: number; warningCount: number } {
  return {
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
  };
}

/** The content must speak of the report's own agency and period. */
function assertMatches(content: Report, agency: { code: string }, period: { year: number; kind: string }): void {
  const details = [];
  if (content.agencyCode !== agency.code) {
    details.push({ path: 'body.content.agencyCode', message: `Must be ${agency.code}, the report's agency.` });
  }
  if (content.period.year !== period.year || content.period.kind !== period.kind) {
    details.push({ path: 'body.content.period', message: `Must be ${period.kind} ${period.year}, the report's period.` });
  }
  if (details.length > 0) throw new AppError('VALIDATION_FAILED', "The content does not match the report's agency or period.", details);
}

function invalidTransition(report: ReportEntity, to: string): AppError {
  return new AppError('INVALID_TRANSITION', `A ${report.status.toLowerCase()} report cannot be ${to}.`);
}
