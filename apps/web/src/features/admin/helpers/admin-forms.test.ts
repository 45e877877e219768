import {
  agencyCreateBody,
  agencyFormOf,
  agencyUpdateBody,
  emptyAgencyForm,
  emptyPeriodCreateForm,
  emptySuccessionForm,
  emptyUserForm,
  passwordResetBody,
  periodCreateBody,
  periodEditFormOf,
  periodUpdateBody,
  roleNeedsAgency,
  successionBody,
  userCreateBody,
  userFormOf,
  userUpdateBody,
} from './admin-forms.js';
import { agencyFactory, periodFactory, userFactory } from './test-support.js';

const AGENCY_ID = 'a0000000-0000-4000-8000-000000000001';

describe(agencyCreateBody.name, () => {
  it('builds the February 2025 department, still open', () => {
    const form = { ...emptyAgencyForm(), code: ' SNNMT ', nameVi: 'Sở Nông nghiệp và Môi trường', nameEn: 'Department of Agriculture and Environment', validFrom: '2025-03-01' };
    expect(agencyCreateBody(form)).toEqual({
      ok: true,
      body: {
        code: 'SNNMT',
        name: { vi: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment' },
        kind: 'department',
        validFrom: '2025-03-01',
        validTo: null,
      },
    });
  });

  it('reports missing names and start, bad characters and an end before the start', () => {
    const result = agencyCreateBody({ ...emptyAgencyForm(), code: 'S N', validTo: '2020-01-01' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['code', 'name.en', 'name.vi', 'validFrom']);
    const ended = agencyCreateBody({ ...emptyAgencyForm(), code: 'X', nameVi: 'x', nameEn: 'x', validFrom: '2025-03-01', validTo: '2025-01-01' });
    expect(ended).toEqual({ ok: false, errors: { validTo: [{ key: 'validToBeforeFrom' }] } });
  });

  it('reports a date typed that is not a day', () => {
    const result = agencyCreateBody({ ...emptyAgencyForm(), code: 'X', nameVi: 'x', nameEn: 'x', validFrom: '31/02/2025' });
    expect(result).toEqual({ ok: false, errors: { validFrom: [{ key: 'date' }] } });
  });
});

describe(agencyUpdateBody.name, () => {
  const agency = agencyFactory({ version: 4 });

  it('sends only what changed, with the version edited', () => {
    const form = { ...agencyFormOf(agency), validTo: '2025-02-28' };
    expect(agencyUpdateBody(form, agency)).toEqual({ ok: true, body: { version: 4, validTo: '2025-02-28' } });
    expect(agencyUpdateBody({ ...agencyFormOf(agency), nameEn: 'Agriculture' }, agency)).toEqual({
      ok: true,
      body: { version: 4, name: { vi: agency.name.vi, en: 'Agriculture' } },
    });
  });

  it('reopens an agency when its end date is cleared', () => {
    const closed = agencyFactory({ validTo: '2025-02-28', version: 2 });
    expect(agencyUpdateBody({ ...agencyFormOf(closed), validTo: '' }, closed)).toEqual({ ok: true, body: { version: 2, validTo: null } });
  });

  it('says nothing changed, and refuses a cleared start date', () => {
    expect(agencyUpdateBody(agencyFormOf(agency), agency)).toEqual({ ok: false, errors: { '': [{ key: 'nothingChanged' }] } });
    expect(agencyUpdateBody({ ...agencyFormOf(agency), validFrom: '' }, agency)).toEqual({ ok: false, errors: { validFrom: [{ key: 'required' }] } });
  });
});

describe(successionBody.name, () => {
  it('closes the predecessor by default and sends its version', () => {
    const form = { ...emptySuccessionForm(), successorId: AGENCY_ID, effectiveOn: '2025-03-01', note: ' Nghị định 45/2025/NĐ-CP ' };
    expect(successionBody(form, 3)).toEqual({
      ok: true,
      body: { successorId: AGENCY_ID, effectiveOn: '2025-03-01', note: 'Nghị định 45/2025/NĐ-CP', closePredecessor: true, version: 3 },
    });
  });

  it('asks for the successor and the date', () => {
    const result = successionBody(emptySuccessionForm(), 1);
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['effectiveOn', 'successorId']);
  });
});

describe(roleNeedsAgency.name, () => {
  it('is true for reporters and approvers only', () => {
    expect(['reporter', 'approver', 'reviewer', 'admin', ''].map((r) => roleNeedsAgency(r as Parameters<typeof roleNeedsAgency>[0]))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe(userCreateBody.name, () => {
  const form = { ...emptyUserForm(), username: ' snnmt ', displayName: 'Chuyên viên Sở NN&MT', agencyId: AGENCY_ID, password: 'mat-khau-dai' };

  it('sends the agency of a reporter', () => {
    expect(userCreateBody(form)).toEqual({
      ok: true,
      body: { username: 'snnmt', password: 'mat-khau-dai', displayName: 'Chuyên viên Sở NN&MT', role: 'reporter', agencyId: AGENCY_ID },
    });
  });

  it('drops an agency left over when the role became reviewer', () => {
    const result = userCreateBody({ ...form, role: 'reviewer' });
    expect(result.ok && result.body.agencyId).toBeNull();
  });

  it('asks to choose the agency of a reporter, and for a long enough password', () => {
    expect(userCreateBody({ ...form, agencyId: '', password: 'short' })).toEqual({
      ok: false,
      errors: { password: [{ key: 'minLength', params: { min: 8 } }], agencyId: [{ key: 'choose' }] },
    });
  });

  it('names the characters a username may have', () => {
    const result = userCreateBody({ ...form, username: 'Nguyễn' });
    expect(result.ok ? null : result.errors.username?.[0]?.key).toBe('usernameChars');
  });
});

describe(userUpdateBody.name, () => {
  const user = userFactory({ version: 2 });

  it('sends a moved reporter with no agency when they become a reviewer', () => {
    expect(userUpdateBody({ ...userFormOf(user), role: 'reviewer' }, user)).toEqual({ ok: true, body: { version: 2, role: 'reviewer', agencyId: null } });
  });

  it('sends a changed display name only', () => {
    expect(userUpdateBody({ ...userFormOf(user), displayName: 'Mới' }, user)).toEqual({ ok: true, body: { version: 2, displayName: 'Mới' } });
  });

  it('asks for an agency when a reviewer becomes a reporter', () => {
    const reviewer = userFactory({ role: 'reviewer', agencyId: null });
    expect(userUpdateBody({ ...userFormOf(reviewer), role: 'reporter' }, reviewer)).toEqual({ ok: false, errors: { agencyId: [{ key: 'choose' }] } });
  });
});

describe(passwordResetBody.name, () => {
  it('needs eight characters', () => {
    expect(passwordResetBody('12345678', 1)).toEqual({ ok: true, body: { password: '12345678', version: 1 } });
    expect(passwordResetBody('1234', 1)).toEqual({ ok: false, errors: { password: [{ key: 'minLength', params: { min: 8 } }] } });
  });
});

describe(periodCreateBody.name, () => {
  it('sends a standard kind with its year only, leaving the deadline to the domain', () => {
    expect(periodCreateBody({ ...emptyPeriodCreateForm(2027), kind: 'M9' })).toEqual({ ok: true, body: { kind: 'M9', year: 2027, graceDays: 0 } });
    expect(periodCreateBody({ ...emptyPeriodCreateForm(2027), deadline: '2027-03-22', graceDays: '3' })).toEqual({
      ok: true,
      body: { kind: 'Q1', year: 2027, deadline: '2027-03-22', graceDays: 3 },
    });
  });

  it('refuses a standard deadline before the end of the window', () => {
    expect(periodCreateBody({ ...emptyPeriodCreateForm(2027), deadline: '2027-03-01' })).toEqual({ ok: false, errors: { deadline: [{ key: 'deadlineOrder' }] } });
  });

  it('sends an ad hoc period with its title and dates, and checks their order', () => {
    const form = {
      ...emptyPeriodCreateForm(2025),
      kind: 'ADHOC' as const,
      titleVi: 'Báo cáo đột xuất về sắp xếp bộ máy',
      titleEn: 'Ad hoc report on the restructuring',
      windowFrom: '2025-03-01',
      windowTo: '2025-03-31',
      deadline: '2025-04-05',
    };
    expect(periodCreateBody(form)).toEqual({
      ok: true,
      body: { kind: 'ADHOC', year: 2025, title: { vi: form.titleVi, en: form.titleEn }, windowFrom: '2025-03-01', windowTo: '2025-03-31', deadline: '2025-04-05', graceDays: 0 },
    });
    const backwards = periodCreateBody({ ...form, windowTo: '2025-02-01' });
    expect(backwards.ok ? null : backwards.errors.windowTo).toEqual([{ key: 'windowOrder' }]);
    const untitled = periodCreateBody({ ...form, titleVi: '', deadline: '' });
    expect(untitled.ok ? [] : Object.keys(untitled.errors).sort()).toEqual(['deadline', 'title.vi']);
  });

  it('asks for a whole number of grace days', () => {
    const result = periodCreateBody({ ...emptyPeriodCreateForm(2027), graceDays: '1.5' });
    expect(result.ok ? null : result.errors.graceDays).toEqual([{ key: 'wholeNumber' }]);
  });
});

describe(periodUpdateBody.name, () => {
  const period = periodFactory({ version: 5 });

  it('sends the grace days changed with the version', () => {
    expect(periodUpdateBody({ ...periodEditFormOf(period), graceDays: '3' }, period)).toEqual({ ok: true, body: { version: 5, graceDays: 3 } });
  });

  it('refuses a deadline before the end of the data window, and empty fields', () => {
    expect(periodUpdateBody({ ...periodEditFormOf(period), deadline: '2021-03-01' }, period)).toEqual({ ok: false, errors: { deadline: [{ key: 'deadlineOrder' }] } });
    expect(periodUpdateBody({ deadline: '', graceDays: '' }, period)).toEqual({ ok: false, errors: { deadline: [{ key: 'required' }], graceDays: [{ key: 'required' }] } });
  });

  it('says nothing changed', () => {
    expect(periodUpdateBody(periodEditFormOf(period), period)).toEqual({ ok: false, errors: { '': [{ key: 'nothingChanged' }] } });
  });
});
