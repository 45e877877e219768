import type { ReformAreaKey } from '../programmes/reform-programmes.js';
import type { SectionKind } from '../programmes/section-kinds.js';
import { PROVINCE_SECTION_KEYWORDS, UNMAPPED_PROVINCE_SECTION, areaOf, keyText } from './keywords.js';
import type { ExtractionConfidence } from './report-extraction.js';
import type { SourceLine, SourceText } from './source-text.js';

/** A section read from the body, with the lines it spans. */
export interface ReadSection {
  kind: SectionKind;
  areaKey: ReformAreaKey | null;
  provinceSection: string | null;
  heading: string;
  narrative: string;
  /** Offsets of the heading as written. */
  start: number;
  end: number;
  confidence: ExtractionConfidence;
  /** Lines of the section's content (heading excluded), possibly in several runs after merging. */
  runs: { from: number; to: number }[];
  /** For difficulties and proposals: which list its items go to. */
  part: 'difficulties' | 'proposals' | 'both' | null;
}

export interface ReportBody {
  preamble: { from: number; to: number };
  sections: ReadSection[];
  /** Line where the body ends: the closing "Trên đây là …", "Nơi nhận", or the end. */
  end: number;
}

type Role =
  | { role: 'tasks' }
  | { role: 'difficulties' | 'proposals' | 'both' }
  | { role: 'direction' }
  | { role: 'directionAndResults' }
  | { role: 'results' }
  | { role: 'province'; code: string }
  | { role: 'area'; key: ReformAreaKey; strong: boolean }
  | { role: 'unknown' };

const ROMAN = /^(?:PHẦN\s+(?:THỨ\s+\S+\s*)?)?([IVX]{1,5})\s*[.:)\-–]\s*(\S.*)$/u;
const ARABIC = /^(\d{1,2})\s*[.)]\s+(\S.*)$/u;
const CLOSING = /^(Trên đây là|Trên đây|Nơi nhận)/iu;

/** What a heading's words say it is (docs/domain.md §2, §3, §12's outline). */
export function headingRole(text: string): Role {
  const key = keyText(text);
  const province = PROVINCE_SECTION_KEYWORDS.find((p) => p.pattern.test(key));
  if (/(nhiệm vụ|phương hướng)/u.test(key) && !/kết quả|đã thực hiện/u.test(key)) return { role: 'tasks' };
  if (/(kế hoạch|giải pháp).*(tới|tiếp theo|cuối năm|còn lại)/u.test(key) && !/kết quả/u.test(key)) return { role: 'tasks' };
  const difficulties = /khó khăn|vướng mắc|tồn tại|hạn chế|đánh giá chung|nhận xét/u.test(key);
  const proposals = /kiến nghị|đề xuất/u.test(key);
  if (difficulties && proposals) return { role: 'both' };
  if (proposals) return { role: 'proposals' };
  if (difficulties) return { role: 'difficulties' };
  if (province) return { role: 'province', code: province.code };
  const area = areaOf(text);
  if (area?.strong) return { role: 'area', ...area };
  if (/chỉ đạo|điều hành/u.test(key)) return /kết quả/u.test(key) ? { role: 'directionAndResults' } : { role: 'direction' };
  if (/kết quả/u.test(key)) return { role: 'results' };
  if (/tuyên truyền|kế hoạch cải cách|kiểm tra cải cách|công tác kiểm tra|sáng kiến|khảo sát/u.test(key)) return { role: 'direction' };
  if (area) return { role: 'area', ...area };
  return { role: 'unknown' };
}

const known = (role: Role): boolean => role.role !== 'unknown';
const isUpper = (text: string): boolean => {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 0 && upper.length / letters.length > 0.7;
};

interface Heading {
  line: SourceLine;
  level: 1 | 2;
  text: string;
  role: Role;
}

/**
 * Splits a report's body into its preamble and sections (docs/domain.md §2): Roman headings (I.,
 * II.) are parts, Arabic ones (1., 2.) their sections. Each heading is read for what it is: an
 * area of either programme, the province's own section, direction and administration, next
 * period tasks, difficulties or proposals. A part that only gathers results (the seed's "I. CÔNG
 * TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ KẾT QUẢ …") gives its sections; a part of tasks or difficulties keeps
 * its numbered lines as items, not sections. A heading nothing names becomes a province-specific
 * section coded `UNMAPPED` for a person to map. Sections of the same area or direction are merged.
 */
