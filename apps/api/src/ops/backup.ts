// `npm run backup [-- --out FILE]`: backs up the database the app is configured for (the embedded
// data directory, or the PostgreSQL server of DATABASE_URL) into one backup file.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOpsConfig } from '../config/app-config.js';
import { backupFileName } from './backup-file.js';
import { backupEmbedded } from './embedded-backup.js';
import { OpsError } from './ops-error.js';
import { runOperation } from './ops-cli.js';
import { backupPostgres } from './postgres-backup.js';
import { describeTables, formatBytes } from './table-summary.js';

const USAGE = `Usage: npm run backup [-- --out FILE]
  Backs up the app's database (embedded, or DATABASE_URL's) into FILE,
  by default backups/cchc-<kind>-<time>.cchc-backup. See docs/operations.md.`;

runOperation('Backup', USAGE, async () => {
  const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean' } }, strict: true });
  if (values.help) {
    console.info(USAGE);
    return;
  }
  const config = loadOpsConfig();
  const { database } = config;
  const file = values.out ? resolve(config.workingDir, values.out) : join(config.backupDir, backupFileName(database.kind, new Date()));
  if (existsSync(file)) throw new OpsError(`${file} already exists. Choose another --out file; a backup never overwrites one.`);
  await mkdir(dirname(file), { recursive: true });
  const progress = (line: string): void => console.info(line);
  const result =
    database.kind === 'postgres' ? await backupPostgres(database.url, file, progress) : await backupEmbedded(database.dataDir, file, progress);
  const { migrations, tables } = result.manifest;
  console.info(
    `Backup written: ${result.file} (${formatBytes(result.bytes)}): ${describeTables(tables)}, ` +
      `schema at ${migrations.at(-1) ?? 'no migration'}.`,
  );
});
