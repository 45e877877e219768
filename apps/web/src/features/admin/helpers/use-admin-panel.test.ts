import type { SaveResult } from './save-failure.js';
import { periodFactory } from './test-support.js';
import { useAdminPanel } from './use-admin-panel.js';

type Panel = { kind: 'create' } | { kind: 'edit'; id: string };
type Period = ReturnType<typeof periodFactory>;

function setUp(onSaved?: (saved: Period) => void) {
  const loads: number[] = [];
  const admin = useAdminPanel<Panel, Period>({ load: () => Promise.resolve(loads.push(1)), onSaved });
  return { admin, loads };
}

const taken: SaveResult<Period> = { ok: false, failure: { kind: 'conflict', fields: { kind: [{ key: 'taken' }] } } };

describe(useAdminPanel.name, () => {
  it('opens a form afresh: no errors, no failure, no message, a new key', () => {
    const { admin } = setUp();
    admin.errors.value = { year: [{ key: 'required' }] };
    admin.failure.value = { kind: 'forbidden' };
    admin.done.value = 'Saved.';
    admin.open({ kind: 'edit', id: 'p1' });
    expect(admin.panel.value).toEqual({ kind: 'edit', id: 'p1' });
    expect(admin.errors.value).toEqual({});
    expect(admin.failure.value).toBeNull();
    expect(admin.done.value).toBeNull();
    expect(admin.panelKey.value).toBe(1);
    admin.close();
    expect(admin.panel.value).toBeNull();
  });

  it('closes the form with the message of a write that went through', async () => {
    const saved: Period[] = [];
    const { admin } = setUp((period) => saved.push(period));
    const period = periodFactory({ year: 2024 });
    admin.open({ kind: 'create' });
    const writing = admin.run(() => Promise.resolve({ ok: true, value: period }), (value) => `Created ${value.year}.`);
    expect(admin.saving.value).toBe(true);
    await writing;
    expect(admin.saving.value).toBe(false);
    expect(admin.panel.value).toBeNull();
    expect(admin.done.value).toBe('Created 2024.');
    expect(saved).toEqual([period]);
  });

  it('keeps the form open with the failure and its field messages', async () => {
    const { admin } = setUp();
    admin.open({ kind: 'create' });
    await admin.run(() => Promise.resolve(taken), () => 'never');
    expect(admin.panel.value).toEqual({ kind: 'create' });
    expect(admin.failure.value).toEqual({ kind: 'conflict', fields: { kind: [{ key: 'taken' }] } });
    expect(admin.errors.value).toEqual({ kind: [{ key: 'taken' }] });
    expect(admin.done.value).toBeNull();
    expect(admin.saving.value).toBe(false);
  });

  it('shows the errors of a body that failed the checks without writing', async () => {
    const { admin } = setUp();
    admin.open({ kind: 'create' });
    admin.failure.value = { kind: 'forbidden' };
    let writes = 0;
    await admin.submit<string>({ ok: false, errors: { deadline: [{ key: 'deadlineOrder' }] } }, () => Promise.resolve(taken).finally(() => writes++), () => 'never');
    expect(writes).toBe(0);
    expect(admin.failure.value).toBeNull();
    expect(admin.errors.value).toEqual({ deadline: [{ key: 'deadlineOrder' }] });
  });

  it('sends a checked body', async () => {
    const { admin } = setUp();
    const period = periodFactory();
    const bodies: string[] = [];
    admin.open({ kind: 'edit', id: period.id });
    await admin.submit({ ok: true, body: 'body' }, (body) => {
      bodies.push(body);
      return Promise.resolve({ ok: true, value: period });
    }, () => 'Updated.');
    expect(bodies).toEqual(['body']);
    expect(admin.done.value).toBe('Updated.');
  });

  it('reloads the records and re-mounts the open form without errors', async () => {
    const { admin, loads } = setUp();
    admin.open({ kind: 'edit', id: 'p1' });
    await admin.run(() => Promise.resolve(taken), () => 'never');
    await admin.reload();
    expect(loads).toHaveLength(1);
    expect(admin.errors.value).toEqual({});
    expect(admin.failure.value).toBeNull();
    expect(admin.panel.value).toEqual({ kind: 'edit', id: 'p1' });
    expect(admin.panelKey.value).toBe(2);
  });
});
