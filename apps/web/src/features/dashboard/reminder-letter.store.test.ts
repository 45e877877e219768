import { listPage, ReminderLetterBodySchema, type DashboardStatusResponse, type ReminderLetterDto } from '@cchc/domain';
import { createPinia, setActivePinia } from 'pinia';
import { agency, missingCell, period, statusCell, statusResponse } from '../../../test/factories/dashboard.factories.js';
import { SIGNER_STORAGE_KEY } from './helpers/reminder-letter-form.js';
import type { ReminderAgency } from './helpers/reminder-recipients.js';
import { STATUS_PAGE_SIZE_MAX, useReminderLetterStore } from './reminder-letter.store.js';

/** localStorage for node, where there is none. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string): string | null => this.items.get(key) ?? null;
  setItem = (key: string, value: string): void => void this.items.set(key, value);
  removeItem = (key: string): void => void this.items.delete(key);
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const m9 = period('M9', 2020);
const year = period('YEAR', 2020);
/** The agencies of the fake board: 1,203 rows, every third one missing the 9 months, so three pages of 500. */
const ROWS = Array.from({ length: 1203 }, (_, i) => {
  const a = agency(`A${String(i).padStart(4, '0')}`, { kind: i < 1000 ? 'department' : 'district' });
  return { agency: a, predecessors: [], successors: [], cells: [i % 3 === 0 ? missingCell(m9.id) : statusCell(m9.id)] };
});
const recipientOf = (row: (typeof ROWS)[number]): ReminderAgency => ({ id: row.agency.id, code: row.agency.code, name: row.agency.name, kind: row.agency.kind });
const [first, second, third] = ROWS;

function letterOf(body: { agencyIds: string[]; number: string; issuedOn: string }, id = '00000000-0000-4000-8000-00000000aaaa'): ReminderLetterDto {
  const byId = new Map(ROWS.map((row) => [row.agency.id, row.agency]));
  return {
    id,
    periodId: m9.id,
    symbol: `${body.number}/SNV-CCHC`,
    number: body.number,
    issuedOn: body.issuedOn,
    agencies: body.agencyIds.map((agencyId) => {
      const a = byId.get(agencyId)!;
      return { id: a.id, code: a.code, name: a.name };
    }),
    notified: body.agencyIds.length * 2,
    createdAt: '2020-09-22T02:00:00.000Z',
  };
}

/**
 * The API the store calls: the status board paged as the API pages it (the `missing` filter
 * keeps the rows with an overdue cell), the period's letters, and the issuing of a letter, which
 * refuses a number used before.
 */
function fakeApi() {
  const sent: string[] = [];
  const posted: unknown[] = [];
  const letters: ReminderLetterDto[] = [];
  let refuse: { status: number; body: unknown } | null = null;
  function fetch(path: string, init?: RequestInit): Promise<Response> {
    return Promise.resolve(answer(path, init));
  }
  function answer(path: string, init?: RequestInit): Response {
    const url = new URL(path, 'http://localhost');
    sent.push(`${init?.method ?? 'GET'} ${url.pathname}${url.search}`);
    if (url.pathname === '/api/dashboard/status') {
      const rows = url.searchParams.get('filter') === 'missing' ? ROWS.filter((row) => row.cells.some((c) => c.overdue)) : ROWS;
      const page = listPage(rows.length, Number(url.searchParams.get('page') ?? 1), Number(url.searchParams.get('pageSize')));
      const answer: DashboardStatusResponse = statusResponse([m9], rows.slice(page.first - 1, page.last), { page, kind: 'M9' });
      return json(200, answer);
    }
    if (url.pathname === '/api/reminder-letters' && init?.method === 'POST') {
      const body = JSON.parse(init.body as string) as { agencyIds: string[]; number: string; issuedOn: string };
      posted.push(body);
      if (refuse) return json(refuse.status, refuse.body);
      if (letters.some((l) => l.number === body.number)) {
        return json(409, { code: 'REMINDER_LETTER_NUMBER_TAKEN', message: 'Taken', details: [{ path: 'body.number', message: 'Already used this year by another reminder letter.' }] });
      }
      const letter = letterOf(body, `00000000-0000-4000-8000-${String(letters.length + 1).padStart(12, '0')}`);
      letters.unshift(letter);
      return json(201, letter);
    }
    if (url.pathname === '/api/reminder-letters') return json(200, letters.filter((l) => l.periodId === url.searchParams.get('periodId')));
    return json(404, { code: 'ROUTE_NOT_FOUND', message: 'No such route' });
  }
  return {
    fetch,
    sent,
    posted,
    letters,
    refuseWith: (status: number, body: unknown) => void (refuse = { status, body }),
  };
}

