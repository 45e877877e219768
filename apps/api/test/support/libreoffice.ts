import { execFileSync } from 'node:child_process';
import { isCi } from '@cchc/jest-preset/ci';
import { findSoffice } from '../../src/modules/documents/pdf-converter.js';

export const LIBREOFFICE_INSTALL_HINT = 'apt-get install -y libreoffice-writer-nogui poppler-utils';

const has = (program: string): boolean => {
  try {
    execFileSync('which', [program], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/**
 * The `describe` of tests that render documents with LibreOffice and poppler: skipped with the
 * install command where either is missing, and a failure under CI, which installs both. Skipped
 * with SKIP_DOCUMENT_RENDERING=1 (CI's pass on PostgreSQL: rendering does not touch the database).
 */
export function documentRendering(env: NodeJS.ProcessEnv = process.env): jest.Describe {
  if (env.SKIP_DOCUMENT_RENDERING === '1') {
    console.warn('Document rendering tests skipped: SKIP_DOCUMENT_RENDERING=1.');
    return describe.skip;
  }
  if (findSoffice(null) !== null && has('pdftoppm') && has('pdftotext')) return describe;
  const message = `Document rendering tests need LibreOffice and poppler. Install them with: ${LIBREOFFICE_INSTALL_HINT}`;
  if (isCi(env)) throw new Error(message);
  console.warn(`Skipped: ${message}`);
  return describe.skip;
}
