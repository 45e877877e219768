import { formatPlaceAndDate } from './format-place-and-date.js';

describe(formatPlaceAndDate.name, () => {
  it('leaves the day blank for a draft', () => {
    expect(formatPlaceAndDate('Quảng Ngãi', '2020-09')).toBe('Quảng Ngãi, ngày    tháng 9 năm 2020');
  });

  it('pads days below 10 and months 1 and 2 only', () => {
    expect(formatPlaceAndDate('Quảng Ngãi', '2020-02-05')).toBe('Quảng Ngãi, ngày 05 tháng 02 năm 2020');
    expect(formatPlaceAndDate('Quảng Ngãi', '2020-03-05')).toBe('Quảng Ngãi, ngày 05 tháng 3 năm 2020');
  });

  it('writes two-digit days and months as they are', () => {
    expect(formatPlaceAndDate('Quảng Ngãi', '2020-10-15')).toBe('Quảng Ngãi, ngày 15 tháng 10 năm 2020');
  });
});
