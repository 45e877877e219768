import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCitations, DEFAULT_AGENCY_CODES, extractReport, findCitations, SNGV_M9_2020_TEXT } from '@cchc/domain';
import { readReportText } from '@cchc/report-text';
import { reportDocxFromText } from '@cchc/report-text/testing';

// The command as a person runs it: node dist/cli.js (built before the tests by turbo) in a child
// process, on the seed report written to files.

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
/** The seed with its date filled in (5 October 2020): "565/KH-SNgV ngày 23/10/2020" is still after the report. */
const DATED_SEED = SNGV_M9_2020_TEXT.replace('Quảng Ngãi, ngày tháng 9 năm 2020', 'Quảng Ngãi, ngày 05 tháng 10 năm 2020');
/** The seed with the wrong date of plan 565/KH-SNgV corrected: warnings only. */
const CORRECTED_SEED = SNGV_M9_2020_TEXT.replace('565/KH-SNgV ngày 23/10/2020', '565/KH-SNgV ngày 23/10/2019');

let dir: string;
const file = (name: string): string => join(dir, name);

function cchc(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: dir, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What the API computes for the same file: readReportText, then extractReport. */
async function apiExtraction(name: string): Promise<unknown> {
  const { text } = await readReportText(readFileSync(file(name)), name);
  return JSON.parse(JSON.stringify(extractReport(text))) as unknown;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-cli-'));
  writeFileSync(file('seed.md'), SNGV_M9_2020_TEXT);
  writeFileSync(file('seed.txt'), SNGV_M9_2020_TEXT.replace(/\n/g, '\r\n'));
  writeFileSync(file('seed.docx'), await reportDocxFromText(SNGV_M9_2020_TEXT));
  writeFileSync(file('dated.md'), DATED_SEED);
  writeFileSync(file('dated.docx'), await reportDocxFromText(DATED_SEED));
  writeFileSync(file('corrected.md'), CORRECTED_SEED);
  writeFileSync(file('empty.txt'), '');
  writeFileSync(file('report.pdf'), '%PDF-1.4');
  writeFileSync(file('broken.docx'), 'not a word file');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('cchc: usage', () => {
  it('prints the usage for --help and help, in Vietnamese by default: exit 0', () => {
    for (const args of [['--help'], ['help']]) {
      const run = cchc(...args);
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toContain('Cách dùng:');
      expect(run.stdout).toContain('cchc extract TỆP [--json] [--lang vi|en]');
    }
    expect(cchc('help', '--lang', 'en').stdout).toContain('cchc check FILE [--json] [--lang vi|en]');
  });

  it('exits 2 with the usage on stderr when no command is given', () => {
    const run = cchc();
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain('Thiếu lệnh');
    expect(run.stderr).toContain('Cách dùng:');
  });

  it('exits 2 on a usage error, the message on stderr in the chosen language', () => {
    const run = cchc('frobnicate', 'seed.md');
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe('cchc: Lệnh không hợp lệ: "frobnicate" (chỉ có extract, check, help).\nChạy "cchc help" để xem cách dùng.\n');
    const english = cchc('extract', 'seed.md', '--verbose', '--lang', 'en');
    expect([english.code, english.stdout]).toEqual([2, '']);
    expect(english.stderr).toBe('cchc: Unknown option: --verbose.\nRun "cchc help" for usage.\n');
  });
});

describe('cchc: files it cannot read', () => {
  it.each([
    ['missing.md', 'check', 'vi', 'cchc: Không tìm thấy tệp: missing.md.'],
    ['report.pdf', 'extract', 'en', 'cchc: Cannot read "report.pdf": only .docx, .md and .txt files are read'],
    ['broken.docx', 'check', 'en', 'cchc: Cannot read "broken.docx": it is not a valid Word (.docx) file'],
    ['empty.txt', 'extract', 'vi', 'cchc: Tệp "empty.txt" không có nội dung.'],
  ])('%s (%s, %s): exit 2, the reason on stderr', (name, command, lang, message) => {
    const run = cchc(command, name, '--json', '--lang', lang);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain(message);
  });
});

// These run extractReport on the seed.
describe('cchc extract', () => {
  it.each(['seed.md', 'seed.txt', 'seed.docx'])('--json on %s prints exactly the extraction the API computes for the file', async (name) => {
    const run = cchc('extract', name, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const expected = await apiExtraction(name);
    expect(JSON.parse(run.stdout)).toEqual(expected);
    expect(run.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('prints a readable summary in Vietnamese, or in English with --lang en', async () => {
    const extraction = (await apiExtraction('seed.md')) as ReturnType<typeof extractReport>;
    const vi = cchc('extract', 'seed.md');
    expect([vi.code, vi.stderr]).toEqual([0, '']);
    expect(vi.stdout).toContain('Tệp: seed.md (md)');
    expect(vi.stdout).toContain('Cơ quan: SNgV');
    expect(vi.stdout).toContain('Kỳ báo cáo: 9 tháng đầu năm 2020');
    expect(vi.stdout).toContain(`Các phần (${extraction.draft.sections.length}):`);
    expect(vi.stdout).toContain(`Phát hiện (${extraction.findings.length}`);
    for (const finding of extraction.findings) expect(vi.stdout).toContain(finding.message.vi);

    const en = cchc('extract', 'seed.docx', '--lang', 'en');
    expect([en.code, en.stderr]).toEqual([0, '']);
    expect(en.stdout).toContain('File: seed.docx (docx)');
    expect(en.stdout).toContain('Agency: SNgV');
    expect(en.stdout).toContain('Period: First 9 months of 2020');
  });
});

// These run extractReport (for the period and the report's date) and the citation checks.
describe('cchc check', () => {
  it('lists the citations and their findings; exit 1 on the seed, whose plan 565 is dated after the deadline', () => {
    const run = cchc('check', 'seed.md');
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(run.stdout).toContain('Văn bản được dẫn (');
    expect(run.stdout).toContain('565/KH-SNgV, 23/10/2019');
    expect(run.stdout).toContain('ngày báo cáo 20/09/2020 (hạn báo cáo của kỳ: văn bản chưa ghi ngày)');
    expect(run.stdout).toContain('[lỗi] CITATION_DATE_AFTER_REPORT');
    expect(run.stdout).toContain('[cảnh báo] CITATION_DATE_CONFLICT');
    expect(run.stdout).toContain('Có 1 phát hiện mức lỗi.');
  });

  it('exits 0 when the findings are warnings only', () => {
    const run = cchc('check', 'corrected.md');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('[cảnh báo] CITATION_ISSUER_CASE');
    expect(run.stdout).not.toContain('[lỗi]');
    expect(run.stdout).toContain('Không có phát hiện mức lỗi.');
  });

  it('--json gives findCitations and checkCitations on the text, against the period of the report', async () => {
    const run = cchc('check', 'seed.docx', '--json');
    expect([run.code, run.stderr]).toEqual([1, '']);
    const { text } = await readReportText(readFileSync(file('seed.docx')), 'seed.docx');
    const citations = findCitations(text);
    const result = JSON.parse(run.stdout) as { citations: { symbol: string; date: string | null; line: number }[]; window: unknown; reportDate: unknown; findings: unknown };
    expect(result.citations.map(({ line: _line, ...c }) => c)).toEqual(JSON.parse(JSON.stringify(citations)));
    expect(result.citations.every((c, i) => text.split('\n')[c.line - 1]?.includes(text.slice(citations[i]?.start, citations[i]?.end)))).toBe(true);
    expect(result.window).toEqual({ from: '2019-12-15', to: '2020-09-14' });
    expect(result.reportDate).toEqual({ date: '2020-09-20', basis: 'deadline' });
    const expected = checkCitations(citations, { window: { from: '2019-12-15', to: '2020-09-14' }, reportDate: '2020-09-20' });
    expect(result.findings).toEqual(JSON.parse(JSON.stringify(expected)));
    // The same citation findings as the extraction's (which name sections, not citations).
    const extracted = extractReport(text).findings.filter((f) => f.code.startsWith('CITATION_'));
    expect((result.findings as { code: string; message: unknown }[]).map((f) => [f.code, f.message]).sort()).toEqual(extracted.map((f) => [f.code, f.message]).sort());
  });

  it('knows the agency codes given with --agency-codes, as the API knows its agencies\' codes', () => {
    const text = 'Thực hiện Kế hoạch số 12/KH-Tthcc ngày 05/3/2020 của Trung tâm.';
    writeFileSync(file('codes.md'), text);
    const codes = (run: ReturnType<typeof cchc>): string[] => (JSON.parse(run.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);
    expect(codes(cchc('check', 'codes.md', '--json'))).not.toContain('CITATION_ISSUER_CASE');
    expect(codes(cchc('check', 'codes.md', '--json', '--agency-codes', 'TTHCC,STP'))).toContain('CITATION_ISSUER_CASE');
    const extracted = JSON.parse(cchc('extract', 'codes.md', '--json', '--agency-codes', 'TTHCC').stdout) as unknown;
    expect(extracted).toEqual(JSON.parse(JSON.stringify(extractReport(text, { agencyCodes: [...DEFAULT_AGENCY_CODES, 'TTHCC'] }))));
  });

  it.each(['dated.md', 'dated.docx'])('exits 1 when a finding is an error (%s: a document dated after the report)', (name) => {
    const run = cchc('check', name);
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(run.stdout).toContain('[lỗi] CITATION_DATE_AFTER_REPORT');
    expect(run.stdout).toContain('Có 1 phát hiện mức lỗi.');
    const english = cchc('check', name, '--lang', 'en', '--json');
    expect(english.code).toBe(1);
    expect((JSON.parse(english.stdout) as { reportDate: unknown }).reportDate).toEqual({ date: '2020-10-05', basis: 'written' });
  });
});
