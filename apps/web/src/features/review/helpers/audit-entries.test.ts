import { auditActor, returnReasonsOf } from './audit-entries.js';

describe(auditActor.name, () => {
  it('names the actor by the username when that is all the entry has', () => {
    expect(auditActor({ actorUsername: 'snv' })).toEqual({ name: 'snv', username: null, position: null, role: null });
  });

  it('shows the name, position and role the entry carries, keeping the username beside the name', () => {
    const entry = { actorUsername: 'snv', actorName: 'Trần Thị B', actorPosition: 'Chuyên viên phòng CCHC', actorRole: 'reviewer' };
    expect(auditActor(entry)).toEqual({ name: 'Trần Thị B', username: 'snv', position: 'Chuyên viên phòng CCHC', role: 'reviewer' });
    expect(auditActor({ actorUsername: 'gd', actorFullName: 'Lê Văn C', actorTitle: 'Giám đốc' })).toMatchObject({ name: 'Lê Văn C', position: 'Giám đốc' });
  });

  it('ignores blank names and roles it does not know', () => {
    expect(auditActor({ actorUsername: 'snv', actorName: '  ', actorRole: 'mayor' })).toEqual({ name: 'snv', username: null, position: null, role: null });
  });
});

describe(returnReasonsOf.name, () => {
  const reasons = [
    { path: 'dossier', message: 'Kiểm tra lại số liệu.' },
    { path: null, message: 'Bổ sung chữ ký.' },
  ];

  it('reads the reasons of a return step from the state it left', () => {
    expect(returnReasonsOf({ action: 'RETURN', after: { status: 'RETURNED', returnReasons: reasons } })).toEqual(reasons);
  });

  it('gives none for other steps or a state without readable reasons', () => {
    expect(returnReasonsOf({ action: 'SUBMIT', after: { returnReasons: reasons } })).toEqual([]);
    expect(returnReasonsOf({ action: 'RETURN', after: null })).toEqual([]);
    expect(returnReasonsOf({ action: 'RETURN', after: { returnReasons: 'none' } })).toEqual([]);
  });
});
