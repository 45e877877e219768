import { LetterSchema } from './letter.schema.js';

describe('LetterSchema', () => {
  it('rejects a typed symbol', () => {
    expect(LetterSchema.safeParse({ symbol: '565/KH-SNgV', date: '2020-07-07', summary: 'x' }).success).toBe(false);
  });

  it('accepts the seed letter 323/SNgV-VP and defaults its recipients', () => {
    const letter = LetterSchema.parse({ symbol: '323/SNgV-VP', date: '2020-07-07', summary: 'Đề nghị thực hiện DVCTT mức độ 3' });
    expect(letter.recipients).toEqual([]);
  });
});
