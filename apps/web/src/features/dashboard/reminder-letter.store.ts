import type { AgencyKind, DashboardStatusQuery, ReminderLetterDto, ReportingPeriodDto } from '@cchc/domain';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { dashboardApi } from './dashboard.api.js';
import {
  letterBody,
  letterFailure,
  mergeLetterErrors,
  newLetterForm,
  NO_LETTER_ERRORS,
  rememberedSigner,
  rememberSigner,
  standingErrors,
  todayInVietnam,
  type LetterErrors,
  type LetterForm,
} from './helpers/reminder-letter-form.js';
import { remindableAgencies, withRecipients, type ReminderAgency } from './helpers/reminder-recipients.js';
import { useLoadState } from '../../shared/load-state/load-state.js';

/** The most rows the status API sends in one page (its `pageSize` cap). */
export const STATUS_PAGE_SIZE_MAX = 500;
/** Pages of the board asked for at once when every agency of a period is selected. */
const PAGES_AT_ONCE = 4;

/** Where the agencies to select all of are: the board's year and the agency kind on show. */
export interface ReminderScope {
  year: number;
  agencyKind: AgencyKind | null;
}

/** The browser's storage, when there is one (none under node). */
const storage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

/**
 * Home Affairs' reminder letter (công văn đôn đốc) from the status board: the period whose agencies
 * the reviewer picks, the agencies picked (on any page of the board, or all that have not
 * submitted), the letters of the period already issued, the form (number and date from the
 * register, reply-by day, signer: the last one issued on this device, else the usual one), the
 * sending with what is wrong put under its field, and the letter just issued.
 */
export const useReminderLetterStore = defineStore('reminderLetter', () => {
  /** The period being reminded about; null when the board is not picking agencies. */
  const period = ref<ReportingPeriodDto | null>(null);
  /** The agencies picked, in the letter's order. */
  const selected = ref<ReminderAgency[]>([]);
  const selectedIds = computed<ReadonlySet<string>>(() => new Set(selected.value.map((agency) => agency.id)));
  const selectingAll = useLoadState();
  const letters = ref<ReminderLetterDto[]>([]);
  const lettersLoad = useLoadState();
  const form = ref<LetterForm>(newLetterForm(todayInVietnam(), rememberedSigner(storage() ?? { getItem: () => null })));
  /** The reviewer tried to issue the letter: the form's check shows from then on, as they type. */
  const tried = ref(false);
  const sending = ref(false);
  /** The API's refusal of the last attempt, with the form as it was sent. */
  const failure = ref<{ errors: LetterErrors; sent: LetterForm } | null>(null);
  /** The letter issued last, until the board stops picking. */
  const issued = ref<ReminderLetterDto | null>(null);

  const check = computed(() => (period.value ? letterBody(period.value.id, [...selectedIds.value], form.value) : null));
  const errors = computed<LetterErrors>(() => {
    const own = tried.value && check.value ? check.value.errors : NO_LETTER_ERRORS;
    const server = failure.value ? standingErrors(failure.value.errors, failure.value.sent, form.value) : NO_LETTER_ERRORS;
    return mergeLetterErrors(own, server);
  });

  function forgetAttempt(): void {
    tried.value = false;
    failure.value = null;
  }

  /** The letters of the period on show, newest first. */
  async function loadLetters(): Promise<void> {
    const p = period.value;
    if (!p) return;
    await lettersLoad.run((signal) => dashboardApi.reminderLetters(p.id, signal), (answer) => (letters.value = answer), { key: p.id });
  }

  /** Starts picking the agencies of a period (the selection of another period is dropped). */
  function start(next: ReportingPeriodDto): void {
    if (period.value?.id !== next.id) {
      selectingAll.cancel();
      selected.value = [];
      letters.value = [];
      forgetAttempt();
    }
    issued.value = null;
    period.value = next;
    void loadLetters();
  }

  /** Stops picking: the selection and the letter just issued are dropped; the form stays for the next letter. */
  function stop(): void {
    selectingAll.cancel();
    lettersLoad.cancel();
    period.value = null;
    selected.value = [];
    letters.value = [];
    issued.value = null;
    forgetAttempt();
  }

  function toggle(agency: ReminderAgency, on: boolean): void {
    if (on) selected.value = withRecipients(selected.value, [agency]);
    else remove(agency.id);
  }

  function remove(agencyId: string): void {
    selected.value = selected.value.filter((agency) => agency.id !== agencyId);
  }

  function clear(): void {
    selectingAll.cancel();
    selected.value = [];
  }

  /**
   * Adds every agency of the period that has not submitted, on every page of the board (of the
   * agency kind on show): the board's rows of the period's kind, `STATUS_PAGE_SIZE_MAX` at a time;
   * once the deadline has passed, only those the `missing` filter keeps (overdue: expected, not
   * submitted), which are exactly the ones to remind.
   */
  async function selectAll(scope: ReminderScope, deadlinePassed: boolean): Promise<void> {
    const p = period.value;
    if (!p) return;
    const query: DashboardStatusQuery = {
      year: scope.year,
      kind: p.kind,
      ...(scope.agencyKind ? { agencyKind: scope.agencyKind } : {}),
      ...(deadlinePassed ? { filter: 'missing' as const } : {}),
      pageSize: STATUS_PAGE_SIZE_MAX,
    };
    await selectingAll.run(
      async (signal) => {
        const first = await dashboardApi.status(query, signal);
        const found = remindableAgencies(first, p.id);
        for (let page = 2; page <= first.page.pageCount; page += PAGES_AT_ONCE) {
          const pages = Array.from({ length: Math.min(PAGES_AT_ONCE, first.page.pageCount - page + 1) }, (_, i) => page + i);
          const answers = await Promise.all(pages.map((n) => dashboardApi.status({ ...query, page: n }, signal)));
          for (const answer of answers) found.push(...remindableAgencies(answer, p.id));
        }
        return found;
      },
      (found) => {
        if (period.value?.id === p.id) selected.value = withRecipients(selected.value, found);
      },
      { key: `${p.id}|${scope.year}|${scope.agencyKind ?? ''}` },
    );
  }

  /** Issues the letter to the agencies picked; the letter issued, or null when it was not (see `errors`). */
  async function send(): Promise<ReminderLetterDto | null> {
    const p = period.value;
    if (!p || sending.value) return null;
    tried.value = true;
    const body = check.value?.body ?? null;
    if (!body) return null;
    const sent = { ...form.value };
    const agencyIds = [...body.agencyIds];
    sending.value = true;
    failure.value = null;
    try {
      const letter = await dashboardApi.createReminderLetter(body);
      if (period.value?.id === p.id) {
        issued.value = letter;
        letters.value = [letter, ...letters.value.filter((l) => l.id !== letter.id)];
        selected.value = [];
      }
      const local = storage();
      if (local) rememberSigner(local, body.signer);
      form.value = newLetterForm(todayInVietnam(), body.signer);
      tried.value = false;
      return letter;
    } catch (error) {
      failure.value = { errors: letterFailure(error, agencyIds), sent };
      return null;
    } finally {
      sending.value = false;
    }
  }

  return {
    period,
    selected,
    selectedIds,
    selectingAll: computed(() => ({ status: selectingAll.status.value, errorCode: selectingAll.errorCode.value })),
    letters,
    lettersStatus: lettersLoad.status,
    lettersErrorCode: lettersLoad.errorCode,
    form,
    sending,
    errors,
    issued,
    start,
    stop,
    toggle,
    remove,
    clear,
    selectAll,
    loadLetters,
    send,
  };
});
