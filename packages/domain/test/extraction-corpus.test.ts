// Report texts written for the purpose, one of each kind the seed is not: a department's quarter
// under programme 76 (Word-like plain text), a commune's 6 months after the July 2025
// reorganisation (Markdown), a district's year under 30c with the typing slips of real texts.
// Each has its expected extraction; dossier figures and area mapping must be exact, documents
// found with an F1 of at least 0.95 over the corpus (seed included).
import type { DossierFigures } from '../src/dossier/dossier-figures.js';
import { SNGV_M9_2020_TEXT } from '../src/examples/sngv-m9-2020-text.js';
import { extractReport } from '../src/extraction/extract-report.js';
import { ReportExtractionSchema } from '../src/extraction/report-extraction.js';
import stp from './fixtures/reports/stp-q1-2023.txt.md';
import district from './fixtures/reports/ubnd-son-tinh-2019.txt.md';
import commune from './fixtures/reports/ubnd-tinh-khe-h1-2026.md';

interface Expected {
  agencyCode: string;
  agencyName: string | null;
  period: { year: number; kind: string };
  programme: '30c' | '76';
  signedOn: string | null;
  sections: string[];
  issued: { plans: string[]; decisions: string[]; letters: string[] };
  cited: string[];
  dossier: Omit<DossierFigures, 'stated'>;
  stated: DossierFigures['stated'];
  onlineServices: { level: string; count: number }[];
  indicators: Record<string, number | boolean>;
  signing: { mode: string | null; onBehalfOf: string | null; title: string; name: string };
  recipients: number;
  tasks: number;
  difficulties: number;
  proposals: number;
  trainings: { organiser: string; participants: number | null }[];
  findings: string[];
}

