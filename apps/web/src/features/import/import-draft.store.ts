import type { ImportConfirmResponse, ImportResponse, ReportDraft, ReportSummary, SourceSpan } from '@cchc/domain';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { ApiRequestError, errorCodeOf } from '../../shared/http/http.js';
import { useLoadState } from '../../shared/load-state/load-state.js';
import { useReferenceDataStore } from '../../shared/reference-data/reference-data.store.js';
import { buildConfirmBody, serverProblems, type ConfirmBuild, type ConfirmProblem } from './helpers/confirm-body.js';
import {
  choose,
  correctedDraft,
  correctionCount,
  correctPart,
  forgetCorrections,
  keepCorrections,
  NO_CORRECTIONS,
  readCorrections,
  removeRow,
  typeNumber,
  type Corrections,
  type DraftPart,
} from './helpers/corrections.js';
import { fieldsByControl } from './helpers/field-controls.js';
import { importApi } from './import.api.js';

/** The source on show in the text: whose it is (a control, or a finding's citation) and where. */
export interface ActiveSource {
  controlId: string | null;
  label: string;
  source: SourceSpan;
}

/** Why the last confirmation failed: the code, the fields the API named, and the report it points at. */
export interface ConfirmFailure {
  code: string;
  problems: ConfirmProblem[];
  /** REPORT_EXISTS: the agency's report of the period; IMPORT_CONFIRMED: the report the import became. */
  report: { id: string; status: ReportSummary['status'] | null } | null;
}

/**
 * One import being checked: what was read from the file, the person's corrections over it (kept
 * on this device at each change, until confirmed), the source shown in the text, and the
 * confirmation, checked with the domain's contract before it is sent.
 */
export const useImportDraftStore = defineStore('import-draft', () => {
  const reference = useReferenceDataStore();
  const current = shallowRef<ImportResponse | null>(null);
  const loading = useLoadState();
  const corrections = ref<Corrections>(NO_CORRECTIONS);
  /** How many corrections were put back from this device when the import opened. */
  const restored = ref(0);
  const active = ref<ActiveSource | null>(null);
  const confirming = ref(false);
  /** Set once the person pressed "Confirm": from then on each field shows what keeps it back. */
  const attempted = ref(false);
  const failure = ref<ConfirmFailure | null>(null);
  let openedId: string | null = null;

  const draft = computed<ReportDraft | null>(() => (current.value ? correctedDraft(current.value.extraction.draft, corrections.value) : null));
  const agencyId = computed(() => (corrections.value.agencyId !== undefined ? corrections.value.agencyId : (current.value?.agencyId ?? null)));
  const periodId = computed(() => (corrections.value.periodId !== undefined ? corrections.value.periodId : (current.value?.periodId ?? null)));
  const agency = computed(() => reference.agencies.find((a) => a.id === agencyId.value) ?? null);
  const period = computed(() => reference.periods.find((p) => p.id === periodId.value) ?? null);
  const byControl = computed(() => fieldsByControl(current.value?.extraction.fields ?? []));
  const count = computed(() => correctionCount(corrections.value));
  const pending = computed(() => current.value?.status === 'PENDING');
  /** The confirmation as it would be sent now, or what keeps it back. */
  const build = computed<ConfirmBuild | null>(() =>
    current.value ? buildConfirmBody(current.value.extraction.draft, corrections.value, { agency: agency.value, period: period.value }) : null,
  );

  /** Loads an import, with the corrections this device kept for it. */
  async function open(id: string): Promise<void> {
    if (openedId !== id) {
      current.value = null;
      corrections.value = NO_CORRECTIONS;
      active.value = null;
      attempted.value = false;
      failure.value = null;
    }
    openedId = id;
    await loading.run(
      (signal) => importApi.get(id, signal),
      (answer) => {
        current.value = answer;
        if (answer.status === 'PENDING') {
          corrections.value = readCorrections(localStorage, id);
          restored.value = correctionCount(corrections.value);
        } else {
          forgetCorrections(localStorage, id);
          corrections.value = NO_CORRECTIONS;
          restored.value = 0;
        }
      },
    );
  }

  function update(next: Corrections): void {
    if (!current.value || !pending.value) return;
    corrections.value = next;
    keepCorrections(localStorage, current.value.id, next);
  }

  function correct<P extends DraftPart>(part: P, value: ReportDraft[P]): void {
    if (current.value) update(correctPart(current.value.extraction.draft, corrections.value, part, value));
  }

  function setNumber(path: string, text: string): void {
    if (current.value) update(typeNumber(current.value.extraction.draft, corrections.value, path, text));
  }

  function removeRowOf(part: DraftPart, index: number): void {
    if (current.value) update(removeRow(current.value.extraction.draft, corrections.value, part, index));
  }

  function chooseAgency(id: string | null): void {
    if (current.value) update(choose(corrections.value, 'agencyId', id, current.value.agencyId));
  }

  function choosePeriod(id: string | null): void {
    if (current.value) update(choose(corrections.value, 'periodId', id, current.value.periodId));
  }

  /** Back to what was read from the file. */
  function discard(): void {
    update(NO_CORRECTIONS);
    restored.value = 0;
    failure.value = null;
    attempted.value = false;
  }

  function showSource(next: ActiveSource | null): void {
    active.value = next;
  }

  /** The report a refused confirmation points at, when it can be found. */
  async function reportBehind(code: string): Promise<ConfirmFailure['report']> {
    try {
      if (code === 'IMPORT_CONFIRMED' && current.value) {
        const fresh = await importApi.get(current.value.id);
        current.value = fresh;
        return fresh.reportId ? { id: fresh.reportId, status: null } : null;
      }
      if (code === 'REPORT_EXISTS' && agencyId.value && periodId.value) {
        const [existing] = (await importApi.reportsOf(agencyId.value, periodId.value)).items;
        return existing ? { id: existing.id, status: existing.status } : null;
      }
    } catch {
      // The refusal is said all the same, without the link.
    }
    return null;
  }

  /**
   * Confirms the import as corrected: nothing is sent while the contract finds problems (they
   * show at their fields); on success the corrections are forgotten and the answer (with the
   * new report) returned; on refusal, the API's field errors show at their fields.
   */
  async function confirm(): Promise<ImportConfirmResponse | null> {
    const target = current.value;
    attempted.value = true;
    failure.value = null;
    const body = build.value?.body;
    if (!target || !body || confirming.value) return null;
    confirming.value = true;
    try {
      const answer = await importApi.confirm(target.id, body);
      forgetCorrections(localStorage, target.id);
      corrections.value = NO_CORRECTIONS;
      current.value = answer.import;
      return answer;
    } catch (error) {
      const code = errorCodeOf(error);
      const problems = error instanceof ApiRequestError && code === 'VALIDATION_FAILED' ? serverProblems(error.details) : [];
      failure.value = { code, problems, report: await reportBehind(code) };
      return null;
    } finally {
      confirming.value = false;
    }
  }

  return {
    current,
    status: loading.status,
    errorCode: loading.errorCode,
    corrections,
    restored,
    active,
    confirming,
    attempted,
    failure,
    draft,
    agencyId,
    periodId,
    agency,
    period,
    byControl,
    count,
    pending,
    build,
    open,
    correct,
    setNumber,
    removeRow: removeRowOf,
    chooseAgency,
    choosePeriod,
    discard,
    showSource,
    confirm,
  };
});
