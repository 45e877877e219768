/** A run of words of a compared text: the same on both sides, only before, or only after. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Above this many word pairs the texts are shown as wholly replaced instead (a quadratic table). */
const MAX_CELLS = 4_000_000;

/** A word with the whitespace before it; a text's trailing whitespace is a token with no word. */
interface Token {
  space: string;
  word: string;
}

function tokens(text: string): Token[] {
  const found = [...text.matchAll(/(\s*)(\S+)/g)].map((m) => ({ space: m[1] ?? '', word: m[2] ?? '' }));
  const trailing = /\s+$/.exec(text)?.[0];
  if (trailing !== undefined && !/^\s+$/.test(text)) found.push({ space: trailing, word: '' });
  else if (trailing !== undefined) found.push({ space: text, word: '' });
  return found;
}

const join = (list: Token[]): string => list.map((t) => t.space + t.word).join('');

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  const last = parts[parts.length - 1];
  if (last?.kind === kind) last.text += text;
  else if (text !== '') parts.push({ kind, text });
}

/**
 * The words that changed between two versions of a paragraph: a longest common subsequence over
 * words (each word with the whitespace before it, so each side joins back exactly), runs merged, and at
 * each change what was removed before what was added. Joining the `same` and `removed` parts
 * gives `before`; the `same` and `added` parts give `after`.
 *
 * @example
 * wordDiff('Đã ban hành 5 kế hoạch', 'Đã ban hành 7 kế hoạch')
 * // [{ kind: 'same', text: 'Đã ban hành' }, { kind: 'removed', text: ' 5' },
 * //  { kind: 'added', text: ' 7' }, { kind: 'same', text: ' kế hoạch' }]
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const same = (p: Token | undefined, q: Token | undefined): boolean => p !== undefined && q !== undefined && p.space === q.space && p.word === q.word;
  // The common head and tail need no table, which keeps long paragraphs with a small edit cheap.
  let head = 0;
  while (head < a.length && head < b.length && same(a[head], b[head])) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && same(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);

  const parts: DiffPart[] = [];
  push(parts, 'same', join(a.slice(0, head)));
  if ((x.length + 1) * (y.length + 1) > MAX_CELLS) {
    push(parts, 'removed', join(x));
    push(parts, 'added', join(y));
  } else {
    // Words are matched on the word alone, so a changed space never anchors a match.
    // lcs[i * width + j]: the longest common subsequence of the words of x from i and y from j.
    const width = y.length + 1;
    const lcs = new Uint32Array((x.length + 1) * width);
    const at = (i: number, j: number): number => lcs[i * width + j] ?? 0;
    for (let i = x.length - 1; i >= 0; i--) {
      for (let j = y.length - 1; j >= 0; j--) {
        lcs[i * width + j] = x[i]?.word === y[j]?.word ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
      }
    }
    let i = 0;
    let j = 0;
    let removed = '';
    let added = '';
    const flush = (): void => {
      push(parts, 'removed', removed);
      push(parts, 'added', added);
      removed = '';
      added = '';
    };
    while (i < x.length || j < y.length) {
      const p = x[i];
      const q = y[j];
      if (p && q && p.word === q.word) {
        if (p.space === q.space) {
          flush();
          push(parts, 'same', p.space + p.word);
        } else {
          removed += p.space;
          added += q.space;
          flush();
          push(parts, 'same', p.word);
        }
        i++;
        j++;
      } else if (p && (!q || at(i + 1, j) >= at(i, j + 1))) {
        removed += p.space + p.word;
        i++;
      } else if (q) {
        added += q.space + q.word;
        j++;
      }
    }
    flush();
  }
  push(parts, 'same', join(a.slice(a.length - tail)));
  return parts;
}
