import type { CompilationContent } from '@cchc/domain';
import { NO_EDITS, partText, pendingContent, readStated, remainingEdits, statedText } from './compilation-edits.js';

const saved: CompilationContent = {
  title: 'Tình hình CCHC 9 tháng',
  includeSubmitted: false,
  narratives: { DIRECTION: 'Đã ban hành kế hoạch.' },
  stated: { 'D.PAY': { value: 30, note: 'Cổng DVC' } },
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

  it('sends a stated value once it reads as one, keeping its note, and marks one that does not', () => {
    const units = { 'D.PAY': 'percent' as const, 'D.ISO': 'yesNo' as const };
    expect(pendingContent(saved, { narratives: {}, stated: { 'D.PAY': '31,5' } }, units)).toEqual({ stated: { 'D.PAY': { value: 31.5, note: 'Cổng DVC' } } });
    expect(pendingContent(saved, { narratives: {}, stated: { 'D.PAY': '30' } }, units)).toBeNull();
    expect(pendingContent(saved, { narratives: {}, stated: { 'D.PAY': '120' } }, units)).toBeNull();
    expect(pendingContent(saved, { narratives: {}, stated: { 'D.ISO': 'yes' } }, units)).toEqual({ stated: { 'D.ISO': { value: true, note: '' } } });
    expect(pendingContent(saved, { narratives: {}, stated: { 'D.PAY': '' } }, units)).toEqual({ stated: { 'D.PAY': { value: null, note: 'Cổng DVC' } } });
    expect(readStated('percent', '120')).toEqual({ problem: { vi: 'Tỷ lệ phải từ 0 đến 100.', en: 'A percentage is from 0 to 100.' } });
    expect(readStated('percent', '3x')).toMatchObject({ problem: { vi: '"3x" không phải là một số (viết 1.245 hoặc 98,5).' } });
    expect(statedText(31.5)).toBe('31,5');
    expect(remainingEdits({ ...saved, stated: { 'D.PAY': { value: 31.5, note: '' } } }, { narratives: {}, stated: { 'D.PAY': '31,5' } })).toEqual({ narratives: {} });
  });
});
