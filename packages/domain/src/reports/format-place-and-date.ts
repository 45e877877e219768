/**
 * The place-and-date line of an administrative document (Decree 30/2020/NĐ-CP): day below 10 and
 * months 1-2 zero-padded ("ngày 05 tháng 02"), other months not ("tháng 9"). Give `YYYY-MM` for a
 * draft whose day is left blank, as in the seed.
 *
 * @example
 * formatPlaceAndDate('Quảng Ngãi', '2020-10-05') // 'Quảng Ngãi, ngày 05 tháng 10 năm 2020'
 * formatPlaceAndDate('Quảng Ngãi', '2020-09') // 'Quảng Ngãi, ngày    tháng 9 năm 2020'
 */
export function formatPlaceAndDate(place: string, date: string): string {
  const [year = '', month = '', day] = date.split('-');
  const monthNumber = Number(month);
  const monthText = monthNumber <= 2 ? String(monthNumber).padStart(2, '0') : String(monthNumber);
  const dayText = day === undefined ? '  ' : String(Number(day)).padStart(2, '0');
  return `${place}, ngày ${dayText} tháng ${monthText} năm ${year}`;
}
