import type { DataSource } from 'typeorm';
import { prepared } from './prepared-statements.js';
import { readFromReplica } from './replica-read.js';

export const REFERENCE_VERSION_SQL = prepared(`SELECT reference_version FROM data_version`);

/**
 * The reference version (data_version.reference_version): raised at the commit of every change to
 * an agency, a succession, a reporting period or a reform area (migrations ReferenceVersion and
 * ReferenceVersionAreas), and by a migration when an answer built from them changes shape. What
 * is kept in memory under it (the dashboard's agencies and periods, the reference data's answer)
 * is read after it, so it may be newer than its version, never older; replicas agree since the
 * version is the database's.
 */
export async function readReferenceVersion(dataSource: DataSource): Promise<string> {
  const rows = await readFromReplica<{ reference_version: string }[]>(dataSource, REFERENCE_VERSION_SQL);
  return String(rows[0]?.reference_version ?? 0);
}
