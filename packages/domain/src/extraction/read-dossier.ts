import type { DossierFigures } from '../dossier/dossier-figures.js';
import type { LocalizedText } from '../shared/localized-text.js';
import type { ExtractionConfidence } from './report-extraction.js';
import type { SourceText } from './source-text.js';
import { VIETNAMESE_NUMBER, parseVietnameseNumber } from './vietnamese-number.js';

/** What one figure written in a sentence stands for. */
type Slot =
  | 'received'
  | 'online'
  | 'postal'
  | 'inPerson'
  | 'carried'
  | 'resolved'
  | 'early'
  | 'onTime'
  | 'earlyOnTime'
  | 'late'
  | 'pending'
  | 'within'
  | 'overdue'
  | 'returned';

interface Figure {
  slot: Slot;
  value: number;
  start: number;
  end: number;
}

/** One dossier field as read, with where it came from. */
export interface DossierField {
  path: string;
  start: number;
  end: number;
  confidence: ExtractionConfidence;
}

export interface DossierReading {
  dossier: DossierFigures;
  fields: DossierField[];
  /** What was assumed, for a person to confirm. */
  assumptions: { path: string; message: LocalizedText }[];
}

const NUMBER = new RegExp(String.raw`(?<![\p{L}\d.,/-])(${VIETNAMESE_NUMBER})(?![\d/%]|,\d|\.\d)`, 'gu');
const MARKERS = /(?<pending>đang giải quyết|đang xử lý|chưa giải quyết|đang thụ lý)|(?<resolved>tiếp nhận và giải quyết|giải quyết|đã xử lý|trả kết quả)|(?<received>tiếp nhận|nhận mới)/giu;
const QUALIFIERS: readonly { slot: Slot | 'onTimeOrWithin' | 'lateOrOverdue'; pattern: RegExp }[] = [
  { slot: 'carried', pattern: /kỳ trước|tồn (?:từ )?(?:kỳ|năm) trước|chuyển sang/iu },
  { slot: 'returned', pattern: /trả lại|rút hồ sơ|hủy|từ chối|không giải quyết|dừng/iu },
  { slot: 'online', pattern: /trực tuyến|qua mạng|môi trường mạng/iu },
  { slot: 'postal', pattern: /bưu chính|bưu điện/iu },
  { slot: 'inPerson', pattern: /trực tiếp/iu },
  { slot: 'earlyOnTime', pattern: /đúng và trước hạn|trước và đúng hạn|đúng hạn và trước hạn|trước hạn và đúng hạn|trước hạn, đúng hạn/iu },
  { slot: 'early', pattern: /trước hạn|sớm hạn/iu },
  { slot: 'within', pattern: /chưa (?:đến|tới) hạn/iu },
  { slot: 'onTimeOrWithin', pattern: /đúng (?:thời )?hạn|trong hạn/iu },
  { slot: 'lateOrOverdue', pattern: /quá hạn|trễ hạn|chậm/iu },
];
// A number that is a date, a year, a month count or a rate is not a figure of dossiers.
const NOT_A_COUNT_BEFORE = /(?:năm|tháng|ngày|quý|mức độ|mức)\s*$/iu;
const NOT_A_COUNT_AFTER = /^\s*(?:tháng|năm|ngày|%|giờ|phút)/iu;
// "và" joins two figures, except in "đúng và trước hạn" (one figure).
const DELIMITER = /[,;()]|\.\s|\strong đó\s|\svà\s(?!trước hạn|đúng hạn)/giu;

const qualifierOf = (text: string): Slot | 'onTimeOrWithin' | 'lateOrOverdue' | null =>
  QUALIFIERS.find((q) => q.pattern.test(text))?.slot ?? null;

/** The text between the last delimiter before `at` and `at`, and from `at` to the next delimiter. */
const around = (line: string, from: number, to: number): { before: string; after: string } => {
  let start = 0;
  for (const match of line.slice(0, from).matchAll(DELIMITER)) start = match.index + match[0].length;
  const rest = line.slice(to);
  const stop = rest.search(DELIMITER);
  return { before: line.slice(start, from), after: stop < 0 ? rest : rest.slice(0, stop) };
};

