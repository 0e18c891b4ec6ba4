/**
 * Unit tests next to the code (*.spec.ts); service tests (test/service/*.service-spec.ts: the domain services
 * against real PostgreSQL, no HTTP); end-to-end tests in test/ against real PostgreSQL and Redis. The service and
 * e2e projects share one global setup (Jest runs a setup module once, however many projects name it), so one
 * `npm test` migrates one test database for both.
 */
const moduleNameMapper = {
  '^@app/platform(|/.*)$': '<rootDir>/libs/platform/src$1',
  '^@app/grants(|/.*)$': '<rootDir>/libs/grants/src$1',
  '^@app/reporting(|/.*)$': '<rootDir>/libs/reporting/src$1',
};
const transform = {
  '^.+\\.ts$': ['ts-jest', {}],
  // Dependencies that ship only ES modules (Node loads them with require(esm); Jest's CommonJS runtime cannot), and
  // @fastify/cookie, which loads one of them (cookie) with a dynamic import().
  '^.+/node_modules/.+\\.m?js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs' } }],
};
const esmOnlyDependencies = ['content-disposition', '@fastify/cookie', 'cookie'];
const transformIgnorePatterns = [`/node_modules/(?!(${esmOnlyDependencies.join('|')})/)`];

module.exports = {
  testTimeout: 30000,
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/apps/**/*.spec.ts',
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/scripts/**/*.spec.ts',
      ],
      moduleNameMapper,
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'service',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/service/**/*.service-spec.ts'],
      moduleNameMapper,
      transform,
      transformIgnorePatterns,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      setupFiles: ['<rootDir>/test/support/env.ts'],
    },
    {
      displayName: 'e2e',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      moduleNameMapper,
      transform,
      transformIgnorePatterns,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      setupFiles: ['<rootDir>/test/support/env.ts'],
    },
    {
      // The NGO portal in Debian's Chromium (playwright-core) against the real API serving the built app.
      displayName: 'browser',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      moduleNameMapper,
      transform,
      transformIgnorePatterns,
      // Stores of their own (test/support/env.ts, testDatabaseUrl).
      globalSetup: '<rootDir>/test/support/browser-global-setup.ts',
      setupFiles: ['<rootDir>/test/support/browser-env.ts', '<rootDir>/test/support/env.ts'],
    },
  ],
};