export function readSections(source: SourceText, bodyLine: number): ReportBody {
  const lines = source.lines;
  let end = lines.findIndex((line, i) => i >= bodyLine && CLOSING.test(line.clean));
  if (end < 0) end = lines.length;

  const headings: Heading[] = [];
  let listParent = false;
  for (const line of lines.slice(bodyLine, end)) {
    const text = line.clean;
    if (!text || text.length > 400) continue;
    const roman = ROMAN.exec(text);
    if (roman) {
      const role = headingRole(roman[2] ?? '');
      if (line.marked || isUpper(roman[2] ?? '') || known(role)) {
        headings.push({ line, level: 1, text, role });
        listParent = ['tasks', 'difficulties', 'proposals', 'both', 'unknown', 'area', 'province'].includes(role.role);
        continue;
      }
    }
    const arabic = ARABIC.exec(text);
    if (arabic && !listParent && !line.bullet) {
      const role = headingRole(arabic[2] ?? '');
      // Unnamed headings count when they go on with the numbering of the part's sections.
      const previous = headings.at(-1);
      const continues = previous?.level === 2 && Number(ARABIC.exec(previous.text)?.[1]) + 1 === Number(arabic[1]);
      const plausible = line.marked || (text.length <= 160 && !/[.;,:]$/.test(text) && (known(role) || continues));
      if (plausible) headings.push({ line, level: 2, text, role });
    }
  }

  const firstHeading = headings[0]?.line.index ?? end;
  const sections: ReadSection[] = [];
  const add = (heading: Heading, from: number, to: number, role: Role): void => {
    const base = { heading: heading.text, start: heading.line.start + source.text.slice(heading.line.start).search(/\S/u), end: heading.line.end, runs: [{ from, to }] };
    const section = ((): Omit<ReadSection, 'heading' | 'start' | 'end' | 'runs' | 'narrative'> => {
      switch (role.role) {
        case 'tasks':
          return { kind: 'NEXT_PERIOD_TASKS', areaKey: null, provinceSection: null, confidence: 'high', part: null };
        case 'difficulties':
        case 'proposals':
        case 'both':
          return { kind: 'DIFFICULTIES_PROPOSALS', areaKey: null, provinceSection: null, confidence: 'high', part: role.role };
        case 'direction':
        case 'directionAndResults':
        case 'results':
          return { kind: 'DIRECTION', areaKey: null, provinceSection: null, confidence: role.role === 'results' ? 'medium' : 'high', part: null };
        case 'province':
          return { kind: 'PROVINCE_SPECIFIC', areaKey: null, provinceSection: role.code, confidence: 'high', part: null };
        case 'area':
          return { kind: 'AREA', areaKey: role.key, provinceSection: null, confidence: role.strong ? 'high' : 'low', part: null };
        case 'unknown':
          return { kind: 'PROVINCE_SPECIFIC', areaKey: null, provinceSection: UNMAPPED_PROVINCE_SECTION, confidence: 'low', part: null };
      }
    })();
    const same = sections.find(
      (s) => s.kind === section.kind && s.kind !== 'PROVINCE_SPECIFIC' && s.areaKey === section.areaKey && (s.kind !== 'DIFFICULTIES_PROPOSALS' || s.part === section.part),
    );
    if (same) {
      // The merged heading stays in the narrative, so nothing written is lost.
      same.runs.push({ from: heading.line.index, to });
      if (section.confidence === 'high') same.confidence = same.confidence === 'low' ? 'medium' : same.confidence;
      return;
    }
    sections.push({ ...section, ...base, narrative: '' });
  };

  headings.forEach((heading, i) => {
    const next = headings[i + 1];
    const contentEnd = next?.line.index ?? end;
    if (heading.level === 1) {
      const children: Heading[] = [];
      for (const h of headings.slice(i + 1)) {
        if (h.level === 1) break;
        children.push(h);
      }
      const partEnd = headings.find((h, j) => j > i && h.level === 1)?.line.index ?? end;
      const container = ['direction', 'directionAndResults', 'results'].includes(heading.role.role) && children.length > 0;
      if (!container) {
        add(heading, heading.line.index + 1, partEnd, heading.role);
        return;
      }
      const ownEnd = children[0]?.line.index ?? partEnd;
      const hasOwnText = lines.slice(heading.line.index + 1, ownEnd).some((l) => l.clean);
      if (hasOwnText || heading.role.role === 'direction') add(heading, heading.line.index + 1, ownEnd, heading.role.role === 'direction' ? heading.role : { role: 'direction' });
      return;
    }
    // A section: its role, or what its part makes of it.
    const parent = [...headings.slice(0, i)].reverse().find((h) => h.level === 1);
    let role = heading.role;
    if (role.role === 'unknown' || role.role === 'results') {
      role = parent?.role.role === 'direction' ? { role: 'direction' } : { role: 'unknown' };
    }
    if (parent?.role.role === 'direction' && role.role === 'area' && !role.strong) role = { role: 'direction' };
    add(heading, heading.line.index + 1, contentEnd, role);
  });

  for (const section of sections) {
    section.narrative = section.runs.map((run) => source.narrative(run.from, run.to)).filter(Boolean).join('\n\n');
  }
  return { preamble: { from: bodyLine, to: firstHeading }, sections, end };
}

