import { isCi } from './browser-support.js';

// Without Chromium the browser tests are skipped on a developer's machine but must fail under CI.
// CI services spell the variable differently (GitHub and GitLab: true, others 1 or their name).
describe(isCi.name, () => {
  it('takes any value but an empty one, 0 or false for CI', () => {
    expect(['true', '1', 'TRUE', 'yes', 'woodpecker'].map((CI) => isCi({ CI }))).toEqual([true, true, true, true, true]);
  });

  it('is not CI when the variable is unset, empty, 0 or false', () => {
    expect([undefined, '', ' ', '0', 'false', 'False'].map((CI) => isCi({ CI }))).toEqual([false, false, false, false, false, false]);
  });
});
