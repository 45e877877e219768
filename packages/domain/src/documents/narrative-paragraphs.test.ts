import { SNGV_M9_2020_REPORT } from '../examples/sngv-m9-2020-report.js';
import { narrativeParagraphs } from './narrative-paragraphs.js';

const plain = (text: string) => ({ text, bold: false, italic: false });

describe(narrativeParagraphs.name, () => {
  it('makes one paragraph of each non-empty line, keeping the dash of a list line', () => {
    expect(narrativeParagraphs('Sở tập trung:\n\n- Một;\n- Hai.')).toEqual([
      { heading: false, runs: [plain('Sở tập trung:')] },
      { heading: false, runs: [plain('- Một;')] },
      { heading: false, runs: [plain('- Hai.')] },
    ]);
  });

  it('turns the emphasis marks into bold and italic runs', () => {
    expect(narrativeParagraphs('(*trong đó có Sở Ngoại vụ*) và **đúng hạn** ***cả hai***')[0]?.runs).toEqual([
      plain('('),
      { text: 'trong đó có Sở Ngoại vụ', bold: false, italic: true },
      plain(') và '),
      { text: 'đúng hạn', bold: true, italic: false },
      plain(' '),
      { text: 'cả hai', bold: true, italic: true },
    ]);
  });

  it('keeps a star between spaces as text and drops lines of marks only', () => {
    expect(narrativeParagraphs('2 * 3 = 6 * 1\n##### **\n#### **II. NHIỆM VỤ**')).toEqual([
      { heading: false, runs: [plain('2 * 3 = 6 * 1')] },
      { heading: true, runs: [{ text: 'II. NHIỆM VỤ', bold: true, italic: false }] },
    ]);
  });

  it('loses no word of the seed report: its narratives read the same without the marks', () => {
    for (const section of SNGV_M9_2020_REPORT.sections) {
      const words = (text: string) => text.replace(/[#*\s]/g, '');
      const rendered = narrativeParagraphs(section.narrative).map((p) => p.runs.map((r) => r.text).join('')).join('\n');
      expect(words(rendered)).toEqual(words(section.narrative));
    }
  });
});
