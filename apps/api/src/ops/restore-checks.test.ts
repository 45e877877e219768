import type { BackupManifest } from './backup-file.js';
import { OpsError } from './ops-error.js';
import { checkRestorable, compareTables, knownMigrations } from './restore-checks.js';

const manifest = (overrides: Partial<BackupManifest>): BackupManifest => ({
  kind: 'postgres',
  createdAt: '2026-05-01T10:20:30.000Z',
  migrations: ['A1', 'B2'],
  serverVersion: '15.20',
  tables: [],
  payload: { encoding: 'pg_dump-custom', bytes: 1, sha256: '0'.repeat(64) },
  ...overrides,
});

describe('checkRestorable', () => {
  it('refuses a backup of the other database kind, saying which setting to change', () => {
    expect(() => checkRestorable(manifest({ kind: 'embedded' }), 'postgres', ['A1', 'B2'])).toThrow(
      /backup is of the embedded database \(PGlite\), but the app is configured for a PostgreSQL server: unset DATABASE_URL/,
    );
    expect(() => checkRestorable(manifest({ kind: 'postgres' }), 'embedded', ['A1', 'B2'])).toThrow(/set DATABASE_URL to the target server/);
  });

  it('refuses a newer schema, naming the migrations this version does not know', () => {
    const check = () => checkRestorable(manifest({ migrations: ['A1', 'B2', 'C3'] }), 'postgres', ['A1', 'B2']);

    expect(check).toThrow(OpsError);
    expect(check).toThrow(/made by a newer version of the app: .*\(C3\)/);
  });

  it('accepts an older schema and counts the migrations the app will apply at start', () => {
    expect(checkRestorable(manifest({ migrations: ['A1'] }), 'postgres', ['A1', 'B2', 'C3'])).toEqual({ behind: 2 });
    expect(checkRestorable(manifest({}), 'postgres', ['A1', 'B2'])).toEqual({ behind: 0 });
  });

  it("knows this version's migrations by the names TypeORM records", () => {
    expect(knownMigrations()[0]).toBe('CreateReferenceTables1764115200000');
    expect(new Set(knownMigrations()).size).toBe(knownMigrations().length);
  });
});

describe('compareTables', () => {
  const table = (name: string, rows: number, md5: string) => ({ name, rows, md5: md5.repeat(32) });

  it('finds nothing when every table matches', () => {
    expect(compareTables([table('a', 1, 'a'), table('b', 0, 'b')], [table('a', 1, 'a'), table('b', 0, 'b')])).toEqual([]);
  });

  it('names missing, extra, short and changed tables', () => {
    expect(compareTables([table('a', 1, 'a'), table('b', 2, 'b'), table('c', 3, 'c')], [table('b', 1, 'b'), table('c', 3, 'd'), table('x', 0, 'e')])).toEqual([
      'a is missing',
      'b has 1 rows instead of 2',
      'c has different contents',
      'x is not in the backup',
    ]);
  });
});