/** Every dossier figure written in the lines `[fromLine, toLine)`, in text order. */
function figuresIn(source: SourceText, fromLine: number, toLine: number): Figure[] {
  const figures: Figure[] = [];
  for (const line of source.lines.slice(fromLine, toLine)) {
    const text = source.plain.slice(line.start, line.end);
    if (!/hồ sơ/iu.test(text)) continue;
    const markers = [...text.matchAll(MARKERS)].map((m) => ({
      at: m.index,
      kind: m.groups?.pending ? ('pending' as const) : m.groups?.resolved ? ('resolved' as const) : ('received' as const),
    }));
    for (const match of text.matchAll(NUMBER)) {
      const from = match.index;
      const to = from + match[0].length;
      const value = parseVietnameseNumber(match[0]);
      if (value === null || !Number.isInteger(value)) continue;
      if (NOT_A_COUNT_BEFORE.test(text.slice(Math.max(0, from - 12), from)) || NOT_A_COUNT_AFTER.test(text.slice(to))) continue;
      const { before, after } = around(text, from, to);
      const followedByDossiers = /^\s*hồ sơ/iu.test(text.slice(to));
      const qualifier = qualifierOf(before) ?? qualifierOf(after);
      const context = markers.filter((m) => m.at < from).at(-1)?.kind ?? null;
      const stated = followedByDossiers || qualifier !== null || /(?:là|:)\s*$/u.test(before);
      if (!stated) continue;
      // "trong hạn" and "quá hạn" mean within time and overdue after "đang giải quyết", on time and late otherwise.
      const slot: Slot | null =
        qualifier === 'onTimeOrWithin'
          ? context === 'pending'
            ? 'within'
            : 'onTime'
          : qualifier === 'lateOrOverdue'
            ? context === 'pending'
              ? 'overdue'
              : 'late'
            : (qualifier ?? context);
      if (slot === null || (qualifier === null && !followedByDossiers && !/(?:là|:)\s*$/u.test(before))) continue;
      figures.push({ slot, value, start: line.start + from, end: line.start + to });
    }
  }
  return figures;
}

const sum = (...values: (number | undefined)[]): number => values.reduce<number>((a, b) => a + (b ?? 0), 0);

/**
 * Reads the dossier (TTHC) figures a report writes in sentences (docs/domain.md §6, §14):
 * received by channel, carried over, resolved early, on time and late ("đúng và trước hạn" as one
 * on-time figure), in progress within time and overdue, returned, and the totals the text states,
 * kept in `stated` as published. The first figure of each kind counts (a report gives its own
 * totals before any breakdown by level). Where the text leaves a part out, the figures are
 * completed with what the identity of §6 gives and the assumption is said: a received total
 * without channels is counted in person; a total received never written is resolved + in
 * progress + returned − carried over; a total in progress without its split is within time.
 * Returns null when the text writes no dossier figure.
 *
 * @example
 * // "… đã tiếp nhận và giải quyết 12 hồ sơ … đúng thời hạn … và đang giải quyết 02 hồ sơ."
 * // resolvedOnTime 12, pendingWithinTime 2, receivedInPerson 14 (assumed channel)
 */
