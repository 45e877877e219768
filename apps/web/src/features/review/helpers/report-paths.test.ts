import { SNGV_M9_2020_REPORT, ReportSchema } from '@cchc/domain';
import { groupByPart, parseReportPath, partAnchorId, partPath, reportPartOf, returnTargets, rowOf } from './report-paths.js';

describe(partPath.name, () => {
  it('sends no path for the whole report', () => {
    expect(partPath('document')).toBeNull();
  });

  it('writes a section as findings do, and the header as the symbol field', () => {
    expect(partPath('sections.2')).toBe('sections[2]');
    expect(partPath('header')).toBe('symbol');
    expect(partPath('dossier')).toBe('dossier');
  });

  it('comes back to the same part', () => {
    for (const part of ['sections.4', 'header', 'title', 'sections', 'plans', 'signing'] as const) {
      expect(reportPartOf(partPath(part))).toBe(part);
    }
  });
});

describe(parseReportPath.name, () => {
  it('reads an empty path as no steps', () => {
    expect(parseReportPath('')).toEqual([]);
  });

  it('reads the bracket spelling of findings and the dotted spelling of reasons alike', () => {
    expect(parseReportPath('sections[2].narrative')).toEqual(['sections', 2, 'narrative']);
    expect(parseReportPath('sections.2.narrative')).toEqual(['sections', 2, 'narrative']);
    expect(parseReportPath('plans.0.tasks[1].status')).toEqual(['plans', 0, 'tasks', 1, 'status']);
  });
});

describe(reportPartOf.name, () => {
  it('points an empty, missing or unknown path at the whole report', () => {
    expect(reportPartOf(null)).toBe('document');
    expect(reportPartOf('')).toBe('document');
    expect(reportPartOf('colour')).toBe('document');
    expect(reportPartOf('[3]')).toBe('document');
  });

  it('points a section field at its section, and the section list at the sections', () => {
    expect(reportPartOf('sections[5].narrative')).toBe('sections.5');
    expect(reportPartOf('sections.1')).toBe('sections.1');
    expect(reportPartOf('sections')).toBe('sections');
  });

  it('points header and title fields at the header and the title', () => {
    expect(reportPartOf('symbol.issuer')).toBe('header');
    expect(reportPartOf('signedOn')).toBe('header');
    expect(reportPartOf('period.year')).toBe('title');
    expect(reportPartOf('programme')).toBe('title');
  });

  it('points figures and records at their table', () => {
    expect(reportPartOf('dossier.resolvedOnTime')).toBe('dossier');
    expect(reportPartOf('plans[0]')).toBe('plans');
    expect(reportPartOf('letters.1.summary')).toBe('letters');
    expect(reportPartOf('recipients')).toBe('recipients');
  });
});

describe(rowOf.name, () => {
  it('is null for a part without rows and for a section', () => {
    expect(rowOf('dossier.returned')).toBeNull();
    expect(rowOf('sections[2]')).toBeNull();
    expect(rowOf(null)).toBeNull();
  });

  it('is the index of the record in its table', () => {
    expect(rowOf('plans[1]')).toBe(1);
    expect(rowOf('tasks.3.description')).toBe(3);
  });
});

describe(partAnchorId.name, () => {
  it('makes an id without dots', () => {
    expect(partAnchorId('sections.12')).toBe('report-part-sections-12');
    expect(partAnchorId('dossier')).toBe('report-part-dossier');
  });
});

describe(groupByPart.name, () => {
  it('groups notes by the part they point at, keeping their order', () => {
    const notes = [
      { path: 'sections[6].narrative', id: 1 },
      { path: null, id: 2 },
      { path: 'sections.6', id: 3 },
    ];
    const groups = groupByPart(notes);
    expect(groups.get('sections.6')?.map((n) => n.id)).toEqual([1, 3]);
    expect(groups.get('document')?.map((n) => n.id)).toEqual([2]);
  });
});

describe(returnTargets.name, () => {
  it('offers the whole report first, then the parts the seed report has, in document order', () => {
    const content = ReportSchema.parse(SNGV_M9_2020_REPORT);
    expect(returnTargets(content)).toEqual([
      null,
      'header',
      'title',
      'preamble',
      'sections',
      'sections.0',
      'sections.1',
      'sections.2',
      'sections.3',
      'sections.4',
      'sections.5',
      'sections.6',
      'dossier',
      'documents',
      'plans',
      'decisions',
      'letters',
      'trainings',
      'inspections',
      'tasks',
      'signing',
      'recipients',
    ]);
  });

  it('leaves out the parts a report does not have', () => {
    const content = ReportSchema.parse({ ...SNGV_M9_2020_REPORT, preamble: '', dossier: null, plans: [], sections: [] });
    const targets = returnTargets(content);
    expect(targets).not.toContain('preamble');
    expect(targets).not.toContain('dossier');
    expect(targets).not.toContain('plans');
    expect(targets).toContain('sections');
  });
});
