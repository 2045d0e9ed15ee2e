/**
 * Leak analysis of one file: traces every data and message argument of every log call, turns
 * local functions that pass a parameter into a log call into wrapper loggers (so `audit(password)`
 * is reported where it is called), and marks findings that the logger redacts itself or that sit
 * in development-only code.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { isIdentifierName, isScalarName, type Vocabulary } from '@secure-logging/redact/classify';
import { SERIALIZER_KEEPS, type ShapeName } from '../sources/catalog.js';
import { environmentGuardOf, type Environment } from '../guards.js';
import type { RedactHelper } from '../fix/binding.js';
import type { LogArgument, LogCall } from '../loggers/find-log-calls.js';
import { EVERY_RECORD, isRedactedByLogger } from '../loggers/redact-paths.js';
import { isInFailedResponseBranch } from '../sources/failed-response.js';
import type { ModuleLookup } from '../project/lookup.js';
import { importedView, mayCallImportedWrapper, importedWrapperCall, type ImportedView } from './imported.js';
import { httpClientShape, matchPayload } from '../sources/payloads.js';
import { PAYLOAD_TYPES } from '../types/catalog.js';
import { memberPathText, skipExpressionWrappers } from '../utils/ast.js';
import { TEXT_SERIALISERS } from './models.js';
import { getPropertyName } from '../utils/eslint-utils.js';
import type { TypeInfo } from '../types/type-info.js';
import { isSanitizerCall, isTokenEndpointCall } from './handlers.js';
import { callSitesOf, Tracer } from './trace.js';
import type { Flow, FunctionNode, LeakCategory, SinkFlow, ValueOrigin } from './types.js';

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

const NO_PATHS: ReadonlyMap<TSESTree.Node, readonly string[]> = new Map();

/** Finds every sensitive value that reaches a log call of the file. */
export function findLeaks(
  sourceCode: Readonly<TSESLint.SourceCode>,
  logCalls: readonly LogCall[],
  options: {
    vocabulary: Vocabulary;
    sanitizers: ReadonlySet<string>;
    redact: RedactHelper;
    types?: TypeInfo | null;
    /** Every call of the file in source order. */
    calls: readonly TSESTree.CallExpression[];
    /** Told of every parameter of a local function that reaches a log call, at any depth (module summaries). */
    onParameter?: (fn: FunctionNode, index: number, rest: boolean) => void;
    /** Summaries of the project modules the file imports. */
    modules?: ModuleLookup;
    /** Follow parameters through sanitizer calls (for `onParameter`). */
    parametersThroughSanitizers?: boolean;
  },
): LeakFinding[] {
  const types = options.types ?? null;
  const tracer = new Tracer(sourceCode, {
    vocabulary: options.vocabulary,
    categories: ALL_CATEGORIES,
    checkLiterals: true,
    sanitizers: options.sanitizers,
    redact: options.redact,
    parametersThroughSanitizers: options.parametersThroughSanitizers === true,
  }, options.calls);
  const findings: LeakFinding[] = [];
  const queue: Pending[] = logCalls.map((call) => ({ call, paths: NO_PATHS, depth: 0 }));
  const modules = options.modules;
  if (modules) queue.push(...importedWrapperCalls(logCalls, options.calls, modules, tracer, sourceCode));
  const wrapped = new Set<string>();
  for (let index = 0; index < queue.length && index < 20_000; index++) {
    const pending = queue[index];
    if (!pending) break;
    const { call } = pending;
    // Asked only when the call leaks something: most log calls carry nothing sensitive.
    let environment: Environment | null | undefined;
    // What an imported module says of this call, asked only when an argument carries something.
    let view: ImportedView | null | undefined;
    const parameterFlows: Flow[] = [];
    call.args.forEach((argument, position) => {
      if (argument.role !== 'data' && argument.role !== 'message') return;
      const path = pending.paths.get(argument.node) ?? [];
      const { values: traced, parameters } = tracer.traceSink(argument.node, path);
      if (modules && (traced.length > 0 || parameters.length > 0)) {
        view ??= importedView(call, modules);
        if (view && !view.logs(call.node.arguments.indexOf(argument.node))) return;
      }
      const values = types
        ? [
            ...traced.filter((flow) => !typeSaysSafe(flow, types)),
            ...typedFlows(argument.node, argument.role === 'message', traced, types, options.vocabulary, sourceCode, tracer),
          ]
        : traced;
      for (const flow of values) {
        const keyPath = [...path, ...flow.keyPath];
        if (isFailedResponseBody(flow, call.node, tracer) || isRecordUnderIdKey(flow, keyPath)) continue;
        const redactedByLogger = position === firstDataPosition(call) && isMaskedByLogger(view?.call ?? call, flow, keyPath);
        environment ??= environmentGuardOf(call.node, sourceCode);
        findings.push({ call, argument, flow, environment, redactedByLogger });
      }
      parameterFlows.push(...parameters);
    });
    if (options.onParameter) {
      for (const flow of parameterFlows) if (flow.origin.kind === 'parameter') options.onParameter(flow.origin.fn, flow.origin.index, flow.origin.rest);
    }
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

/**
 * A response body logged where the code has found the response failed (`if (!res.ok)`): the
 * server's error answer, not the payload of a successful call. A token endpoint's raw answer is
 * still reported: some providers answer a failed grant with a success status or echo it.
 */
function isFailedResponseBody(flow: SinkFlow, logCall: TSESTree.Node, tracer: Tracer): boolean {
  const origin = flow.origin.node;
  if (origin.type !== AST_NODE_TYPES.CallExpression || flow.through.length === 0) return false;
  // The body only: a whole axios response still holds the request config and its headers.
  if (flow.origin.payload?.shape !== 'body' || httpClientShape(origin) === null || isTokenEndpointCall(origin, tracer)) return false;
  const holders = new Set(flow.through.map((step) => step.name).filter((name) => !name.endsWith(')')));
  // `const { response, body } = await request.post(…)`: the response beside the body holds its status.
  for (const name of destructuredNames(origin)) holders.add(name);
  return isInFailedResponseBranch(logCall, holders);
}

/** The names a call's result is destructured into: `response` and `body` of `const { response, body } = await call()`. */
function destructuredNames(call: TSESTree.CallExpression): string[] {
  let holder: TSESTree.Node = call.parent;
  while (holder.type === AST_NODE_TYPES.AwaitExpression || holder.type === AST_NODE_TYPES.TSAsExpression || holder.type === AST_NODE_TYPES.TSNonNullExpression) holder = holder.parent;
  if (holder.type !== AST_NODE_TYPES.VariableDeclarator || holder.id.type !== AST_NODE_TYPES.ObjectPattern) return [];
  return holder.id.properties.flatMap((property) =>
    property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier ? [property.value.name] : [],
  );
}

/**
 * `{ providerId: event.user }`: a record-named value logged under a key that names an id is that
 * id (Slack's `event.user` is a user id), not a whole record.
 */
function isRecordUnderIdKey(flow: SinkFlow, keyPath: readonly string[]): boolean {
  const key = keyPath.at(-1);
  return flow.origin.kind === 'record' && key !== undefined && isIdentifierName(key);
}

/**
 * Calls of imported functions and methods named like logging that pass something sensitive, or a
 * parameter of a local function, to a parameter their module logs: log calls for those arguments.
 * The module is read only for a call whose arguments carry something.
 */
function importedWrapperCalls(
  logCalls: readonly LogCall[],
  calls: readonly TSESTree.CallExpression[],
  modules: ModuleLookup,
  tracer: Tracer,
  sourceCode: Readonly<TSESLint.SourceCode>,
): Pending[] {
  const logged = new Set(logCalls.map((call) => call.node));
  const pending: Pending[] = [];
  for (const node of calls) {
    if (logged.has(node) || node.arguments.length === 0 || !mayCallImportedWrapper(node, modules)) continue;
    const carries = node.arguments.some((argument) => {
      const { values, parameters } = tracer.traceSink(argument, []);
      return values.length > 0 || parameters.length > 0;
    });
    if (!carries) continue;
    const call = importedWrapperCall(node, modules, sourceCode.getText(node.callee));
    if (call) pending.push({ call, paths: NO_PATHS, depth: 1 });
  }
  return pending;
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
  // A logger built with the runtime's integrations redacts every object it logs: a value under a
  // key, or a whole object (a payload or a record). A bare value may be a message string, which
  // they leave alone.
  if (call.redactPaths.includes(EVERY_RECORD) && (keyPath.length > 0 || flow.origin.kind === 'payload' || flow.origin.kind === 'record')) return true;
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

/** Typed mode: a name flow whose value's type cannot hold data (`isTokenValid: boolean`), or whose type is `@redacted`. */
function typeSaysSafe(flow: SinkFlow, types: TypeInfo): boolean {
  if (types.isRedacted(flow.sink) || types.isRedacted(flow.origin.node)) return true;
  return (flow.origin.kind === 'name' || flow.origin.kind === 'record') && isExpressionLike(flow.origin.node) && types.isHarmless(flow.origin.node);
}

function isExpressionLike(node: TSESTree.Node): boolean {
  return node.type !== AST_NODE_TYPES.Property && node.type !== AST_NODE_TYPES.ObjectPattern && node.type !== AST_NODE_TYPES.ArrayPattern;
}

const SERIALISERS = new Set(TEXT_SERIALISERS);

/**
 * The values whose types say what a text argument writes: `JSON.stringify(dto)` and
 * `util.inspect(dto)`, alone or inside a template or a `+` concatenation, write `dto`'s fields;
 * `${dto}` alone writes `[object Object]`. Any other argument is its own value.
 */
function serialisedValues(argument: TSESTree.Node, depth: number): TSESTree.Node[] {
  const node = skipExpressionWrappers(argument);
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const path = memberPathText(node.callee);
    const first = node.arguments[0];
    if (path !== null && SERIALISERS.has(path) && first && first.type !== AST_NODE_TYPES.SpreadElement) return [first];
  }
  if (depth < 8 && node.type === AST_NODE_TYPES.TemplateLiteral) return node.expressions.flatMap((expression) => serialisedValues(expression, depth + 1));
  if (depth < 8 && node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') {
    return [node.left, node.right].flatMap((side) => serialisedValues(side, depth + 1));
  }
  return depth === 0 ? [argument] : [];
}

/**
 * Typed mode: what the argument's type says that the names did not. Sensitive properties of its
 * type (`user.email` when `User` has `email`), values of `@sensitive` or `Secret<T>` types, and raw
 * payloads by type (`Request`, `AxiosResponse`), each once per category and argument. Of a
 * message, only what it serialises (`JSON.stringify(dto)`).
 */
function typedFlows(
  argument: TSESTree.Node,
  message: boolean,
  traced: readonly SinkFlow[],
  types: TypeInfo,
  vocabulary: Vocabulary,
  sourceCode: Readonly<TSESLint.SourceCode>,
  tracer: Tracer,
): SinkFlow[] {
  if (argument.type === AST_NODE_TYPES.SpreadElement || hasScalarName(argument)) return [];
  const serialised = argument.type === AST_NODE_TYPES.ObjectExpression ? [] : serialisedValues(argument, 0).filter((node) => node !== argument);
  if (serialised.length === 0) {
    if (message || hasKnownPlainType(argument)) return [];
    // An object literal's own type has no name to be redacted by and is never plain: only its values are asked about.
    if (argument.type !== AST_NODE_TYPES.ObjectExpression && (types.isHarmless(argument) || types.isRedacted(argument))) return [];
  }
  const found = new Set<LeakCategory>(traced.map((flow) => flow.origin.category));
  const flows: SinkFlow[] = [];
  // An object literal's own keys are the tracer's; the types of its values (not plain by their syntax) are walked here.
  const values =
    argument.type === AST_NODE_TYPES.ObjectExpression
      ? argument.properties.flatMap((property) => {
          if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) return [];
          return hasKnownPlainType(property.value) || hasScalarName(property.value) ? [] : [{ node: property.value, key: [property.key.name] }];
        })
      : // Text (a message, a template) counts for what it serialises.
        (serialised.length > 0 ? serialised : [argument]).map((node) => ({ node, key: [] as string[] }));
  for (const value of values) {
    const node = value.node;
    if (node.type === AST_NODE_TYPES.CallExpression && isSanitizerCall(node, tracer)) continue;
    if (value.key.length > 0 && (types.isHarmless(node) || types.isRedacted(node))) continue;
    for (const part of types.sensitivePartsOf(node, vocabulary)) {
      if (found.has(part.category)) continue;
      // The tracer already judged a key that names the value (`{ password }`).
      if (part.path.length === 0 && value.key.length > 0 && tracer.classify(value.key[0] ?? '')) continue;
      found.add(part.category);
      const text = sourceCode.getText(node);
      const prefix = value.key.length > 0 ? value.key : [text.length <= 40 ? text : 'value'];
      const origin: ValueOrigin = { kind: 'name', category: part.category, name: [...prefix, ...part.path].join('.'), node, wrappable: true };
      flows.push({ origin, through: [], keyPath: [...value.key, ...part.path], sink: node });
    }
  }
  if (!found.has('payload')) {
    for (const holder of values) {
      const payload = payloadByType(holder.node, types);
      if (!payload) continue;
      const origin: ValueOrigin = { kind: 'payload', category: 'payload', name: sourceCode.getText(holder.node), node: holder.node, wrappable: false, payload };
      flows.push({ origin, through: [], keyPath: holder.key, sink: holder.node });
      break;
    }
  }
  return flows;
}

/** The shapes a type can give a value (`Request` → request, `AxiosResponse` → client response). */
const TYPED_SHAPES: readonly ShapeName[] = [...new Set(PAYLOAD_TYPES.map((entry) => entry.value))];

/** True when reading `path` from a holder of some typed shape reaches a raw payload. */
function readsPayload(path: readonly string[]): boolean {
  return TYPED_SHAPES.some((shape) => matchPayload({ shape, prefix: [], whole: true }, path) !== null);
}

/**
 * `req.body` where `req: Request`: the longest member prefix whose type is a payload holder
 * decides. The checker is asked only about prefixes from which the rest of the path could reach a
 * payload: for `order.owner.id` no shape has an `id` payload, so `order.owner` is never asked about.
 */
function payloadByType(node: TSESTree.Node, types: TypeInfo): ReturnType<typeof matchPayload> {
  const path: string[] = [];
  let current: TSESTree.Node = node;
  for (let depth = 0; depth < 8; depth++) {
    const shape = readsPayload(path) ? types.payloadShapeOf(current) : null;
    if (shape) return matchPayload({ shape, prefix: [], whole: true }, path);
    if (current.type !== AST_NODE_TYPES.MemberExpression || current.computed || current.property.type !== AST_NODE_TYPES.Identifier) return null;
    path.unshift(current.property.name);
    current = current.object;
  }
  return null;
}

/**
 * A value whose own name says it is a number, a time, an id or a flag (`sum`, `created.id`,
 * `req.params['id']`, `isValid`): its type is not asked about. Inferring it can be the dearest
 * question of a whole lint (`const sum = items.reduce(…)`), and it could not name a record or a
 * payload. The key it is logged under does not count: `{ count: users }` is still asked about.
 */
function hasScalarName(node: TSESTree.Node): boolean {
  const value = skipExpressionWrappers(node);
  if (value.type === AST_NODE_TYPES.Identifier) return isScalarName(value.name);
  if (value.type !== AST_NODE_TYPES.MemberExpression) return false;
  // No scope: only the member's own static name (`a.id`, `a['id']`), never a variable's value.
  const name = getPropertyName(value);
  return name !== null && isScalarName(name);
}

/** Literals, templates, arithmetic and comparisons: their type needs no checker to be known as plain. */
function hasKnownPlainType(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
      return true;
    default:
      return false;
  }
}
