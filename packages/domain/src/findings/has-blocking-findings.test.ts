import type { Finding } from './finding.js';
import { hasBlockingFindings } from './has-blocking-findings.js';

const finding = (severity: Finding['severity']): Finding => ({
  code: 'DOSSIER_BALANCE',
  severity,
  path: 'dossier',
  message: { vi: 'x', en: 'x' },
});

describe(hasBlockingFindings.name, () => {
  it('is false for no findings', () => {
    expect(hasBlockingFindings([])).toBe(false);
  });

  it('is false when there are only warnings', () => {
    expect(hasBlockingFindings([finding('warning'), finding('warning')])).toBe(false);
  });

  it('is true when one finding is an error', () => {
    expect(hasBlockingFindings([finding('warning'), finding('error')])).toBe(true);
  });
});
