import { Inject, Injectable } from '@nestjs/common';
import {
  CompilationContentSchema,
  compilationOutline,
  compileProvinceReport,
  expectedReporters,
  indicatorSetFor,
  indicatorValueProblem,
  periodPhrase,
  programmeForYear,
  reportChanges,
  toIndicatorSetDto,
  totalChanges,
  type AgencyDetailDto,
  type CompilationAuditEntryDto,
  type CompilationBasis,
  type CompilationContent,
  type CompilationCreateBody,
  type CompilationPatchBody,
  type CompilationRefreshBody,
  type CompilationRefreshResponse,
  type CompilationReport,
  type CompilationResponse,
  type CompilationSnapshot,
  type CompilationSummary,
  type OutlinePart,
  type ReportingPeriodDto,
} from '@cchc/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { toAuditChangeDto } from '../../common/audit/audit-change.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { Transactions } from '../../common/database/transactions.js';
import { AppError } from '../../common/errors/app-error.js';
import { AgencyService } from '../agencies/agency.service.js';
import { FiguresRepository } from '../figures/figures.repository.js';
import { parseStoredContent } from '../figures/figures.service.js';
import { ReportingPeriodService } from '../periods/reporting-period.service.js';
import type { CompilationEntity } from './compilation.entity.js';
import { CompilationRepository } from './compilation.repository.js';

/** The signature of the province's report (docs/domain.md §12) until Home Affairs names the signer. */
const DEFAULT_SIGNER = { lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: '' };
const DEFAULT_RECIPIENTS = ['Bộ Nội vụ', 'Thường trực Tỉnh ủy', 'Thường trực HĐND tỉnh', 'CT, các PCT UBND tỉnh', 'Sở Nội vụ', 'Lưu: VT, NC'];

/** Everything a compilation is computed from, read before any transaction opens. */
interface CompilationInputs {
  period: ReportingPeriodDto;
  /** The period's reports as they are now, to tell what changed since a compilation. */
  current: CompilationBasis[];
  issuer: CompilationResponse['issuer'];
  outline: OutlinePart[];
  set: ReturnType<typeof indicatorSetFor>;
  compute: (includeSubmitted: boolean) => CompilationSnapshot;
}

/**
 * The province's compiled report (docs/domain.md §12): Home Affairs compiles a period from its
 * agencies' reports, writes each part beside the agencies' own text, and refreshes the figures when
 * a report changes, keeping what it wrote. The arithmetic is the domain's (`compileProvinceReport`);
 * this service loads, stores, versions and audits.
 */
@Injectable()
export class CompilationService {
  constructor(
    private readonly compilations: CompilationRepository,
    private readonly reports: FiguresRepository,
    private readonly agencies: AgencyService,
    private readonly periods: ReportingPeriodService,
    private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(user: AuthUser, body: CompilationCreateBody): Promise<CompilationResponse> {
    const existing = await this.compilations.findByPeriod(body.periodId);
    if (existing) {
      throw new AppError('COMPILATION_EXISTS', `This period already has a compiled report (${existing.id}).`, [{ path: 'periodId', message: existing.id }]);
    }
    const inputs = await this.inputs(body.periodId, 'VALIDATION_FAILED');
    const content: CompilationContent = {
      title: `Tình hình, kết quả thực hiện công tác cải cách hành chính ${inputs.period.kind === 'ADHOC' ? inputs.period.label.vi : periodPhrase(inputs.period.year, inputs.period.kind).vi}`,
      includeSubmitted: body.includeSubmitted ?? false,
      narratives: {},
      stated: {},
      registration: null,
      signer: DEFAULT_SIGNER,
      recipients: DEFAULT_RECIPIENTS,
    };
    const snapshot = inputs.compute(content.includeSubmitted);
    const created = await this.transactions.run(async (em) => {
      const row = await this.compilations.insert(em, { periodId: body.periodId, content, snapshot, createdBy: user.id });
      await this.compilations.record(em, { compilationId: row.id, action: 'CREATE', actorId: user.id, before: null, after: { content, basis: snapshot.basis } });
      return row;
    });
    return this.toResponse(created, inputs);
  }

  async list(periodId?: string): Promise<CompilationSummary[]> {
    return (await this.compilations.list(periodId)).map((row) => ({
      id: row.id,
      periodId: row.periodId,
      version: row.version,
      title: row.content.title,
      updatedAt: row.updatedAt.toISOString(),
      refreshedAt: row.refreshedAt.toISOString(),
    }));
  }

  async get(id: string): Promise<CompilationResponse> {
    const row = await this.find(id);
    return this.toResponse(row, await this.inputs(row.periodId));
  }

  /**
   * Replaces the parts of the content sent (narratives merge part by part). Counting submitted
   * reports or not changes the figures, so that recomputes them in the same write.
   */
  async patch(user: AuthUser, id: string, body: CompilationPatchBody): Promise<CompilationResponse> {
    const row = await this.find(id);
    const inputs = await this.inputs(row.periodId);
    const keys = new Set(inputs.outline.map((part) => part.key));
    const unknown = Object.keys(body.content.narratives ?? {}).filter((key) => !keys.has(key));
    if (unknown.length > 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        'The compiled report has no such part.',
        unknown.map((key) => ({ path: `content.narratives.${key}`, message: `No part ${key} in the outline` })),
      );
    }
    const statedProblems = Object.entries(body.content.stated ?? {}).flatMap(([code, entry]) => {
      const indicator = inputs.set?.indicators.find((candidate) => candidate.code === code);
      if (!indicator) return [{ path: `content.stated.${code}`, message: `No indicator ${code} in the set in force` }];
      if (indicator.aggregation.kind !== 'none') return [{ path: `content.stated.${code}`, message: 'This indicator is computed from the reports, not stated' }];
      const problem = indicatorValueProblem(indicator, entry.value);
      return problem ? [{ path: `content.stated.${code}.value`, message: problem.en }] : [];
    });
    if (statedProblems.length > 0) throw new AppError('VALIDATION_FAILED', 'A stated value does not fit its indicator.', statedProblems);
    const content = CompilationContentSchema.parse({
      ...row.content,
      ...body.content,
      narratives: Object.fromEntries(Object.entries({ ...row.content.narratives, ...body.content.narratives }).filter(([, text]) => text.trim() !== '')),
      // Stated values merge by code; one with neither value nor note is removed.
      stated: Object.fromEntries(Object.entries({ ...(row.content.stated ?? {}), ...body.content.stated }).filter(([, entry]) => entry.value !== null || entry.note.trim() !== '')),
    });
    const recompute = content.includeSubmitted !== row.content.includeSubmitted;
    const snapshot = recompute ? inputs.compute(content.includeSubmitted) : undefined;
    const changedKeys = (Object.keys(body.content) as (keyof CompilationContent)[]).filter((key) => JSON.stringify(row.content[key]) !== JSON.stringify(content[key]));
    const updated = await this.transactions.run(async (em) => {
      const next = await this.compilations.updateVersioned(em, id, body.version, { content, ...(snapshot ? { snapshot, refreshedAt: this.clock() } : {}) });
      await this.compilations.record(em, {
        compilationId: id,
        action: 'UPDATE',
        actorId: user.id,
        before: Object.fromEntries(changedKeys.map((key) => [key, row.content[key]])),
        after: Object.fromEntries(changedKeys.map((key) => [key, content[key]])),
      });
      return next;
    });
    return this.toResponse(updated, inputs);
  }

