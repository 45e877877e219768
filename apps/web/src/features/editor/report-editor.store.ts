import {
  validateReport,
  type AgencyDto,
  type FieldError,
  type Finding,
  type Report,
  type ReportResponse,
  type Registration,
  type ReportingPeriodDto,
  type Signing,
} from '@cchc/domain';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { ApiRequestError, errorCodeOf } from '../../shared/http/http.js';
import { useLoadState } from '../../shared/load-state/load-state.js';
import { editorApi } from './editor.api.js';
import { isAllSaved, nextSaveState, wantsSave, type SaveEvent, type SaveState } from './helpers/autosave.js';
import { initialReportContent } from './helpers/initial-content.js';
import { forgetLocalDraft, keepLocalDraft, readLocalDraft, type LocalDraft } from './helpers/local-draft.js';
import { adoptSaved, applyParts, dirtinessOf, planPatch, type EditablePart } from './helpers/report-parts.js';

/** The pause in typing after which a draft is saved. */
export const AUTOSAVE_DELAY_MS = 1200;

/**
 * One report being edited: the copy on the server (with its version), the copy in the form, and
 * the saving between them. Edits are kept on this device at once (an expired session or a
 * closed tab loses nothing) and sent as a PATCH of the changed parts after a pause in typing,
 * with the version they were made on; a stale version stops saving until the user reloads.
 */
