import { auditChanges, auditSubject, auditSuccessor, auditValueText, type AuditTextOptions } from './audit-changes.js';

const options: AuditTextOptions = { locale: 'vi', yesNo: (flag) => (flag ? 'có' : 'không'), label: (field, value) => (field === 'role' && value === 'reporter' ? 'Chuyên viên' : undefined) };

describe(auditValueText.name, () => {
  it('shows days as dd/mm/yyyy, names in the reader’s language, flags and codes in words', () => {
    expect(auditValueText('validTo', '2025-02-28', options)).toBe('28/02/2025');
    expect(auditValueText('name', { vi: 'Sở Tài chính', en: 'Department of Finance' }, { ...options, locale: 'en' })).toBe('Department of Finance');
    expect(auditValueText('active', false, options)).toBe('không');
    expect(auditValueText('role', 'reporter', options)).toBe('Chuyên viên');
    expect(auditValueText('graceDays', 3, options)).toBe('3');
    expect(auditValueText('validTo', null, options)).toBeNull();
  });

  it('names each code of a list, and shows an empty list as nothing', () => {
    const kinds: AuditTextOptions = { ...options, label: (field, value) => (field === 'emailKinds' ? { RETURNED: 'bị trả lại', ACCEPTED: 'được tiếp nhận' }[value] : undefined) };
    expect(auditValueText('emailKinds', ['RETURNED', 'ACCEPTED'], kinds)).toBe('bị trả lại, được tiếp nhận');
    expect(auditValueText('emailKinds', ['SOMETHING_NEW'], kinds)).toBe('SOMETHING_NEW');
    expect(auditValueText('emailKinds', [], kinds)).toBeNull();
    expect(auditValueText('before', [5, 1], kinds)).toBe('5, 1');
  });
});

describe(auditChanges.name, () => {
  it('lists the fields that changed, without the version', () => {
    const before = { code: 'SNNPTNT', validTo: null, version: 1 };
    const after = { code: 'SNNPTNT', validTo: '2025-02-28', version: 2, successor: { code: 'SNNMT', effectiveOn: '2025-03-01' } };
    expect(auditChanges(before, after, options)).toEqual([{ field: 'validTo', before: null, after: '28/02/2025' }]);
  });

  it("lists a user's new e-mail choices: the address and the kinds, by name", () => {
    const kinds: AuditTextOptions = { ...options, label: (field, value) => (field === 'emailKinds' ? { RETURNED: 'bị trả lại', DEADLINE_SOON: 'sắp đến hạn' }[value] : undefined) };
    const before = { email: null, emailKinds: ['RETURNED'] };
    const after = { email: 'chuyenvien@stp.quangngai.gov.vn', emailKinds: ['RETURNED', 'DEADLINE_SOON'] };
    expect(auditChanges(before, after, kinds)).toEqual([
      { field: 'email', before: null, after: 'chuyenvien@stp.quangngai.gov.vn' },
      { field: 'emailKinds', before: 'bị trả lại', after: 'bị trả lại, sắp đến hạn' },
    ]);
    expect(auditSubject(before, after, 'vi')).toBeNull();
  });

  it('lists the days of the reminders as numbers, and a letter with its period and agencies named', () => {
    expect(auditChanges({ before: [5, 1], after: [1] }, { before: [7, 3, 1], after: [1] }, options)).toEqual([{ field: 'before', before: '5, 1', after: '7, 3, 1' }]);
    const names: Record<string, Record<string, string>> = { periodId: { p1: '9 tháng đầu năm 2021' }, agencyIds: { a1: 'STP', a2: 'SYT' } };
    const named: AuditTextOptions = { ...options, label: (field, value) => names[field]?.[value] };
    const letter = { symbol: '120/SNV-CCHC', issuedOn: '2021-09-22', periodId: 'p1', agencyIds: ['a1', 'a2'], notified: 6 };
    expect(auditChanges(null, letter, named)).toEqual([
      { field: 'symbol', before: null, after: '120/SNV-CCHC' },
      { field: 'issuedOn', before: null, after: '22/09/2021' },
      { field: 'periodId', before: null, after: '9 tháng đầu năm 2021' },
      { field: 'agencyIds', before: null, after: 'STP, SYT' },
      { field: 'notified', before: null, after: '6' },
    ]);
  });

  it('lists every field of a creation', () => {
    expect(auditChanges(null, { username: 'snnmt', role: 'reporter', active: true, id: 'x' }, options)).toEqual([
      { field: 'username', before: null, after: 'snnmt' },
      { field: 'role', before: null, after: 'Chuyên viên' },
      { field: 'active', before: null, after: 'có' },
    ]);
  });
});

describe(auditSuccessor.name, () => {
  it('reads the successor a succession recorded', () => {
    expect(auditSuccessor({ successor: { id: 'x', code: 'SNNMT', effectiveOn: '2025-03-01' } })).toEqual({ code: 'SNNMT', effectiveOn: '2025-03-01' });
    expect(auditSuccessor({ code: 'X' })).toBeNull();
    expect(auditSuccessor(null)).toBeNull();
  });
});

describe(auditSubject.name, () => {
  it('names the record by its code, username or label', () => {
    expect(auditSubject(null, { code: 'SNNMT' }, 'vi')).toBe('SNNMT');
    expect(auditSubject({ username: 'sngv' }, null, 'vi')).toBe('sngv');
    expect(auditSubject(null, { label: { vi: 'Quý I năm 2021', en: 'Q1 2021' } }, 'en')).toBe('Q1 2021');
    expect(auditSubject(null, { symbol: '120/SNV-CCHC', issuedOn: '2021-09-22' }, 'vi')).toBe('120/SNV-CCHC');
    expect(auditSubject(null, 'x', 'vi')).toBeNull();
  });
});
