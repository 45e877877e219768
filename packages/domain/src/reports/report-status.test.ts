import { canTransition, REPORT_STATUSES } from './report-status.js';

describe(canTransition.name, () => {
  it('never moves a report to its own status', () => {
    for (const status of REPORT_STATUSES) expect(canTransition(status, status)).toBe(false);
  });

  it('keeps an accepted report final', () => {
    for (const status of REPORT_STATUSES) expect(canTransition('ACCEPTED', status)).toBe(false);
  });

  it('submits drafts and returned reports', () => {
    expect(canTransition('DRAFT', 'SUBMITTED')).toBe(true);
    expect(canTransition('RETURNED', 'SUBMITTED')).toBe(true);
  });

  it('lets a reviewer return or accept a submitted report, but not a draft', () => {
    expect(canTransition('SUBMITTED', 'RETURNED')).toBe(true);
    expect(canTransition('SUBMITTED', 'ACCEPTED')).toBe(true);
    expect(canTransition('DRAFT', 'ACCEPTED')).toBe(false);
  });
});
