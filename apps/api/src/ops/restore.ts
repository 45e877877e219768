// `npm run restore -- FILE [--force]`: restores a backup file into the database the app is
// configured for; `--check` only verifies the file.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOpsConfig } from '../config/app-config.js';
import { readBackupFile } from './backup-file.js';
import { restoreEmbedded, type RestoreResult } from './embedded-backup.js';
import { OpsError } from './ops-error.js';
import { runOperation } from './ops-cli.js';
import { restorePostgres } from './postgres-backup.js';
import { describeUrl } from './postgres-tools.js';
import { checkRestorable } from './restore-checks.js';
import { describeTables, formatBytes } from './table-summary.js';

const USAGE = `Usage: npm run restore -- FILE [--force]
       npm run restore -- FILE --check
  Restores FILE into the app's database (embedded, or DATABASE_URL's). A target that already
  holds a database is refused unless --force (the embedded directory is then kept aside, a
  server database is first saved to backups/). --check verifies FILE and restores nothing.
  Stop the app first. See docs/operations.md.`;

runOperation('Restore', USAGE, async () => {
  const { values, positionals } = parseArgs({
    options: { force: { type: 'boolean' }, check: { type: 'boolean' }, help: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.info(USAGE);
    return;
  }
  if (positionals.length !== 1) throw new OpsError(`Name one backup file to restore.\n\n${USAGE}`);
  const config = loadOpsConfig();
  const { database } = config;
  const file = resolve(config.workingDir, positionals[0] ?? '');
  const progress = (line: string): void => console.info(line);

  if (values.check) {
    const { manifest } = await readBackupFile(file);
    const { behind } = checkRestorable(manifest, manifest.kind);
    console.info(
      `Backup OK: ${file}: ${manifest.kind} database of ${manifest.createdAt}, PostgreSQL ${manifest.serverVersion}, ` +
        `${formatBytes(manifest.payload.bytes)} of data, ${describeTables(manifest.tables)}; ` +
        (behind > 0 ? `${behind} migration(s) behind this version (applied at the next start).` : 'schema of this version.'),
    );
    return;
  }

  let result: RestoreResult;
  let target: string;
  if (database.kind === 'postgres') {
    target = describeUrl(database.url);
    result = await restorePostgres(database.url, file, { force: values.force ?? false, backupDir: config.backupDir }, progress);
  } else {
    target = database.dataDir;
    result = await restoreEmbedded(database.dataDir, file, { force: values.force ?? false }, progress);
  }
  const notes = [
    result.behind > 0 ? `its schema is ${result.behind} migration(s) behind this version: the app applies them at its next start` : '',
    result.keptAside ? `the previous database is kept in ${result.keptAside}` : '',
  ].filter(Boolean);
  console.info(`Restored ${file} into ${target}: ${describeTables(result.manifest.tables)}, every table matching the backup${notes.length ? `; ${notes.join('; ')}` : ''}.`);
});
