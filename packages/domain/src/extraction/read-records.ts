import { onlineServiceRegime, type OnlineServiceLevel } from '../dossier/online-service-levels.js';
import type { IndicatorSet } from '../indicators/indicator.js';
import { indicatorValueProblem } from '../indicators/check-indicator-values.js';
import { DisciplineInspectionSchema, type DisciplineInspection } from '../records/discipline-inspection.schema.js';
import type { Decision } from '../records/decision.schema.js';
import { NextPeriodTaskSchema, type NextPeriodTask } from '../records/next-period-task.schema.js';
import type { Plan } from '../records/plan.schema.js';
import { TrainingSchema, type Training } from '../records/training.schema.js';
import type { LocalizedText } from '../shared/localized-text.js';
import { areaOf } from './keywords.js';
import type { ReadRecord } from './read-documents.js';
import type { ReadSection } from './read-sections.js';
import type { SourceText } from './source-text.js';
import { VIETNAMESE_NUMBER, parseVietnameseNumber } from './vietnamese-number.js';

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const N = `(${VIETNAMESE_NUMBER})`;

/** The item lines of a section: list items and numbered lines, else its paragraphs. */
export function sectionItems(source: SourceText, section: ReadSection): { text: string; start: number; end: number }[] {
  const lines = section.runs.flatMap((run) => source.lines.slice(run.from, run.to)).filter((l) => l.clean);
  const numbered = /^(?:\d{1,2}|[a-zđ])\s*[.)]\s+/u;
  // List items; numbered lines only where there is no list (elsewhere they are sub-headings).
  const bullets = lines.filter((l) => l.bullet);
  const items = bullets.length > 0 ? bullets : lines.filter((l) => numbered.test(l.clean));
  const chosen = (items.length > 0 ? items : lines).filter((l) => !/:$/u.test(l.clean) || l.bullet);
  return chosen.map((l) => ({
    text: l.clean.replace(numbered, '').replace(/^\+\s*/u, '').replace(/[;.,]$/u, '').trim(),
    start: l.start + Math.max(0, source.plain.slice(l.start, l.end).search(/[^\s+\-•–]/u)),
    end: l.end,
  })).filter((item) => item.text.length > 0);
}

/** Next-period tasks: one per item, its area from its words, the documents it names. */
export function readTasks(source: SourceText, sections: readonly ReadSection[], symbolsIn: (start: number, end: number) => string[]): ReadRecord<NextPeriodTask>[] {
  return sections
    .filter((s) => s.kind === 'NEXT_PERIOD_TASKS')
    .flatMap((section) => sectionItems(source, section))
    .flatMap((item) => {
      const task = NextPeriodTaskSchema.safeParse({
        description: item.text,
        areaKey: areaOf(item.text)?.key ?? null,
        dueBy: null,
        relatedSymbols: symbolsIn(item.start, item.end),
      });
      return task.success ? [{ value: task.data, start: item.start, end: item.end, confidence: 'high' as const }] : [];
    });
}

/** Difficulties and proposals: the items of their sections, split by the heading or the item's words. */
export function readDifficulties(source: SourceText, sections: readonly ReadSection[]): { difficulties: ReadRecord<string>[]; proposals: ReadRecord<string>[] } {
  const difficulties: ReadRecord<string>[] = [];
  const proposals: ReadRecord<string>[] = [];
  for (const section of sections.filter((s) => s.kind === 'DIFFICULTIES_PROPOSALS')) {
    for (const item of sectionItems(source, section)) {
      const proposal = section.part === 'proposals' || (section.part === 'both' && /kiến nghị|đề nghị|đề xuất/iu.test(item.text));
      (proposal ? proposals : difficulties).push({ value: item.text, start: item.start, end: item.end, confidence: section.part === 'both' ? 'medium' : 'high' });
    }
  }
  return { difficulties, proposals };
}

/**
 * Trainings a sentence states (docs/domain.md §7): "cử CBCC tham gia các lớp … do X tổ chức"
 * (organised by X), "tổ chức 02 lớp … cho 150 lượt cán bộ" (organised by the agency), online
 * when the sentence says "trực tuyến".
 */
export function readTrainings(source: SourceText, fromLine: number, toLine: number, agencyName: string): ReadRecord<Training>[] {
  const trainings: ReadRecord<Training>[] = [];
  for (const sentence of source.sentences(fromLine, toLine)) {
    const text = source.plain.slice(sentence.start, sentence.end);
    const byOther = /((?:\d+\s+)?(?:các\s+)?(?:lớp|khóa|khoá)\s(?:[^.;]|\.{2,})*?)\s+do\s+([^.;]+?)\s+tổ chức/iu.exec(text);
    const byAgency = byOther ? null : /tổ chức\s+(\d+\s+(?:lớp|khóa|khoá|hội nghị)\s[^.;]*?)(?:\s+cho\s+[^.;]*)?(?=[.;]|$)/iu.exec(text);
    const match = byOther ?? byAgency;
    if (!match?.[1] || !/tập huấn|bồi dưỡng|đào tạo|lớp học|khóa học/iu.test(text)) continue;
    const participants = new RegExp(`${N}\\s+(?:lượt\\s+)?(?:người|cán bộ|công chức|CBCC|học viên|đại biểu|lượt)`, 'iu').exec(text);
    const mode = /trực tiếp và trực tuyến|kết hợp/iu.test(text) ? 'MIXED' : /trực tuyến|online/iu.test(text) ? 'ONLINE' : 'IN_PERSON';
    const courseStart = sentence.start + match.index + match[0].indexOf(match[1]);
    const training = TrainingSchema.safeParse({
      course: capitalise(source.cleanSlice(courseStart, courseStart + match[1].length).replace(/\s*\.{3}$/u, '').replace(/[\s.,]+$/u, '')),
      organiser: byOther?.[2]?.trim() ?? agencyName,
      mode,
      participants: participants ? parseVietnameseNumber(participants[1] ?? '') : null,
      from: null,
      to: null,
    });
    if (training.success) trainings.push({ value: training.data, start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, confidence: 'medium' });
  }
  return trainings;
}

