import { reportTextFormat } from './report-format.js';
import { isReportTextError, ReportTextError } from './report-text-error.js';

describe('reportTextFormat', () => {
  it('reads the format from the extension, whatever its case, through folders', () => {
    expect(reportTextFormat('BC CCHC 9 thang.DOCX')).toBe('docx');
    expect(reportTextFormat('C:\\Users\\vt\\bao-cao.Md')).toBe('md');
    expect(reportTextFormat('/tmp/bao.cao.txt')).toBe('txt');
  });

  it('knows no other format', () => {
    for (const name of ['bao-cao.doc', 'bao-cao.pdf', 'bao-cao', 'docx', '.txt/x', 'a.txt.']) expect(reportTextFormat(name)).toBeNull();
  });
});

describe('ReportTextError', () => {
  it('carries its code and file name, and is recognised', () => {
    const error = new ReportTextError('IMPORT_EMPTY', 'a.txt', 'empty');
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.fileName, error.message]).toEqual(['ReportTextError', 'IMPORT_EMPTY', 'a.txt', 'empty']);
    expect(isReportTextError(error)).toBe(true);
    expect(isReportTextError(Object.assign(new Error('x'), { name: 'ReportTextError', code: 'IMPORT_FORMAT' }))).toBe(true);
    expect(isReportTextError(new Error('x'))).toBe(false);
  });
});
