import { ConfigError, REPO_ROOT, loadAppConfig, loadOpsConfig } from './app-config.js';

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

describe(loadOpsConfig.name, () => {
  it('reads the same database as the app, whatever else is set or wrong', () => {
    const env = { DATABASE_URL: 'postgres://u@h:5432/db', PORT: 'not a port' };
    expect(loadOpsConfig(env).database).toEqual({ kind: 'postgres', url: 'postgres://u@h:5432/db' });
    expect(loadOpsConfig({ PGLITE_DATA_DIR: '/srv/cchc/pglite' }).database).toEqual({ kind: 'embedded', dataDir: '/srv/cchc/pglite' });
  });

  it('keeps backups under the repository unless BACKUP_DIR says where, and takes paths from where npm was run', () => {
    expect(loadOpsConfig({}).backupDir).toBe(`${REPO_ROOT}/backups`);
    expect(loadOpsConfig({ BACKUP_DIR: '/mnt/backups' }).backupDir).toBe('/mnt/backups');
    expect(loadOpsConfig({ INIT_CWD: '/home/ops' }).workingDir).toBe('/home/ops');
    expect(loadOpsConfig({}).workingDir).toBe(process.cwd());
  });
});
