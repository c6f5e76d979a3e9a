// Type-checked lint rules, plus the folder boundaries the architecture relies on.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['node_modules/**', 'static/*/build/**', 'bench/results/**', '.local-data/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // The domain is plain TypeScript: no platform, no I/O, no adapters.
  { files: ['src/domain/**'], rules: restrict([{ group: ['@forge/*', '**/adapters/**', '**/use-cases/**', '**/resolvers/**', 'node:*'], message: 'The domain stays pure.' }]) },
  { files: ['src/use-cases/**'], rules: restrict([{ group: ['@forge/*', '**/adapters/**', '**/resolvers/**', '**/frontend/**'], message: 'Use cases work through ports.' }]) },
  { files: ['src/shared/**'], rules: restrict([{ group: ['*', '!./*'], message: 'The contract has no runtime dependencies.' }]) },
  { files: ['src/frontend/**'], rules: restrict([{ group: ['**/adapters/**', '**/use-cases/**', '**/domain/**', '**/resolvers/**', '@forge/api', '@forge/kvs'], message: 'UI code talks to the backend only through the contract.' }]) },
  { files: ['src/**'], rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/local/**'], message: 'src/ never knows it runs locally.' }] }] } },
  {
    files: ['test/**', 'local/**', 'bench/**'],
    rules: { '@typescript-eslint/require-await': 'off', '@typescript-eslint/unbound-method': 'off', '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-member-access': 'off' },
  },
);
