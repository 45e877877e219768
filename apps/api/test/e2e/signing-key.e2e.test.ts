import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { ConfigError, type AppConfig } from '../../src/config/app-config.js';
import { openDatabase, type OpenedDatabase } from '../../src/database/open-database.js';
import { UserService } from '../../src/modules/users/user.service.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * One database kept across several starts of the app, as a server restarted on its data: the
 * upgrade path and the key file are about what a second start finds.
 */
class Installation {
  private constructor(
    private readonly testDatabase: TestDatabase,
    readonly database: OpenedDatabase,
  ) {}

  static async open(): Promise<Installation> {
    const testDatabase = await createTestDatabase();
    return new Installation(testDatabase, await openDatabase(testDatabase.config));
  }

  start(config: Partial<AppConfig>): Promise<INestApplication> {
    return createApp(
      { port: 0, host: '127.0.0.1', database: this.testDatabase.config, webDistDir: null, jwtSecret: null, tokenTtlSeconds: 3600, ...config },
      this.database,
      { logger: false, now: () => new Date('2026-11-26T00:00:00Z') },
    );
  }

  async close(): Promise<void> {
    await this.database.close();
    await this.testDatabase.drop();
  }
}

const http = (app: INestApplication): App => app.getHttpServer() as App;

async function signIn(app: INestApplication, username: string, password: string): Promise<string> {
  const response = await request(http(app)).post('/api/auth/login').send({ username, password }).expect(200);
  return (response.body as { accessToken: string }).accessToken;
}

/** Every text value stored in any table of the public schema, columns of JSON included. */
async function everyStoredText(dataSource: DataSource): Promise<string[]> {
  const tables: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const texts = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const { table_name } of tables) {
    const rows: { row: unknown }[] = await dataSource.query(`SELECT to_jsonb(t) AS row FROM "${table_name}" t`);
    rows.forEach(({ row }) => collect(row));
  }
  return [...texts];
}

