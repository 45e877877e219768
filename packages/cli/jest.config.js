import { createJestConfig } from '@cchc/jest-preset';

// The tests run the command as a person does, as a child process (node dist/cli.js): turbo builds
// it before the test task (turbo.json), as it builds the API before the API's tests.
export default createJestConfig();
