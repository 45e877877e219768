import {
  DECISION_PURPOSE_NAMES,
  DOSSIER_RATE_NAMES,
  DOSSIER_TABLE_ROWS,
  dossierRates,
  dossierTotals,
  enteredIndicatorLines,
  indicatorSetFor,
  periodWindow,
  formatCount,
  formatPercent,
  formatVietnameseDate,
  ONLINE_SERVICE_LEVEL_NAMES,
  sectionTitle,
  TRAINING_MODE_NAMES,
  type Report,
  type ReformAreaKey,
} from '@cchc/domain';
import type { AppendixColumn, AppendixTable } from '../../common/documents/official-document.js';

export type { AppendixColumn, AppendixTable };

const NONE = '—';
const day = (date: string | null | undefined): string => (date ? formatVietnameseDate(date) : NONE);
const count = (value: number): string => formatCount(value).vi;

/**
 * The tables of a report's appendix (docs/domain.md §11: "Phụ lục"), in the order the review
 * screen shows them: the dossier figures with their totals and rates, online services, the
 * statistical indicators the agency enters, then the
 * plans, decisions, letters, trainings, inspections and tasks it lists, and the documents it
 * cites. An empty list has no table.
 */
export function appendixTables(content: Report): AppendixTable[] {
  const area = (key: ReformAreaKey | null): string => (key ? sectionTitle({ kind: 'AREA', areaKey: key }, content.period.year).vi : NONE);
  return [
    ...dossierTable(content),
    ...listTable('onlineServices', 'Dịch vụ công trực tuyến', [col('Mức độ', 6), col('Số thủ tục', 3, true)], content.onlineServices, (s) => [
      ONLINE_SERVICE_LEVEL_NAMES[s.level].vi,
      count(s.count),
    ]),
    ...listTable(
      'indicators',
      'Chỉ tiêu thống kê',
      [col('Nhóm chỉ tiêu', 3), col('Chỉ tiêu', 5), col('Giá trị', 1.6, true), col('Ghi chú', 2.4)],
      enteredIndicatorLines(content.indicators, indicatorSetFor(periodWindow(content.period).to)),
      (line) => [line.block.vi, line.name.vi, line.value.vi, line.note.trim() || NONE],
    ),
    ...listTable(
      'plans',
      'Kế hoạch đã ban hành',
      [col('Số, ký hiệu', 2.2), col('Ngày ban hành', 1.8), col('Trích yếu', 4), col('Lĩnh vực', 2.2), col('Năm', 1.2, true)],
      content.plans,
      (p) => [p.symbol, day(p.date), p.title, area(p.areaKey), p.toYear ? `${p.year}-${p.toYear}` : String(p.year)],
    ),
    ...listTable(
      'decisions',
      'Quyết định đã ban hành',
      [col('Số, ký hiệu', 2.2), col('Ngày ban hành', 1.8), col('Nội dung', 2.4), col('Trích yếu', 5)],
      content.decisions,
      (d) => [d.symbol, day(d.date), DECISION_PURPOSE_NAMES[d.purpose].vi, d.summary],
    ),
    ...listTable(
      'letters',
      'Công văn chỉ đạo, đôn đốc',
      [col('Số, ký hiệu', 2.2), col('Ngày ban hành', 1.8), col('Nơi nhận', 2.6), col('Trích yếu', 4.8)],
      content.letters,
      (l) => [l.symbol, day(l.date), l.recipients.join('; ') || NONE, l.summary],
    ),
    ...listTable(
      'trainings',
      'Đào tạo, bồi dưỡng',
      [col('Nội dung', 3.6), col('Đơn vị tổ chức', 2.6), col('Hình thức', 1.5), col('Số người', 1.3, true), col('Thời gian', 2.4)],
      content.trainings,
      (t) => [
        t.course,
        t.organiser,
        TRAINING_MODE_NAMES[t.mode].vi,
        t.participants === null ? 'Không nêu' : count(t.participants),
        t.from || t.to ? `${day(t.from)} - ${day(t.to)}` : NONE,
      ],
    ),
    ...listTable(
      'inspections',
      'Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính',
      [col('Quyết định thành lập đoàn', 2), col('Kế hoạch', 1.9), col('Ngày kiểm tra', 1.6), col('Nội dung', 3.4), col('Số vi phạm', 1.2, true), col('Xử lý', 1.8)],
      content.inspections,
      (i) => [
        i.teamDecision ?? NONE,
        i.plan ?? NONE,
        i.heldOn ? day(i.heldOn) : 'Chưa tiến hành',
        [i.scope, i.inspected.length > 0 ? `Đối tượng: ${i.inspected.join('; ')}` : '', i.findings.trim()].filter(Boolean).join('. '),
        count(i.violations),
        i.handling?.trim() || NONE,
      ],
    ),
    ...listTable(
      'tasks',
      'Nhiệm vụ trọng tâm kỳ tới',
      [col('Nhiệm vụ', 5.6), col('Lĩnh vực', 2.4), col('Thời hạn', 1.6), col('Văn bản liên quan', 2)],
      content.tasks,
      (t) => [t.description, area(t.areaKey), day(t.dueBy), t.relatedSymbols.join('; ') || NONE],
    ),
    ...listTable(
      'documents',
      'Văn bản dẫn chiếu',
      [col('Số, ký hiệu', 2.4), col('Ngày', 1.8), col('Quan hệ', 1.6), col('Trích yếu', 5.4)],
      content.documents,
      (d) => [d.symbol, day(d.date), d.relation === 'ISSUED' ? 'Ban hành' : 'Trích dẫn', d.title ?? NONE],
    ),
  ];
}

const col = (heading: string, width: number, numeric = false): AppendixColumn => ({ heading, width, numeric });

/** A list's table, one row per entry; none for an empty list. */
function listTable<T>(part: string, title: string, columns: AppendixColumn[], items: readonly T[], row: (item: T) => string[]): AppendixTable[] {
  return items.length > 0 ? [{ part, title, columns, rows: items.map(row) }] : [];
}

/** The dossier figures with the totals and rates the domain computes (docs/domain.md §6). */
function dossierTable(content: Report): AppendixTable[] {
  const figures = content.dossier;
  if (!figures) return [];
  const values: Record<(typeof DOSSIER_TABLE_ROWS)[number]['key'], number> = { ...figures, ...dossierTotals(figures) };
  const rates = dossierRates(figures);
  const rateRows = (['onTimeRate', 'lateRate', 'onlineRate'] as const).map((key) => [DOSSIER_RATE_NAMES[key].vi, formatPercent(rates[key]) ?? NONE]);
  return [
    {
      part: 'dossier',
      title: 'Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính',
      columns: [col('Chỉ tiêu', 7), col('Số liệu', 2, true)],
      rows: [...DOSSIER_TABLE_ROWS.map((row) => [row.name.vi, count(values[row.key])]), ...rateRows],
      subRows: new Set(DOSSIER_TABLE_ROWS.flatMap((row, index) => (row.sub ? [index] : []))),
    },
  ];
}