/** Lets every answer already given reach the store. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('useReminderLetterStore', () => {
  let api: ReturnType<typeof fakeApi>;
  let storage: MemoryStorage;
  const realFetch = globalThis.fetch;

  beforeEach(() => {
    storage = new MemoryStorage();
    Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
    setActivePinia(createPinia());
    api = fakeApi();
    globalThis.fetch = api.fetch as typeof globalThis.fetch;
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it("starts picking a period's agencies with the letters already issued for it and a form of today, the usual signer", async () => {
    const store = useReminderLetterStore();
    expect(store.period).toBeNull();
    store.start(m9);
    expect(store.lettersStatus).toBe('loading');
    await settle();
    expect(api.sent).toEqual([`GET /api/reminder-letters?periodId=${m9.id}`]);
    expect(store.lettersStatus).toBe('ready');
    expect(store.letters).toEqual([]);
    expect(store.form).toMatchObject({ number: '', replyBy: '', mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: '' });
    expect(store.form.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('picks and unpicks agencies in the order of the letter, and drops them for another period', async () => {
    const store = useReminderLetterStore();
    store.start(m9);
    store.toggle(recipientOf(third!), true);
    store.toggle(recipientOf(first!), true);
    store.toggle(recipientOf(first!), true);
    expect(store.selected.map((a) => a.code)).toEqual(['A0000', 'A0002']);
    expect([...store.selectedIds]).toEqual([first!.agency.id, third!.agency.id]);
    store.toggle(recipientOf(first!), false);
    store.remove(second!.agency.id);
    expect(store.selected.map((a) => a.code)).toEqual(['A0002']);
    // The same period again keeps the selection; another one starts afresh.
    store.start(m9);
    expect(store.selected).toHaveLength(1);
    store.start(year);
    expect(store.selected).toEqual([]);
    expect(store.period?.id).toBe(year.id);
    await settle();
    store.stop();
    expect(store.period).toBeNull();
  });

  it('selects every agency of the period that has not submitted, on every page, the missing ones only once the deadline passed', async () => {
    const store = useReminderLetterStore();
    store.start(m9);
    await settle();
    api.sent.length = 0;
    await store.selectAll({ year: 2020, agencyKind: null }, true);
    const missing = ROWS.filter((_, i) => i % 3 === 0);
    expect(store.selectingAll.status).toBe('ready');
    expect(store.selected).toHaveLength(missing.length);
    expect(new Set(store.selected.map((a) => a.id))).toEqual(new Set(missing.map((row) => row.agency.id)));
    // Departments first, then districts: the letter's order.
    expect(store.selected.at(-1)?.kind).toBe('district');
    // 401 missing rows: one page of 500.
    expect(api.sent).toEqual([`GET /api/dashboard/status?year=2020&kind=M9&filter=missing&pageSize=${STATUS_PAGE_SIZE_MAX}`]);
  });

  it('pages through the whole board before the deadline, of the agency kind on show', async () => {
    const store = useReminderLetterStore();
    store.start(m9);
    await settle();
    api.sent.length = 0;
    store.toggle(recipientOf(first!), true);
    await store.selectAll({ year: 2020, agencyKind: 'department' }, false);
    expect(api.sent).toEqual([1, 2, 3].map((page) => `GET /api/dashboard/status?year=2020&kind=M9&agencyKind=department&pageSize=500${page > 1 ? `&page=${page}` : ''}`));
    expect(store.selected).toHaveLength(401);
  });

  it('says when selecting all failed, keeping the agencies picked', async () => {
    const store = useReminderLetterStore();
    store.start(m9);
    await settle();
    store.toggle(recipientOf(first!), true);
    globalThis.fetch = () => Promise.resolve(json(503, { code: 'DATABASE_UNAVAILABLE', message: 'Down' }));
    await store.selectAll({ year: 2020, agencyKind: null }, true);
    expect(store.selectingAll).toEqual({ status: 'error', errorCode: 'DATABASE_UNAVAILABLE' });
    expect(store.selected).toHaveLength(1);
  });

  it('checks the form before sending anything, and shows its messages from the first attempt on', async () => {
    const store = useReminderLetterStore();
    store.start(m9);
    await settle();
    api.sent.length = 0;
    expect(store.errors.fields).toEqual({});
    await expect(store.send()).resolves.toBeNull();
    expect(api.sent).toEqual([]);
    expect(store.errors.fields).toEqual({ agencies: { key: 'noAgency' }, number: { key: 'numberRequired' }, name: { key: 'nameRequired' } });
    store.toggle(recipientOf(first!), true);
    store.form = { ...store.form, number: '152', name: 'Nguyễn Văn A' };
    expect(store.errors.fields).toEqual({});
  });

  it('issues the letter, remembers its signer, adds it to the letters of the period and starts a new form', async () => {
    const store = useReminderLetterStore();
    store.start(m9);
    await settle();
    store.toggle(recipientOf(first!), true);
    store.toggle(recipientOf(second!), true);
    store.form = { ...store.form, number: ' 152 ', issuedOn: '2020-09-22', replyBy: '2020-09-25', name: 'Nguyễn Văn A' };
    const sending = store.send();
    expect(store.sending).toBe(true);
    const letter = await sending;
    expect(store.sending).toBe(false);
    expect(letter?.symbol).toBe('152/SNV-CCHC');
    expect(ReminderLetterBodySchema.parse(api.posted[0])).toEqual({
      periodId: m9.id,
      agencyIds: [first!.agency.id, second!.agency.id],
      number: '152',
      issuedOn: '2020-09-22',
      signer: { mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' },
      replyBy: '2020-09-25',
    });
    expect(store.issued).toEqual(letter);
    expect(store.letters.map((l) => l.symbol)).toEqual(['152/SNV-CCHC']);
    expect(store.selected).toEqual([]);
    expect(store.form).toMatchObject({ number: '', replyBy: '', name: 'Nguyễn Văn A' });
    expect(JSON.parse(storage.getItem(SIGNER_STORAGE_KEY) ?? 'null')).toEqual({ mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' });

    // The next letter on this device starts with that signer.
    setActivePinia(createPinia());
    expect(useReminderLetterStore().form.name).toBe('Nguyễn Văn A');
  });

  it('puts a number already used under the number until it is changed', async () => {
    const store = useReminderLetterStore();
    store.start(m9);
    await settle();
    store.toggle(recipientOf(first!), true);
    store.form = { ...store.form, number: '152', name: 'Nguyễn Văn A' };
    await store.send();
    store.start(m9);
    store.toggle(recipientOf(second!), true);
    store.form = { ...store.form, number: '152' };
    await expect(store.send()).resolves.toBeNull();
    expect(store.errors.fields).toEqual({ number: { key: 'numberTaken' } });
    expect(store.issued).toBeNull();
    store.form = { ...store.form, number: '153' };
    expect(store.errors.fields).toEqual({});
    await expect(store.send()).resolves.toMatchObject({ symbol: '153/SNV-CCHC' });
  });

  it('puts a recipient the API refuses beside that agency', async () => {
    const store = useReminderLetterStore();
    store.start(m9);
    await settle();
    store.toggle(recipientOf(first!), true);
    store.toggle(recipientOf(second!), true);
    store.form = { ...store.form, number: '152', name: 'Nguyễn Văn A' };
    api.refuseWith(400, {
      code: 'VALIDATION_FAILED',
      message: 'A reminder letter goes only to agencies that have not submitted.',
      details: [{ path: 'body.agencyIds.1', message: 'Cơ quan A0001 has submitted its report: there is nothing to remind it of.' }],
    });
    await expect(store.send()).resolves.toBeNull();
    expect(store.errors.agencies).toEqual({ [second!.agency.id]: { key: 'agencySubmitted' } });
    expect(store.selected).toHaveLength(2);
  });

  it('says when the letters of the period did not load', async () => {
    globalThis.fetch = () => Promise.resolve(json(403, { code: 'FORBIDDEN', message: 'No' }));
    const store = useReminderLetterStore();
    store.start(m9);
    await settle();
    expect(store.lettersStatus).toBe('error');
    expect(store.lettersErrorCode).toBe('FORBIDDEN');
    globalThis.fetch = api.fetch as typeof globalThis.fetch;
    await store.loadLetters();
    expect(store.lettersStatus).toBe('ready');
  });
});
