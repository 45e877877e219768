import type { Citation } from '../citations/find-citations.js';
import type { ReformAreaKey } from '../programmes/reform-programmes.js';
import { DecisionSchema, type Decision, type DecisionPurpose } from '../records/decision.schema.js';
import { DocumentReferenceSchema, type DocumentReference } from '../records/document-reference.schema.js';
import { LetterSchema, type Letter } from '../records/letter.schema.js';
import { PlanSchema, type Plan } from '../records/plan.schema.js';
import type { DocumentSymbol } from '../symbols/document-symbol.js';
import { parseDocumentSymbol } from '../symbols/parse-document-symbol.js';
import { knownAgencyCode } from '../symbols/symbol-options.js';
import type { ExtractionConfidence } from './report-extraction.js';
import type { SourceText } from './source-text.js';

/** A citation as `findCitations` gives it (with where its date stands and the issuer the prose names). */
export type FoundCitation = Citation;

/** One record read from citations, with the citation it came from. */
export interface ReadRecord<T> {
  value: T;
  start: number;
  end: number;
  confidence: ExtractionConfidence;
}

export interface DocumentsReading {
  plans: ReadRecord<Plan>[];
  decisions: ReadRecord<Decision>[];
  letters: ReadRecord<Letter>[];
  documents: ReadRecord<DocumentReference>[];
  /** For each citation (same order): whether the agency issued it. */
  own: boolean[];
}

export interface DocumentsContext {
  agencyCode: string | null;
  agencyName: string | null;
  /** The period's data window and year, when known: what the agency issued in it. */
  window: { from: string; to: string } | null;
  year: number | null;
  /** The latest date an issued document can carry (the report's date, or the deadline). */
  latest: string | null;
  agencyCodes?: readonly string[];
  /** The area of the section a text offset stands in. */
  areaAt: (offset: number) => ReformAreaKey | null;
}

const LEVEL_WORDS = /\b(tỉnh|huyện|thị xã|thành phố|xã|phường|thị trấn|đặc khu|chính phủ|thủ tướng|trung ương|bộ)\b/iu;
const KIND_WORDS = /\s*(?:,|và|;)?\s*(?:các\s+)?(?:Kế hoạch|Quyết định|Công văn|Thông báo|Báo cáo|Hướng dẫn|Chỉ thị|Nghị quyết|Nghị định|Thông tư|Tờ trình|Chương trình|Đề án|văn bản)?\s*(?:số)?\s*$/iu;

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const canonical = (issuer: string, codes?: readonly string[]): string =>
  issuer
    .split('-')
    .map((part) => knownAgencyCode(part, codes) ?? part)
    .join('-')
    .toLocaleUpperCase('vi');

/** The words after a citation up to the end of its clause (the next citation, ";", ". " or the line end). */
function clauseAfter(source: SourceText, citation: FoundCitation, next: FoundCitation | undefined): string {
  const from = Math.max(citation.end, citation.dateEnd ?? citation.end);
  const line = source.lineAt(citation.start);
  let to = Math.min(line.end, next && next.start > from ? next.start : line.end);
  const rest = source.plain.slice(from, to);
  const stop = rest.search(/;|\.\s|\.$/u);
  if (stop >= 0) to = from + stop;
  return source.cleanSlice(from, to)
    .replace(/^[\s,)(]*(?:\(?\s*(?:ban hành\s+)?ngày\s+[\d/.\- ]+(?:tháng\s+\d+\s+năm\s+\d{4})?\)?)?[\s,)]*/iu, '')
    .replace(KIND_WORDS, '')
    .trim();
}

/** The words before a citation back to the start of its clause. */
function clauseBefore(source: SourceText, citation: FoundCitation, previous: FoundCitation | undefined): string {
  const line = source.lineAt(citation.start);
  const from = Math.max(line.start, previous && previous.end < citation.start ? Math.max(previous.end, previous.dateEnd ?? 0) : line.start);
  const text = source.cleanSlice(from, citation.dateStart !== undefined && citation.dateStart < citation.start ? citation.dateStart : citation.start);
  const cut = Math.max(text.lastIndexOf(';'), text.lastIndexOf('. '));
  return (cut >= 0 ? text.slice(cut + 1) : text).trim();
}

/**
 * What a document is about: the words after the symbol ("về …", "thành lập …", "ban hành …",
 * after any "của <issuer>"), or what the sentence says it promulgates ("ban hành Quy chế … kèm
 * theo Quyết định số …"). `sure` is false for a clause that is neither.
 */
