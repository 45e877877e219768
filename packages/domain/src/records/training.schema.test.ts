import { TrainingSchema } from './training.schema.js';

const training = { course: 'Văn thư lưu trữ', organiser: 'Sở Nội vụ', mode: 'ONLINE', participants: null, from: null, to: null };

describe('TrainingSchema', () => {
  it('rejects a training that ends before it starts and negative participants', () => {
    expect(TrainingSchema.safeParse({ ...training, from: '2020-05-02', to: '2020-05-01' }).success).toBe(false);
    expect(TrainingSchema.safeParse({ ...training, participants: -1 }).success).toBe(false);
  });

  it('accepts a training with unknown participants and dates', () => {
    expect(TrainingSchema.parse(training).participants).toBeNull();
  });

  it('accepts a one-day training', () => {
    expect(TrainingSchema.safeParse({ ...training, from: '2020-05-01', to: '2020-05-01', participants: 3 }).success).toBe(true);
  });
});
