import type { Finding } from './finding.js';

/**
 * Whether any finding blocks submission (errors do, warnings do not).
 *
 * @example
 * hasBlockingFindings([{ code: 'REPORT_AREA_MISSING', severity: 'warning', path: 'sections', message: { vi: '…', en: '…' } }]) // false
 */
export function hasBlockingFindings(findings: readonly Pick<Finding, 'severity'>[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
