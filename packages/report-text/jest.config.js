import { createJestConfig } from '@cchc/jest-preset';

export default createJestConfig();
