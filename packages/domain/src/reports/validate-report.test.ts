import { SEED_NOW, seedReport } from '../../test/fixtures/seed-report.js';
import { hasBlockingFindings } from '../findings/has-blocking-findings.js';
import { ReportSchema } from './report.schema.js';
import { validateReport } from './validate-report.js';

const now = SEED_NOW;
const codes = (report: Parameters<typeof validateReport>[0]) => validateReport(report, { now }).map((f) => f.code);

describe(validateReport.name, () => {
  describe('reports that are not reports', () => {
    it('returns schema errors with the paths of the offending fields and stops there', () => {
      const findings = validateReport({ ...seedReport, place: ' ', period: { year: 2020, kind: 'Q2' as never } }, { now });
      expect(findings.every((f) => f.code === 'REPORT_INVALID' && f.severity === 'error')).toBe(true);
      expect(findings.map((f) => f.path)).toEqual(['place', 'period']);
    });

    it('names the path inside lists', () => {
      const findings = validateReport({ ...seedReport, plans: [{ ...seedReport.plans[0]!, symbol: '23/QĐ-SNgV' }] }, { now });
      expect(findings.map((f) => f.path)).toEqual(['plans[0].symbol']);
    });

    it('rejects an area section without its area', () => {
      const findings = validateReport({ ...seedReport, sections: [{ kind: 'AREA', narrative: 'x' }] }, { now });
      expect(findings.map((f) => f.path)).toEqual(['sections[0].areaKey']);
    });
  });

  describe('the seed report', () => {
    const findings = validateReport(seedReport, { now });

    it('has the shape of a report', () => {
      expect(ReportSchema.safeParse(seedReport).success).toBe(true);
    });

    it('misses apparatus reform, and only that area', () => {
      const missing = findings.filter((f) => f.code === 'REPORT_AREA_MISSING');
      expect(missing).toHaveLength(1);
      expect(missing[0]).toMatchObject({ severity: 'warning', path: 'sections', details: { areaId: '30c.3' } });
      expect(missing[0]?.message.vi).toContain('Cải cách tổ chức bộ máy hành chính nhà nước');
    });

    it('finds the two citation conflicts, proposing 23/10/2019 for 565/KH-SNgV', () => {
      const conflicts = findings.filter((f) => f.code === 'CITATION_DATE_CONFLICT');
      expect(conflicts.map((f) => [f.details?.symbol, f.details?.proposedDate])).toEqual([
        ['05-NQ/TU', null],
        ['565/KH-SNgV', '2019-10-23'],
      ]);
      expect(conflicts[1]?.path).toBe('sections[6].narrative');
    });

    it('warns about SngV and SNGV', () => {
      expect(findings.filter((f) => f.code === 'CITATION_ISSUER_CASE').map((f) => f.details?.symbol)).toEqual(['20/QĐ-SngV', '75/KH-SNGV']);
    });

    it('blocks submission only because 565/KH-SNgV is dated after today in part II', () => {
      expect(findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.path])).toEqual([
        ['CITATION_DATE_AFTER_REPORT', 'sections[6].narrative'],
      ]);
      expect(hasBlockingFindings(findings)).toBe(true);
    });

    it('finds nothing else', () => {
      expect([...new Set(findings.map((f) => f.code))].sort()).toEqual([
        'CITATION_DATE_AFTER_REPORT',
        'CITATION_DATE_CONFLICT',
        'CITATION_ISSUER_CASE',
        'REPORT_AREA_MISSING',
      ]);
    });

    it('can be submitted once part II cites the 2019 date', () => {
      const sections = seedReport.sections.map((s) => ({ ...s, narrative: s.narrative.replace('ngày 23/10/2020', 'ngày 23/10/2019') }));
      expect(hasBlockingFindings(validateReport({ ...seedReport, sections }, { now }))).toBe(false);
    });
  });

  describe("the report's date (docs/domain.md §13)", () => {
    const firstSubmittedAt = '2020-09-18T03:00:00Z';
    const countsOf = (findings: ReturnType<typeof validateReport>) => [
      findings.filter((f) => f.severity === 'error').length,
      findings.filter((f) => f.severity === 'warning').length,
    ];

    it('judges a report once submitted as of its first submission, years later too', () => {
      const atSubmission = validateReport(seedReport, { now: firstSubmittedAt, firstSubmittedAt });
      const later = validateReport(seedReport, { now: '2026-11-26T00:00:00Z', firstSubmittedAt });
      expect(later).toEqual(atSubmission);
      expect(countsOf(later)).toEqual([1, 5]);
    });

    it('takes a date written without a number for no date of issue, and a registered one for the date', () => {
      const cited = { symbol: '99/QĐ-SNgV', date: '2020-09-17', relation: 'CITED' as const, title: 'Quyết định' };
      const dated = { ...seedReport, signedOn: '2020-09-16', documents: [...seedReport.documents, cited] };
      const severityOf99 = (report: Parameters<typeof validateReport>[0]) =>
        validateReport(report, { now: '2026-11-26', firstSubmittedAt })
          .filter((f) => f.details?.symbol === '99/QĐ-SNgV')
          .map((f) => [f.code, f.severity]);
      // Unregistered: the report's date is its submission (18/09), so 17/09 is only past the cut-off.
      expect(severityOf99(dated)).toEqual([['CITATION_DATE_AFTER_WINDOW', 'warning']]);
      // Registered on 16/09: the document came after the report.
      expect(severityOf99({ ...dated, symbol: { ...dated.symbol, number: '125' } })).toEqual([['CITATION_DATE_AFTER_REPORT', 'error']]);
    });
  });

  describe('report-level checks', () => {
    it('does not check area completeness of an ad hoc report', () => {
      const adhoc = { ...seedReport, period: { year: 2020, kind: 'ADHOC' as const, from: '2020-01-01', to: '2020-09-14', deadline: '2020-09-20' } };
      expect(codes(adhoc)).not.toContain('REPORT_AREA_MISSING');
    });

    it('warns about a programme that is not the one of the year, and a year without one', () => {
      expect(codes({ ...seedReport, programme: '76' })).toContain('REPORT_PROGRAMME_MISMATCH');
      expect(codes({ ...seedReport, period: { year: 2035, kind: 'M9' } })).toContain('REPORT_NO_PROGRAMME');
    });

    it('blocks a report dated after today and warns about one dated before the cut-off', () => {
      expect(validateReport({ ...seedReport, signedOn: '2020-09-26' }, { now }).find((f) => f.code === 'REPORT_SIGNED_IN_FUTURE')?.severity).toBe('error');
      expect(codes({ ...seedReport, signedOn: '2020-09-10' })).toContain('REPORT_SIGNED_BEFORE_CUTOFF');
    });

    it('checks the report symbol type and issuer', () => {
      expect(codes({ ...seedReport, symbol: { number: null, type: 'KH', issuer: 'SNGV' } })).toEqual(
        expect.arrayContaining(['REPORT_SYMBOL_TYPE', 'REPORT_SYMBOL_ISSUER']),
      );
    });

    it('warns when there are no next-period tasks and no archive entry', () => {
      const bare = { ...seedReport, tasks: [], sections: seedReport.sections.slice(0, 6), recipients: ['Sở Nội vụ'] };
      expect(codes(bare)).toEqual(expect.arrayContaining(['REPORT_NEXT_TASKS_MISSING', 'REPORT_RECIPIENTS_NO_ARCHIVE']));
    });

    it('checks the dossier figures, with the previous period when given', () => {
      const dossier = { ...seedReport.dossier, carriedOver: 1, receivedInPerson: 13 };
      const previous = { ...seedReport.dossier, pendingWithinTime: 0, resolvedOnTime: 14 };
      const findings = validateReport({ ...seedReport, dossier }, { now, previousDossier: previous });
      expect(findings.filter((f) => f.code.startsWith('DOSSIER')).map((f) => [f.code, f.path])).toEqual([
        ['DOSSIER_CARRIED_OVER', 'dossier.carriedOver'],
      ]);
    });

    it('checks online service levels against the period', () => {
      expect(codes({ ...seedReport, onlineServices: [{ level: 'FULL', count: 1 }] })).toContain('ONLINE_SERVICE_LEVEL_REGIME');
    });
  });

  describe('entered indicator values', () => {
    it('checks them against the set in force for the period, as errors that block submission', () => {
      const in2023 = { ...seedReport, period: { year: 2023, kind: 'M9' as const }, programme: '76' as const, signedOn: null };
      const fine = validateReport({ ...in2023, indicators: [{ code: 'PROCEDURES.SIMPLIFIED', value: 4 }] }, { now: '2023-09-20' });
      expect(fine.filter((f) => f.code.startsWith('INDICATOR_'))).toEqual([]);
      const wrong = validateReport({ ...in2023, indicators: [{ code: 'PROCEDURES.SIMPLIFIED', value: 4.5 }] }, { now: '2023-09-20' });
      expect(wrong.filter((f) => f.code.startsWith('INDICATOR_')).map((f) => [f.code, f.path])).toEqual([['INDICATOR_VALUE', 'indicators[0].value']]);
      expect(hasBlockingFindings(wrong)).toBe(true);
    });

    it('has no set to enter into in 2020', () => {
      expect(codes({ ...seedReport, indicators: [{ code: 'PROCEDURES.SIMPLIFIED', value: 4 }] })).toContain('INDICATOR_UNKNOWN');
    });
  });
});
