import type { AuditEntryDto, FieldError, Registration, ReportChangesDto, ReportResponse, ReportSubmissionDto, ReportSummary } from '@cchc/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { ApiRequestError, errorCodeOf } from '../../shared/http/http.js';
import { useLoadState } from '../../shared/load-state/load-state.js';
import { reviewApi } from './review.api.js';

/** Why a report could not be shown: not there, not the user's to read, or another failure. */
export type ReportLoadError = { kind: 'NOT_FOUND' } | { kind: 'FORBIDDEN' } | { kind: 'OTHER'; code: string };

/** The outcome of a reviewer's action, for the message shown after it. */
export type ActionOutcome =
  | { kind: 'returned' }
  | { kind: 'accepted' }
  | { kind: 'registered' }
  | { kind: 'conflict' }
  | { kind: 'notAllowed' }
  | { kind: 'failed'; code: string };

export interface ReturnReasonInput {
  path: string | null;
  message: string;
}

function reportLoadError(error: unknown): ReportLoadError {
  if (error instanceof ApiRequestError && error.status === 404) return { kind: 'NOT_FOUND' };
  if (error instanceof ApiRequestError && error.status === 403) return { kind: 'FORBIDDEN' };
  return { kind: 'OTHER', code: errorCodeOf(error) };
}

/** A report's submissions, its audit trail when asked for, and the changes since the previous submission. */
async function fetchHistory(id: string, withAudit: boolean, signal: AbortSignal) {
  const [submissions, audit] = await Promise.all([reviewApi.submissions(id, signal), withAudit ? reviewApi.audit(id, signal) : Promise.resolve(null)]);
  const changes = submissions.length >= 2 ? await reviewApi.changes(id, {}, signal) : null;
  return { submissions, audit, changes };
}

/**
 * The review queue (reports waiting for review and reports returned for correction) and the
 * report being read, with its submissions, the changes since the previous submission, its audit
 * trail (reviewers only) and the reviewer's actions. A stale version (409) reloads the report.
 */
export const useReportReviewStore = defineStore('report-review', () => {
  const submitted = ref<ReportSummary[]>([]);
  const returned = ref<ReportSummary[]>([]);
  const queue = useLoadState();

  const report = ref<ReportResponse | null>(null);
  const reportLoad = useLoadState();
  const reportError = ref<ReportLoadError | null>(null);
  const submissions = ref<ReportSubmissionDto[]>([]);
  const changes = ref<ReportChangesDto | null>(null);
  const audit = ref<AuditEntryDto[] | null>(null);
  const history = useLoadState();

  const acting = ref(false);
  const outcome = ref<ActionOutcome | null>(null);
  const registering = ref(false);
  const registrationError = ref<{ code: string; details: FieldError[] } | null>(null);

  async function loadQueue(): Promise<void> {
    await queue.run(
      (signal) => Promise.all([reviewApi.list({ status: 'SUBMITTED' }, signal), reviewApi.list({ status: 'RETURNED' }, signal)]),
      ([waiting, back]) => {
        submitted.value = waiting.items;
        returned.value = back.items;
      },
    );
  }

  async function loadHistory(id: string, withAudit: boolean): Promise<void> {
    await history.run(
      (signal) => fetchHistory(id, withAudit, signal),
      (loaded) => {
        submissions.value = loaded.submissions;
        audit.value = loaded.audit;
        changes.value = loaded.changes;
      },
    );
  }

  /** Loads a report, then its history; `withAudit` for reviewers and administrators. */
  async function loadReport(id: string, options: { withAudit: boolean; keepOutcome?: boolean }): Promise<void> {
    if (!options.keepOutcome) {
      outcome.value = null;
      registrationError.value = null;
    }
    // The history on its way is the previous report's: it must not land beside this one.
    history.cancel();
    reportError.value = null;
    const loaded = await reportLoad.run(
      (signal) => reviewApi.get(id, signal),
      (answer) => (report.value = answer),
      {
        onError: (error) => {
          report.value = null;
          reportError.value = reportLoadError(error);
        },
      },
    );
    if (loaded) await loadHistory(id, options.withAudit);
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
        outcome.value = { kind: 'failed', code: errorCodeOf(error) };
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

  /**
   * The agency records the number and date of issue of a report it sent; on a stale version the
   * report is reloaded to show what is stored now. False when it did not go through.
   */
  async function registerReport(registration: Registration): Promise<boolean> {
    const current = report.value;
    if (!current || registering.value) return false;
    registering.value = true;
    registrationError.value = null;
    outcome.value = null;
    try {
      report.value = await reviewApi.register(current.id, { version: current.version, registration });
      outcome.value = { kind: 'registered' };
      await loadHistory(current.id, audit.value !== null);
      return true;
    } catch (error) {
      registrationError.value = { code: errorCodeOf(error), details: error instanceof ApiRequestError ? error.details : [] };
      if (error instanceof ApiRequestError && error.status === 409) await loadReport(current.id, { withAudit: audit.value !== null, keepOutcome: true });
      return false;
    } finally {
      registering.value = false;
    }
  }

  return {
    submitted,
    returned,
    queueStatus: queue.status,
    queueError: queue.errorCode,
    report,
    reportStatus: reportLoad.status,
    reportError,
    submissions,
    changes,
    audit,
    historyStatus: history.status,
    historyError: history.errorCode,
    acting,
    outcome,
    registering,
    registrationError,
    registerReport,
    loadQueue,
    loadReport,
    returnReport,
    acceptReport,
  };
});
