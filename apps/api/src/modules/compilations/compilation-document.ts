import {
  AGENCY_LEVEL_NAMES,
  AGENCY_LEVELS,
  appendixReference,
  documentSymbolLine,
  formatCount,
  formatIndicatorValue,
  INDICATOR_UNIT_NAMES,
  issuerLines,
  provinceIssuerLines,
  reportDateLine,
  statedLines,
  withStatedValues,
  type CompilationResponse,
  type Report,
  type ReportingPeriodDto,
} from '@cchc/domain';
import { Paragraph, type Document } from 'docx';
import {
  appendix,
  BODY,
  closing,
  documentTitle,
  heading,
  line,
  narrative,
  officialDocument,
  officialHeader,
  type AppendixTable,
} from '../../common/documents/official-document.js';

/** What a compiled report's document is made from. */
export interface CompilationDocumentSource {
  compilation: CompilationResponse;
  province: string;
}

/** The parts of a report's content the header's lines are written from, for the province's report. */
function headerFields(compilation: CompilationResponse, province: string): Pick<Report, 'symbol' | 'signedOn' | 'period' | 'place'> {
  const period: ReportingPeriodDto = compilation.period;
  return {
    symbol: { number: compilation.content.registration?.number ?? null, type: 'BC', issuer: 'UBND' },
    signedOn: compilation.content.registration?.issuedOn ?? null,
    period: period.kind === 'ADHOC' ? { year: period.year, kind: 'ADHOC', from: period.windowFrom, to: period.windowTo, deadline: period.deadline } : { year: period.year, kind: period.kind },
    place: province,
  };
}

/** "Về thực hiện chế độ báo cáo: …": who reported on time, late and not at all, by name. */
function disciplineParagraphs(compilation: CompilationResponse): Paragraph[] {
  const { discipline, agencies } = compilation.snapshot;
  const name = (id: string): string => agencies.find((agency) => agency.id === id)?.name.vi ?? id;
  const count = (n: number): string => formatCount(n).vi;
  const lines = [
    `Về thực hiện chế độ báo cáo: ${count(discipline.onTime.length)}/${count(discipline.expected)} cơ quan, đơn vị gửi báo cáo đúng hạn; ` +
      `${count(discipline.late.length)} cơ quan, đơn vị gửi trễ hạn; ` +
      (discipline.notTimed.length > 0 ? `${count(discipline.notTimed.length)} cơ quan, đơn vị đã gửi bằng văn bản (không ghi nhận thời điểm); ` : '') +
      `${count(discipline.missing.length)} cơ quan, đơn vị chưa gửi báo cáo.`,
    ...(discipline.late.length > 0
      ? [`Gửi trễ hạn: ${discipline.late.map((late) => `${name(late.agencyId)}${late.daysLate ? ` (${count(late.daysLate)} ngày)` : ''}`).join('; ')}.`]
      : []),
    ...(discipline.missing.length > 0 ? [`Chưa gửi báo cáo: ${discipline.missing.map(name).join('; ')}.`] : []),
  ];
  return lines.map((text) => line(text, BODY));
}

/** Each part of the outline: its heading, its figures as sentences, then what Home Affairs wrote. */
function body(compilation: CompilationResponse): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const part of compilation.outline) {
    paragraphs.push(heading(`${part.number} ${part.level === 1 ? part.title.vi.toLocaleUpperCase('vi') : part.title.vi}`));
    const figures = [
      ...(compilation.snapshot.parts.find((candidate) => candidate.key === part.key)?.figures ?? []),
      ...statedLines(compilation.set, part.blocks, compilation.content.stated),
    ];
    paragraphs.push(...figures.map((figure) => line(`- ${figure.text.vi}.`, BODY)));
    if (part.key === 'DIRECTION') paragraphs.push(...disciplineParagraphs(compilation));
    paragraphs.push(...narrative(compilation.content.narratives[part.key] ?? ''));
  }
  return paragraphs;
}

/** The appendix's tables: one per block of the indicator set, each indicator with the province's value and its levels. */
export function compilationAppendixTables(compilation: CompilationResponse): AppendixTable[] {
  const set = compilation.set;
  if (!set) return [];
  const totals = new Map(withStatedValues(set, compilation.snapshot.totals, compilation.content.stated).map((total) => [total.code, total]));
  const levels = AGENCY_LEVELS.filter((level) => compilation.snapshot.rows.some((row) => row.level === level && row.counted));
  return set.blocks.map((block) => ({
    part: block.key,
    title: block.name.vi,
    columns: [
      { heading: 'Chỉ tiêu', width: 5.2 },
      { heading: 'Đơn vị tính', width: 1.5 },
      { heading: 'Toàn tỉnh', width: 1.5, numeric: true },
      ...levels.map((level) => ({ heading: AGENCY_LEVEL_NAMES[level].vi, width: 1.4, numeric: true })),
    ],
    rows: set.indicators
      .filter((indicator) => indicator.block === block.key)
      .map((indicator) => {
        const total = totals.get(indicator.code);
        const value = (v: CompilationResponse['snapshot']['totals'][number]['value'] | undefined): string => formatIndicatorValue(v ?? null, indicator.unit).vi;
        return [
          indicator.name.vi,
          INDICATOR_UNIT_NAMES[indicator.unit].vi,
          value(total?.value),
          ...levels.map((level) => (indicator.byLevel ? value(total?.byLevel?.[level]?.value) : '')),
        ];
      }),
  }));
}

/**
 * The province's compiled report as the Word document the People's Committee signs (docs/domain.md
 * §12), in the same Decree 30 layout as an agency's: its issuer, the province's People's Committee
 * ("ỦY BAN NHÂN DÂN / TỈNH …"), the number from
 * Home Affairs' register or the blank, "BÁO CÁO" and the title, the outline's parts each with its
 * figures and Home Affairs' text, the reporting discipline under I, recipients beside "TM. ỦY BAN
 * NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", and the appendix of indicators on pages of its own.
 */
export function compilationDocument(source: CompilationDocumentSource): Document {
  const { compilation, province } = source;
  const fields = headerFields(compilation, province);
  const tables = compilationAppendixTables(compilation);
  // The issuer is the province's agency of the tree; the configured province name stands in where there is none.
  const issuerName = compilation.issuer?.name.vi ?? `Ủy ban nhân dân tỉnh ${province}`;
  const issuer = compilation.issuer ? issuerLines({ name: compilation.issuer.name.vi, kind: 'province' }, province) : provinceIssuerLines(province);
  return officialDocument({
    creator: issuerName,
    title: `${documentSymbolLine(fields.symbol)} - ${compilation.content.title}`,
    description: 'Báo cáo cải cách hành chính của tỉnh',
    children: [
      officialHeader({ ...issuer, symbolLine: documentSymbolLine(fields.symbol) }, reportDateLine(fields, null)),
      ...documentTitle('BÁO CÁO', compilation.content.title),
      ...body(compilation),
      new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
      closing(compilation.content.recipients, compilation.content.signer),
      ...(tables.length > 0
        ? appendix(['Phụ lục', 'SỐ LIỆU THỐNG KÊ CẢI CÁCH HÀNH CHÍNH'], appendixReference(fields, issuerName, null), tables)
        : []),
    ],
  });
}
