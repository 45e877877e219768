import type { ReportDocumentSource } from '../reports/report.service.js';

/** Latin letters without their marks, for a file name every system keeps ("Đ" becomes "D"). */
const ascii = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The name a report's document is saved under: its symbol, period and year, then "du-thao" for a
 * draft or "lan-2" for the second submission: `41-BC-STP_Q1-2021.docx`, `BC-SNgV_M9-2020_du-thao.docx`.
 */
export function documentFileName(source: Pick<ReportDocumentSource, 'content' | 'sequence' | 'draft'>, extension: 'docx' | 'pdf'): string {
  const { symbol, period } = source.content;
  const parts = [
    ascii([symbol.number, `${symbol.type}-${symbol.issuer}${symbol.unit ? `-${symbol.unit}` : ''}`].filter(Boolean).join('-')),
    `${period.kind}-${period.year}`,
    ...(source.draft ? ['du-thao'] : []),
    ...(source.sequence !== null ? [`lan-${source.sequence}`] : []),
  ];
  return `${parts.join('_')}.${extension}`;
}
