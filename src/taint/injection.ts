/**
 * Log injection (CWE-117): the client's own text (query, params, body fields, headers, cookies,
 * the URL, a Lambda event's body, and the same through variables, templates and local helpers)
 * reaching a log call that writes text, without anything that neutralises its line breaks and
 * terminal escapes on the way (see `./neutralisers.ts`). Only the value itself counts: inside an
 * object or array the logger prints it escaped. Console in a Lambda function is left alone: the
 * runtime writes each console call as one log event.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { DEFAULT_VOCABULARY } from '@secure-logging/redact/classify';
import type { LogArgument, LogCall } from '../loggers/find-log-calls.js';
import { TEXT_LIBRARIES } from '../loggers/catalog.js';
import type { RedactHelper } from '../fix/binding.js';
import { environmentGuardOf, type Environment } from '../guards.js';
import { callSitesOf, Tracer } from './trace.js';
import { callsProjectImport, importedView } from './imported.js';
import type { ModuleLookup } from '../project/lookup.js';
import type { Flow, LeakCategory, SinkFlow } from './types.js';

/** One request-controlled value written into a text log. */
export interface InjectionFinding {
  readonly call: LogCall;
  readonly argument: LogArgument;
  readonly flow: SinkFlow;
  readonly environment: Environment | null;
}

const TEXT = new Set(TEXT_LIBRARIES);
const PAYLOAD_ONLY: ReadonlySet<LeakCategory> = new Set(['payload']);
/** How deep local helpers that log their parameters may nest. */
const MAX_HELPER_DEPTH = 3;

/** The arguments of the call that the logger writes as text, if it writes text at all. */
function textArguments(call: LogCall): readonly LogArgument[] {
  const logged = call.args.filter((argument) => argument.role === 'data' || argument.role === 'message');
  if (TEXT.has(call.library)) return logged;
  // winston's text formats write the message as it is and the metadata as JSON.
  if (call.library === 'winston' && call.writesText === true) return logged.filter((argument) => argument.role === 'message');
  return [];
}

/**
 * A call known only by its receiver's name, of a logger imported from a project module
 * (`logger.info(…)` with `logger` from `./logger.js`): the call as that module's logger makes it.
 * The module's summary is read once per process and shared with the leak rules.
 */
function asImported(call: LogCall, modules: ModuleLookup | undefined): LogCall | null {
  if (!modules || call.recognizedBy !== 'name' || !callsProjectImport(call, modules)) return null;
  return importedView(call, modules)?.call ?? null;
}

/** Finds the request-controlled strings that reach a text log call of the file. */
export function findInjections(
  sourceCode: Readonly<TSESLint.SourceCode>,
  logCalls: readonly LogCall[],
  options: { calls: readonly TSESTree.CallExpression[]; sanitizers: ReadonlySet<string>; redact: RedactHelper; modules?: ModuleLookup },
): InjectionFinding[] {
  const tracer = new Tracer(
    sourceCode,
    { vocabulary: DEFAULT_VOCABULARY, categories: PAYLOAD_ONLY, checkLiterals: false, sanitizers: options.sanitizers, redact: options.redact, input: true },
    options.calls,
  );
  const findings: InjectionFinding[] = [];
  const queue = logCalls.map((call) => {
    const imported = asImported(call, options.modules);
    const effective = imported ?? call;
    return { call: effective, arguments: textArguments(effective), depth: 0 };
  });
  const followed = new Set<string>();
  for (let index = 0; index < queue.length && index < 10_000; index++) {
    const pending = queue[index];
    if (!pending || pending.arguments.length === 0) continue;
    let environment: Environment | null | undefined;
    const parameters: Flow[] = [];
    for (const argument of pending.arguments) {
      const traced = tracer.traceSink(argument.node);
      for (const flow of traced.values) {
        if (flow.origin.kind !== 'payload' || flow.keyPath.length > 0) continue;
        // AWS Lambda's Node.js runtime writes each console call as one log event, line breaks inside it.
        if (pending.call.library === 'console' && flow.origin.payload?.shape === 'event') continue;
        environment ??= environmentGuardOf(pending.call.node, sourceCode);
        findings.push({ call: pending.call, argument, flow, environment });
      }
      parameters.push(...traced.parameters.filter((flow) => flow.keyPath.length === 0));
    }
    if (pending.depth >= MAX_HELPER_DEPTH) continue;
    // `function audit(message) { console.log(`[audit] ${message}`) }`: its callers' arguments are written too.
    for (const flow of parameters) {
      const origin = flow.origin;
      if (origin.kind !== 'parameter' || origin.path.length > 0) continue;
      const key = `${origin.fn.range.join(':')}:${String(origin.index)}`;
      if (followed.has(key)) continue;
      followed.add(key);
      for (const site of callSitesOf(origin.fn, sourceCode)) {
        const nodes = origin.rest ? site.arguments.slice(origin.index) : site.arguments.slice(origin.index, origin.index + 1);
        if (nodes.length === 0) continue;
        const call: LogCall = { ...pending.call, node: site, callee: sourceCode.getText(site.callee), args: [], recognizedBy: 'wrapper' };
        queue.push({ call, arguments: nodes.map((node) => ({ node, role: 'data' as const })), depth: pending.depth + 1 });
      }
    }
  }
  return findings;
}
