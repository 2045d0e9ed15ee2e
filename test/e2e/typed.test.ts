import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { summarize } from '../support/eslint-project.js';
import { TYPED_FIXTURE } from '../support/typed-rule-tester.js';

function createTypedEslint(config: 'typed' | 'recommended'): ESLint {
  return new ESLint({
    cwd: TYPED_FIXTURE,
    overrideConfigFile: true,
    overrideConfig: [
      ...(plugin.configs[config] as ESLint.Options['baseConfig'][]),
      // recommended alone does not parse TypeScript: give it the parser without types.
      ...(config === 'recommended' ? [{ files: ['**/*.ts'], languageOptions: { parser: plugin.configs.typed.at(-1)?.languageOptions?.parser } }] : []),
    ] as never,
  });
}

describe('configs.typed across files', () => {
  it('types from another file make the findings', async () => {
    const results = await createTypedEslint('typed').lintFiles(['src/service.ts']);
    expect(summarize(results, TYPED_FIXTURE)).toEqual([
      "src/service.ts:10:23 no-pii-in-logs 'order.card.number' looks like personal data and reaches `this.audit.info()`.",
      "src/service.ts:12:21 no-pii-in-logs 'user.email' looks like personal data and reaches `this.audit.info()`.",
      "src/service.ts:14:26 no-secrets-in-logs 'k' looks like a secret and reaches `this.audit.warn()`.",
    ]);
  });

  it('without types the same file is quiet: `audit` is not a logger by name', async () => {
    const results = await createTypedEslint('recommended').lintFiles(['src/service.ts']);
    expect(summarize(results, TYPED_FIXTURE)).toEqual([]);
  });

  it('typed is recommended plus a TypeScript block with the project service', () => {
    expect(plugin.configs.typed.slice(0, -1)).toEqual(plugin.configs.recommended);
    expect(plugin.configs.typed.at(-1)?.languageOptions?.parserOptions).toEqual({ projectService: true });
    expect(plugin.configs.strictTypeChecked.slice(0, -1)).toEqual(plugin.configs.strict);
  });
});
