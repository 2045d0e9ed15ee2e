/**
 * `@eslint-community/eslint-utils`, re-typed for TSESTree. The library is typed against `estree`;
 * these wrappers give the rest of the engine the typescript-eslint node types.
 */
import * as eslintUtils from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * The definition kinds the engine tests for: the values of scope-manager's `DefinitionType` enum,
 * spelled out so that the scope manager (and with it TypeScript) is not loaded at run time.
 */
export const DefinitionType = {
  CatchClause: 'CatchClause',
  FunctionName: 'FunctionName',
  Parameter: 'Parameter',
  Variable: 'Variable',
} as unknown as Pick<typeof TSESLint.Scope.DefinitionType, 'CatchClause' | 'FunctionName' | 'Parameter' | 'Variable'>;

/** Marker symbols of trace maps. */
export const READ: unique symbol = eslintUtils.READ as never;
export const CALL: unique symbol = eslintUtils.CALL as never;
export const CONSTRUCT: unique symbol = eslintUtils.CONSTRUCT as never;

/** A trace map whose leaves carry `T`. */
export interface TraceMap<T> {
  [key: string]: TraceMap<T>;
  [READ]?: T;
  [CALL]?: T;
  [CONSTRUCT]?: T;
}

/** A reference found by the tracker. */
export interface TrackedReference<T> {
  readonly node: TSESTree.Node;
  readonly path: readonly string[];
  readonly type: symbol;
  readonly info: T;
}

/** The subset of `ReferenceTracker` the engine uses, with TSESTree types. */
export interface Tracker {
  iterateEsmReferences<T>(traceMap: TraceMap<T>): IterableIterator<TrackedReference<T>>;
  iteratePropertyReferences<T>(node: TSESTree.Node, traceMap: TraceMap<T>): IterableIterator<TrackedReference<T>>;
}

/** Creates a `ReferenceTracker` in legacy mode, so CommonJS packages imported by name match. */
export function createTracker(globalScope: TSESLint.Scope.Scope): Tracker {
  return new eslintUtils.ReferenceTracker(globalScope as never, { mode: 'legacy' }) as unknown as Tracker;
}

/** The static value of an expression, if it has one. */
export function getStaticValue(
  node: TSESTree.Node,
  scope?: TSESLint.Scope.Scope,
): { value: unknown } | null {
  return eslintUtils.getStaticValue(node as never, scope as never);
}

/** The string value of an expression, if it is a constant. */
export function getStringIfConstant(node: TSESTree.Node, scope?: TSESLint.Scope.Scope): string | null {
  return eslintUtils.getStringIfConstant(node as never, scope as never);
}

/** The static name of a member, property or method, computed keys included. */
export function getPropertyName(
  node: TSESTree.MemberExpression | TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition,
  scope?: TSESLint.Scope.Scope,
): string | null {
  return eslintUtils.getPropertyName(node as never, scope as never) ?? null;
}

/**
 * The static name of a member or property, asking for the scope only when the key is computed
 * (a plain `a.b` or `{ b: 1 }` needs none, and scope lookups are the costly part).
 */
export function propertyNameOf(
  node: TSESTree.MemberExpression | TSESTree.Property,
  sourceCode: Readonly<TSESLint.SourceCode>,
): string | null {
  if (!node.computed) {
    const key = node.type === AST_NODE_TYPES.Property ? node.key : node.property;
    if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  }
  return getPropertyName(node, sourceCode.getScope(node));
}

/** Finds the variable a name or identifier refers to, from `scope` outwards. */
export function findVariable(
  scope: TSESLint.Scope.Scope,
  nameOrNode: string | TSESTree.Identifier,
): TSESLint.Scope.Variable | null {
  return eslintUtils.findVariable(scope as never, nameOrNode) as TSESLint.Scope.Variable | null;
}

/** The variable an identifier refers to, resolved from the scope it sits in. */
export function variableOf(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.Scope.Variable | null {
  return findVariable(sourceCode.getScope(identifier), identifier);
}

/** True if the node is wrapped in parentheses. */
export function isParenthesized(node: TSESTree.Node, sourceCode: TSESLint.SourceCode): boolean {
  return eslintUtils.isParenthesized(node as never, sourceCode as never);
}

/** References of a global name that the file does not declare itself. */
export function globalReferences(globalScope: TSESLint.Scope.Scope, name: string): TSESTree.Identifier[] {
  const variable = globalScope.set.get(name);
  if (variable && variable.defs.length > 0) return [];
  const identifiers: TSESTree.Identifier[] = [];
  if (variable) {
    if (variable.references.some((reference) => reference.isWrite())) return [];
    for (const reference of variable.references) identifiers.push(reference.identifier as TSESTree.Identifier);
  }
  for (const reference of globalScope.through) {
    if (reference.identifier.name === name) {
      if (reference.isWrite()) return [];
      identifiers.push(reference.identifier as TSESTree.Identifier);
    }
  }
  return identifiers;
}

/**
 * References into modules by a trace map keyed by module name: ES imports, and `require('m')`
 * calls of an undeclared `require` (CommonJS, also in files parsed as modules).
 */
export function moduleReferences<T>(globalScope: TSESLint.Scope.Scope, traceMap: TraceMap<T>): TrackedReference<T>[] {
  const tracker = createTracker(globalScope);
  const found = [...tracker.iterateEsmReferences(traceMap)];
  for (const identifier of globalReferences(globalScope, 'require')) {
    const call = identifier.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier) continue;
    const source = call.arguments[0];
    const id = source ? getStringIfConstant(source) : null;
    const map = id === null || !Object.hasOwn(traceMap, id) ? undefined : traceMap[id];
    if (map) found.push(...tracker.iteratePropertyReferences(call, map));
  }
  return found;
}

/** Marks `info` at `path` below `map` (`['LoggerModule', 'forRoot']`), for calls (`CALL`) or `new` (`CONSTRUCT`). */
export function markTracePath<T>(map: TraceMap<T>, path: readonly string[], marker: typeof CALL | typeof CONSTRUCT, info: T): void {
  let node = map;
  for (const key of path) node = node[key] ??= {};
  node[marker] = info;
}
