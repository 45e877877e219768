import { decodeEntities, htmlToText } from './html-to-text.js';

describe('htmlToText', () => {
  it('writes paragraphs and headings as blocks separated by one blank line, dropping empty ones', () => {
    expect(htmlToText('<h1>BÁO CÁO</h1><p></p><p> </p><h3><strong>Tình hình</strong></h3><p>Thực hiện   chế độ\tbáo cáo.</p>')).toBe(
      '# BÁO CÁO\n\n### Tình hình\n\nThực hiện chế độ báo cáo.\n',
    );
    expect(htmlToText('<p></p>')).toBe('');
  });

  it('decodes character references', () => {
    expect(htmlToText('<p>A &amp; B &lt;3&gt; &quot;x&quot; &#7843; &#x1EA3;&nbsp;C &unknown;</p>')).toBe('A & B <3> "x" ả ả C &unknown;\n');
    expect(decodeEntities('&amp;amp;')).toBe('&amp;');
    expect(htmlToText('<p>cải\u200bcách hành&shy;chính\u2003 công</p>')).toBe('cảicách hànhchính công\n');
  });

  it('keeps a paragraph bold throughout as **…**, line by line, and drops bold inside running text', () => {
    expect(htmlToText('<p><strong>I. CÔNG TÁC CHỈ ĐẠO</strong></p>')).toBe('**I. CÔNG TÁC CHỈ ĐẠO**\n');
    expect(htmlToText('<p><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</strong></p>')).toBe('**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n');
    expect(htmlToText('<p>giải quyết <strong>12</strong> hồ sơ (<em>có bảng biểu</em>)</p>')).toBe('giải quyết 12 hồ sơ (có bảng biểu)\n');
  });

  it('writes list items as "- item", nested lists indented', () => {
    expect(htmlToText('<ul><li>Sở Nội vụ;</li><li>Lưu: VT<ul><li>TH.</li></ul></li></ul><ol><li>Một</li></ol>')).toBe(
      '- Sở Nội vụ;\n- Lưu: VT\n  - TH.\n\n- Một\n',
    );
  });

  it('drops images and the back links of footnotes, keeps the reference', () => {
    expect(
      htmlToText(
        '<p>Văn bản<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup><img src="" /></p><ol><li id="footnote-1"><p>Chú thích <a href="#footnote-ref-1">↑</a></p></li></ol>',
      ),
    ).toBe('Văn bản[1]\n\n- Chú thích\n');
  });

  it('reads a two-column layout table column by column, each paragraph on its own line', () => {
    const html =
      '<table><tr><td><p>UBND TỈNH QUẢNG NGÃI</p><p><strong>SỞ NGOẠI VỤ</strong></p><p>Số: 41/BC-SNgV</p></td>' +
      '<td><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p><p><strong>Độc lập - Tự do - Hạnh phúc</strong></p><p></p>' +
      '<p><em>Quảng Ngãi, ngày 05 tháng 10 năm 2020</em></p></td></tr></table>';
    expect(htmlToText(html)).toBe(
      'UBND TỈNH QUẢNG NGÃI\n**SỞ NGOẠI VỤ**\nSố: 41/BC-SNgV\n\n' +
        '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\nQuảng Ngãi, ngày 05 tháng 10 năm 2020\n',
    );
  });

  it('reads a layout table of several rows by column, not by row', () => {
    const html =
      '<table><tr><td><p>Nơi nhận:</p></td><td><p>KT. GIÁM ĐỐC</p></td></tr>' +
      '<tr><td><ul><li>Sở Nội vụ;</li><li>Lưu: VT.</li></ul></td><td><p>PHÓ GIÁM ĐỐC</p><p>Nguyễn Văn Thành</p></td></tr></table>';
    expect(htmlToText(html)).toBe('Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn Thành\n');
  });

  it('writes a table of more than two columns as a Markdown table, spans as empty cells', () => {
    const html =
      '<table><thead><tr><th rowspan="2"><p>STT</p></th><th colspan="2"><p>Hồ sơ</p></th></tr>' +
      '<tr><th><p>Tiếp nhận</p></th><th><p>Giải quyết</p></th></tr></thead>' +
      '<tbody><tr><td><p>1</p></td><td><p>14</p></td><td><p>12 | đúng hạn</p></td></tr><tr><td></td><td></td><td></td></tr></tbody></table>';
    expect(htmlToText(html)).toBe(
      '| STT | Hồ sơ |  |\n|---|---|---|\n|  | Tiếp nhận | Giải quyết |\n| 1 | 14 | 12 \\| đúng hạn |\n',
    );
  });

  it('writes a two-column table of mostly numbers as a Markdown table', () => {
    const html = '<table><tr><td><p>Năm</p></td><td><p>Số hồ sơ</p></td></tr><tr><td><p>2020</p></td><td><p>1.234</p></td></tr></table>';
    expect(htmlToText(html)).toBe('| Năm | Số hồ sơ |\n|---|---|\n| 2020 | 1.234 |\n');
  });

  it('reads a layout cell holding a nested table', () => {
    const html = '<table><tr><td><p>Trái</p><table><tr><td><p>a</p></td><td><p>b</p></td></tr></table></td><td><p>Phải</p></td></tr></table>';
    expect(htmlToText(html)).toBe('Trái\na\nb\n\nPhải\n');
  });
});
