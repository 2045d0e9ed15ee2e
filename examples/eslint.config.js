// How a project enables the plugin: its recommended config, plus the TypeScript parser for .ts.
import secureLogging from 'eslint-plugin-secure-logging';
import tseslint from 'typescript-eslint';

export default [
  ...secureLogging.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
  },
];