const CORPUS: Record<string, { text: string; expected: Expected }> = {
  'Sở Tư pháp, quý I năm 2023': {
    text: stp,
    expected: {
      agencyCode: 'STP',
      agencyName: 'SỞ TƯ PHÁP',
      period: { year: 2023, kind: 'Q1' },
      programme: '76',
      signedOn: '2023-03-10',
      sections: ['DIRECTION', 'INSTITUTIONAL', 'PROCEDURES', 'APPARATUS', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'MODERNISATION', 'DIFFICULTIES_PROPOSALS', 'NEXT_PERIOD_TASKS', 'DIFFICULTIES_PROPOSALS'],
      issued: { plans: ['05/KH-STP'], decisions: ['12/QĐ-STP'], letters: ['88/STP-VP'] },
      cited: ['123/SNV-CCHC', '34/2016/NĐ-CP', '25/2021/QĐ-TTg'],
      dossier: {
        carriedOver: 35,
        receivedOnline: 1020,
        receivedInPerson: 205,
        receivedPostal: 20,
        resolvedEarly: 0,
        resolvedOnTime: 1226,
        resolvedLate: 4,
        pendingWithinTime: 50,
        pendingOverdue: 0,
        returned: 0,
      },
      stated: { received: 1245, resolved: 1230 },
      onlineServices: [
        { level: 'FULL', count: 85 },
        { level: 'PARTIAL', count: 40 },
      ],
      indicators: {
        'DIRECTION.COMMUNICATION': 12,
        'INSTITUTIONS.NORMS_ISSUED': 2,
        'INSTITUTIONS.NORMS_REVIEWED': 45,
        'PROCEDURES.PUBLISHED': 15,
        'DIGITAL_GOVERNMENT.E_DOCUMENTS_RATE': 98.5,
      },
      signing: { mode: null, onBehalfOf: null, title: 'GIÁM ĐỐC', name: 'Trần Văn Minh' },
      recipients: 3,
      tasks: 3,
      difficulties: 2,
      proposals: 1,
      trainings: [{ organiser: 'Sở Nội vụ', participants: 12 }],
      findings: ['CITATION_TWO_FORMS', 'REPORT_SIGNED_BEFORE_CUTOFF'],
    },
  },
  'UBND xã Tịnh Khê, 6 tháng đầu năm 2026': {
    text: commune,
    expected: {
      agencyCode: 'UBND',
      agencyName: 'XÃ TỊNH KHÊ',
      period: { year: 2026, kind: 'H1' },
      programme: '76',
      signedOn: '2026-06-12',
      sections: ['DIRECTION', 'INSTITUTIONAL', 'PROCEDURES', 'APPARATUS', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'MODERNISATION', 'UNMAPPED', 'NEXT_PERIOD_TASKS', 'DIFFICULTIES_PROPOSALS'],
      issued: { plans: [], decisions: ['04/QĐ-UBND', '15/QĐ-UBND'], letters: [] },
      cited: ['282/KH-UBND', '118/2025/NĐ-CP'],
      dossier: {
        carriedOver: 0,
        receivedOnline: 1890,
        receivedInPerson: 466,
        receivedPostal: 0,
        resolvedEarly: 1500,
        resolvedOnTime: 790,
        resolvedLate: 10,
        pendingWithinTime: 48,
        pendingOverdue: 2,
        returned: 6,
      },
      stated: { received: 2356, resolved: 2300, inProgress: 50 },
      onlineServices: [
        { level: 'FULL', count: 120 },
        { level: 'PARTIAL', count: 95 },
      ],
      indicators: {
        'DIRECTION.SATISFACTION_SURVEY': true,
        'INSTITUTIONS.NORMS_REVIEWED': 18,
        'DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE': 45.5,
        'DIGITAL_GOVERNMENT.DIGITISED_RATE': 78,
      },
      signing: { mode: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Thị Hoa' },
      recipients: 3,
      tasks: 2,
      difficulties: 0,
      proposals: 1,
      trainings: [{ organiser: 'XÃ TỊNH KHÊ', participants: 64 }],
      findings: ['EXTRACTION_UNMAPPED_SECTION', 'REPORT_SIGNED_BEFORE_CUTOFF'],
    },
  },
  'UBND huyện Sơn Tịnh, năm 2019': {
    text: district,
    expected: {
      agencyCode: 'UBND',
      agencyName: 'UBND HUYỆN SƠN TỊNH',
      period: { year: 2019, kind: 'YEAR' },
      programme: '30c',
      signedOn: '2019-12-16',
      sections: ['DIRECTION', 'INSTITUTIONAL', 'PROCEDURES', 'APPARATUS', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'MODERNISATION', 'DIFFICULTIES_PROPOSALS', 'NEXT_PERIOD_TASKS'],
      issued: { plans: ['01/KH-UBND'], decisions: ['1520/QĐ-UBND'], letters: [] },
      cited: ['581/BNV-CCHC', '45/KH-UBND', '19-NQ/TW', '61/NĐ-CP'],
      dossier: {
        carriedOver: 120,
        receivedOnline: 0,
        receivedInPerson: 15234,
        receivedPostal: 0,
        resolvedEarly: 4200,
        resolvedOnTime: 10700,
        resolvedLate: 200,
        pendingWithinTime: 240,
        pendingOverdue: 0,
        returned: 20,
      },
      stated: { received: 15234, resolved: 15100, inProgress: 240 },
      onlineServices: [
        { level: 'LEVEL_3', count: 45 },
        { level: 'LEVEL_4', count: 12 },
      ],
      indicators: {},
      signing: { mode: 'KT.', onBehalfOf: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lê Văn Tâm' },
      recipients: 3,
      tasks: 2,
      difficulties: 2,
      proposals: 0,
      trainings: [{ organiser: 'UBND HUYỆN SƠN TỊNH', participants: 250 }],
      findings: ['EXTRACTION_ASSUMPTION', 'CITATION_NORMATIVE_WITHOUT_YEAR', 'EXTRACTION_AS_PUBLISHED'],
    },
  },
};

describe.each(Object.entries(CORPUS))('extractReport: %s', (_name, { text, expected }) => {
  const extraction = extractReport(text);
  const { draft } = extraction;

  it('answers in the shape of its contract', () => {
    expect(ReportExtractionSchema.parse(extraction)).toEqual(extraction);
  });

  it('reads the header, period and programme', () => {
    expect({ agencyCode: draft.agencyCode, agencyName: extraction.agencyName, period: draft.period, programme: draft.programme, signedOn: draft.signedOn }).toEqual({
      agencyCode: expected.agencyCode,
      agencyName: expected.agencyName,
      period: expected.period,
      programme: expected.programme,
      signedOn: expected.signedOn,
    });
  });

  it('maps every section exactly', () => {
    expect(draft.sections.map((s) => s.areaKey ?? (s.kind === 'PROVINCE_SPECIFIC' ? s.provinceSection : s.kind))).toEqual(expected.sections);
  });

  it('reads the dossier figures exactly, with the totals as stated', () => {
    const { stated, ...figures } = draft.dossier ?? { stated: undefined };
    expect(figures).toEqual(expected.dossier);
    expect(stated).toEqual(expected.stated);
  });

  it('sorts what the agency issued from what it cites', () => {
    expect({
      plans: draft.plans.map((p) => p.symbol),
      decisions: draft.decisions.map((d) => d.symbol),
      letters: draft.letters.map((l) => l.symbol),
    }).toEqual(expected.issued);
    expect(draft.documents.map((d) => d.symbol)).toEqual(expected.cited);
  });

  it('reads online services, stated indicators, trainings, tasks, difficulties, proposals and the signature', () => {
    expect(draft.onlineServices).toEqual(expected.onlineServices);
    expect(Object.fromEntries(draft.indicators.map((i) => [i.code, i.value]))).toEqual(expected.indicators);
    expect(draft.indicators.every((i) => i.asPublished)).toBe(true);
    expect(draft.trainings.map((t) => ({ organiser: t.organiser, participants: t.participants }))).toEqual(expected.trainings);
    expect([draft.tasks.length, draft.difficulties.length, draft.proposals.length, draft.recipients.length]).toEqual([
      expected.tasks,
      expected.difficulties,
      expected.proposals,
      expected.recipients,
    ]);
    expect(draft.signing).toEqual(expected.signing);
  });

  it('gives the findings this text deserves', () => {
    expect(extraction.findings.map((f) => f.code)).toEqual(expect.arrayContaining(expected.findings));
    expect(extraction.findings.filter((f) => f.code === 'EXTRACTION_NOT_FOUND')).toEqual([]);
  });
});

describe('documents over the corpus', () => {
  it('are found with an F1 of at least 0.95', () => {
    const seed: Expected['issued'] & { cited: string[] } = {
      plans: ['565/KH-SNgV', '73/KH-SNgV', '74/KH-SNgV', '75/KH-SNgV', '408/KH-SNgV'],
      decisions: ['23/QĐ-SNgV', '20/QĐ-SngV'],
      letters: ['323/SNgV-VP', '419/SNgV-VP'],
      cited: ['20/2013/QĐ-UBND', '172/QĐ-UBND', '205/QĐ-UBND', '05-NQ/TU', '173/QĐ-UBND', '31-CT/TU', '306-QĐ/TU', '54/QĐ-SNgV'],
    };
    const cases = [
      { text: SNGV_M9_2020_TEXT, expected: seed },
      ...Object.values(CORPUS).map(({ text, expected }) => ({ text, expected: { ...expected.issued, cited: expected.cited } })),
    ];
    let truePositives = 0;
    let found = 0;
    let wanted = 0;
    for (const { text, expected } of cases) {
      const { draft } = extractReport(text);
      const got = new Set([
        ...draft.plans.map((p) => `plan ${p.symbol}`),
        ...draft.decisions.map((d) => `decision ${d.symbol}`),
        ...draft.letters.map((l) => `letter ${l.symbol}`),
        ...draft.documents.map((d) => `cited ${d.symbol}`),
      ]);
      const want = new Set([
        ...expected.plans.map((s) => `plan ${s}`),
        ...expected.decisions.map((s) => `decision ${s}`),
        ...expected.letters.map((s) => `letter ${s}`),
        ...expected.cited.map((s) => `cited ${s}`),
      ]);
      truePositives += [...got].filter((g) => want.has(g)).length;
      found += got.size;
      wanted += want.size;
    }
    const precision = truePositives / found;
    const recall = truePositives / wanted;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.95);
  });
});
