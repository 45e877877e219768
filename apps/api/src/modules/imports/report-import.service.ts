import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  DEFAULT_AGENCY_CODES,
  extractReport,
  reportingWindow,
  type AgencyDetailDto,
  type FieldError,
  type ImportConfirmBody,
  type ImportConfirmResponse,
  type ImportCreateResponse,
  type ImportListResponse,
  type ImportResponse,
  type ReportExtraction,
  type ReportingPeriodDetailDto,
} from '@cchc/domain';
import { isReportTextError, readReportText } from '@cchc/report-text';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { Transactions } from '../../common/database/transactions.js';
import { AppError } from '../../common/errors/app-error.js';
import type { ErrorCode } from '../../common/errors/error-codes.js';
import { unstorableTextPaths } from '../../common/validation/unstorable-text.js';
import { AgencyService } from '../agencies/agency.service.js';
import { ReportingPeriodService } from '../periods/reporting-period.service.js';
import { ReportService } from '../reports/report.service.js';
import { IMPORT_FILES_FIELD, type UploadedReportFile } from './import-files.interceptor.js';
import { assertCanConfirmFor, assertCanSeeImport, isAgencyUser } from './report-import-access.policy.js';
import { importAuditDetails, toImportResponse, toImportSummary } from './report-import.dto.js';
import { ReportImportRepository, type NewReportImport } from './report-import.repository.js';

/** A file read into text, or why it could not be. */
type ReadFile =
  | { ok: true; file: Pick<NewReportImport, 'fileName' | 'fileHash' | 'format' | 'size' | 'text'> }
  | { ok: false; code: ErrorCode; detail: FieldError; message: string };

/**
 * Importing agencies' report files (.docx, .md, .txt): each file is read into text
 * (`@cchc/report-text`) and the text into a draft with the source of every value
 * (`extractReport`), and kept as a PENDING import; nothing is a report until a person confirms
 * it with the agency, the period and the content as they corrected it. An agency user's import
 * becomes their agency's draft, exactly as `POST /api/reports` makes one; Home Affairs' and
 * administrators' become accepted reports of the past, as they were published.
 */
