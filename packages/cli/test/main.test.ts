import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, main } from '../src/main.js';

// Usage and file errors in both languages, through main() in-process (cli.test.ts runs the
// process itself).

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-main-'));
  writeFileSync(join(dir, 'seed.md'), 'Số: /BC-SNgV');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'report.pdf'), '%PDF-1.4');
  writeFileSync(join(dir, 'broken.docx'), 'not a word file');
  writeFileSync(join(dir, 'cp1258.txt'), Buffer.from([0x51, 0x75, 0xe1, 0xba, 0x6e, 0x67, 0xd2]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cchc(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text: string) => void (stdout += text),
    stderr: (text: string) => void (stderr += text),
    readFile: async (path: string) => (await import('node:fs/promises')).readFile(join(dir, path)),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('main: usage', () => {
  it.each([['--help'], ['-h'], ['help'], ['extract', '--help'], ['check', 'x.md', '-h']])('prints the usage on stdout for %j', async (...args) => {
    const run = await cchc(...args);
    expect([run.code, run.stderr]).toEqual([EXIT.OK, '']);
    expect(run.stdout).toContain('Cách dùng:');
    expect((await cchc(...args, '--lang=en')).stdout).toContain('Usage:');
  });

  it.each([
    [['frobnicate', 'seed.md'], 'Lệnh không hợp lệ: "frobnicate" (chỉ có extract, check, help).', 'Unknown command: "frobnicate" (the commands are extract, check, help).'],
    [['extract'], 'Thiếu tệp: cchc extract TỆP.', 'No file given: cchc extract FILE.'],
    [['check', 'seed.md', 'other.md'], 'cchc check đọc một tệp mỗi lần.', 'cchc check reads one file at a time.'],
    [['extract', 'seed.md', '--verbose'], 'Tùy chọn không hợp lệ: --verbose.', 'Unknown option: --verbose.'],
    [['extract', 'seed.md', '-x'], 'Tùy chọn không hợp lệ: -x.', 'Unknown option: -x.'],
    [['extract', 'seed.md', '--json=yes'], 'Tùy chọn --json không nhận giá trị.', 'The option --json takes no value.'],
  ])('exits 2 on %j, the message on stderr in the chosen language', async (args, vi, en) => {
    const run = await cchc(...args);
    expect([run.code, run.stdout, run.stderr]).toEqual([EXIT.USAGE, '', `cchc: ${vi}\nChạy "cchc help" để xem cách dùng.\n`]);
    const english = await cchc(...args, '--lang', 'en');
    expect([english.code, english.stdout, english.stderr]).toEqual([EXIT.USAGE, '', `cchc: ${en}\nRun "cchc help" for usage.\n`]);
  });

  it('exits 2 on a language it does not write, or none', async () => {
    expect(await cchc('extract', 'seed.md', '--lang', 'fr')).toMatchObject({ code: EXIT.USAGE, stderr: expect.stringContaining('--lang cần vi hoặc en, không phải "fr"') });
    expect(await cchc('extract', 'seed.md', '--lang')).toMatchObject({ code: EXIT.USAGE, stderr: expect.stringContaining('--lang cần vi hoặc en.') });
  });

  it('exits 2 on --agency-codes without codes', async () => {
    expect(await cchc('check', 'seed.md', '--agency-codes', ',')).toMatchObject({ code: EXIT.USAGE, stderr: expect.stringContaining('--agency-codes cần danh sách mã cơ quan') });
    expect(await cchc('check', 'seed.md', '--agency-codes', '--lang', 'en')).toMatchObject({ code: EXIT.USAGE, stderr: expect.stringContaining('--agency-codes takes agency codes') });
  });

  it('exits 2 with the usage when no command is given', async () => {
    const run = await cchc('--lang', 'en');
    expect([run.code, run.stdout]).toEqual([EXIT.USAGE, '']);
    expect(run.stderr).toMatch(/^cchc: No command given \(extract or check\)\.\n\nUsage:/);
  });
});

describe('main: files it cannot read', () => {
  it.each([
    ['missing.md', 'Không tìm thấy tệp: missing.md.', 'File not found: missing.md.'],
    ['.', '. là thư mục, không phải tệp.', '. is a folder, not a file.'],
    ['report.pdf', 'Không đọc được "report.pdf": chỉ đọc tệp .docx, .md và .txt (hãy lưu tệp .doc hoặc .pdf thành .docx).', 'Cannot read "report.pdf": only .docx, .md and .txt files are read (save a .doc or .pdf as .docx first).'],
    ['broken.docx', 'Không đọc được "broken.docx": tệp không phải tài liệu Word (.docx) hợp lệ', 'Cannot read "broken.docx": it is not a valid Word (.docx) file'],
    ['cp1258.txt', 'Không đọc được "cp1258.txt": tệp không phải văn bản UTF-8', 'Cannot read "cp1258.txt": it is not UTF-8 text'],
    ['empty.txt', 'Tệp "empty.txt" không có nội dung.', '"empty.txt" holds no text.'],
  ])('%s: exit 2 for both commands, the reason on stderr', async (name, vi, en) => {
    for (const command of ['extract', 'check']) {
      const run = await cchc(command, name);
      expect([run.code, run.stdout]).toEqual([EXIT.USAGE, '']);
      expect(run.stderr).toContain(`cchc: ${vi}`);
      const english = await cchc(command, name, '--json', '--lang', 'en');
      expect([english.code, english.stdout]).toEqual([EXIT.USAGE, '']);
      expect(english.stderr).toContain(`cchc: ${en}`);
    }
  });
});
