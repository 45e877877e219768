import type { DatabaseKind } from '../database/open-database.js';
import { MIGRATIONS } from '../database/migrations/index.js';
import type { BackupManifest, TableSummary } from './backup-file.js';
import { OpsError } from './ops-error.js';

const KIND_NAMES: Record<DatabaseKind, string> = {
  embedded: 'the embedded database (PGlite)',
  postgres: 'a PostgreSQL server',
};

/** The names of the migrations this version of the app knows, oldest first. */
export function knownMigrations(): string[] {
  return MIGRATIONS.map((Migration) => new Migration().name ?? Migration.name);
}

/**
 * Refuses a backup this app cannot restore here: one of the other database kind, or one whose
 * schema is newer than this version's (it holds migrations this version does not know, so the
 * app could not run on it). An older schema is fine: the app applies the missing migrations when
 * it next starts. Returns how many migrations the backup is behind.
 */
export function checkRestorable(manifest: BackupManifest, target: DatabaseKind, known: readonly string[] = knownMigrations()): { behind: number } {
  if (manifest.kind !== target) {
    const setting = target === 'postgres' ? 'unset DATABASE_URL to restore it into an embedded data directory' : 'set DATABASE_URL to the target server to restore it there';
    throw new OpsError(`This backup is of ${KIND_NAMES[manifest.kind]}, but the app is configured for ${KIND_NAMES[target]}: ${setting}.`);
  }
  const unknown = manifest.migrations.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new OpsError(
      `This backup was made by a newer version of the app: its schema has migrations this version does not know (${unknown.join(', ')}). ` +
        'Restore it with that version of the app or a newer one.',
    );
  }
  return { behind: known.filter((name) => !manifest.migrations.includes(name)).length };
}

/** Describes how the restored tables differ from the backup's record of them; empty when they match. */
export function compareTables(expected: readonly TableSummary[], actual: readonly TableSummary[]): string[] {
  const differences: string[] = [];
  const found = new Map(actual.map((table) => [table.name, table]));
  for (const table of expected) {
    const restored = found.get(table.name);
    if (!restored) differences.push(`${table.name} is missing`);
    else if (restored.rows !== table.rows) differences.push(`${table.name} has ${restored.rows} rows instead of ${table.rows}`);
    else if (restored.md5 !== table.md5) differences.push(`${table.name} has different contents`);
    found.delete(table.name);
  }
  for (const name of found.keys()) differences.push(`${name} is not in the backup`);
  return differences;
}
