import { DocumentReferenceSchema } from './document-reference.schema.js';

describe('DocumentReferenceSchema', () => {
  it('requires the date of an issued document', () => {
    const result = DocumentReferenceSchema.safeParse({ symbol: '565/KH-SNgV', date: null, relation: 'ISSUED' });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['date']);
  });

  it('accepts a cited document without a date', () => {
    expect(DocumentReferenceSchema.parse({ symbol: '30c/NQ-CP', date: null, relation: 'CITED' }).symbol).toBe('30c/NQ-CP');
  });

  it('rejects the blank symbol', () => {
    expect(DocumentReferenceSchema.safeParse({ symbol: '/BC-SNgV', date: null, relation: 'CITED' }).success).toBe(false);
  });
});
