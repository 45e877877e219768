import { onlineServiceRegime } from './online-service-levels.js';

describe(onlineServiceRegime.name, () => {
  it('switches on the day Decree 42/2022 takes effect', () => {
    expect(onlineServiceRegime('2022-07-31')).toBe('DECREE_43_2011');
    expect(onlineServiceRegime('2022-08-01')).toBe('DECREE_42_2022');
  });

  it('puts the seed period under levels 1-4', () => {
    expect(onlineServiceRegime('2020-09-14')).toBe('DECREE_43_2011');
  });

  it('takes another effective day when given', () => {
    expect(onlineServiceRegime('2022-07-01', '2022-06-24')).toBe('DECREE_42_2022');
  });
});
