import { IsoDateSchema, ReformAreaKeySchema, TextSchema } from './shared.schema.js';

describe('shared record schemas', () => {
  it('rejects blank text and trims the rest', () => {
    expect(TextSchema.safeParse('   ').success).toBe(false);
    expect(TextSchema.parse('  Kế hoạch ')).toBe('Kế hoạch');
  });

  it('accepts only real YYYY-MM-DD days', () => {
    expect(IsoDateSchema.safeParse('2021-02-29').success).toBe(false);
    expect(IsoDateSchema.parse('2020-02-29')).toBe('2020-02-29');
  });

  it('knows the six area keys', () => {
    expect(ReformAreaKeySchema.options).toHaveLength(6);
  });
});
