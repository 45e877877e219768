import type { AuditEntryDto, ReportChangesDto, ReportResponse, ReportSubmissionDto, ReportSummary } from '@cchc/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { ApiRequestError } from '../../shared/http/http.js';
import { reviewApi } from './review.api.js';
import type { LoadStatus } from '../../shared/reference-data/reference-data.store.js';

/** Why a report could not be shown: not there, not the user's to read, or another failure. */
export type ReportLoadError = { kind: 'NOT_FOUND' } | { kind: 'FORBIDDEN' } | { kind: 'OTHER'; code: string };

/** The outcome of a reviewer's action, for the message shown after it. */
export type ActionOutcome =
  | { kind: 'returned' }
  | { kind: 'accepted' }
  | { kind: 'conflict' }
  | { kind: 'notAllowed' }
  | { kind: 'failed'; code: string };

export interface ReturnReasonInput {
  path: string | null;
  message: string;
}

const codeOf = (error: unknown): string => (error instanceof ApiRequestError ? error.code : 'UNKNOWN');

/**
 * The review queue (reports waiting for review and reports returned for correction) and the
 * report being read, with its submissions, the changes since the previous submission, its audit
 * trail (reviewers only) and the reviewer's actions. A stale version (409) reloads the report.
 */
export const useReportReviewStore = defineStore('report-review', () => {
  const submitted = ref<ReportSummary[]>([]);
  const returned = ref<ReportSummary[]>([]);
  const queueStatus = ref<LoadStatus>('idle');
  const queueError = ref('');

  const report = ref<ReportResponse | null>(null);
  const reportStatus = ref<LoadStatus>('idle');
  const reportError = ref<ReportLoadError | null>(null);
  const submissions = ref<ReportSubmissionDto[]>([]);
  const changes = ref<ReportChangesDto | null>(null);
  const audit = ref<AuditEntryDto[] | null>(null);
  const historyStatus = ref<LoadStatus>('idle');
  const historyError = ref('');

  const acting = ref(false);
  const outcome = ref<ActionOutcome | null>(null);

  let currentId: string | null = null;

  async function loadQueue(): Promise<void> {
    queueStatus.value = 'loading';
    try {
      const [waiting, back] = await Promise.all([reviewApi.list({ status: 'SUBMITTED' }), reviewApi.list({ status: 'RETURNED' })]);
      submitted.value = waiting.items;
      returned.value = back.items;
      queueStatus.value = 'ready';
    } catch (error) {
      queueError.value = codeOf(error);
      queueStatus.value = 'error';
    }
  }

  async function loadHistory(id: string, withAudit: boolean): Promise<void> {
    historyStatus.value = 'loading';
    try {
      const [loadedSubmissions, loadedAudit] = await Promise.all([
        reviewApi.submissions(id),
        withAudit ? reviewApi.audit(id) : Promise.resolve(null),
      ]);
      const loadedChanges = loadedSubmissions.length >= 2 ? await reviewApi.changes(id) : null;
      if (currentId !== id) return;
      submissions.value = loadedSubmissions;
      audit.value = loadedAudit;
      changes.value = loadedChanges;
      historyStatus.value = 'ready';
    } catch (error) {
      if (currentId !== id) return;
      historyError.value = codeOf(error);
      historyStatus.value = 'error';
    }
  }

  /** Loads a report, then its history; `withAudit` for reviewers and administrators. */
  async function loadReport(id: string, options: { withAudit: boolean; keepOutcome?: boolean }): Promise<void> {
    currentId = id;
    if (!options.keepOutcome) outcome.value = null;
    reportStatus.value = 'loading';
    reportError.value = null;
    try {
      const loaded = await reviewApi.get(id);
      if (currentId !== id) return;
      report.value = loaded;
      reportStatus.value = 'ready';
    } catch (error) {
      if (currentId !== id) return;
      report.value = null;
      reportError.value =
        error instanceof ApiRequestError && error.status === 404
          ? { kind: 'NOT_FOUND' }
          : error instanceof ApiRequestError && error.status === 403
            ? { kind: 'FORBIDDEN' }
            : { kind: 'OTHER', code: codeOf(error) };
      reportStatus.value = 'error';
      return;
    }
    await loadHistory(id, options.withAudit);
  }

  async function act(send: (current: ReportResponse) => Promise<ReportResponse>, done: ActionOutcome): Promise<boolean> {
    const current = report.value;
    if (!current || acting.value) return false;
    acting.value = true;
    outcome.value = null;
    try {
      report.value = await send(current);
      outcome.value = done;
      await loadHistory(current.id, audit.value !== null);
      return true;
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 409) {
        outcome.value = error.code === 'VERSION_CONFLICT' ? { kind: 'conflict' } : { kind: 'notAllowed' };
        await loadReport(current.id, { withAudit: audit.value !== null, keepOutcome: true });
      } else {
        outcome.value = { kind: 'failed', code: codeOf(error) };
      }
      return false;
    } finally {
      acting.value = false;
    }
  }

  /** Returns the report for correction with its reasons; false when it did not go through. */
  function returnReport(reasons: ReturnReasonInput[]): Promise<boolean> {
    return act((current) => reviewApi.returnForCorrection(current.id, { version: current.version, reasons }), { kind: 'returned' });
  }

  /** Accepts the report; false when it did not go through. */
  function acceptReport(): Promise<boolean> {
    return act((current) => reviewApi.accept(current.id, { version: current.version }), { kind: 'accepted' });
  }

  return {
    submitted,
    returned,
    queueStatus,
    queueError,
    report,
    reportStatus,
    reportError,
    submissions,
    changes,
    audit,
    historyStatus,
    historyError,
    acting,
    outcome,
    loadQueue,
    loadReport,
    returnReport,
    acceptReport,
  };
});
