import { fileProblem, fileSize, IMPORT_ACCEPT, MAX_IMPORT_FILE_BYTES, pendingFirst } from './import-files.js';

describe('files before they are sent', () => {
  it('takes Word, Markdown and text files, whatever the case of their extension', () => {
    expect(IMPORT_ACCEPT).toBe('.docx,.md,.txt');
    expect(fileProblem({ name: 'Báo cáo 9 tháng.DOCX', size: 52_000 })).toBeNull();
    expect(fileProblem({ name: 'bc.md', size: 1 })).toBeNull();
    expect(fileProblem({ name: 'bc.txt', size: MAX_IMPORT_FILE_BYTES })).toBeNull();
  });

  it('refuses what the API would refuse, with its code', () => {
    expect(fileProblem({ name: 'bao-cao.pdf', size: 52_000 })).toBe('IMPORT_FORMAT');
    expect(fileProblem({ name: 'bao-cao.doc', size: 52_000 })).toBe('IMPORT_FORMAT');
    expect(fileProblem({ name: 'docx', size: 52_000 })).toBe('IMPORT_FORMAT');
    expect(fileProblem({ name: 'bc.docx', size: MAX_IMPORT_FILE_BYTES + 1 })).toBe('IMPORT_TOO_LARGE');
    expect(fileProblem({ name: 'bc.txt', size: 0 })).toBe('IMPORT_EMPTY');
  });

  it('writes sizes for people', () => {
    expect(fileSize(512, 'vi')).toBe('512 B');
    expect(fileSize(1536, 'vi')).toBe('1,5 kB');
    expect(fileSize(2048, 'en')).toBe('2 kB');
    expect(fileSize(2_621_440, 'en')).toBe('2.5 MB');
  });
});

describe('the list of imports', () => {
  it('shows those waiting for a confirmation first, newest first within each', () => {
    const items = [
      { id: 'a', status: 'CONFIRMED' as const, createdAt: '2026-11-30T10:00:00.000Z' },
      { id: 'b', status: 'PENDING' as const, createdAt: '2026-11-29T10:00:00.000Z' },
      { id: 'c', status: 'PENDING' as const, createdAt: '2026-11-30T09:00:00.000Z' },
      { id: 'd', status: 'CONFIRMED' as const, createdAt: '2026-11-28T10:00:00.000Z' },
    ];
    expect(pendingFirst(items).map((i) => i.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(items.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
