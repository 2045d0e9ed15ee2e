/**
 * Leak analysis of one file: traces every data and message argument of every log call, turns
 * local functions that pass a parameter into a log call into wrapper loggers (so `audit(password)`
 * is reported where it is called), and marks findings that the logger redacts itself or that sit
 * in development-only code.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Vocabulary } from '../classify/names.js';
import { SERIALIZER_KEEPS } from '../sources/catalog.js';
import { environmentGuardOf, type Environment } from '../guards.js';
import type { LogArgument, LogCall } from '../loggers/find-log-calls.js';
import { isRedactedByLogger } from '../loggers/redact-paths.js';
import { callSitesOf, Tracer } from './trace.js';
import type { Flow, LeakCategory, SinkFlow } from './types.js';

/** One sensitive value that reaches a log call. */
export interface LeakFinding {
  readonly call: LogCall;
  readonly argument: LogArgument;
  readonly flow: SinkFlow;
  /** The environment the log call is guarded to, if any. */
  readonly environment: Environment | null;
  /** True when the logger's own redact configuration masks the value. */
  readonly redactedByLogger: boolean;
}

/** How deep wrapper loggers may nest (`audit` calling `log` calling `logger.info`). */
const MAX_WRAPPER_DEPTH = 4;
const ALL_CATEGORIES: ReadonlySet<LeakCategory> = new Set(['secret', 'pii', 'payload']);

interface Pending {
  readonly call: LogCall;
  readonly paths: ReadonlyMap<TSESTree.Node, readonly string[]>;
  readonly depth: number;
}

/** Finds every sensitive value that reaches a log call of the file. */
export function findLeaks(
  sourceCode: Readonly<TSESLint.SourceCode>,
  logCalls: readonly LogCall[],
  options: { vocabulary: Vocabulary; sanitizers: ReadonlySet<string>; redactName: string },
): LeakFinding[] {
  const tracer = new Tracer(sourceCode, {
    vocabulary: options.vocabulary,
    categories: ALL_CATEGORIES,
    checkLiterals: true,
    sanitizers: options.sanitizers,
    redactName: options.redactName,
  });
  const findings: LeakFinding[] = [];
  const queue: Pending[] = logCalls.map((call) => ({ call, paths: new Map(), depth: 0 }));
  const wrapped = new Set<string>();
  for (let index = 0; index < queue.length && index < 20_000; index++) {
    const pending = queue[index];
    if (!pending) break;
    const { call } = pending;
    const environment = environmentGuardOf(call.node, sourceCode);
    const parameterFlows: Flow[] = [];
    call.args.forEach((argument, position) => {
      if (argument.role !== 'data' && argument.role !== 'message') return;
      const path = pending.paths.get(argument.node) ?? [];
      const { values, parameters } = tracer.traceSink(argument.node, path);
      for (const flow of values) {
        const keyPath = [...path, ...flow.keyPath];
        const redactedByLogger = position === firstDataPosition(call) && isMaskedByLogger(call, flow, keyPath);
        findings.push({ call, argument, flow, environment, redactedByLogger });
      }
      parameterFlows.push(...parameters);
    });
    if (pending.depth >= MAX_WRAPPER_DEPTH) continue;
    for (const flow of parameterFlows) {
      const origin = flow.origin;
      if (origin.kind !== 'parameter') continue;
      const key = `${origin.fn.range.join(':')}:${String(origin.index)}:${origin.path.join('.')}`;
      if (wrapped.has(key)) continue;
      wrapped.add(key);
      for (const site of callSitesOf(origin.fn, sourceCode)) {
        const args = origin.rest ? site.arguments.slice(origin.index) : site.arguments.slice(origin.index, origin.index + 1);
        if (args.length === 0) continue;
        const derived: LogCall = {
          node: site,
          library: call.library,
          method: call.method,
          level: call.level,
          callee: sourceCode.getText(site.callee),
          args: args.map((node) => ({ node, role: 'data' as const })),
          recognizedBy: 'wrapper',
          redactPaths: [],
          serializers: {},
        };
        queue.push({ call: derived, paths: new Map(args.map((node) => [node, origin.path])), depth: pending.depth + 1 });
      }
    }
  }
  return findings;
}

function firstDataPosition(call: LogCall): number {
  return call.args.findIndex((argument) => argument.role === 'data');
}

/**
 * True when the logger's own configuration hides the value at `keyPath` of its merge object: a
 * redact path covers it, or, for a raw payload, a serializer drops it and redact paths cover
 * whatever the serializer keeps (pino's standard `req` serializer keeps the headers).
 */
function isMaskedByLogger(call: LogCall, flow: SinkFlow, keyPath: readonly string[]): boolean {
  const payload = flow.origin.payload;
  if (!payload) return isRedactedByLogger(call.redactPaths, keyPath);
  const [top] = keyPath;
  if (top === undefined) return false;
  const serializer = Object.hasOwn(call.serializers, top) ? call.serializers[top] : undefined;
  const keeps = serializer === undefined ? 'all' : SERIALIZER_KEEPS[serializer];
  const parts =
    keeps === 'all'
      ? payload.sensitiveParts.map((part) => [...keyPath, ...splitPart(part)])
      : keeps.map((part) => [top, ...splitPart(part)]);
  return parts.every((part) => isRedactedByLogger(call.redactPaths, part));
}

function splitPart(part: string): string[] {
  return part === '' ? [] : part.split('.');
}
