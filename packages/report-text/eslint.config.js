import { createConfig } from '@cchc/eslint-config';

// Reads files into text: no framework, nothing of ours from apps/.
export default createConfig({
  rootDir: import.meta.dirname,
  restrictedImports: [
    { name: '@nestjs/*', message: 'The report-text package depends on no framework.' },
    { name: '@cchc/api', message: 'The report-text package depends on nothing in apps/.' },
    { name: '@cchc/web', message: 'The report-text package depends on nothing in apps/.' },
  ],
});
