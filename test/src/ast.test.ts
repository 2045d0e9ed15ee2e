import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { importsAnyOf, isFunctionNode } from '../../src/utils/ast.js';
import { withAnalysis } from '../support/engine-harness.js';

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
    expect(withAnalysis(code, {}, (analysis) => importsAnyOf(analysis.sourceCode.ast, modules))).toBe(expected);
  });
});

describe('isFunctionNode', () => {
  it.each<[string, boolean]>([
    ['function f() {}', true],
    ['(function () {});', true],
    ['(() => 1);', true],
    ['class C {}', false],
    ['f();', false],
  ])('%s', (code, expected) => {
    const first = withAnalysis(code, {}, (analysis) => {
      const [statement] = analysis.sourceCode.ast.body;
      return statement?.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : statement;
    });
    expect(isFunctionNode(first)).toBe(expected);
  });
});