/**
 * The discipline inspection a report sets up (docs/domain.md §7): the decision setting up the
 * inspection team and the inspection plan issued in the period, as one inspection not yet held.
 */
export function readInspections(plans: readonly ReadRecord<Plan>[], decisions: readonly ReadRecord<Decision>[]): ReadRecord<DisciplineInspection>[] {
  const team = decisions.find((d) => d.value.purpose === 'SET_UP_TEAM' && /kiểm tra/iu.test(d.value.summary));
  const plan = plans.find((p) => /^kiểm tra/iu.test(p.value.title));
  if (!team && !plan) return [];
  const inspection = DisciplineInspectionSchema.safeParse({
    teamDecision: team?.value.symbol ?? null,
    plan: plan?.value.symbol ?? null,
    heldOn: null,
    scope: plan?.value.title ?? team?.value.summary ?? '',
    violations: 0,
    handling: null,
  });
  const at = (team ?? plan) as ReadRecord<unknown>;
  return inspection.success ? [{ value: inspection.data, start: at.start, end: at.end, confidence: 'medium' }] : [];
}

const LEVELS: readonly { pattern: RegExp; level: (written: string) => OnlineServiceLevel }[] = [
  { pattern: new RegExp(`${N}\\s+(?:thủ tục hành chính|TTHC|dịch vụ công|DVC)[^.;]{0,60}?mức độ\\s*([1-4])(?![\\d,])`, 'iu'), level: (w) => `LEVEL_${w}` as OnlineServiceLevel },
  { pattern: new RegExp(`mức độ\\s*([1-4])\\s*(?:là|:)\\s*${N}`, 'iu'), level: (w) => `LEVEL_${w}` as OnlineServiceLevel },
  { pattern: new RegExp(`${N}\\s+(?:thủ tục hành chính|TTHC|dịch vụ công|DVC)[^.;]{0,60}?(toàn trình|một phần)`, 'iu'), level: (w) => (/toàn/iu.test(w) ? 'FULL' : 'PARTIAL') },
  { pattern: new RegExp(`(toàn trình|một phần)\\s*(?:là|:)\\s*${N}`, 'iu'), level: (w) => (/toàn/iu.test(w) ? 'FULL' : 'PARTIAL') },
];
const ACROSS_REGIMES: Readonly<Partial<Record<OnlineServiceLevel, OnlineServiceLevel>>> = {
  LEVEL_4: 'FULL',
  LEVEL_3: 'PARTIAL',
  FULL: 'LEVEL_4',
  PARTIAL: 'LEVEL_3',
};

/**
 * Online services a sentence counts, by level (docs/domain.md §6): levels 3 and 4 before Decree
 * 42/2022, full and partial online after it. A level of the other regime is read as its
 * counterpart in the regime of the report's date (level 4 as full online, level 3 as partial, and
 * back), and said.
 */
export function readOnlineServices(
  source: SourceText,
  fromLine: number,
  toLine: number,
  date: string,
): { services: ReadRecord<{ level: OnlineServiceLevel; count: number }>[]; assumptions: LocalizedText[] } {
  const services: ReadRecord<{ level: OnlineServiceLevel; count: number }>[] = [];
  const assumptions: LocalizedText[] = [];
  const regime = onlineServiceRegime(date);
  for (const sentence of source.sentences(fromLine, toLine)) {
    const text = source.plain.slice(sentence.start, sentence.end);
    for (const { pattern, level } of LEVELS) for (const match of text.matchAll(new RegExp(pattern.source, 'giu'))) {
      const numberFirst = /^\d/u.test(match[0]);
      const written = level((numberFirst ? match[2] : match[1]) ?? '');
      const count = parseVietnameseNumber((numberFirst ? match[1] : match[2]) ?? '');
      if (count === null || !Number.isInteger(count)) continue;
      const inRegime = regime === 'DECREE_42_2022' ? ['FULL', 'PARTIAL'].includes(written) : written.startsWith('LEVEL_');
      const chosen = inRegime ? written : ACROSS_REGIMES[written];
      if (!chosen || services.some((s) => s.value.level === chosen)) continue;
      if (!inRegime) {
        assumptions.push({
          vi: `"${match[0]}" được ghi nhận là ${chosen === 'FULL' ? 'toàn trình' : chosen === 'PARTIAL' ? 'một phần' : `mức độ ${chosen.slice(-1)}`} theo quy định hiện hành tại ngày báo cáo.`,
          en: `"${match[0]}" is recorded as ${chosen} under the rules in force at the report's date.`,
        });
      }
      services.push({ value: { level: chosen, count }, start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, confidence: inRegime ? 'medium' : 'low' });
    }
  }
  return { services, assumptions };
}

