/**
 * Level values: whether an expression sets a verbose level in production, and where. Shared by the
 * JavaScript, JSON and YAML sides of `no-debug-level-in-production`.
 *
 * A level expression is followed through `const` variables, TypeScript wrappers and
 * `getStaticValue`. A conditional on the environment (`isProd ? 'info' : 'debug'`) is judged by
 * its production branch; a conditional on anything else is left alone. A fallback
 * (`process.env.LOG_LEVEL || 'debug'`) is reported on its default.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { Minimatch } from 'minimatch';
import { environmentOfTest } from '../guards.js';
import { skipExpressionWrappers } from '../utils/ast.js';
import { DefinitionType, findVariable, getStaticValue } from '../utils/eslint-utils.js';
import { VERBOSE_LEVEL_MAX_NUMBER, VERBOSE_LEVEL_NAMES } from './catalog.js';

const VERBOSE = new Set(VERBOSE_LEVEL_NAMES);

/** True for a verbose level: `debug`, `TRACE`, `silly`, `verbose`, `all`, or a number at or below 20. */
export function isVerboseLevel(value: unknown): boolean {
  if (typeof value === 'string') return VERBOSE.has(value.trim().toLowerCase());
  if (typeof value === 'number') return Number.isFinite(value) && value <= VERBOSE_LEVEL_MAX_NUMBER;
  return false;
}

/** A verbose level found inside a level expression. */
export interface VerboseLevel {
  /** The node that holds the verbose value. */
  readonly node: TSESTree.Node;
  readonly level: string;
  readonly value: string | number;
  /** True when an environment conditional chose this value for production (`isDev ? 'info' : 'debug'`). */
  readonly viaEnvironment: boolean;
  /** `value`: the level itself; `fallback`: the default of `env || 'debug'`. */
  readonly kind: 'value' | 'fallback';
  /** For a fallback, the expression it stands in for. */
  readonly primary?: TSESTree.Node;
}

const MAX_DEPTH = 8;

/** The verbose levels an expression can set in production. */
export function verboseLevelsOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): VerboseLevel[] {
  if (depth > MAX_DEPTH) return [];
  const expression = skipExpressionWrappers(node);
  const scope = sourceCode.getScope(expression);
  switch (expression.type) {
    case AST_NODE_TYPES.ConditionalExpression: {
      const environment = environmentOfTest(expression.test, true, scope);
      const branch =
        environment === 'production'
          ? expression.consequent
          : environment === 'development' || environment === 'test'
            ? expression.alternate
            : null;
      if (!branch) return [];
      return verboseLevelsOf(branch, sourceCode, depth + 1).map((found) => ({ ...found, viaEnvironment: true }));
    }
    case AST_NODE_TYPES.LogicalExpression: {
      if (expression.operator === '&&') return [];
      const fallback = verboseLevelsOf(expression.right, sourceCode, depth + 1);
      return fallback.map((found) => ({ ...found, kind: 'fallback' as const, primary: expression.left }));
    }
    case AST_NODE_TYPES.ArrayExpression:
      // NestJS: `logger: ['log', 'error', 'debug']`.
      return expression.elements.flatMap((element) =>
        element && element.type !== AST_NODE_TYPES.SpreadElement ? verboseLevelsOf(element, sourceCode, depth + 1) : [],
      );
    case AST_NODE_TYPES.Identifier: {
      const variable = findVariable(scope, expression);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (
        definition?.type === DefinitionType.Variable &&
        definition.node.init &&
        definition.parent.kind === 'const' &&
        definition.node.id.type === AST_NODE_TYPES.Identifier
      ) {
        // `const level = isProd ? 'info' : 'debug'`: judged, and reported, where the value is written.
        return verboseLevelsOf(definition.node.init, sourceCode, depth + 1);
      }
      return staticLevel(expression, scope);
    }
    default:
      return staticLevel(expression, scope);
  }
}

function staticLevel(node: TSESTree.Node, scope: TSESLint.Scope.Scope): VerboseLevel[] {
  const value = getStaticValue(node, scope)?.value;
  return typeof value === 'string' || typeof value === 'number'
    ? isVerboseLevel(value)
      ? [{ node, level: String(value), value, kind: 'value', viaEnvironment: false }]
      : []
    : [];
}

/** Matches a file against globs, relative to the working directory, with `/` separators. */
export function matchesFile(filename: string, cwd: string, globs: readonly string[]): boolean {
  const normalized = filename.replaceAll('\\', '/');
  const base = cwd.replaceAll('\\', '/').replace(/\/$/u, '');
  // Outside the working directory, the whole path is matched.
  const relative = normalized.startsWith(`${base}/`) ? normalized.slice(base.length + 1) : normalized;
  return globs.some((glob) => compiled(glob).test(relative));
}

interface CompiledGlob {
  test(path: string): boolean;
}

const matchers = new Map<string, CompiledGlob>();

/**
 * Globs are compiled once per process, not once per file. Every literal piece of a plain glob
 * (`config` and `prod` in the glob `config/*prod*.*`) must occur in a matching path, so a path
 * missing one is rejected without running the matcher; globs with braces, classes or extglobs
 * always run it.
 */
function compiled(glob: string): CompiledGlob {
  let matcher = matchers.get(glob);
  if (!matcher) {
    if (matchers.size > 256) matchers.clear();
    const minimatch = new Minimatch(glob, { dot: true });
    const literals = /[[\]{}()!+@\\]/u.test(glob) ? [] : glob.split(/[*?/]+/u).filter((piece) => piece !== '');
    matcher = { test: (path) => literals.every((piece) => path.includes(piece)) && minimatch.match(path) };
    matchers.set(glob, matcher);
  }
  return matcher;
}
