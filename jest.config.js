/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': 'ts-jest' },
  testTimeout: 30000,
  // Every Jira request the app sends in any test is checked against Atlassian's OpenAPI specs.
  setupFilesAfterEnv: ['<rootDir>/test/support/jira-spec-check.ts'],
};
