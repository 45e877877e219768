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

/**
 * A value built from the reference data and kept while the reference version stays the same:
 * `get(version)` answers the kept value when it was built at that version, else builds it once
 * (requests arriving meanwhile share the build; a failed build is tried again by the next). A
 * build of an older version finishing after a newer one's never replaces it.
 */
export class KeptPerReferenceVersion<T> {
  private kept: { version: string; value: T } | null = null;
  private building: { version: string; value: Promise<T> } | null = null;

  constructor(private readonly build: (version: string) => Promise<T>) {}

  get(version: string): Promise<T> {
    if (this.kept?.version === version) return Promise.resolve(this.kept.value);
    if (this.building?.version !== version) {
      const value = this.build(version);
      const building = { version, value };
      this.building = building;
      value.then(
        (built) => {
          if (this.building === building) this.kept = { version, value: built };
        },
        () => {
          if (this.building === building) this.building = null;
        },
      );
    }
    return this.building.value;
  }
}
