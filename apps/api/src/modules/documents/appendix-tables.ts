import {
  DECISION_PURPOSE_NAMES,
  DOSSIER_RATE_NAMES,
  DOSSIER_TABLE_ROWS,
  dossierRates,
  dossierTotals,
  formatCount,
  formatPercent,
  formatVietnameseDate,
  ONLINE_SERVICE_LEVEL_NAMES,
  sectionTitle,
  TRAINING_MODE_NAMES,
  type Report,
  type ReformAreaKey,
} from '@cchc/domain';

/** A column of an appendix table: its heading, its share of the width, and whether it holds numbers. */
export interface AppendixColumn {
  heading: string;
  width: number;
  numeric?: boolean;
}

/** One table of the appendix: its title and rows of cell texts (the TT column is added when printed). */
export interface AppendixTable {
  part: string;
  title: string;
  columns: AppendixColumn[];
  rows: string[][];
  /** Rows printed in italics, indented: the "trong đó" lines under a total. */
  subRows?: ReadonlySet<number>;
}

const NONE = '—';
const day = (date: string | null | undefined): string => (date ? formatVietnameseDate(date) : NONE);
const count = (value: number): string => formatCount(value).vi;

/**
 * The tables of a report's appendix (docs/domain.md §11: "Phụ lục"), in the order the review
 * screen shows them: the dossier figures with their totals and rates, online services, then the
 * plans, decisions, letters, trainings, inspections and tasks it lists, and the documents it
 * cites. An empty list has no table.
 */