@Injectable()
export class ReportImportService {
  constructor(
    private readonly imports: ReportImportRepository,
    private readonly reports: ReportService,
    private readonly agencies: AgencyService,
    private readonly periods: ReportingPeriodService,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Reads every file first: if one cannot be read, nothing is stored and the answer names each
   * file that failed (the code is the first failure's). Then extracts each text with the agency
   * codes of the reference data, suggests the agency and period, and stores the imports.
   */
  async upload(user: AuthUser, files: readonly UploadedReportFile[]): Promise<ImportCreateResponse> {
    if (files.length === 0) {
      throw new AppError('IMPORT_NO_FILE', `Send one or more report files (.docx, .md, .txt) in the form field "${IMPORT_FILES_FIELD}".`, [
        { path: IMPORT_FILES_FIELD, message: 'No file' },
      ]);
    }
    const read: ReadFile[] = [];
    for (const [index, file] of files.entries()) read.push(await readFile(file, index));
    const failures = read.filter((file) => !file.ok);
    const [first] = failures;
    if (first) {
      throw new AppError(first.code, failures.length === 1 ? first.message : `${failures.length} of the ${files.length} files cannot be imported.`, failures.map((failure) => failure.detail));
    }
    const [agencies, periods] = await Promise.all([this.agencies.list({}), this.periods.list({})]);
    const agencyCodes = [...new Set([...DEFAULT_AGENCY_CODES, ...agencies.map((agency) => agency.code)])];
    const rows: NewReportImport[] = read.flatMap((result) => {
      if (!result.ok) return [];
      const extraction: ReportExtraction = extractReport(result.file.text, { agencyCodes });
      return [{ ...result.file, ...suggest(user, extraction, agencies, periods), createdBy: user.id, extraction }];
    });
    const name = await this.imports.userName(user.id);
    const stored = await this.transactions.run((em) => this.imports.insertAll(em, rows));
    return { items: stored.map((entity) => toImportResponse(entity, name)) };
  }

  async list(user: AuthUser): Promise<ImportListResponse> {
    // An agency user without an agency (never made: a CHECK keeps roles and agencies consistent) sees nothing.
    const rows = isAgencyUser(user) ? (user.agencyId ? await this.imports.list(user.agencyId) : []) : await this.imports.list();
    return { items: rows.map(toImportSummary) };
  }

  async get(user: AuthUser, id: string): Promise<ImportResponse> {
    const row = await this.imports.findById(id);
    if (!row) throw new AppError('NOT_FOUND', 'No such import.');
    assertCanSeeImport(user, row);
    return toImportResponse(row, row.createdByName);
  }

  /**
   * Creates the report and marks the import CONFIRMED in one transaction, with the report's
   * IMPORT audit entry naming the import, the file and its hash. An agency user's becomes a
   * DRAFT of their own agency (403 for another); a reviewer's or administrator's an ACCEPTED
   * report with no submission (see ReportService.insertNew). 409 IMPORT_CONFIRMED the second
   * time, 409 REPORT_EXISTS when the agency has a report for the period.
   */
  async confirm(user: AuthUser, id: string, body: ImportConfirmBody): Promise<ImportConfirmResponse> {
    const current = await this.imports.findById(id);
    if (!current) throw new AppError('NOT_FOUND', 'No such import.');
    assertCanSeeImport(user, current);
    assertCanConfirmFor(user, body.agencyId);
    if (current.status === 'CONFIRMED') throw alreadyConfirmed(current.reportId);
    // The agency, the period and the content's checks are other features' reads: before the transaction.
    const report = await this.reports.prepareNew(body);
    const result = await this.transactions.run(async (em) => {
      const locked = await this.imports.findForUpdate(em, id);
      if (!locked) throw new AppError('NOT_FOUND', 'No such import.');
      if (locked.status === 'CONFIRMED') throw alreadyConfirmed(locked.reportId);
      const created = await this.reports.insertNew(em, user, report, {
        status: isAgencyUser(user) ? 'DRAFT' : 'ACCEPTED',
        audit: { action: 'IMPORT', details: importAuditDetails(locked) },
      });
      const confirmed = await this.imports.confirm(em, id, created);
      return { confirmed, created };
    });
    return { import: toImportResponse(result.confirmed, current.createdByName), report: result.created };
  }
}

function alreadyConfirmed(reportId: string | null): AppError {
  return new AppError('IMPORT_CONFIRMED', `The import was confirmed already: it is report ${reportId ?? ''}.`);
}

/** Reads one file into text; a file the reader refuses is named in the failure's detail. */
async function readFile(file: UploadedReportFile, index: number): Promise<ReadFile> {
  // The reader's messages name the file ("Cannot read "plan.pdf": only .docx, .md, .txt files are read").
  const fail = (code: ErrorCode, message: string): ReadFile => ({ ok: false, code, message, detail: { path: `${IMPORT_FILES_FIELD}.${index}`, message } });
  try {
    const bytes = new Uint8Array(file.buffer.buffer, file.buffer.byteOffset, file.buffer.byteLength);
    const { format, text } = await readReportText(bytes, file.originalname);
    // The database cannot store a NUL character or half of a surrogate pair, in the text or the name.
    if (unstorableTextPaths([file.originalname, text]).length > 0) {
      return fail('IMPORT_UNREADABLE', `Cannot read "${file.originalname}": it holds characters that are not text.`);
    }
    return { ok: true, file: { fileName: file.originalname, fileHash: createHash('sha256').update(file.buffer).digest('hex'), format, size: file.size, text } };
  } catch (error) {
    if (isReportTextError(error)) return fail(error.code, error.message);
    throw error;
  }
}

/**
 * The agency and period an import is for, as far as the text tells. An agency user's import is
 * always for their own agency. For Home Affairs, the agency whose code is the one the text gives
 * (whatever its case), valid on the last day of the period the text names (a code may pass from
 * one agency to another over the years); without a period, only a code held by one agency ever.
 * Where the code is shared (every commune's People's Committee signs "BC-UBND"), the name in the
 * header ("XÃ TỊNH KHÊ", "SỞ TƯ PHÁP") picks the agency of that name.
 * The period is the stored one of the kind and year the text names. The People's Committee of
 * the province is never a reporter, so never suggested.
 */
function suggest(
  user: AuthUser,
  { draft, agencyName }: Pick<ReportExtraction, 'draft' | 'agencyName'>,
  agencies: readonly AgencyDetailDto[],
  periods: readonly ReportingPeriodDetailDto[],
): { agencyId: string | null; periodId: string | null } {
  const named = draft.period;
  const period = named ? periods.find((p) => p.kind === named.kind && p.year === named.year) : undefined;
  if (isAgencyUser(user)) return { agencyId: user.agencyId, periodId: period?.id ?? null };
  const day = period?.windowTo ?? (named ? reportingWindow(named.year, named.kind).to : null);
  const reporters = agencies
    .filter((agency) => agency.kind !== 'province')
    .filter((agency) => day === null || (agency.validFrom <= day && (agency.validTo === null || agency.validTo >= day)));
  const code = draft.agencyCode === null ? null : normalised(draft.agencyCode);
  const byCode = code === null ? [] : reporters.filter((agency) => normalised(agency.code) === code);
  const name = agencyName === null ? null : nameKey(agencyName);
  const byName = name === null ? [] : (byCode.length > 0 ? byCode : reporters).filter((agency) => nameKey(agency.name.vi) === name);
  const match = byCode.length === 1 ? byCode[0] : byName.length === 1 ? byName[0] : undefined;
  return { agencyId: match?.id ?? null, periodId: period?.id ?? null };
}

const normalised = (code: string): string => code.normalize('NFC').trim().toLocaleLowerCase('vi');
/** An agency's name as headers write it: capitals or not, with or without "Ủy ban nhân dân" before a commune or district. */
const nameKey = (name: string): string =>
  normalised(name)
    .replace(/^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+(?=xã|phường|thị trấn|đặc khu|huyện|thị xã|thành phố)/u, '')
    .replace(/\s+/g, ' ');
