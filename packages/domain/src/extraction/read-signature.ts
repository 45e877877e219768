import type { Signing, SigningMode } from '../reports/signing.schema.js';
import { SIGNING_MODES } from '../reports/signing.schema.js';
import type { Located, SourceText } from './source-text.js';

export interface ReportSignature {
  signing: Located<Signing> | null;
  recipients: Located<string>[];
}

const RECIPIENTS = /^Nơi nhận\s*:?\s*(.*)$/iu;
const MODE = new RegExp(`^(${SIGNING_MODES.map((m) => m.replace('.', '\\.')).join('|')})\\s*(\\S.*)$`, 'u');
const NOTE = /^\(.*\)$|^(đã ký|ký tên|ký,)/iu;
const NAME = /^\p{Lu}[\p{Ll}]*(?:\s+\p{Lu}[\p{Ll}]*){1,5}$/u;
const TITLE = /^[\p{Lu}\s,.&-]+$/u;

/**
 * Reads the end of a report (docs/domain.md §11): the recipients after "Nơi nhận:", one per line
 * ("- Sở Nội vụ;" gives "Sở Nội vụ", the archive line keeps its full stop), and the signature
 * block: the authority prefix and what it signs for ("KT. GIÁM ĐỐC"), the title ("PHÓ GIÁM ĐỐC")
 * and the name. The two blocks stand side by side in a Word table, so either may come first.
 */
export function readSignature(source: SourceText, fromLine: number): ReportSignature {
  const lines = source.lines.slice(fromLine);
  const recipients: Located<string>[] = [];
  const heading = lines.findIndex((l) => RECIPIENTS.test(l.clean));
  const offsetOf = (line: (typeof lines)[number]): number => line.start + Math.max(0, source.plain.slice(line.start, line.end).search(/[^\s+-]/u));

  if (heading >= 0) {
    const first = lines[heading];
    const inline = first ? RECIPIENTS.exec(first.clean)?.[1] : undefined;
    const candidates = inline ? [first] : [];
    for (const line of lines.slice(heading + 1)) {
      if (!line.clean) {
        if (candidates.length > 0 && !line.bullet) {
          const nextLine = lines.find((l) => l.index > line.index && l.clean);
          if (!nextLine?.bullet) break;
        }
        continue;
      }
      if (!line.bullet && (MODE.test(line.clean) || TITLE.test(line.clean) || NAME.test(line.clean))) break;
      candidates.push(line);
      if (/^Lưu\b/iu.test(line.clean)) break;
    }
    for (const line of candidates) {
      if (!line) continue;
      const raw = line === first && inline ? inline : line.clean;
      const text = /^Lưu\b/iu.test(raw) ? raw.replace(/[;,]$/, '').trim() : raw.replace(/[;,.]$/, '').trim();
      if (text) recipients.push({ value: text, start: offsetOf(line), end: line.end, confidence: 'high' });
    }
  }

  let signing: Located<Signing> | null = null;
  // "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the last prefix is the one the signer signs with.
  let modeLine = lines.findIndex((l) => !l.bullet && MODE.test(l.clean));
  while (modeLine >= 0 && MODE.test(lines[modeLine + 1]?.clean ?? '')) modeLine += 1;
  const tail = lines.filter((l, i) => l.clean && (modeLine < 0 || i > modeLine) && !NOTE.test(l.clean) && !recipients.some((r) => r.start >= l.start && r.start <= l.end) && !RECIPIENTS.test(l.clean));
  if (modeLine >= 0) {
    const line = lines[modeLine];
    const [, mode = '', onBehalfOf = ''] = MODE.exec(line?.clean ?? '') ?? [];
    // "KT. GIÁM ĐỐC  PHÓ GIÁM ĐỐC" on one line (a Markdown line break) splits at the repeated word.
    const split = /^(.+?)\s{2,}(\S.*)$/u.exec(source.plain.slice(line?.start ?? 0, line?.end ?? 0).replace(MODE_PREFIX, '').trim());
    const title = split ? null : tail.find((l) => TITLE.test(l.clean));
    const name = tail.find((l) => NAME.test(l.clean) && !TITLE.test(l.clean));
    const onBehalf = split ? (split[1] ?? '').trim() : onBehalfOf.trim();
    const titleText = split ? (split[2] ?? '').trim() : title?.clean;
    if (line && titleText && name) {
      signing = {
        value: { mode: mode as SigningMode, onBehalfOf: onBehalf, title: titleText, name: name.clean },
        start: offsetOf(line),
        end: name.end,
        confidence: 'high',
      };
    }
  } else {
    // Signed by the head: a title in capitals, then the name.
    const titleIndex = tail.findIndex((l) => TITLE.test(l.clean) && /\p{Lu}{3}/u.test(l.clean) && !/^(Nơi nhận)/iu.test(l.clean));
    const title = tail[titleIndex];
    const name = tail.slice(titleIndex + 1).find((l) => NAME.test(l.clean) && !TITLE.test(l.clean));
    if (titleIndex >= 0 && title && name) {
      signing = { value: { mode: null, onBehalfOf: null, title: title.clean, name: name.clean }, start: offsetOf(title), end: name.end, confidence: 'medium' };
    }
  }
  return { signing, recipients };
}

const MODE_PREFIX = new RegExp(`^\\s*(?:${SIGNING_MODES.map((m) => m.replace('.', '\\.')).join('|')})\\s*`, 'u');
