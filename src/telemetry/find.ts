/**
 * Telemetry SDK calls as sinks (see `./catalog.ts`): calls of an SDK's module found through its
 * imports and requires (`Sentry.setUser(user)`, `newrelic.addCustomAttribute('email', email)`),
 * and calls on the objects it hands out (`scope.setExtra`, `span.setAttribute`), by method and
 * receiver name, in files that load the SDK. They are returned as log calls whose `destination`
 * names the third party.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { splitWords } from '@secure-logging/redact/classify';
import { CALL, markTracePath, moduleReferences, type TraceMap } from '../utils/eslint-utils.js';
import { importedModules } from '../utils/imports.js';
import { skipExpressionWrappers } from '../utils/ast.js';
import type { LogArgument, LogCall } from '../loggers/find-log-calls.js';
import { TELEMETRY, type TelemetryEntry, type TelemetryFamily, type TelemetryRole } from './catalog.js';

interface Marker {
  readonly entry: TelemetryEntry;
  readonly roles: readonly TelemetryRole[];
  readonly method: string;
}

function loads(entry: TelemetryEntry, module: string): boolean {
  return entry.modules.some((name) => (name.endsWith('/') ? module.startsWith(name) : module === name || module.startsWith(`${name}/`)));
}

function argumentsOf(call: TSESTree.CallExpression, roles: readonly TelemetryRole[]): LogArgument[] {
  return call.arguments.flatMap((node, index): LogArgument[] => {
    const role = roles[index];
    if (role === undefined) return [];
    return [{ node, role: role === 'error' ? 'exception' : 'data' }];
  });
}

/** The last word of a receiver: `span` of `activeSpan`, `trace.getActiveSpan()`; `scope` of `Sentry.getCurrentScope()`. */
function receiverMatches(receiver: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, names: readonly string[]): boolean {
  const text = sourceCode.getText(skipExpressionWrappers(receiver)).replaceAll(/\s+|\?/gu, '').replace(/\(\)$/u, '');
  if (names.some((name) => name.includes('.') && (text === name || text.endsWith(`.${name}`)))) return true;
  const last = text.split('.').at(-1) ?? '';
  const word = splitWords(last).at(-1);
  return word !== undefined && names.includes(word);
}

/** The telemetry calls of a file, for the families that are on. */
export function findTelemetryCalls(
  sourceCode: Readonly<TSESLint.SourceCode>,
  calls: readonly TSESTree.CallExpression[],
  off: ReadonlySet<TelemetryFamily>,
): LogCall[] {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return [];
  const modules = [...importedModules(sourceCode.ast)];
  const loaded = TELEMETRY.filter((entry) => !off.has(entry.family) && modules.some((module) => loads(entry, module)));
  if (loaded.length === 0) return [];
  const found = new Map<TSESTree.CallExpression, LogCall>();
  const add = (call: TSESTree.CallExpression, marker: Marker): void => {
    if (found.has(call)) return;
    found.set(call, {
      node: call,
      library: 'telemetry',
      method: marker.method,
      level: null,
      callee: sourceCode.getText(call.callee),
      args: argumentsOf(call, marker.roles),
      recognizedBy: 'telemetry',
      redactPaths: [],
      serializers: {},
      destination: marker.entry.label,
    });
  };

  const map: TraceMap<Marker> = {};
  for (const entry of loaded) {
    for (const module of modules.filter((name) => loads(entry, name))) {
      for (const { path, roles } of entry.calls) markTracePath(map, [module, ...path], CALL, { entry, roles, method: path.at(-1) ?? '' });
    }
  }
    for (const reference of moduleReferences(globalScope, map)) {
    if (reference.node.type === AST_NODE_TYPES.CallExpression) add(reference.node, reference.info);
  }

  const byMethod = new Map<string, { entry: TelemetryEntry; roles: readonly TelemetryRole[]; receivers: readonly string[] }[]>();
  for (const entry of loaded) {
    for (const call of entry.receiverCalls) {
      const list = byMethod.get(call.method) ?? [];
      list.push({ entry, roles: call.roles, receivers: call.receivers });
      byMethod.set(call.method, list);
    }
  }
  for (const call of calls) {
    const callee = skipExpressionWrappers(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) continue;
    const candidates = byMethod.get(callee.property.name);
    const match = candidates?.find((candidate) => receiverMatches(callee.object, sourceCode, candidate.receivers));
    if (match) add(call, { entry: match.entry, roles: match.roles, method: callee.property.name });
  }
  return [...found.values()];
}
