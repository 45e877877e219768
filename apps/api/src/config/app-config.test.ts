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

  it('reads the dashboard from DATABASE_REPLICA_URL beside DATABASE_URL, and refuses a replica of the embedded database', () => {
    expect(loadAppConfig({ DATABASE_URL: 'postgres://u@h:5432/db', DATABASE_REPLICA_URL: ' postgres://u@r:5432/db ' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h:5432/db',
      replicaUrl: 'postgres://u@r:5432/db',
    });
    expect(() => loadAppConfig({ DATABASE_REPLICA_URL: 'postgres://u@r:5432/db' })).toThrow(/DATABASE_REPLICA_URL.*DATABASE_URL/);
  });

  it('prepares statements on PostgreSQL unless DATABASE_PREPARED_STATEMENTS is off, and refuses off for the embedded database', () => {
    const url = 'postgres://u@h:5432/db';
    expect(loadAppConfig({ DATABASE_URL: url, DATABASE_PREPARED_STATEMENTS: 'on' }).database).toEqual({ kind: 'postgres', url });
    expect(loadAppConfig({ DATABASE_URL: url, DATABASE_PREPARED_STATEMENTS: ' OFF ' }).database).toEqual({ kind: 'postgres', url, preparedStatements: false });
    expect(() => loadAppConfig({ DATABASE_URL: url, DATABASE_PREPARED_STATEMENTS: 'no' })).toThrow(/DATABASE_PREPARED_STATEMENTS must be on .* or off, got "no"/);
    expect(() => loadAppConfig({ DATABASE_PREPARED_STATEMENTS: 'off' })).toThrow(/DATABASE_PREPARED_STATEMENTS=off.*DATABASE_URL/);
    expect(loadAppConfig({ DATABASE_PREPARED_STATEMENTS: 'on' }).database.kind).toBe('embedded');
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

describe('JWT_KEY_FILE', () => {
  it('defaults to jwt.key beside the embedded data directory, never inside it', () => {
    expect(loadAppConfig({}).jwtKeyFile).toBe(`${REPO_ROOT}/.data/jwt.key`);
    expect(loadAppConfig({ PGLITE_DATA_DIR: '/srv/cchc/pglite' }).jwtKeyFile).toBe('/srv/cchc/jwt.key');
  });

  it('defaults under .data of the repository with a PostgreSQL server, and to none for a memory:// database', () => {
    expect(loadAppConfig({ DATABASE_URL: 'postgres://u@h/db' }).jwtKeyFile).toBe(`${REPO_ROOT}/.data/jwt.key`);
    expect(loadAppConfig({ PGLITE_DATA_DIR: 'memory://' }).jwtKeyFile).toBeNull();
  });

  it('takes the path given, relative to the working directory', () => {
    expect(loadAppConfig({ JWT_KEY_FILE: '/run/secrets/cchc-jwt.key' }).jwtKeyFile).toBe('/run/secrets/cchc-jwt.key');
    expect(loadAppConfig({ JWT_KEY_FILE: 'keys/jwt.key', PGLITE_DATA_DIR: 'memory://' }).jwtKeyFile).toBe(`${process.cwd()}/keys/jwt.key`);
  });
});

describe('TRUST_PROXY', () => {
  it('is off unless set', () => {
    expect(loadAppConfig({}).trustProxy).toBe(false);
    expect(loadAppConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('reads true, a number of hops, and lists of addresses, subnets and names', () => {
    expect(loadAppConfig({ TRUST_PROXY: 'TRUE' }).trustProxy).toBe(true);
    expect(loadAppConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadAppConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8, 192.168.1.10' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '192.168.1.10',
    ]);
  });

  it('refuses what Express would not understand, naming it', () => {
    expect(() => loadAppConfig({ TRUST_PROXY: 'yes' })).toThrow(/"yes"/);
    expect(() => loadAppConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(ConfigError);
    expect(() => loadAppConfig({ TRUST_PROXY: 'loopback,proxy.example' })).toThrow(/"proxy.example"/);
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

describe('mail, links and reminders', () => {
  it('sends no mail without SMTP_URL, and links to localhost on the port', () => {
    const config = loadAppConfig({ PORT: '3100' });
    expect(config.mail).toBeNull();
    expect(config.publicUrl).toBe('http://localhost:3100');
    expect(config.reminderIntervalMs).toBe(3_600_000);
  });

  it('reads the SMTP server, the sender and the public address', () => {
    const config = loadAppConfig({ SMTP_URL: 'smtp://cchc:secret@mail.example.org:587', MAIL_FROM: '"Sở Nội vụ" <cchc@example.org>', PUBLIC_URL: 'https://cchc.example.org/' });
    expect(config.mail).toMatchObject({ smtpUrl: 'smtp://cchc:secret@mail.example.org:587', from: '"Sở Nội vụ" <cchc@example.org>' });
    expect(config.publicUrl).toBe('https://cchc.example.org');
    expect(loadAppConfig({ SMTP_URL: 'smtps://mail.example.org' }).mail?.from).toBe('"Cải cách hành chính" <no-reply@mail.example.org>');
  });

  it('refuses what it cannot use', () => {
    expect(() => loadAppConfig({ SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL/);
    expect(() => loadAppConfig({ SMTP_URL: 'not a url' })).toThrow(/SMTP_URL/);
    expect(() => loadAppConfig({ PUBLIC_URL: 'cchc.example.org' })).toThrow(/PUBLIC_URL/);
    expect(() => loadAppConfig({ REMINDER_INTERVAL_MINUTES: '-1' })).toThrow(/REMINDER_INTERVAL_MINUTES/);
    expect(() => loadAppConfig({ REMINDER_INTERVAL_MINUTES: '1441' })).toThrow(/REMINDER_INTERVAL_MINUTES/);
    expect(loadAppConfig({ REMINDER_INTERVAL_MINUTES: '0' }).reminderIntervalMs).toBe(0);
  });
});
