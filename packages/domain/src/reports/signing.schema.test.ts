import { SigningSchema } from './signing.schema.js';

describe('SigningSchema', () => {
  it('rejects a prefix without the authority, and an authority without a prefix', () => {
    expect(SigningSchema.safeParse({ mode: 'KT.', onBehalfOf: null, title: 'PHÓ GIÁM ĐỐC', name: 'A' }).success).toBe(false);
    expect(SigningSchema.safeParse({ mode: null, onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'A' }).success).toBe(false);
  });

  it('rejects an unknown prefix', () => {
    expect(SigningSchema.safeParse({ mode: 'KT', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'A' }).success).toBe(false);
  });

  it('accepts the seed signature and a head signing in person', () => {
    expect(SigningSchema.safeParse({ mode: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Thành' }).success).toBe(true);
    expect(SigningSchema.safeParse({ mode: null, onBehalfOf: null, title: 'GIÁM ĐỐC', name: 'A' }).success).toBe(true);
  });
});
