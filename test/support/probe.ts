/**
 * Lints a snippet with one rule of the test's own, so engine helpers can be tested on parsed
 * code exactly as rules see it.
 */
import { Linter } from 'eslint';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

export interface ProbeSetup {
  readonly languageOptions?: Linter.LanguageOptions;
  readonly settings?: Record<string, unknown>;
  readonly filename?: string;
  /** The linter's working directory (a typed project's folder). */
  readonly cwd?: string;
}

/** Lints `code` with a rule made by `create`; throws when the code cannot be parsed. */
export function lintWithRule(code: string, create: (context: Readonly<TSESLint.RuleContext<'x', []>>) => TSESLint.RuleListener, setup: ProbeSetup = {}): void {
  const rule: TSESLint.RuleModule<'x'> = { meta: { type: 'problem', messages: { x: 'x' }, schema: [] }, create };
  const linter = new Linter({ configType: 'flat', ...(setup.cwd ? { cwd: setup.cwd } : {}) });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js'],
        plugins: { probe: { rules: { rule } } as never },
        rules: { 'probe/rule': 'error' },
        languageOptions: setup.languageOptions ?? { ecmaVersion: 'latest', sourceType: 'module' },
        settings: setup.settings ?? {},
      },
    ],
    setup.filename ?? 'file.js',
  );
  const fatal = messages.find((message) => message.fatal === true || message.ruleId === null);
  if (fatal) throw new Error(`cannot lint the probe's code: ${fatal.message}`);
}

/** What `inspect` answers for the one call `probe(…)` in `code`. */
export function atProbe<T>(code: string, inspect: (call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>) => T): T {
  const results: T[] = [];
  lintWithRule(code, (context) => ({
    'CallExpression[callee.name="probe"]'(node: TSESTree.CallExpression) {
      results.push(inspect(node, context.sourceCode));
    },
  }));
  if (results.length !== 1) throw new Error(`expected one probe() call, found ${String(results.length)}`);
  return results[0] as T;
}
