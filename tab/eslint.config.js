// The tab's lint: typescript-eslint's recommended rules with type information, React's hooks rules, and the layers.
// Layers, bottom up: api/ core/ (routing, session, status) i18n/ ui/ auth/ → feature folders → shell/ app/.
// A folder may import its own layer and those below it, never above: features never import shell/ or app/.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const up = (...folders) => folders.flatMap((f) => [`../${f}/*`, `../../${f}/*`, `./${f}/*`]);
const layer = (files, forbidden) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: up(...forbidden), message: 'Imports run down the layers: api/core/i18n/ui → features → shell/app.' }] },
    ],
  },
});
const features = ['companies', 'config', 'followups', 'privacy', 'reminders', 'servicelevel'];

export default tseslint.config(
  { ignores: ['dist/**', 'src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  reactHooks.configs.flat['recommended-latest'] ?? reactHooks.configs['recommended-latest'],
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer(['src/api/**', 'src/core/**', 'src/i18n/**', 'src/ui/**', 'src/auth/**'], [...features, 'shell', 'app']),
  layer(features.map((f) => `src/${f}/**`), ['shell', 'app']),
  layer(['src/shell/**'], ['app']),
  { files: ['**/*.test.{ts,tsx}', 'src/test/**'], rules: { '@typescript-eslint/unbound-method': 'off' } },
);
