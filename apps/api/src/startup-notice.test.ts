import { describeDatabase, startupNotice } from './startup-notice.js';

describe(startupNotice.name, () => {
  const facts = { url: 'http://localhost:3000', database: { kind: 'embedded', dataDir: '/srv/.data/pglite' } as const, servesDashboard: true };

  it('says where the app and its data are in two lines once an administrator exists', () => {
    expect(startupNotice({ ...facts, setupCode: null }).split('\n')).toEqual([
      'CCHC reporting is running on http://localhost:3000/ (API http://localhost:3000/api, documentation http://localhost:3000/api/docs)',
      'Database: embedded PostgreSQL (PGlite) in /srv/.data/pglite',
    ]);
  });

  it('gives the two ways in and the setup code on an installation without an administrator', () => {
    const notice = startupNotice({ ...facts, setupCode: '7KQ2-M9XD-4HPT' });
    expect(notice).toContain('1. Open http://localhost:3000/ and create the administrator on the sign-in page with this one-time setup code:  7KQ2-M9XD-4HPT');
    expect(notice).toContain('npm run seed:demo');
    expect(notice.split('\n')).toHaveLength(5);
  });
});

describe(describeDatabase.name, () => {
  it('never shows the password of DATABASE_URL', () => {
    expect(describeDatabase({ kind: 'postgres', url: 'postgres://cchc:secret@db.internal:5432/cchc' })).toBe('PostgreSQL server db.internal:5432/cchc');
  });
});
