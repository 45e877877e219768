import type { CompilationContent } from '@cchc/domain';
import { NO_EDITS, partText, pendingContent, remainingEdits } from './compilation-edits.js';

const saved: CompilationContent = {
  title: 'Tình hình CCHC 9 tháng',
  includeSubmitted: false,
  narratives: { DIRECTION: 'Đã ban hành kế hoạch.' },
  registration: null,
  signer: { lines: ['TM. ỦY BAN NHÂN DÂN'], name: '' },
  recipients: ['Bộ Nội vụ'],
};

describe('compilation edits', () => {
  it('sends only what differs from the saved content, nothing when nothing does', () => {
    expect(pendingContent(saved, NO_EDITS)).toBeNull();
    expect(pendingContent(saved, { narratives: { DIRECTION: 'Đã ban hành kế hoạch.' } })).toBeNull();
    expect(pendingContent(saved, { title: 'Mới', narratives: { DIRECTION: 'Đã ban hành kế hoạch.', 'AREA.PROCEDURES': 'Đẩy mạnh.' } })).toEqual({
      title: 'Mới',
      narratives: { 'AREA.PROCEDURES': 'Đẩy mạnh.' },
    });
    expect(pendingContent(saved, { narratives: { DIRECTION: '' } })).toEqual({ narratives: { DIRECTION: '' } });
  });

  it('shows what was typed over what is saved', () => {
    expect(partText(saved, { narratives: { DIRECTION: 'Khác' } }, 'DIRECTION')).toBe('Khác');
    expect(partText(saved, NO_EDITS, 'DIRECTION')).toBe('Đã ban hành kế hoạch.');
    expect(partText(saved, NO_EDITS, 'ASSESSMENT')).toBe('');
  });

  it('keeps the typed texts the saved content does not have yet', () => {
    const now = { ...saved, narratives: { DIRECTION: 'Của người khác.', ASSESSMENT: 'Đã lưu.' } };
    expect(remainingEdits(now, { title: 'Tình hình CCHC 9 tháng', narratives: { ASSESSMENT: 'Đã lưu.', DIRECTION: 'Của tôi.' } })).toEqual({ narratives: { DIRECTION: 'Của tôi.' } });
  });
});
