/**
 * A line of "Nơi nhận:" (docs/domain.md §11): a dash, the recipient, `;` after each and `.` after
 * the last, unless it already ends with a punctuation mark.
 *
 * @example
 * recipientLine('Sở Nội vụ', false) // '- Sở Nội vụ;'
 * recipientLine('Lưu: VT, TH.', true) // '- Lưu: VT, TH.'
 */
export function recipientLine(recipient: string, last: boolean): string {
  const text = recipient.trim();
  return `- ${text}${/[.;:,]$/.test(text) ? '' : last ? '.' : ';'}`;
}