function titleOf(after: string, before: string): { text: string; sure: boolean } | null {
  const clean = (t: string): string =>
    capitalise(
      t
        .replace(/\s*:.*$/u, '')
        // A new clause with its own subject ("…, Sở Ngoại vụ báo cáo …") is not part of the title.
        .replace(/,\s+(?:Sở|UBND|Ủy ban|Ban|Phòng|Văn phòng|[Xx]ã|[Hh]uyện|[Tt]ỉnh)\s[^,]*?(?:báo cáo|đã|có|tiếp tục|thực hiện)\s.*$/u, '')
        .replace(/[\s,]+$/u, '')
        .trim(),
    )
      .slice(0, 300)
      .trim();
  const rest = after.replace(/^của\s+.+?(?=\s(?:về|v\/v|ban hành|thành lập|phê duyệt|quy định|hướng dẫn)\s)/iu, '').trim();
  const about = /^(?:(?:gửi|đến)\s+.+?\s+)?(?:về việc|về|v\/v)\s+(.+)$/iu.exec(rest);
  if (about?.[1]) return { text: clean(about[1]), sure: true };
  if (/^(?:ban hành|thành lập|phê duyệt|quy định|hướng dẫn|kiện toàn|triển khai|tổ chức|kiểm tra|truyền thông|rà soát|hoạt động)\s/iu.test(rest)) {
    return { text: clean(rest), sure: true };
  }
  const promulgated = /(?:ban hành|xây dựng)\s+(.+?)\s+(?:kèm theo|tại|theo)\s*$/iu.exec(before.replace(KIND_WORDS, ''));
  if (promulgated?.[1]) return { text: clean(promulgated[1]), sure: true };
  const own = rest.replace(/^(?:gửi\s+.+?\s+)?/iu, '');
  return own.length >= 6 ? { text: clean(own), sure: false } : null;
}

function purposeOf(text: string): DecisionPurpose {
  if (/(?:thành lập|kiện toàn)\s+(?:đoàn|tổ|ban|hội đồng)/iu.test(text)) return 'SET_UP_TEAM';
  if (/(?:phê duyệt|ban hành)\s+kế hoạch/iu.test(text)) return 'APPROVE_PLAN';
  if (/quy chế|quy định|nội quy|kèm theo/iu.test(text)) return 'PROMULGATE_RULE';
  return 'OTHER';
}

/**
 * Sorts a report's citations into what the agency issued in the period (plans, decisions,
 * letters, other documents) and the documents it cites (docs/domain.md §2, §5, §14). A citation
 * is the agency's own when its issuer is the agency's code and the prose does not name another
 * level ("… của UBND tỉnh" in a commune's report, whose code is also UBND). An own document counts
 * as issued in the period when dated within the data window (or up to the report's date), or in
 * the year before it when its title names the period's year (the year's plan, adopted in
 * advance); older ones are cited. One document cited several times is one record, with the date
 * that passes the citation rules; its title comes from "về …" after the symbol, or from what the
 * sentence says it promulgates ("ban hành Quy chế … kèm theo Quyết định số …").
 */
