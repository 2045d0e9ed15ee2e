/**
 * Finds where a JavaScript or TypeScript file sets a log level: factory and transport options
 * (`pino({ level })`, `new winston.transports.Console({ level })`, `log4js.configure`, NestJS
 * `logger`), level setters on loggers (`logger.level = …`, `log.level('debug')`,
 * `log.setLevel()`), and Egg's `config.logger = { level, consoleLevel }`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { isLoggerLikeName } from '../loggers/find-log-calls.js';
import { importsAnyOf, memberPathText, skipExpressionWrappers } from '../utils/ast.js';
import { CALL, CONSTRUCT, createTracker, getPropertyName, type TraceMap, variableOf } from '../utils/eslint-utils.js';
import { EGG_LOGGER_KEYS, LEVEL_ENTRIES, LEVEL_SETTER_METHODS, type LevelEntry } from './catalog.js';

/** One expression that sets a level. */
export interface LevelSetting {
  /** The expression that holds the level. */
  readonly value: TSESTree.Node;
  /** How the setting reads in messages: `pino({ level })`, `logger.level`. */
  readonly label: string;
  readonly library: string;
}

/** The nodes the rule collects during traversal. */
export interface LevelCandidates {
  readonly calls: readonly (TSESTree.CallExpression | TSESTree.NewExpression)[];
  readonly assignments: readonly TSESTree.AssignmentExpression[];
}

const SETTERS = new Set(LEVEL_SETTER_METHODS);
const EGG_KEYS = new Set(EGG_LOGGER_KEYS);

function buildTraceMap(): { modules: TraceMap<LevelEntry> } {
  const modules: TraceMap<LevelEntry> = {};
  for (const entry of LEVEL_ENTRIES) {
    let node = (modules[entry.module] ??= {});
    for (const key of entry.path) node = node[key] ??= {};
    if (entry.construct) {
      node[CONSTRUCT] = entry;
      // `bunyan(…)` works without `new` too.
      if (entry.path.length === 0) node[CALL] ??= entry;
    } else {
      node[CALL] = entry;
    }
  }
  return { modules };
}

const TRACE_MAP = buildTraceMap();

/** The values at `path` inside an expression: object keys, `*` for every element or value. */
export function valuesAt(node: TSESTree.Node, path: readonly string[], scope: TSESLint.Scope.Scope, depth = 0): TSESTree.Node[] {
  const value = skipExpressionWrappers(node);
  const [key, ...rest] = path;
  if (key === undefined) return [value];
  if (depth > 10) return [];
  if (value.type === AST_NODE_TYPES.ObjectExpression) {
    const found: TSESTree.Node[] = [];
    for (const property of value.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      if (key === '*' || getPropertyName(property, scope) === key) found.push(...valuesAt(property.value, rest, scope, depth + 1));
    }
    return found;
  }
  if (value.type === AST_NODE_TYPES.ArrayExpression && key === '*') {
    return value.elements.flatMap((element) =>
      element && element.type !== AST_NODE_TYPES.SpreadElement ? valuesAt(element, rest, scope, depth + 1) : [],
    );
  }
  return [];
}

function entrySettings(call: TSESTree.CallExpression | TSESTree.NewExpression, entry: LevelEntry, scope: TSESLint.Scope.Scope): LevelSetting[] {
  const argument = call.arguments[entry.argument];
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return [];
  return entry.valuePaths.flatMap((path) =>
    valuesAt(argument, path, scope).map((value) => ({ value, label: entry.label, library: entry.library })),
  );
}

/** `config.logger = {…}`, `exports.logger = {…}` and `module.exports = { logger: {…} }` in Egg configs. */
function eggLoggerObject(assignment: TSESTree.AssignmentExpression): TSESTree.Node | null {
  const left = assignment.left;
  if (left.type !== AST_NODE_TYPES.MemberExpression || left.computed || left.property.type !== AST_NODE_TYPES.Identifier) return null;
  if (left.property.name !== 'logger' && left.property.name !== 'exports') return null;
  const target = memberPathText(assignment.left);
  if (target !== null && /^(?:config|exports|module\.exports)\.logger$/u.test(target)) return assignment.right;
  if (target === 'module.exports' && assignment.right.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of assignment.right.properties) {
      if (property.type === AST_NODE_TYPES.Property && !property.computed && getPropertyName(property) === 'logger') return property.value;
    }
  }
  return null;
}

/**
 * `const logger = parent.child(b, { level: 'trace' }); forward(logger, line)`: a child bound to a
 * local variable that is only ever handed to functions passes on lines that were filtered where
 * they were written (worker output, another process's log); its own level adds nothing.
 */
function isOnlyForwarded(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const declarator = call.parent;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== call || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = sourceCode.scopeManager?.getDeclaredVariables(declarator)[0];
  const reads = variable?.references.filter((reference) => !reference.init) ?? [];
  return (
    reads.length > 0 &&
    reads.every((reference) => {
      const parent = reference.identifier.parent;
      return parent.type === AST_NODE_TYPES.CallExpression && parent.callee !== reference.identifier && parent.arguments.includes(reference.identifier as TSESTree.Expression);
    })
  );
}