export const useReportEditorStore = defineStore('report-editor', () => {
  const report = shallowRef<ReportResponse | null>(null);
  const content = shallowRef<Report | null>(null);
  const loading = useLoadState();
  const saveState = ref<SaveState>({ kind: 'saved', savedAt: null });
  /** When unsaved edits kept on this device were put back into the form. */
  const restoredAt = ref<string | null>(null);
  /** Edits kept on this device on an older version: offered, never applied silently. */
  const staleLocalDraft = shallowRef<LocalDraft | null>(null);
  const submitting = ref(false);
  const submitError = ref<{ code: string; details: FieldError[] } | null>(null);
  const requestingSignature = ref(false);
  /** Why the last request for signature failed: an API error code, or UNSAVED; null otherwise. */
  const signingRequestError = ref<string | null>(null);
  /** When the request for signature sent from this page was recorded, for its confirmation. */
  const signingRequestedHere = ref<string | null>(null);
  const creating = ref(false);
  const createError = ref<string | null>(null);
  const now = ref(new Date().toISOString());

  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  /** The report the form is for, even while it loads or after it failed to. */
  let openedId: string | null = null;

  const saved = computed(() => report.value?.content ?? null);
  const editable = computed(() => report.value?.status === 'DRAFT' || report.value?.status === 'RETURNED');
  const unsavedParts = computed(() => (saved.value && content.value ? planPatch(saved.value, content.value).invalid : []));
  /**
   * Live findings of the form (the API's rules, run here) while edits are unsaved; the API's once
   * saved. Judged as of the report's first submission, as the API judges it (docs/domain.md §13).
   * A part that cannot be saved yet (a half-typed date) is checked at its saved value: its field
   * shows its own error, and the rules would misread it.
   */
  const findings = computed<Finding[]>(() => {
    if (!content.value || !report.value) return [];
    if (isAllSaved(saveState.value)) return report.value.findings;
    const savedParts = Object.fromEntries(unsavedParts.value.map((part) => [part, report.value?.content[part]]));
    return validateReport(applyParts(content.value, savedParts), { now: now.value, firstSubmittedAt: report.value.firstSubmittedAt });
  });
  const errors = computed(() => findings.value.filter((f) => f.severity === 'error'));
  const warnings = computed(() => findings.value.filter((f) => f.severity === 'warning'));

  function dispatch(event: SaveEvent): void {
    saveState.value = nextSaveState(saveState.value, event);
  }

  function cancelTimer(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function schedule(): void {
    cancelTimer();
    if (wantsSave(saveState.value)) timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }

  function keepLocally(): void {
    if (!report.value || !content.value) return;
    keepLocalDraft(localStorage, report.value.id, report.value.version, report.value.content, content.value, new Date().toISOString());
  }

  function reset(next: ReportResponse): void {
    cancelTimer();
    report.value = next;
    content.value = next.content;
    restoredAt.value = null;
    staleLocalDraft.value = null;
    submitError.value = null;
    signingRequestError.value = null;
    signingRequestedHere.value = null;
    now.value = new Date().toISOString();
    dispatch({ type: 'reset', savedAt: next.updatedAt });
  }

  /** Loads a report into the form, with any unsaved edits this device kept for it. */
  async function open(id: string): Promise<void> {
    if (openedId !== id) {
      report.value = null;
      content.value = null;
    }
    openedId = id;
    await loading.run((signal) => editorApi.get(id, signal), (loaded) => {
      reset(loaded);
      const local = readLocalDraft(localStorage, id);
      const canEdit = loaded.status === 'DRAFT' || loaded.status === 'RETURNED';
      if (local && canEdit && local.version === loaded.version) {
        content.value = applyParts(loaded.content, local.parts);
        restoredAt.value = local.keptAt;
        dispatch({ type: 'edited', dirtiness: dirtinessOf(loaded.content, content.value) });
        schedule();
      } else if (local && canEdit) {
        staleLocalDraft.value = local;
      } else if (local) {
        forgetLocalDraft(localStorage, id);
      }
    });
  }

  /** Changes one part of the form; it is kept on this device and saved after a pause. */
  function update<P extends EditablePart>(part: P, value: Report[P]): void {
    if (!content.value || !report.value || !editable.value) return;
    content.value = { ...content.value, [part]: value };
    now.value = new Date().toISOString();
    keepLocally();
    dispatch({ type: 'edited', dirtiness: dirtinessOf(report.value.content, content.value) });
    schedule();
  }

  async function send(): Promise<void> {
    const current = report.value;
    const working = content.value;
    if (!current || !working) return;
    const plan = planPatch(current.content, working);
    if (Object.keys(plan.content).length === 0) {
      dispatch({ type: 'edited', dirtiness: dirtinessOf(current.content, working) });
      return;
    }
    dispatch({ type: 'started' });
    try {
      const next = await editorApi.patch(current.id, { version: current.version, content: plan.content });
      if (openedId !== current.id) return;
      report.value = next;
      content.value = adoptSaved(content.value ?? working, plan.content, next.content);
      keepLocally();
      dispatch({ type: 'succeeded', at: next.updatedAt, dirtiness: dirtinessOf(next.content, content.value) });
    } catch (error) {
      if (error instanceof ApiRequestError && error.code === 'VERSION_CONFLICT') {
        dispatch({ type: 'conflicted', currentVersion: error.currentVersion ?? null });
      } else {
        dispatch({ type: 'failed', code: errorCodeOf(error) });
      }
    }
  }

  /** Saves the unsaved edits now (one save at a time; edits made meanwhile follow). */
  async function save(): Promise<void> {
    cancelTimer();
    if (inFlight) await inFlight;
    if (!wantsSave(saveState.value)) return;
    inFlight = send();
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
    if (saveState.value.kind === 'pending') schedule();
  }

  /** Waits until nothing that can be saved is left unsaved. */
  async function flush(): Promise<void> {
    cancelTimer();
    if (inFlight) await inFlight;
    if (wantsSave(saveState.value)) await save();
  }

  /** After a conflict: the server's copy replaces the form, and the kept edits are dropped. */
  async function reload(): Promise<void> {
    const id = report.value?.id ?? openedId;
    if (!id) return;
    forgetLocalDraft(localStorage, id);
    await open(id);
  }

  /** Puts edits kept on an older version into the form, to be saved over the current version. */
  function useStaleLocalDraft(): void {
    const local = staleLocalDraft.value;
    if (!local || !report.value) return;
    staleLocalDraft.value = null;
    content.value = applyParts(report.value.content, local.parts);
    restoredAt.value = local.keptAt;
    keepLocally();
    dispatch({ type: 'edited', dirtiness: dirtinessOf(report.value.content, content.value) });
    schedule();
  }

  function dropStaleLocalDraft(): void {
    if (report.value) forgetLocalDraft(localStorage, report.value.id);
    staleLocalDraft.value = null;
  }

  /** Why what the form shows is not all saved: a conflict, a failed save's code, or UNSAVED. */
  function unsavedCode(state: SaveState): string {
    if (state.kind === 'conflict') return 'VERSION_CONFLICT';
    return state.kind === 'failed' ? state.code : 'UNSAVED';
  }

  /**
   * A reporter puts the draft before the approver for signature ("Trình ký"). The edits are saved
   * first, so the approver reads what the reporter sees; then the request goes with the version
   * they were saved as, and its answer (one version on, with the time of the request) becomes the
   * report. Saves wait for it meanwhile, so an edit made during the request is sent on the new
   * version. Errors left do not stop it: the approver just cannot submit until they are fixed.
   */
  async function requestSigning(): Promise<boolean> {
    if (!report.value || !editable.value || requestingSignature.value) return false;
    const id = report.value.id;
    requestingSignature.value = true;
    signingRequestError.value = null;
    signingRequestedHere.value = null;
    let waitedOn: Promise<void> | null = null;
    try {
      await flush();
      const current = report.value;
      if (openedId !== id) return false;
      if (!isAllSaved(saveState.value) || !current) {
        signingRequestError.value = unsavedCode(saveState.value);
        return false;
      }
      const request = editorApi.requestSigning(id, { version: current.version }).then((next) => {
        if (openedId !== id) return;
        report.value = next;
        signingRequestedHere.value = next.signatureRequestedAt ?? next.updatedAt;
        // Edits made meanwhile are now edits of the new version.
        keepLocally();
      });
      waitedOn = request.catch(() => undefined);
      inFlight = waitedOn;
      await request;
      return signingRequestedHere.value !== null;
    } catch (error) {
      // Another report opened meanwhile: this answer is not about the form any more.
      if (openedId !== id) return false;
      if (error instanceof ApiRequestError && error.code === 'VERSION_CONFLICT') {
        dispatch({ type: 'conflicted', currentVersion: error.currentVersion ?? null });
      }
      signingRequestError.value = errorCodeOf(error);
      return false;
    } finally {
      if (waitedOn && inFlight === waitedOn) inFlight = null;
      requestingSignature.value = false;
    }
  }

  /**
   * The approver signs and submits, with the number and date of issue from the agency's register
   * when given; refused (and explained) while errors remain.
   */
  async function submit(signing: Signing, registration: Registration | null = null): Promise<boolean> {
    if (!report.value || submitting.value) return false;
    submitting.value = true;
    submitError.value = null;
    try {
      await flush();
      if (!isAllSaved(saveState.value) || !report.value) {
        submitError.value = { code: saveState.value.kind === 'conflict' ? 'VERSION_CONFLICT' : 'UNSAVED', details: [] };
        return false;
      }
      const next = await editorApi.submit(report.value.id, { version: report.value.version, signing, ...(registration ? { registration } : {}) });
      forgetLocalDraft(localStorage, next.id);
      reset(next);
      return true;
    } catch (error) {
      if (error instanceof ApiRequestError && error.code === 'VERSION_CONFLICT') {
        dispatch({ type: 'conflicted', currentVersion: error.currentVersion ?? null });
      }
      submitError.value = { code: errorCodeOf(error), details: error instanceof ApiRequestError ? error.details : [] };
      return false;
    } finally {
      submitting.value = false;
    }
  }

  /** Starts the agency's report for a period as a draft; resolves to its id. */
  async function start(agency: AgencyDto, period: ReportingPeriodDto): Promise<string | null> {
    creating.value = true;
    createError.value = null;
    try {
      const created = await editorApi.create({ agencyId: agency.id, periodId: period.id, content: initialReportContent(agency, period) });
      return created.id;
    } catch (error) {
      createError.value = errorCodeOf(error);
      return null;
    } finally {
      creating.value = false;
    }
  }

  /** Leaving the editor: what can be saved is sent; the rest stays kept on this device. */
  function close(): void {
    if (wantsSave(saveState.value)) void save();
    else cancelTimer();
  }

  return {
    report,
    content,
    saved,
    loadStatus: loading.status,
    loadError: loading.errorCode,
    saveState,
    restoredAt,
    staleLocalDraft,
    submitting,
    submitError,
    requestingSignature,
    signingRequestError,
    signingRequestedHere,
    creating,
    createError,
    editable,
    unsavedParts,
    findings,
    errors,
    warnings,
    open,
    update,
    save,
    flush,
    reload,
    useStaleLocalDraft,
    dropStaleLocalDraft,
    requestSigning,
    submit,
    start,
    close,
  };
});
