import { INDICATOR_SET_76_V1 } from './default-indicator-set.js';
import { enteredIndicatorLines, formatIndicatorValue } from './format-indicator-value.js';

describe(formatIndicatorValue.name, () => {
  it.each([
    [1245, 'count', '1.245', '1,245'],
    [87.5, 'percent', '87,5%', '87.5%'],
    [100, 'percent', '100%', '100%'],
    [33.3333, 'percent', '33,33%', '33.33%'],
    [2.345, 'amount', '2,35', '2.35'],
    [true, 'yesNo', 'Có', 'Yes'],
    [false, 'yesNo', 'Không', 'No'],
    ['Đã triển khai', 'text', 'Đã triển khai', 'Đã triển khai'],
    [null, 'count', '–', '–'],
  ] as const)('%p as %s', (value, unit, vi, en) => {
    expect(formatIndicatorValue(value, unit)).toEqual({ vi, en });
  });
});

describe(enteredIndicatorLines.name, () => {
  it("lists the entered values in the set's order, with their block and note, and nothing without a set", () => {
    const values = [
      { code: 'DIGITAL_GOVERNMENT.ISO_9001', value: true, note: '', asPublished: false },
      { code: 'PROCEDURES.SIMPLIFIED', value: 3, note: 'Theo Quyết định 12/QĐ-UBND', asPublished: false },
      { code: 'DOSSIERS.RESOLVED', value: 3, note: '', asPublished: false },
    ];
    expect(enteredIndicatorLines(values, INDICATOR_SET_76_V1).map((line) => [line.code, line.block.vi, line.value.vi, line.note])).toEqual([
      ['PROCEDURES.SIMPLIFIED', 'Cải cách thủ tục hành chính', '3', 'Theo Quyết định 12/QĐ-UBND'],
      ['DIGITAL_GOVERNMENT.ISO_9001', 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 'Có', ''],
    ]);
    expect(enteredIndicatorLines(values, null)).toEqual([]);
  });
});