export function readDossier(source: SourceText, fromLine: number, toLine: number): DossierReading | null {
  const figures = figuresIn(source, fromLine, toLine);
  if (figures.length === 0) return null;
  const first = new Map<Slot, Figure>();
  for (const figure of figures) if (!first.has(figure.slot)) first.set(figure.slot, figure);
  const get = (slot: Slot): number | undefined => first.get(slot)?.value;

  const fields: DossierField[] = [];
  const assumptions: DossierReading['assumptions'] = [];
  const note = (path: string, slot: Slot | undefined, confidence: ExtractionConfidence, fallback?: Figure): void => {
    const figure = (slot && first.get(slot)) ?? fallback;
    if (figure) fields.push({ path, start: figure.start, end: figure.end, confidence });
  };
  const anyFigure = figures[0] as Figure;

  const early = get('early') ?? 0;
  const combined = get('earlyOnTime');
  const onTime = combined ?? get('onTime');
  const late = get('late');
  const resolved = get('resolved');
  let resolvedOnTime = onTime ?? 0;
  if (resolved !== undefined && onTime === undefined) {
    // A total without its split: on time unless the text says otherwise.
    resolvedOnTime = Math.max(0, resolved - early - (late ?? 0));
    assumptions.push({
      path: 'dossier.resolvedOnTime',
      message: {
        vi: `Văn bản chỉ nêu tổng số hồ sơ đã giải quyết (${resolved}); phần chưa rõ được tính là đúng hạn.`,
        en: `The text gives only the total resolved (${resolved}); the part not split is counted as on time.`,
      },
    });
  }
  const pending = get('pending');
  const overdue = get('overdue') ?? 0;
  const within = get('within') ?? (pending !== undefined ? Math.max(0, pending - overdue) : 0);
  const returned = get('returned') ?? 0;
  const carried = get('carried') ?? 0;

  let online = get('online');
  let postal = get('postal');
  let inPerson = get('inPerson');
  const received = get('received');
  const channels = [online, postal, inPerson].filter((v) => v !== undefined).length;
  if (received !== undefined && channels === 0) {
    inPerson = received;
    assumptions.push({
      path: 'dossier.receivedInPerson',
      message: {
        vi: `Văn bản không nêu kênh tiếp nhận của ${received} hồ sơ; tạm tính là tiếp nhận trực tiếp.`,
        en: `The text does not say how the ${received} dossiers were received; counted as received in person.`,
      },
    });
    note('dossier.receivedInPerson', 'received', 'low');
  } else if (received !== undefined && channels === 2) {
    const rest = received - sum(online, postal, inPerson);
    if (rest >= 0) {
      if (online === undefined) online = rest;
      else if (postal === undefined) postal = rest;
      else inPerson = rest;
    }
  } else if (received === undefined && channels === 0) {
    const derived = Math.max(0, resolvedOnTime + early + (late ?? 0) + (pending ?? within + overdue) + returned - carried);
    inPerson = derived;
    assumptions.push({
      path: 'dossier.receivedInPerson',
      message: {
        vi: `Văn bản không nêu số hồ sơ tiếp nhận và kênh tiếp nhận; ${derived} hồ sơ được tính từ số đã giải quyết, đang giải quyết và trả lại, coi là tiếp nhận trực tiếp.`,
        en: `The text gives neither the dossiers received nor their channel; ${derived} is computed from those resolved, in progress and returned, counted as received in person.`,
      },
    });
    note('dossier.receivedInPerson', undefined, 'low', first.get('resolved') ?? first.get('onTime') ?? anyFigure);
  }

  const dossier: DossierFigures = {
    carriedOver: carried,
    receivedOnline: online ?? 0,
    receivedInPerson: inPerson ?? 0,
    receivedPostal: postal ?? 0,
    resolvedEarly: early,
    resolvedOnTime,
    resolvedLate: late ?? 0,
    pendingWithinTime: within,
    pendingOverdue: overdue,
    returned,
  };
  const stated = {
    ...(received !== undefined ? { received } : {}),
    ...(resolved !== undefined ? { resolved } : {}),
    ...(pending !== undefined ? { inProgress: pending } : {}),
  };
  if (Object.keys(stated).length > 0) dossier.stated = stated;

  note('dossier.carriedOver', 'carried', 'medium');
  note('dossier.receivedOnline', 'online', 'medium');
  note('dossier.receivedPostal', 'postal', 'medium');
  if (!fields.some((f) => f.path === 'dossier.receivedInPerson')) note('dossier.receivedInPerson', 'inPerson', 'medium');
  note('dossier.resolvedEarly', 'early', 'medium');
  note('dossier.resolvedOnTime', combined !== undefined ? 'earlyOnTime' : onTime !== undefined ? 'onTime' : 'resolved', onTime !== undefined ? 'medium' : 'low');
  note('dossier.resolvedLate', 'late', 'medium');
  note('dossier.pendingWithinTime', get('within') !== undefined ? 'within' : 'pending', get('within') !== undefined ? 'medium' : 'low');
  note('dossier.pendingOverdue', 'overdue', 'medium');
  note('dossier.returned', 'returned', 'medium');
  return { dossier, fields, assumptions };
}
