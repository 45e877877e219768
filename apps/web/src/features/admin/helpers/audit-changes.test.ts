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
});

describe(auditChanges.name, () => {
  it('lists the fields that changed, without the version', () => {
    const before = { code: 'SNNPTNT', validTo: null, version: 1 };
    const after = { code: 'SNNPTNT', validTo: '2025-02-28', version: 2, successor: { code: 'SNNMT', effectiveOn: '2025-03-01' } };
    expect(auditChanges(before, after, options)).toEqual([{ field: 'validTo', before: null, after: '28/02/2025' }]);
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
    expect(auditSubject(null, 'x', 'vi')).toBeNull();
  });
});
