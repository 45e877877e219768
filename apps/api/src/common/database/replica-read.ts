import type { DataSource } from 'typeorm';

/**
 * Runs a read on the read replica when one is configured (DATABASE_REPLICA_URL), else on the one
 * database: TypeORM's 'slave' query runners fall back to the primary without replicas. For reads
 * that may lag the last write by the replica's delay, like the dashboard's (tagged with the data
 * version read the same way, so a tag always describes the data it was served with).
 */
export async function readFromReplica<T>(dataSource: DataSource, sql: string, parameters?: unknown[]): Promise<T> {
  const runner = dataSource.createQueryRunner('slave');
  try {
    return (await runner.query(sql, parameters)) as T;
  } finally {
    await runner.release();
  }
}
