import { ConfigError, REPO_ROOT, loadAppConfig } from './app-config.js';

describe(loadAppConfig.name, () => {
  it('rejects a port that is not a number', () => {
    expect(() => loadAppConfig({ PORT: 'abc' })).toThrow(ConfigError);
  });

  it('defaults to port 3000 and the embedded database under the repository', () => {
    const config = loadAppConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'embedded', dataDir: `${REPO_ROOT}/.data/pglite` });
    expect(config.webDistDir).toBe(`${REPO_ROOT}/apps/web/dist`);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadAppConfig({ DATABASE_URL: 'postgres://u@h:5432/db', PORT: '8080' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@h:5432/db' });
    expect(config.port).toBe(8080);
  });

  it('keeps memory:// data directories as they are and serves no dashboard when told so', () => {
    const config = loadAppConfig({ PGLITE_DATA_DIR: 'memory://', WEB_DIST_DIR: 'none' });
    expect(config.database).toEqual({ kind: 'embedded', dataDir: 'memory://' });
    expect(config.webDistDir).toBeNull();
  });
});

describe('LOG_LEVEL', () => {
  it('defaults to log, reads any case and refuses an unknown level', () => {
    expect(loadAppConfig({}).logLevel).toBe('log');
    expect(loadAppConfig({ LOG_LEVEL: 'DEBUG' }).logLevel).toBe('debug');
    expect(() => loadAppConfig({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
  });
});

describe('database limits', () => {
  it('defaults to a 15 s statement timeout, a connection timeout under a second and 2 embedded reads at once', () => {
    expect(loadAppConfig({}).databaseLimits).toEqual({ statementTimeoutMs: 15_000, connectTimeoutMs: 800, embeddedMaxConcurrentReads: 2 });
  });

  it('reads DB_STATEMENT_TIMEOUT_MS, DB_CONNECT_TIMEOUT_MS and PGLITE_MAX_CONCURRENT_READS', () => {
    expect(
      loadAppConfig({ DB_STATEMENT_TIMEOUT_MS: '30000', DB_CONNECT_TIMEOUT_MS: '2500', PGLITE_MAX_CONCURRENT_READS: '4' }).databaseLimits,
    ).toEqual({ statementTimeoutMs: 30_000, connectTimeoutMs: 2500, embeddedMaxConcurrentReads: 4 });
  });

  it('refuses a timeout that is not a positive whole number of milliseconds, naming the variable', () => {
    expect(() => loadAppConfig({ DB_STATEMENT_TIMEOUT_MS: '0' })).toThrow(/DB_STATEMENT_TIMEOUT_MS/);
    expect(() => loadAppConfig({ DB_CONNECT_TIMEOUT_MS: '1.5' })).toThrow(/DB_CONNECT_TIMEOUT_MS/);
    expect(() => loadAppConfig({ DB_CONNECT_TIMEOUT_MS: 'soon' })).toThrow(ConfigError);
    expect(() => loadAppConfig({ PGLITE_MAX_CONCURRENT_READS: '0' })).toThrow(/PGLITE_MAX_CONCURRENT_READS/);
  });
});
