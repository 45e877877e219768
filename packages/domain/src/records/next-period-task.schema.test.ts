import { NextPeriodTaskSchema } from './next-period-task.schema.js';

describe('NextPeriodTaskSchema', () => {
  it('rejects a blank description and a related text that is not a symbol', () => {
    expect(NextPeriodTaskSchema.safeParse({ description: ' ', areaKey: null, dueBy: null }).success).toBe(false);
    expect(NextPeriodTaskSchema.safeParse({ description: 'x', areaKey: null, dueBy: null, relatedSymbols: ['Kế hoạch'] }).success).toBe(false);
  });

  it('normalises the related symbols', () => {
    const task = NextPeriodTaskSchema.parse({ description: 'Tiếp tục thực hiện', areaKey: 'PROCEDURES', dueBy: null, relatedSymbols: ['75/KH–SNGV'] });
    expect(task.relatedSymbols).toEqual(['75/KH-SNGV']);
  });
});
