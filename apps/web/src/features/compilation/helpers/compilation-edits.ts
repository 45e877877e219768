import type { CompilationContent } from '@cchc/domain';

/** What Home Affairs typed and has not saved yet: the title and part texts, by part key. */
export interface CompilationEdits {
  title?: string;
  narratives: Record<string, string>;
}

export const NO_EDITS: CompilationEdits = { narratives: {} };

/**
 * The PATCH content for what was typed since the saved content: only what differs, or null when
 * nothing does.
 *
 * @example
 * pendingContent({ ...saved, narratives: {} }, { narratives: { DIRECTION: 'Đã ban hành…' } }) // { narratives: { DIRECTION: 'Đã ban hành…' } }
 */
export function pendingContent(saved: CompilationContent, edits: CompilationEdits): Partial<CompilationContent> | null {
  const narratives = Object.fromEntries(Object.entries(edits.narratives).filter(([key, text]) => text !== (saved.narratives[key] ?? '')));
  const title = edits.title !== undefined && edits.title !== saved.title ? edits.title : undefined;
  if (Object.keys(narratives).length === 0 && title === undefined) return null;
  return { ...(title !== undefined ? { title } : {}), ...(Object.keys(narratives).length > 0 ? { narratives } : {}) };
}

/** The text a part shows: what was typed, else what is saved. */
export function partText(saved: CompilationContent, edits: CompilationEdits, key: string): string {
  return edits.narratives[key] ?? saved.narratives[key] ?? '';
}

/**
 * The edits still to save once the saved content has moved on (a save went through, or another
 * person's change was loaded): a typed text equal to what is now saved is done; the others stay,
 * so nothing typed is lost by reloading.
 */
export function remainingEdits(saved: CompilationContent, edits: CompilationEdits): CompilationEdits {
  return {
    ...(edits.title !== undefined && edits.title !== saved.title ? { title: edits.title } : {}),
    narratives: Object.fromEntries(Object.entries(edits.narratives).filter(([key, text]) => text !== (saved.narratives[key] ?? ''))),
  };
}