/** Every level setting of the file. */
export function findLevelSettings(sourceCode: Readonly<TSESLint.SourceCode>, candidates: LevelCandidates): LevelSetting[] {
  const settings: LevelSetting[] = [];
  const seen = new Set<TSESTree.Node>();
  const instances = new Set<TSESLint.Scope.Variable>();
  const isLogger = (node: TSESTree.Node): boolean => {
    if (isLoggerLikeName(node)) return true;
    const receiver = skipExpressionWrappers(node);
    if (receiver.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = variableOf(receiver, sourceCode);
    return variable !== null && instances.has(variable);
  };
  // One pass over the calls picks the few that can matter: `require(…)` and level setters.
  const requires: TSESTree.CallExpression[] = [];
  const setters: { call: TSESTree.CallExpression; callee: TSESTree.MemberExpression; method: string; value: TSESTree.Expression }[] = [];
  const children: { call: TSESTree.CallExpression; callee: TSESTree.MemberExpression }[] = [];
  for (const call of candidates.calls) {
    if (call.type !== AST_NODE_TYPES.CallExpression) continue;
    if (call.callee.type === AST_NODE_TYPES.Identifier) {
      if (call.callee.name === 'require') requires.push(call);
      continue;
    }
    const callee = skipExpressionWrappers(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) continue;
    const method = callee.property.name;
    if (method === 'child' && call.arguments.length > 0) children.push({ call, callee });
    const value = call.arguments[0];
    if (!SETTERS.has(method) || call.arguments.length !== 1 || !value || value.type === AST_NODE_TYPES.SpreadElement) continue;
    setters.push({ call, callee, method, value });
  }
  // Most files neither import nor require a logger library: then there is nothing to follow, and
  // no reference tracker is built.
  const loggerRequires = requires.filter((call) => {
    const source = call.arguments[0];
    return source?.type === AST_NODE_TYPES.Literal && typeof source.value === 'string' && Object.hasOwn(TRACE_MAP.modules, source.value);
  });
  const importsLogger = importsAnyOf(sourceCode.ast, TRACE_MAP.modules);
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (globalScope && (importsLogger || loggerRequires.length > 0)) {
    const tracker = createTracker(globalScope);
    const visit = (node: TSESTree.Node, entry: LevelEntry): void => {
      if (seen.has(node)) return;
      if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return;
      seen.add(node);
      settings.push(...entrySettings(node, entry, sourceCode.getScope(node)));
      // `const a = pino(…)`: `a.level = …` sets this logger's level, whatever `a` is called.
      const declarator = node.parent;
      if (declarator.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === node && declarator.id.type === AST_NODE_TYPES.Identifier) {
        for (const variable of sourceCode.scopeManager?.getDeclaredVariables(declarator) ?? []) instances.add(variable);
      }
    };
    if (importsLogger) {
      for (const reference of tracker.iterateEsmReferences(TRACE_MAP.modules)) visit(reference.node, reference.info);
    }
    for (const call of loggerRequires) {
      // `require('pino')(…)` and `const pino = require('pino')` are matched by their module name.
      const source = call.arguments[0];
      if (source?.type !== AST_NODE_TYPES.Literal || typeof source.value !== 'string') continue;
      const map = TRACE_MAP.modules[source.value];
      if (!map) continue;
      for (const reference of tracker.iteratePropertyReferences(call, map)) visit(reference.node, reference.info);
    }
  }
  // `logger.child(bindings, { level: 'trace' })` (pino) and `log.child({ level: 'debug' })` (bunyan, older pino).
  for (const { call, callee } of children) {
    if (!isLogger(callee.object) || isOnlyForwarded(call, sourceCode)) continue;
    const scope = sourceCode.getScope(call);
    for (const argument of call.arguments.slice(0, 2)) {
      if (argument.type === AST_NODE_TYPES.SpreadElement) continue;
      for (const value of valuesAt(argument, ['level'], scope)) {
        settings.push({ value, label: `${sourceCode.getText(callee.object)}.child({ level })`, library: 'pino' });
      }
    }
  }
  for (const { call, callee, method, value } of setters) {
    if (seen.has(call) || !isLogger(callee.object)) continue;
    settings.push({ value, label: `${sourceCode.getText(callee)}()`, library: method === 'level' ? 'bunyan' : 'loglevel' });
  }
  for (const assignment of candidates.assignments) {
    if (assignment.operator !== '=') continue;
    const left = assignment.left;
    if (
      left.type === AST_NODE_TYPES.MemberExpression &&
      !left.computed &&
      left.property.type === AST_NODE_TYPES.Identifier &&
      left.property.name === 'level' &&
      isLogger(left.object)
    ) {
      settings.push({ value: assignment.right, label: sourceCode.getText(left), library: 'unknown' });
      continue;
    }
    const egg = eggLoggerObject(assignment);
    if (!egg) continue;
    const scope = sourceCode.getScope(assignment);
    for (const key of EGG_KEYS) {
      for (const value of valuesAt(egg, [key], scope)) settings.push({ value, label: `config.logger.${key}`, library: 'egg' });
    }
  }
  return settings;
}
