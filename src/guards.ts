/**
 * Environment guards: whether a node only runs in development, test or production, judged from
 * the branches around it (`if (process.env.NODE_ENV === 'development')`, `isTest && …`,
 * `env.isProduction ? … : …`). Shared by the leak rules (quiet in dev-only code under
 * `recommended`) and the debug-level rule (verbose levels in production-only code).
 *
 * Only enclosing branches count: an early `return` guard is not followed.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { splitWords } from '@secure-logging/redact/classify';
import { enclosingBranches, memberPathText, skipExpressionWrappers } from './utils/ast.js';
import { getStringIfConstant } from './utils/eslint-utils.js';

/** Where a guarded branch runs. `development` covers every non-production environment. */
export type Environment = 'development' | 'test' | 'production';

/** Names of expressions that hold the environment's name. */
const ENVIRONMENT_NAMES = new Set(['NODE_ENV', 'APP_ENV', 'ENV', 'ENVIRONMENT', 'env', 'environment', 'nodeEnv', 'appEnv']);

/** Environment names as written in code. */
const ENVIRONMENT_VALUES: Readonly<Record<string, Environment>> = {
  development: 'development',
  dev: 'development',
  local: 'development',
  test: 'test',
  testing: 'test',
  production: 'production',
  prod: 'production',
};

/** Flag words: `isDev`, `env.isDevelopment`, `IS_TEST`, `isProduction`. */
const FLAG_WORDS: Readonly<Record<string, Environment>> = {
  dev: 'development',
  development: 'development',
  local: 'development',
  test: 'test',
  testing: 'test',
  prod: 'production',
  production: 'production',
};

function isEnvironmentExpression(node: TSESTree.Node): boolean {
  const expression = skipExpressionWrappers(node);
  if (expression.type === AST_NODE_TYPES.CallExpression) {
    // app.get('env') in Express.
    const first = expression.arguments[0];
    return (
      expression.callee.type === AST_NODE_TYPES.MemberExpression &&
      !expression.callee.computed &&
      expression.callee.property.name === 'get' &&
      first?.type === AST_NODE_TYPES.Literal &&
      first.value === 'env'
    );
  }
  const path = memberPathText(expression);
  if (path === null) {
    if (expression.type === AST_NODE_TYPES.MemberExpression && expression.computed) {
      const key = getStringIfConstant(expression.property);
      return key !== null && ENVIRONMENT_NAMES.has(key);
    }
    return false;
  }
  const last = path.split('.').at(-1) ?? '';
  return ENVIRONMENT_NAMES.has(last);
}

function environmentOfValue(node: TSESTree.Node, scope?: TSESLint.Scope.Scope): Environment | null {
  const value = getStringIfConstant(node, scope);
  return value === null ? null : (ENVIRONMENT_VALUES[value.toLowerCase()] ?? null);
}

function flagEnvironment(node: TSESTree.Node): Environment | null {
  const expression = skipExpressionWrappers(node);
  const path = memberPathText(expression);
  if (path === null) return null;
  const name = path.split('.').at(-1) ?? '';
  const words = splitWords(name);
  const [first, ...rest] = words;
  if (first === undefined) return null;
  const candidates = ['is', 'in'].includes(first) ? rest : words.length === 1 || name === '__DEV__' ? words : [];
  if (candidates.length === 0) return null;
  if (candidates.length === 2 && candidates[1] === 'mode') return FLAG_WORDS[candidates[0] ?? ''] ?? null;
  return candidates.length === 1 ? (FLAG_WORDS[candidates[0] ?? ''] ?? null) : null;
}

/**
 * Where the branch taken when `test` is `truthy` runs, or `null` when the test says nothing
 * about the environment. `development` also stands for "not production".
 */
export function environmentOfTest(
  test: TSESTree.Node,
  truthy: boolean,
  scope?: TSESLint.Scope.Scope,
  depth = 0,
): Environment | null {
  if (depth > 20) return null;
  const node = skipExpressionWrappers(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
    return environmentOfTest(node.argument, !truthy, scope, depth + 1);
  }
  if (node.type === AST_NODE_TYPES.LogicalExpression) {
    // `a && b` taken: both hold. `a || b` not taken: neither holds.
    if ((node.operator === '&&' && truthy) || (node.operator === '||' && !truthy)) {
      return (
        environmentOfTest(node.left, truthy, scope, depth + 1) ?? environmentOfTest(node.right, truthy, scope, depth + 1)
      );
    }
    return null;
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && ['===', '==', '!==', '!='].includes(node.operator)) {
    let value: Environment | null = null;
    if (node.left.type !== AST_NODE_TYPES.PrivateIdentifier && isEnvironmentExpression(node.left)) {
      value = environmentOfValue(node.right, scope);
    } else if (isEnvironmentExpression(node.right) && node.left.type !== AST_NODE_TYPES.PrivateIdentifier) {
      value = environmentOfValue(node.left, scope);
    }
    if (value === null) return null;
    const equal = node.operator === '===' || node.operator === '==' ? truthy : !truthy;
    if (equal) return value;
    return value === 'production' ? 'development' : null;
  }
  const flag = flagEnvironment(node);
  if (flag === null) return null;
  if (truthy) return flag;
  return flag === 'production' ? 'development' : null;
}

/** The environment that the innermost guarding branch around `node` runs in, if any. */
export function environmentGuardOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): Environment | null {
  for (const { test, truthy, branch } of enclosingBranches(node)) {
    const found = environmentOfTest(test, truthy, sourceCode.getScope(branch));
    if (found !== null) return found;
  }
  return null;
}
