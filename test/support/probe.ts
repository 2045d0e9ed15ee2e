/**
 * Table tests of engine helpers that need a parsed file: lints `code` with a rule that hands the
 * call `probe(…)` and the file's source code to `inspect`, and returns what it answers.
 */
import { Linter } from 'eslint';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

export function atProbe<T>(code: string, inspect: (call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>) => T): T {
  const results: T[] = [];
  const rule: TSESLint.RuleModule<'x'> = {
    meta: { type: 'problem', messages: { x: 'x' }, schema: [] },
    create(context) {
      return {
        'CallExpression[callee.name="probe"]'(node: TSESTree.CallExpression) {
          results.push(inspect(node, context.sourceCode));
        },
      };
    },
  };
  const messages = new Linter({ configType: 'flat' }).verify(code, [
    { languageOptions: { ecmaVersion: 'latest', sourceType: 'module' }, plugins: { t: { rules: { rule } } as never }, rules: { 't/rule': 'error' } },
  ]);
  const fatal = messages.find((message) => message.fatal === true);
  if (fatal) throw new Error(`cannot parse the probe's code: ${fatal.message}`);
  if (results.length !== 1) throw new Error(`expected one probe() call, found ${String(results.length)}`);
  return results[0] as T;
}
