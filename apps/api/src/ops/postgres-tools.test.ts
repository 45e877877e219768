import { checkDumpCanRead, checkRestoreCanRead, describeUrl, libpqConnection, parseMajor } from './postgres-tools.js';

describe('parseMajor', () => {
  it('reads the major version of --version lines and server versions', () => {
    expect(parseMajor('pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)')).toBe(15);
    expect(parseMajor('pg_restore (PostgreSQL) 9.6.24')).toBe(9);
    expect(parseMajor('18.6')).toBe(18);
    expect(parseMajor('17beta2')).toBe(17);
    expect(parseMajor('no version here')).toBeNull();
  });
});

describe('checkDumpCanRead', () => {
  const pgDump = (major: number) => ({ path: '/usr/bin/pg_dump', version: `pg_dump (PostgreSQL) ${major}.1`, major });

  it('refuses a pg_dump older than the server, naming the package to install', () => {
    expect(() => checkDumpCanRead(pgDump(15), 16)).toThrow(/version 15 and cannot back up a PostgreSQL 16 server\. Install pg_dump 16 or newer \(Debian: apt-get install postgresql-client-16\)/);
  });

  it('accepts the same or a newer pg_dump', () => {
    expect(() => checkDumpCanRead(pgDump(15), 15)).not.toThrow();
    expect(() => checkDumpCanRead(pgDump(17), 15)).not.toThrow();
  });
});

describe('checkRestoreCanRead', () => {
  it('refuses a pg_restore older than the pg_dump that wrote the archive', () => {
    const pgRestore = { path: 'pg_restore', version: 'pg_restore (PostgreSQL) 15.2', major: 15 };
    expect(() => checkRestoreCanRead(pgRestore, 17)).toThrow(/written by pg_dump 17, which pg_restore \(version 15\) cannot read/);
    expect(() => checkRestoreCanRead(pgRestore, 15)).not.toThrow();
  });
});

describe('libpqConnection', () => {
  it('keeps the password out of the command line', () => {
    const { dbname, env } = libpqConnection('postgres://cchc:s%40cret@db.example:5433/cchc?sslmode=require');

    expect(dbname).toBe('postgres://cchc@db.example:5433/cchc?sslmode=require');
    expect(env.PGPASSWORD).toBe('s@cret');
    expect(describeUrl('postgres://cchc:s%40cret@db.example:5433/cchc')).toBe('postgres://cchc:***@db.example:5433/cchc');
  });
});
