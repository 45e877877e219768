import { auditActor, importedFileOf, returnReasonsOf } from './audit-entries.js';

const agency = { id: '6f1c1f3e-2d7b-4b8e-9a55-0c5d7f0e9a11', code: 'STP', name: { vi: 'Sở Tư pháp', en: 'Department of Justice' } };

describe(auditActor.name, () => {
  it('names the person, with their username beside', () => {
    expect(auditActor({ actorUsername: 'snv', actorDisplayName: 'Trần Thị B', actorRole: 'reviewer', actorAgency: null }, 'vi')).toEqual({
      name: 'Trần Thị B',
      username: 'snv',
      agency: null,
      role: 'reviewer',
    });
  });

  it("gives an agency user's agency in the screen's language", () => {
    const entry = { actorUsername: 'stp.ld', actorDisplayName: 'Lê Văn C', actorRole: 'approver' as const, actorAgency: agency };
    expect(auditActor(entry, 'vi').agency).toBe('Sở Tư pháp');
    expect(auditActor(entry, 'en').agency).toBe('Department of Justice');
  });

  it('falls back to the username when the name is blank, without repeating it', () => {
    expect(auditActor({ actorUsername: 'admin', actorDisplayName: '  ', actorRole: 'admin', actorAgency: null }, 'vi')).toEqual({
      name: 'admin',
      username: null,
      agency: null,
      role: 'admin',
    });
  });
});

describe(returnReasonsOf.name, () => {
  const reasons = [{ path: 'dossier', message: 'Kiểm tra lại số liệu.' }];

  it('gives the reasons of a return', () => {
    expect(returnReasonsOf({ action: 'RETURN', returnReasons: reasons })).toEqual(reasons);
  });

  it('gives none for other steps', () => {
    expect(returnReasonsOf({ action: 'SUBMIT', returnReasons: [] })).toEqual([]);
  });
});

describe('importedFileOf', () => {
  it('reads the file name and hash an IMPORT step recorded', () => {
    const after = { status: 'DRAFT', import: { id: 'x', fileName: 'bao-cao.docx', fileHash: 'a'.repeat(64), format: 'docx', size: 10 } };
    expect(importedFileOf({ action: 'IMPORT', after })).toEqual({ fileName: 'bao-cao.docx', fileHash: 'a'.repeat(64) });
  });

  it('gives nothing for other steps or an entry without the file', () => {
    expect(importedFileOf({ action: 'CREATE', after: { import: { fileName: 'a', fileHash: 'b' } } })).toBeNull();
    expect(importedFileOf({ action: 'IMPORT', after: null })).toBeNull();
    expect(importedFileOf({ action: 'IMPORT', after: { import: { fileName: 3 } } })).toBeNull();
  });
});