export function readDocuments(source: SourceText, citations: readonly FoundCitation[], context: DocumentsContext): DocumentsReading {
  const codes = context.agencyCodes;
  const agency = context.agencyCode ? canonical(context.agencyCode, codes) : null;
  const agencyLevel = context.agencyName ? LEVEL_WORDS.exec(context.agencyName.toLocaleLowerCase('vi'))?.[1] : undefined;
  const parsed = citations.map((c) => parseDocumentSymbol(c.symbol, { agencyCodes: codes }));
  const own = citations.map((citation, i) => {
    const symbol = parsed[i];
    if (!symbol || !agency || symbol.form === 'party' || symbol.form === 'normative') return false;
    if (canonical(symbol.issuer, codes) !== agency) return false;
    const prose = citation.issuerInProse?.toLocaleLowerCase('vi');
    const level = prose ? LEVEL_WORDS.exec(prose)?.[1] : undefined;
    return !(level && level !== agencyLevel);
  });

  interface Group {
    indexes: number[];
    symbol: DocumentSymbol;
  }
  const groups = new Map<string, Group>();
  citations.forEach((_, i) => {
    const symbol = parsed[i];
    if (!symbol) return;
    // Administrative and normative forms of one document share number, type and issuer.
    const key = [own[i] ? 'own' : 'cited', canonical(symbol.issuer, codes), symbol.type ?? '', symbol.number.replace(/^0+(?=\d)/, '')].join('|');
    const group = groups.get(key);
    if (group) {
      group.indexes.push(i);
      if (symbol.form === 'normative') group.symbol = symbol;
    } else groups.set(key, { indexes: [i], symbol });
  });

  const reading: DocumentsReading = { plans: [], decisions: [], letters: [], documents: [], own };
  for (const group of groups.values()) {
    const firstIndex = group.indexes[0] as number;
    const dates = group.indexes.map((i) => citations[i]?.date ?? null).filter((d): d is string => d !== null);
    const date = dates.find((d) => context.latest === null || d <= context.latest) ?? dates[0] ?? null;
    const dated = group.indexes.find((i) => citations[i]?.date === date) ?? firstIndex;
    const at = citations[dated] as FoundCitation;
    const after = clauseAfter(source, at, citations[dated + 1]);
    const before = clauseBefore(source, at, citations[dated - 1]);
    const title = titleOf(after, before);
    const location = { start: at.start, end: Math.max(at.end, at.dateEnd ?? at.end) };
    const symbolText = group.symbol.symbol;
    const confidence: ExtractionConfidence = date === null ? 'low' : title?.sure ? 'high' : 'medium';

    if (!own[firstIndex] || date === null) {
      const document = DocumentReferenceSchema.safeParse({
        symbol: symbolText,
        date,
        relation: 'CITED',
        ...(title?.sure ? { title: title.text } : {}),
      });
      if (document.success) reading.documents.push({ value: document.data, ...location, confidence: date === null ? 'medium' : 'high' });
      continue;
    }
    const year = context.year;
    const inWindow =
      context.window === null ||
      (date >= context.window.from && date <= (context.latest ?? context.window.to)) ||
      (year !== null && Number(date.slice(0, 4)) === year - 1 && new RegExp(`năm\\s+${year}|${year}\\s*-`, 'u').test(title?.text ?? after));
    if (!inWindow) {
      const document = DocumentReferenceSchema.safeParse({ symbol: symbolText, date, relation: 'CITED', ...(title?.sure ? { title: title.text } : {}) });
      if (document.success) reading.documents.push({ value: document.data, ...location, confidence: 'medium' });
      continue;
    }
    const fallbackTitle = title?.text || symbolText;
    const symbol = group.symbol;
    if (symbol.form === 'administrative' && symbol.type === 'KH') {
      const issued = Number(date.slice(0, 4));
      const range = /giai đoạn\s+(\d{4})\s*-\s*(\d{4})/u.exec(fallbackTitle);
      const named = Number(/năm\s+(\d{4})/u.exec(fallbackTitle)?.[1] ?? range?.[1] ?? NaN);
      const planYear = named >= issued && named <= issued + 1 ? named : year !== null && year >= issued && year <= issued + 1 ? year : issued;
      const toYear = range && Number(range[2]) > planYear ? { toYear: Number(range[2]) } : {};
      const plan = PlanSchema.safeParse({ symbol: symbolText, date, title: fallbackTitle, areaKey: context.areaAt(at.start), year: planYear, ...toYear });
      if (plan.success) {
        reading.plans.push({ value: plan.data, ...location, confidence });
        continue;
      }
    }
    if (symbol.type === 'QĐ') {
      const decision = DecisionSchema.safeParse({ symbol: symbolText, date, purpose: purposeOf(`${before} ${after}`), summary: fallbackTitle });
      if (decision.success) {
        reading.decisions.push({ value: decision.data, ...location, confidence });
        continue;
      }
    }
    if (symbol.form === 'letter') {
      const to = /^(?:gửi|đến)\s+(.+?)\s+(?:về việc|về|v\/v|đề nghị|xin)\b/iu.exec(after)?.[1];
      const summary = title?.sure ? title.text : capitalise(after.replace(/^(?:gửi|đến)\s+.+?\s+(?=đề nghị|xin)/iu, '')).replace(/\s*:.*$/u, '').slice(0, 300).trim() || symbolText;
      const letter = LetterSchema.safeParse({ symbol: symbolText, date, recipients: to ? [to.trim()] : [], summary });
      if (letter.success) {
        reading.letters.push({ value: letter.data, ...location, confidence });
        continue;
      }
    }
    const document = DocumentReferenceSchema.safeParse({ symbol: symbolText, date, relation: 'ISSUED', ...(title ? { title: title.text } : {}) });
    if (document.success) reading.documents.push({ value: document.data, ...location, confidence });
  }
  return reading;
}
