import { ALL_GROUPS, groupsOfSection, isRecordPart, leftoverGroups } from './section-groups.js';

describe(groupsOfSection.name, () => {
  it('puts the issued documents under direction and administration', () => {
    expect(groupsOfSection({ kind: 'DIRECTION' })).toEqual(['plans', 'decisions', 'letters', 'documents']);
  });

  it('puts the dossier figures under procedure reform and trainings under civil service', () => {
    expect(groupsOfSection({ kind: 'AREA', areaKey: 'PROCEDURES' })).toEqual(['dossier']);
    expect(groupsOfSection({ kind: 'AREA', areaKey: 'CIVIL_SERVICE' })).toEqual(['trainings']);
  });

  it('gives the other areas a narrative only', () => {
    expect(groupsOfSection({ kind: 'AREA', areaKey: 'INSTITUTIONAL' })).toEqual([]);
  });

  it('puts inspections, tasks, and difficulties with proposals under their own sections', () => {
    expect(groupsOfSection({ kind: 'PROVINCE_SPECIFIC' })).toEqual(['inspections']);
    expect(groupsOfSection({ kind: 'NEXT_PERIOD_TASKS' })).toEqual(['tasks']);
    expect(groupsOfSection({ kind: 'DIFFICULTIES_PROPOSALS' })).toEqual(['lines']);
  });
});

describe(leftoverGroups.name, () => {
  it('shows every group after the sections when the report has none', () => {
    expect(leftoverGroups([])).toEqual(ALL_GROUPS);
  });

  it('leaves out the groups a section hosts, keeping the order', () => {
    const sections = [
      { kind: 'DIRECTION' as const },
      { kind: 'AREA' as const, areaKey: 'PROCEDURES' as const },
      { kind: 'NEXT_PERIOD_TASKS' as const },
    ];
    expect(leftoverGroups(sections)).toEqual(['trainings', 'inspections', 'lines']);
  });

  it('shows nothing after the sections when every group has its section', () => {
    const sections = [
      { kind: 'DIRECTION' as const },
      { kind: 'AREA' as const, areaKey: 'PROCEDURES' as const },
      { kind: 'AREA' as const, areaKey: 'CIVIL_SERVICE' as const },
      { kind: 'PROVINCE_SPECIFIC' as const },
      { kind: 'NEXT_PERIOD_TASKS' as const },
      { kind: 'DIFFICULTIES_PROPOSALS' as const },
    ];
    expect(leftoverGroups(sections)).toEqual([]);
  });
});

describe('isRecordPart', () => {
  it('is true for lists of records only', () => {
    expect(ALL_GROUPS.filter(isRecordPart)).toEqual(['plans', 'decisions', 'letters', 'documents', 'trainings', 'inspections', 'tasks']);
  });
});