export function appendixTables(content: Report): AppendixTable[] {
  const area = (key: ReformAreaKey | null): string => (key ? sectionTitle({ kind: 'AREA', areaKey: key }, content.period.year).vi : NONE);
  const tables: AppendixTable[] = [];
  if (content.dossier) {
    const figures = content.dossier;
    const totals = dossierTotals(figures);
    const values: Record<(typeof DOSSIER_TABLE_ROWS)[number]['key'], number> = { ...figures, ...totals };
    const rates = dossierRates(figures);
    const rateRows = (['onTimeRate', 'lateRate', 'onlineRate'] as const).map((key) => [DOSSIER_RATE_NAMES[key].vi, formatPercent(rates[key]) ?? NONE]);
    tables.push({
      part: 'dossier',
      title: 'Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính',
      columns: [
        { heading: 'Chỉ tiêu', width: 7 },
        { heading: 'Số liệu', width: 2, numeric: true },
      ],
      rows: [...DOSSIER_TABLE_ROWS.map((row) => [row.name.vi, count(values[row.key])]), ...rateRows],
      subRows: new Set(DOSSIER_TABLE_ROWS.flatMap((row, index) => (row.sub ? [index] : []))),
    });
  }
  if (content.onlineServices.length > 0) {
    tables.push({
      part: 'onlineServices',
      title: 'Dịch vụ công trực tuyến',
      columns: [
        { heading: 'Mức độ', width: 6 },
        { heading: 'Số thủ tục', width: 3, numeric: true },
      ],
      rows: content.onlineServices.map((s) => [ONLINE_SERVICE_LEVEL_NAMES[s.level].vi, count(s.count)]),
    });
  }
  if (content.plans.length > 0) {
    tables.push({
      part: 'plans',
      title: 'Kế hoạch đã ban hành',
      columns: [
        { heading: 'Số, ký hiệu', width: 2.2 },
        { heading: 'Ngày ban hành', width: 1.8 },
        { heading: 'Trích yếu', width: 4 },
        { heading: 'Lĩnh vực', width: 2.2 },
        { heading: 'Năm', width: 1.2, numeric: true },
      ],
      rows: content.plans.map((p) => [p.symbol, day(p.date), p.title, area(p.areaKey), p.toYear ? `${p.year}-${p.toYear}` : String(p.year)]),
    });
  }
  if (content.decisions.length > 0) {
    tables.push({
      part: 'decisions',
      title: 'Quyết định đã ban hành',
      columns: [
        { heading: 'Số, ký hiệu', width: 2.2 },
        { heading: 'Ngày ban hành', width: 1.8 },
        { heading: 'Nội dung', width: 2.4 },
        { heading: 'Trích yếu', width: 5 },
      ],
      rows: content.decisions.map((d) => [d.symbol, day(d.date), DECISION_PURPOSE_NAMES[d.purpose].vi, d.summary]),
    });
  }
  if (content.letters.length > 0) {
    tables.push({
      part: 'letters',
      title: 'Công văn chỉ đạo, đôn đốc',
      columns: [
        { heading: 'Số, ký hiệu', width: 2.2 },
        { heading: 'Ngày ban hành', width: 1.8 },
        { heading: 'Nơi nhận', width: 2.6 },
        { heading: 'Trích yếu', width: 4.8 },
      ],
      rows: content.letters.map((l) => [l.symbol, day(l.date), l.recipients.join('; ') || NONE, l.summary]),
    });
  }
  if (content.trainings.length > 0) {
    tables.push({
      part: 'trainings',
      title: 'Đào tạo, bồi dưỡng',
      columns: [
        { heading: 'Nội dung', width: 3.6 },
        { heading: 'Đơn vị tổ chức', width: 2.6 },
        { heading: 'Hình thức', width: 1.5 },
        { heading: 'Số người', width: 1.3, numeric: true },
        { heading: 'Thời gian', width: 2.4 },
      ],
      rows: content.trainings.map((t) => [
        t.course,
        t.organiser,
        TRAINING_MODE_NAMES[t.mode].vi,
        t.participants === null ? 'Không nêu' : count(t.participants),
        t.from || t.to ? `${day(t.from)} - ${day(t.to)}` : NONE,
      ]),
    });
  }
  if (content.inspections.length > 0) {
    tables.push({
      part: 'inspections',
      title: 'Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính',
      columns: [
        { heading: 'Quyết định thành lập đoàn', width: 2 },
        { heading: 'Kế hoạch', width: 1.9 },
        { heading: 'Ngày kiểm tra', width: 1.6 },
        { heading: 'Nội dung', width: 3.4 },
        { heading: 'Số vi phạm', width: 1.2, numeric: true },
        { heading: 'Xử lý', width: 1.8 },
      ],
      rows: content.inspections.map((i) => [
        i.teamDecision ?? NONE,
        i.plan ?? NONE,
        i.heldOn ? day(i.heldOn) : 'Chưa tiến hành',
        [i.scope, i.inspected.length > 0 ? `Đối tượng: ${i.inspected.join('; ')}` : '', i.findings.trim()].filter(Boolean).join('. '),
        count(i.violations),
        i.handling?.trim() || NONE,
      ]),
    });
  }
  if (content.tasks.length > 0) {
    tables.push({
      part: 'tasks',
      title: 'Nhiệm vụ trọng tâm kỳ tới',
      columns: [
        { heading: 'Nhiệm vụ', width: 5.6 },
        { heading: 'Lĩnh vực', width: 2.4 },
        { heading: 'Thời hạn', width: 1.6 },
        { heading: 'Văn bản liên quan', width: 2 },
      ],
      rows: content.tasks.map((t) => [t.description, area(t.areaKey), day(t.dueBy), t.relatedSymbols.join('; ') || NONE]),
    });
  }
  if (content.documents.length > 0) {
    tables.push({
      part: 'documents',
      title: 'Văn bản dẫn chiếu',
      columns: [
        { heading: 'Số, ký hiệu', width: 2.4 },
        { heading: 'Ngày', width: 1.8 },
        { heading: 'Quan hệ', width: 1.6 },
        { heading: 'Trích yếu', width: 5.4 },
      ],
      rows: content.documents.map((d) => [d.symbol, day(d.date), d.relation === 'ISSUED' ? 'Ban hành' : 'Trích dẫn', d.title ?? NONE]),
    });
  }
  return tables;
}
