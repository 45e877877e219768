import { DecisionSchema } from './decision.schema.js';

describe('DecisionSchema', () => {
  it('rejects a symbol of another type', () => {
    expect(DecisionSchema.safeParse({ symbol: '408/KH-SNgV', date: '2020-08-25', purpose: 'OTHER', summary: 'x' }).success).toBe(false);
  });

  it('accepts the decision that set up the seed inspection team', () => {
    const decision = DecisionSchema.parse({
      symbol: '23/QĐ-SNgV',
      date: '2020-08-13',
      purpose: 'SET_UP_TEAM',
      summary: 'Thành lập Đoàn kiểm tra nội bộ',
    });
    expect(decision.purpose).toBe('SET_UP_TEAM');
  });

  it('accepts a normative decision', () => {
    expect(DecisionSchema.safeParse({ symbol: '20/2013/QĐ-UBND', date: '2013-05-07', purpose: 'PROMULGATE_RULE', summary: 'x' }).success).toBe(true);
  });
});