  /** Recomputes the figures, sources and discipline from the reports as they are now, keeping the text. */
  async refresh(user: AuthUser, id: string, body: CompilationRefreshBody): Promise<CompilationRefreshResponse> {
    const row = await this.find(id);
    const inputs = await this.inputs(row.periodId);
    const snapshot = inputs.compute(row.content.includeSubmitted);
    const reports = reportChanges(row.snapshot.basis, snapshot.basis);
    const totals = totalChanges(row.snapshot.totals, snapshot.totals);
    const updated = await this.transactions.run(async (em) => {
      const next = await this.compilations.updateVersioned(em, id, body.version, { snapshot, refreshedAt: this.clock() });
      await this.compilations.record(em, { compilationId: id, action: 'REFRESH', actorId: user.id, before: { basis: row.snapshot.basis }, after: { basis: snapshot.basis, reports, totals } });
      return next;
    });
    return { compilation: this.toResponse(updated, inputs), reports, totals };
  }

  async audit(id: string): Promise<CompilationAuditEntryDto[]> {
    await this.find(id);
    return (await this.compilations.audit(id)).map((row) => ({ id: String(row.id), action: row.action, ...toAuditChangeDto({ ...row, before: row.before as never, after: row.after as never }) }));
  }

  private async find(id: string): Promise<CompilationEntity> {
    const row = await this.compilations.findById(id);
    if (!row) throw new AppError('NOT_FOUND', 'No such compiled report.');
    return row;
  }

  private async inputs(periodId: string, missing: 'NOT_FOUND' | 'VALIDATION_FAILED' = 'NOT_FOUND'): Promise<CompilationInputs> {
    const period = await this.periods.get(periodId);
    if (!period) {
      if (missing === 'VALIDATION_FAILED') throw new AppError('VALIDATION_FAILED', 'No such reporting period.', [{ path: 'periodId', message: 'No such reporting period' }]);
      throw new AppError('NOT_FOUND', 'No such reporting period.');
    }
    const [agencies, stored] = await Promise.all([this.agencies.list({}), this.reports.reportsOfPeriod(periodId)]);
    const set = indicatorSetFor(period.windowTo);
    const outline = compilationOutline(programmeForYear(period.year), set);
    const toAgency = (agency: AgencyDetailDto) => ({ id: agency.id, code: agency.code, name: agency.name, kind: agency.kind });
    const expected = expectedReporters(agencies, { to: period.windowTo }).map(toAgency);
    // Contents are parsed only when the figures are computed (compile, refresh), not to read one.
    const reports = (): CompilationReport[] => stored.map((report) => ({ ...report, content: parseStoredContent(report.content) }));
    // The province's People's Committee valid at the period's end issues the report.
    const province = agencies.find((agency) => agency.kind === 'province' && agency.validFrom <= period.windowTo && (agency.validTo === null || agency.validTo >= period.windowTo));
    return {
      period,
      current: stored.map((report) => ({ reportId: report.id, agencyId: report.agencyId, status: report.status, version: report.version })),
      issuer: province ? { id: province.id, code: province.code, name: province.name } : null,
      outline,
      set,
      compute: (includeSubmitted) => compileProvinceReport({ set, outline, expected, agencies: agencies.map(toAgency), reports: reports(), includeSubmitted }),
    };
  }

  private toResponse(row: CompilationEntity, inputs: CompilationInputs): CompilationResponse {
    return {
      id: row.id,
      period: inputs.period,
      issuer: inputs.issuer,
      version: row.version,
      content: row.content,
      outline: inputs.outline,
      set: toIndicatorSetDto(inputs.set),
      snapshot: row.snapshot,
      changes: reportChanges(row.snapshot.basis, inputs.current),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      refreshedAt: row.refreshedAt.toISOString(),
    };
  }
}