describe('The token signing key', () => {
  let dir: string;
  let installation: Installation;
  const apps: INestApplication[] = [];

  const start = async (config: Partial<AppConfig>): Promise<INestApplication> => {
    const app = await installation.start(config);
    apps.push(app);
    return app;
  };
  const stop = async (app: INestApplication): Promise<void> => {
    apps.splice(apps.indexOf(app), 1);
    await app.close();
  };
  const storedKey = async (app: INestApplication): Promise<string | undefined> => {
    const rows: { value: string }[] = await app.get(DataSource).query(`SELECT value FROM app_setting WHERE key = 'jwt_secret'`);
    return rows[0]?.value;
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cchc-key-'));
    installation = await Installation.open();
  });

  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    await installation.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is created on first start in the key file, readable by the owner only, and found in no table', async () => {
    const keyFile = join(dir, 'keys', 'jwt.key');
    const app = await start({ jwtKeyFile: keyFile });
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const key = readFileSync(keyFile, 'utf8').trim();
    expect(key.length).toBeGreaterThanOrEqual(43);

    const admin = await app.get(UserService).create({ username: 'key.admin', password: 'admin-password', displayName: 'Admin', role: 'admin', agencyId: null });
    const token = await signIn(app, 'key.admin', 'admin-password');
    await request(http(app)).get('/api/me').set('authorization', `Bearer ${token}`).expect(200);

    const stored = await everyStoredText(app.get(DataSource));
    expect(stored.length).toBeGreaterThan(100);
    expect(stored.filter((text) => text.includes(key))).toEqual([]);
    // Whatever a copy of the database holds, none of it signs a token the app accepts.
    const jwt = app.get(JwtService);
    const accepted: string[] = [];
    for (const candidate of stored) {
      const forged = await new JwtService({ secret: candidate }).signAsync({ sub: admin.id, tv: 0 });
      if (await jwt.verifyAsync(forged).then(() => true, () => false)) accepted.push(candidate);
    }
    expect(accepted).toEqual([]);
    const forged = await new JwtService({ secret: stored[0] ?? '' }).signAsync({ sub: admin.id, tv: 0 });
    await request(http(app)).get('/api/me').set('authorization', `Bearer ${forged}`).expect(401);
  });

  it('is read from the key file on the next start, so sessions survive a restart', async () => {
    const keyFile = join(dir, 'jwt.key');
    const first = await start({ jwtKeyFile: keyFile });
    await first.get(UserService).create({ username: 'restart.user', password: 'user-password', displayName: 'U', role: 'reviewer', agencyId: null });
    const token = await signIn(first, 'restart.user', 'user-password');
    const key = readFileSync(keyFile, 'utf8');
    await stop(first);

    const second = await start({ jwtKeyFile: keyFile });
    expect(readFileSync(keyFile, 'utf8')).toBe(key);
    await request(http(second)).get('/api/me').set('authorization', `Bearer ${token}`).expect(200);
  });

  it('moves a key an older version stored in the database into the key file, keeping its sessions, and deletes it from the database', async () => {
    const keyFile = join(dir, 'jwt.key');
    const before = await start({ jwtSecret: 'only-to-build-the-schema-0123456789abcdef' });
    const user = await before.get(UserService).create({ username: 'upgrade.user', password: 'user-password', displayName: 'U', role: 'reviewer', agencyId: null });
    const oldKey = 'a-key-an-older-version-generated-and-stored-0123456789';
    await before.get(DataSource).query(`INSERT INTO app_setting (key, value) VALUES ('jwt_secret', $1)`, [oldKey]);
    const oldToken = await new JwtService({ secret: oldKey }).signAsync({ sub: user.id, tv: 0 });
    await stop(before);

    const after = await start({ jwtKeyFile: keyFile });
    expect(readFileSync(keyFile, 'utf8').trim()).toBe(oldKey);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(await storedKey(after)).toBeUndefined();
    await request(http(after)).get('/api/me').set('authorization', `Bearer ${oldToken}`).expect(200);
  });

  it('deletes a stored key without writing a file when JWT_SECRET is set', async () => {
    const keyFile = join(dir, 'jwt.key');
    const before = await start({ jwtSecret: 'the-configured-secret-0123456789abcdef' });
    await before.get(DataSource).query(`INSERT INTO app_setting (key, value) VALUES ('jwt_secret', 'stored-and-unused-0123456789')`);
    await stop(before);

    const after = await start({ jwtSecret: 'the-configured-secret-0123456789abcdef', jwtKeyFile: keyFile });
    expect(await storedKey(after)).toBeUndefined();
    expect(existsSync(keyFile)).toBe(false);
  });

  it('keeps the key file over a stored key, and deletes the stored one', async () => {
    const keyFile = join(dir, 'jwt.key');
    writeFileSync(keyFile, 'the-key-in-the-file-0123456789abcdef0123456789\n', { mode: 0o600 });
    const before = await start({ jwtKeyFile: keyFile });
    await before.get(DataSource).query(`INSERT INTO app_setting (key, value) VALUES ('jwt_secret', 'stored-0123456789abcdef0123456789')`);
    await stop(before);

    const after = await start({ jwtKeyFile: keyFile });
    expect(await storedKey(after)).toBeUndefined();
    expect(readFileSync(keyFile, 'utf8')).toBe('the-key-in-the-file-0123456789abcdef0123456789\n');
  });

  it('refuses to start on a key file others may read, and leaves it and the stored key alone', async () => {
    const keyFile = join(dir, 'jwt.key');
    writeFileSync(keyFile, 'the-key-in-the-file-0123456789abcdef0123456789');
    chmodSync(keyFile, 0o644);
    const failure = await start({ jwtKeyFile: keyFile }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as Error).message).toMatch(/0644.*chmod 600/s);
    expect(statSync(keyFile).mode & 0o777).toBe(0o644);
  });

  it('refuses to start on a key file it cannot read or that holds no key', async () => {
    const notAFile = join(dir, 'a-directory');
    mkdirSync(notAFile, { mode: 0o700 });
    await expect(start({ jwtKeyFile: notAFile })).rejects.toThrow(ConfigError);

    const empty = join(dir, 'empty.key');
    writeFileSync(empty, '\n', { mode: 0o600 });
    await expect(start({ jwtKeyFile: empty })).rejects.toThrow(/holds no key|too short/);
  });
});
