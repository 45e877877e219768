// Whether tests run under CI, for tests that need a program from Debian (Chromium, LibreOffice):
// without it they are skipped on a developer's machine with the install command, but fail in CI,
// which installs it.

/**
 * Any value of CI but an empty one, `0` or `false` (CI services set CI=true, CI=1 or their own name).
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {boolean}
 */
export function isCi(env = process.env) {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}
