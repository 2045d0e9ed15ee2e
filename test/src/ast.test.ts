import { Linter } from 'eslint';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { importsAnyOf } from '../../src/utils/ast.js';

function program(code: string): TSESTree.Program {
  let ast: TSESTree.Program | undefined;
  const linter = new Linter({ configType: 'flat' });
  const probe = { meta: { schema: [] }, create: (context: { sourceCode: { ast: unknown } }) => ({ Program: () => void (ast = context.sourceCode.ast as TSESTree.Program) }) };
  linter.verify(code, [{ plugins: { p: { rules: { probe } } }, rules: { 'p/probe': 'error' } }], 'a.js');
  if (!ast) throw new Error('no program');
  return ast;
}

describe('importsAnyOf', () => {
  const modules = { pino: {}, winston: {} };
  it.each<[string, string, boolean]>([
    ['default import', "import pino from 'pino';", true],
    ['named import', "import { createLogger } from 'winston';", true],
    ['side-effect import', "import 'pino';", true],
    ['re-export all', "export * from 'pino';", true],
    ['re-export named', "export { default } from 'winston';", true],
    ['another module', "import x from 'pino-pretty';", false],
    ['local export', 'export const pino = 1;', false],
    ['require is not an import', "const pino = require('pino');", false],
    ['no imports', 'logger.info(1);', false],
  ])('%s', (_name, code, expected) => {
    expect(importsAnyOf(program(code), modules)).toBe(expected);
  });
});
