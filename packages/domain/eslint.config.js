import { createConfig } from '@cchc/eslint-config';

// The domain package is pure: no framework, no I/O, nothing of ours from apps/.
export default createConfig({
  rootDir: import.meta.dirname,
  restrictedImports: [
    { name: '@nestjs/*', message: 'The domain package depends on no framework.' },
    { name: 'typeorm', message: 'The domain package depends on no framework.' },
    { name: 'vue', message: 'The domain package depends on no framework.' },
    { name: 'node:*', message: 'The domain package does no I/O.' },
    { name: '@cchc/api', message: 'The domain package depends on nothing in apps/.' },
    { name: '@cchc/web', message: 'The domain package depends on nothing in apps/.' },
  ],
});
