import { formatPlaceAndDate, formatVietnameseDate, periodPhrase, REMINDER_LETTER_UNIT, type PeriodKind, type Signing } from '@cchc/domain';
import { AlignmentType, Paragraph, type Document } from 'docx';
import { BODY, closing, line, officialDocument, officialHeader, signatureBlock } from '../../common/documents/official-document.js';

/** What a reminder letter's document is made from. */
export interface ReminderLetterSource {
  province: string;
  symbol: string;
  issuedOn: string;
  period: { year: number; kind: PeriodKind; deadline: string };
  /** The agencies reminded, by Vietnamese name, in the order of the status board. */
  agencies: readonly string[];
  replyBy: string | null;
  signer: Signing;
}

/**
 * The reminder letter (công văn đôn đốc, docs/domain.md §13, §16) as the Word document Home Affairs
 * registers and sends, in the Decree 30 layout of an official letter: the header with "SỞ NỘI VỤ"
 * under the province, the number and the summary ("V/v …") under it; "Kính gửi:" and the agencies;
 * what was asked and by when, that they have not reported, and what is asked now; the recipients
 * beside the signature block.
 */
export function reminderLetterDocument(source: ReminderLetterSource): Document {
  const period = periodPhrase(source.period.year, source.period.kind).vi;
  const summary = `V/v đôn đốc gửi báo cáo cải cách hành chính ${period}`;
  const single = source.agencies.length === 1;
  const addressees = single
    ? [line(`Kính gửi: ${source.agencies[0]}.`, { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } })]
    : [
        line('Kính gửi:', { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 0 } }),
        ...source.agencies.map((name, index) =>
          line(`- ${name}${index === source.agencies.length - 1 ? '.' : ';'}`, { indent: { left: 3400 }, spacing: { before: 0, after: 0 } }),
        ),
        new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
      ];
  const who = single ? source.agencies[0]! : 'các cơ quan, đơn vị nêu trên';
  const reply = source.replyBy ? `trước ngày ${formatVietnameseDate(source.replyBy)}` : 'ngay sau khi nhận được Công văn này';
  const body = [
    `Thực hiện chế độ báo cáo định kỳ về công tác cải cách hành chính, các cơ quan, đơn vị gửi báo cáo ${period} về Sở Nội vụ trước ngày ${formatVietnameseDate(source.period.deadline)} để tổng hợp, báo cáo Ủy ban nhân dân tỉnh theo quy định.`,
    `Đến nay, ${who} chưa gửi báo cáo về Sở Nội vụ, ảnh hưởng đến việc tổng hợp, báo cáo chung của tỉnh.`,
    `Sở Nội vụ đề nghị ${who} khẩn trương hoàn thành và gửi báo cáo ${period} ${reply}, qua Hệ thống báo cáo cải cách hành chính của tỉnh.`,
    `Đề nghị ${single ? 'Quý cơ quan, đơn vị' : 'các cơ quan, đơn vị'} quan tâm, thực hiện./.`,
  ];
  return officialDocument({
    creator: 'Sở Nội vụ',
    title: `${source.symbol} - ${summary}`,
    description: 'Công văn đôn đốc gửi báo cáo cải cách hành chính',
    children: [
      officialHeader(
        { parent: `UBND TỈNH ${source.province.toLocaleUpperCase('vi')}`, issuer: ['SỞ NỘI VỤ'], symbolLine: `Số: ${source.symbol}`, summary },
        formatPlaceAndDate(source.province, source.issuedOn),
      ),
      ...addressees,
      ...body.map((text) => line(text, BODY)),
      new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
      closing(['Như trên', 'UBND tỉnh (để báo cáo)', 'Giám đốc Sở (để báo cáo)', `Lưu: VT, ${REMINDER_LETTER_UNIT}`], signatureBlock(source.signer)),
    ],
  });
}
