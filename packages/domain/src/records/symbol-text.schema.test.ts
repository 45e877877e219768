import { symbolTextSchema } from './symbol-text.schema.js';

describe(symbolTextSchema.name, () => {
  it('rejects text that is not a symbol', () => {
    expect(symbolTextSchema().safeParse('/BC-SNgV').success).toBe(false);
    expect(symbolTextSchema().safeParse('').success).toBe(false);
  });

  it('normalises what it accepts', () => {
    expect(symbolTextSchema().parse('20/2013/Q\u00D0 - UBND')).toBe('20/2013/QĐ-UBND');
  });

  it('rejects another form or type than required', () => {
    expect(symbolTextSchema({ forms: ['letter'] }).safeParse('565/KH-SNgV').success).toBe(false);
    expect(symbolTextSchema({ types: ['QĐ'] }).safeParse('565/KH-SNgV').success).toBe(false);
    expect(symbolTextSchema({ forms: ['letter'] }).parse('323/SNgV-VP')).toBe('323/SNgV-VP');
  });
});
