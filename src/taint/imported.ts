/**
 * Log calls and wrappers across modules: what the summary of an imported module changes in the
 * leak analysis of the importing file (see `project/summaries.ts`).
 *
 * - A log call through an imported object (`Logger.error(msg, err, extra, req)`), recognised by
 *   its name, logs only the arguments whose parameters reach a log call in the module, when the
 *   module says so for that method; and an imported logger masks what its redact paths say.
 * - A call of an imported function or method named like logging that passes parameters to a
 *   log call (`audit(user)`, `reporter.security(token)`) is a log call for those arguments.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { splitWords } from '@secure-logging/redact/classify';
import { WRAPPER_NOUNS, WRAPPER_VERBS } from '../loggers/catalog.js';
import type { LogCall } from '../loggers/find-log-calls.js';
import type { ModuleLookup } from '../project/lookup.js';
import { reachesLog, type ExportSummary, type Sinks } from '../project/summaries.js';

/** `name.method(…)` or `name(…)`: the identifier the callee is rooted at, and the method. */
function calleeRoot(call: TSESTree.CallExpression): { root: TSESTree.Identifier; method: string | null } | null {
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) return { root: callee, method: null };
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.object.type === AST_NODE_TYPES.Identifier && callee.property.type === AST_NODE_TYPES.Identifier) {
    return { root: callee.object, method: callee.property.name };
  }
  return null;
}

function sinksOf(exported: ExportSummary, method: string | null): Sinks | null {
  const sinks = method === null ? exported.call : (exported.methods.get(method) ?? null);
  return sinks && (sinks.indexes.size > 0 || sinks.restFrom !== null) ? sinks : null;
}

/** What an imported module says about a log call the finder recognised by name. */
export interface ImportedView {
  /** The call, with the imported logger's redact paths and serializers when it is one. */
  readonly call: LogCall;
  /** False for an argument the module's method is known not to log. */
  logs(position: number): boolean;
}

/** True when the call's receiver is bound to an import of a project module: asked without reading it. */
export function callsProjectImport(call: LogCall, modules: ModuleLookup): boolean {
  const found = calleeRoot(call.node);
  return found !== null && modules.isProjectImport(found.root);
}

export function importedView(call: LogCall, modules: ModuleLookup): ImportedView | null {
  if (call.recognizedBy !== 'name') return null;
  const found = calleeRoot(call.node);
  if (!found || found.method === null) return null;
  const exported = modules.exportOf(found.root);
  if (!exported) return null;
  const sinks = sinksOf(exported, found.method);
  const logger = exported.logger;
  return {
    call: logger
      ? { ...call, library: logger.library, redactPaths: logger.redactPaths, serializers: logger.serializers, ...(logger.writesText === true ? { writesText: true } : {}) }
      : call,
    logs: (position) => sinks === null || reachesLog(sinks, position),
  };
}

/** A call of an imported function or method that logs some of its arguments: a log call for them. */
export function importedWrapperCall(node: TSESTree.CallExpression, modules: ModuleLookup, calleeText: string): LogCall | null {
  const found = calleeRoot(node);
  if (!found || !modules.isProjectImport(found.root)) return null;
  const exported = modules.exportOf(found.root);
  const sinks = exported ? sinksOf(exported, found.method) : null;
  if (!sinks) return null;
  const args = node.arguments.filter((_, position) => reachesLog(sinks, position));
  if (args.length === 0) return null;
  return {
    node,
    library: 'custom',
    method: found.method ?? found.root.name,
    level: null,
    callee: calleeText,
    args: args.map((argument) => ({ node: argument, role: 'data' as const })),
    recognizedBy: 'wrapper',
    redactPaths: [],
    serializers: {},
  };
}

const VERBS = new Set(WRAPPER_VERBS);
const NOUNS = new Set(WRAPPER_NOUNS);

/**
 * True when a call may be a log wrapper imported from a project file: its callee is rooted at an
 * import of one, and named like logging (see `WRAPPER_VERBS` and `WRAPPER_NOUNS`): the first word
 * of a function or method (`auditLogin`, `helpers.notify`), or the last word of a receiver
 * (`errorReporter.send`).
 * No module is read.
 */
export function mayCallImportedWrapper(node: TSESTree.CallExpression, modules: ModuleLookup): boolean {
  const found = calleeRoot(node);
  if (!found) return false;
  // `auditLogin(…)`, `reporter.send(…)`, `helpers.notify(…)`: a function's or method's first word, a receiver's last.
  const first = (name: string): boolean => VERBS.has(splitWords(name)[0] ?? '');
  const last = (name: string): boolean => NOUNS.has(splitWords(name).at(-1) ?? '');
  const named = found.method === null ? first(found.root.name) : last(found.root.name) || first(found.method);
  return named && modules.isProjectImport(found.root);
}