/** Phrases that state an entered indicator's value (docs/domain.md §12); a group captures the value. */
const INDICATOR_PHRASES: readonly { code: string; pattern: RegExp; yes?: boolean }[] = [
  { code: 'PROCEDURES.PUBLISHED', pattern: new RegExp(`công bố\\s+${N}\\s+(?:thủ tục hành chính|TTHC)`, 'iu') },
  { code: 'PROCEDURES.AMENDED', pattern: new RegExp(`sửa đổi,?\\s+bổ sung\\s+${N}\\s+(?:thủ tục|TTHC)`, 'iu') },
  { code: 'PROCEDURES.ABOLISHED', pattern: new RegExp(`bãi bỏ\\s+${N}\\s+(?:thủ tục|TTHC)`, 'iu') },
  { code: 'PROCEDURES.SIMPLIFIED', pattern: new RegExp(`đơn giản hóa\\s+${N}\\s+(?:thủ tục|TTHC)`, 'iu') },
  { code: 'INSTITUTIONS.NORMS_ISSUED', pattern: new RegExp(`ban hành\\s+${N}\\s+văn bản quy phạm pháp luật`, 'iu') },
  { code: 'INSTITUTIONS.NORMS_REVIEWED', pattern: new RegExp(`rà soát\\s+${N}\\s+văn bản`, 'iu') },
  { code: 'DIRECTION.COMMUNICATION', pattern: new RegExp(`${N}\\s+(?:hoạt động|cuộc|tin,? bài|buổi)\\s+tuyên truyền`, 'iu') },
  { code: 'DIRECTION.INITIATIVES', pattern: new RegExp(`${N}\\s+sáng kiến`, 'iu') },
  { code: 'CIVIL_SERVICE.RECRUITED', pattern: new RegExp(`tuyển dụng\\s+${N}\\s+(?:công chức|viên chức|người|chỉ tiêu)`, 'iu') },
  { code: 'APPARATUS.STAFF_REDUCED', pattern: new RegExp(`tinh giản(?: biên chế)?\\s+(?:được\\s+)?${N}\\s+(?:người|biên chế|trường hợp)`, 'iu') },
  { code: 'DIGITAL_GOVERNMENT.E_DOCUMENTS_RATE', pattern: new RegExp(`văn bản[^.;%]{0,60}?điện tử[^.;%]{0,40}?(?:đạt|là|:)\\s*${N}\\s*%`, 'iu') },
  { code: 'DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE', pattern: new RegExp(`thanh toán trực tuyến[^.;%]{0,60}?(?:đạt|là|:)\\s*${N}\\s*%`, 'iu') },
  { code: 'DIGITAL_GOVERNMENT.DIGITISED_RATE', pattern: new RegExp(`số hóa[^.;%]{0,60}?(?:đạt|là|:)\\s*${N}\\s*%`, 'iu') },
  { code: 'DIGITAL_GOVERNMENT.ISO_9001', pattern: /(?:áp dụng|duy trì)[^.;]{0,60}?ISO\s*9001/iu, yes: true },
  { code: 'DIRECTION.SATISFACTION_SURVEY', pattern: /khảo sát[^.;]{0,20}?sự hài lòng|khảo sát mức độ hài lòng/iu, yes: true },
];

/**
 * Values of the entered indicators of the set in force that a sentence states ("tỷ lệ văn bản
 * trao đổi dưới dạng điện tử đạt 98,5%"), kept as published. Derived indicators are never read
 * here: they come from the report's records.
 */
export function readIndicators(
  source: SourceText,
  fromLine: number,
  toLine: number,
  set: IndicatorSet | null,
): ReadRecord<{ code: string; value: number | boolean; note: string; asPublished: boolean }>[] {
  if (!set) return [];
  const values: ReadRecord<{ code: string; value: number | boolean; note: string; asPublished: boolean }>[] = [];
  for (const sentence of source.sentences(fromLine, toLine)) {
    const text = source.plain.slice(sentence.start, sentence.end);
    for (const phrase of INDICATOR_PHRASES) {
      const definition = set.indicators.find((i) => i.code === phrase.code);
      if (!definition || definition.source.kind !== 'entered' || values.some((v) => v.value.code === phrase.code)) continue;
      const match = phrase.pattern.exec(text);
      if (!match) continue;
      const value = phrase.yes ? true : parseVietnameseNumber(match[1] ?? '');
      if (value === null || indicatorValueProblem(definition, value) !== null) continue;
      values.push({ value: { code: phrase.code, value, note: '', asPublished: true }, start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, confidence: 'medium' });
    }
  }
  return values;
}
