/**
 * The fault suite (test/faults, issue 14): real worker processes from dist/, a throwaway PostgreSQL cluster, its own
 * Redis and SMTP server, broken on purpose. On demand (`npm run test:faults`), not in CI: it takes about ten minutes.
 */
const base = require('./jest.config.js').projects[1];

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
  moduleNameMapper: base.moduleNameMapper,
  transform: base.transform,
  transformIgnorePatterns: base.transformIgnorePatterns,
};
