/**
 * The log-call finder. Turns the logger catalogue into log-call records for one file.
 *
 * Stages:
 * 1. `ReferenceTracker` follows imports, `require()` calls and the global `console` to factories,
 *    classes and logger objects; every logger instance is then followed to its method calls,
 *    through variables, `.child()` loggers (any depth) and class members (`this.logger`).
 * 2. Calls the tracker did not reach are matched by shape: settings-declared receivers, framework
 *    loggers (`req.log`, `fastify.log`, `ctx.logger`) and, unless disabled, the name fallback
 *    (`logger.info`, `this.auditLog.warn`).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { splitWords } from '@secure-logging/redact/classify';
import type { ResolvedSettings } from '../settings.js';
import type { TypeInfo } from '../types/type-info.js';
import {
  CALL,
  CONSTRUCT,
  createTracker,
  DefinitionType,
  getStaticValue,
  getPropertyName,
  getStringIfConstant,
  type TraceMap,
  type TrackedReference,
  type Tracker,
  globalReferences,
  variableOf,
} from '../utils/eslint-utils.js';
import { importsAnyOf, memberPathText, skipExpressionWrappers } from '../utils/ast.js';
import { STANDARD_SERIALIZERS, type SerializerKind } from '../sources/catalog.js';
import { isIntegration, SERIALIZER_SETS, usesRecordRedactor } from './integrations.js';
import { EVERY_RECORD, redactOptionPaths } from './redact-paths.js';
import { winstonWritesText } from './text-format.js';
import {
  FALLBACK_METHODS,
  FRAMEWORK_ENTRIES,
  GLOBAL_ENTRIES,
  LIBRARIES,
  LOGGER_NAME_WORDS,
  MODULE_ENTRIES,
  type LibraryShape,
  type LoggerLibrary,
  type ModuleEntry,
} from './catalog.js';

/** What an argument of a log call carries. */
/** `exception`: an error a telemetry SDK serialises by its own rules (message and stack). */
export type ArgumentRole = 'message' | 'data' | 'level' | 'condition' | 'exception';

/** How the finder recognised a log call. */
export type Recognition = 'import' | 'global' | 'framework' | 'settings' | 'type' | 'name' | 'wrapper' | 'telemetry';

/** One argument of a log call and its role. */
export interface LogArgument {
  readonly node: TSESTree.CallExpressionArgument;
  readonly role: ArgumentRole;
}

/** One log call. */
export interface LogCall {
  readonly node: TSESTree.CallExpression;
  readonly library: LoggerLibrary;
  readonly method: string;
  /** The level, when it is static. */
  readonly level: string | null;
  /** The callee as written, such as `this.logger.info`. */
  readonly callee: string;
  readonly args: readonly LogArgument[];
  readonly recognizedBy: Recognition;
  /**
   * Key paths the logger masks itself (pino's `redact` option, or `redacts` in settings), in
   * pino's path syntax: `password`, `req.headers.authorization`, `*.token`.
   */
  readonly redactPaths: readonly string[];
  /** Serializers the logger applies to top-level keys of its merge object (pino, bunyan). */
  readonly serializers: Readonly<Record<string, SerializerKind>>;
  /** Where a telemetry SDK call sends its data, for messages (`Sentry`); absent for log calls. */
  readonly destination?: string;
  /** True when a winston logger's format writes the message as text (`format.simple()`); see `TEXT_LIBRARIES` for the rest. */
  readonly writesText?: boolean;
}

interface Info {
  readonly type: 'method' | 'instance';
  readonly library: LoggerLibrary;
  readonly shape: LibraryShape;
  readonly method?: string;
  readonly redactPaths?: readonly string[];
}

/** Methods worth asking the checker about: every log method of every library. */
const TYPED_METHODS: ReadonlySet<string> = new Set(Object.values(LIBRARIES).flatMap((shape) => Object.keys(shape.methods)));

/** Upper bound on logger instances followed in one file. */
const MAX_INSTANCES = 5000;

function shapeFor(library: LoggerLibrary, methods: readonly string[] | undefined): LibraryShape {
  const base = LIBRARIES[library];
  if (!methods) return base;
  return { ...base, methods: Object.fromEntries(methods.map((method) => [method, method])) };
}

function instanceMap(library: LoggerLibrary, shape: LibraryShape, redactPaths: readonly string[] = []): TraceMap<Info> {
  const map: TraceMap<Info> = {};
  for (const method of Object.keys(shape.methods)) {
    map[method] = { [CALL]: { type: 'method', library, shape, method, redactPaths } };
  }
  for (const method of shape.childMethods) {
    map[method] = { [CALL]: { type: 'instance', library, shape, redactPaths } };
  }
  if (shape.callable !== undefined) map[CALL] = { type: 'method', library, shape, method: shape.callable, redactPaths };
  return map;
}

/** No serializers. */
const NO_SERIALIZERS: Readonly<Record<string, SerializerKind>> = Object.freeze({});

/** The logger options object of a factory or `.child(bindings, options)` call. */
function loggerOptions(node: TSESTree.Node): TSESTree.ObjectExpression | null {
  if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return null;
  const isChild =
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    !node.callee.computed &&
    node.callee.property.name === 'child';
  const options = node.arguments[isChild ? 1 : 0];
  return options?.type === AST_NODE_TYPES.ObjectExpression ? options : null;
}

/**
 * The `serializers` option of pino and bunyan: `{ req: pino.stdSerializers.req }`,
 * `bunyan.stdSerializers`, or custom functions.
 */
function loggerSerializers(node: TSESTree.Node, scope: TSESLint.Scope.Scope, sourceCode: Readonly<TSESLint.SourceCode>): Record<string, SerializerKind> {
  const options = loggerOptions(node);
  const found: Record<string, SerializerKind> = {};
  if (!options) return found;
  for (const property of options.properties) {
    if (property.type !== AST_NODE_TYPES.Property || getPropertyName(property, scope) !== 'serializers') continue;
    const value = skipExpressionWrappers(property.value);
    if (isSerializerSetCall(value, sourceCode)) {
      Object.assign(found, REDACTING_SET);
      continue;
    }
    if (value.type !== AST_NODE_TYPES.ObjectExpression) {
      // `serializers: pino.stdSerializers`
      if (memberPathText(value)?.endsWith('stdSerializers')) Object.assign(found, STANDARD_SET);
      continue;
    }
    for (const entry of value.properties) {
      if (entry.type === AST_NODE_TYPES.SpreadElement) {
        if (memberPathText(entry.argument)?.endsWith('stdSerializers')) Object.assign(found, STANDARD_SET);
        if (isSerializerSetCall(entry.argument, sourceCode)) Object.assign(found, REDACTING_SET);
        continue;
      }
      const key = getPropertyName(entry, scope);
      if (key === null) continue;
      const path = memberPathText(skipExpressionWrappers(entry.value));
      const standard = path?.match(/stdSerializers\.(\w+)$/u)?.[1];
      found[key] = standard !== undefined && Object.hasOwn(STANDARD_SERIALIZERS, standard) ? (STANDARD_SERIALIZERS[standard] ?? 'custom') : 'custom';
    }
  }
  return found;
}

const STANDARD_SET: Readonly<Record<string, SerializerKind>> = { req: 'std-req', res: 'std-res', err: 'std-err' };

/** The runtime's `bunyanSerializers()`: its `err`, `req` and `res` serializers redact. */
const REDACTING_SET: Readonly<Record<string, SerializerKind>> = { req: 'custom', res: 'custom', err: 'custom' };

function isSerializerSetCall(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier && isIntegration(node.callee, sourceCode, SERIALIZER_SETS);
}

/** Paths from pino's `redact` option: `redact: ['a.b']` or `redact: { paths: ['a.b'] }`. */
function pinoRedactPaths(node: TSESTree.Node, scope: TSESLint.Scope.Scope): string[] {
  const options = loggerOptions(node);
  if (!options) return [];
  for (const property of options.properties) {
    if (property.type !== AST_NODE_TYPES.Property || getPropertyName(property, scope) !== 'redact') continue;
    return redactOptionPaths(getStaticValue(property.value, scope)?.value) ?? [];
  }
  return [];
}

function mergeInto(target: TraceMap<Info>, source: TraceMap<Info>): void {
  // A logger that is itself a function (`log('…')`): its call, a symbol key `Object.entries` skips.
  target[CALL] ??= source[CALL];
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (existing) {
      mergeInto(existing, value);
      existing[CALL] ??= value[CALL];
    } else {
      target[key] = value;
    }
  }
}

function addEntry(
  map: TraceMap<Info>,
  entry: ModuleEntry,
  shape: LibraryShape,
  redactPaths: readonly string[] = [],
): void {
  let node: TraceMap<Info> = (map[entry.module] ??= {});
  for (const key of entry.path) node = node[key] ??= {};
  const info: Info = { type: 'instance', library: entry.library, shape, redactPaths };
  if (entry.kind === 'factory') node[CALL] = info;
  else if (entry.kind === 'class') node[CONSTRUCT] = info;
  else mergeInto(node, instanceMap(entry.library, shape, redactPaths));
}

interface Catalogue {
  readonly modules: TraceMap<Info>;
  readonly globals: TraceMap<Info>;
  readonly names: ReadonlyMap<string, Info>;
}

const catalogueCache = new WeakMap<ResolvedSettings, Catalogue>();

/** Every property a framework logger sits on (`log`, `logger`), to skip other receivers at once. */
const FRAMEWORK_PROPERTIES: ReadonlySet<string> = new Set(FRAMEWORK_ENTRIES.flatMap((entry) => entry.properties));

function buildCatalogue(settings: ResolvedSettings): Catalogue {
  const cached = catalogueCache.get(settings);
  if (cached) return cached;
  const modules: TraceMap<Info> = {};
  const globals: TraceMap<Info> = {};
  for (const entry of MODULE_ENTRIES) addEntry(modules, entry, LIBRARIES[entry.library]);
  for (const entry of GLOBAL_ENTRIES) addEntry(globals, entry, LIBRARIES[entry.library]);
  const names = new Map<string, Info>();
  for (const logger of settings.loggers) {
    const library = logger.library ?? 'custom';
    const shape = shapeFor(library, logger.methods);
    if ('module' in logger) {
      const path = logger.export ? logger.export.split('.') : [];
      addEntry(modules, { module: logger.module, path, kind: logger.kind ?? 'instance', library }, shape, logger.redacts);
    } else {
      names.set(logger.name, { type: 'instance', library, shape, redactPaths: logger.redacts ?? [] });
    }
  }
  const catalogue: Catalogue = { modules, globals, names };
  catalogueCache.set(settings, catalogue);
  return catalogue;
}

function isStringLike(node: TSESTree.Node, depth = 0): boolean {
  if (depth > 50) return false;
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'string';
    case AST_NODE_TYPES.TemplateLiteral:
      return true;
    case AST_NODE_TYPES.BinaryExpression:
      return (
        node.operator === '+' &&
        (isStringLike(node.left, depth + 1) || isStringLike(node.right, depth + 1))
      );
    default:
      return false;
  }
}

function assignRoles(
  args: readonly TSESTree.CallExpressionArgument[],
  shape: LibraryShape,
  method: string,
): LogArgument[] {
  const roles: LogArgument[] = [];
  let start = 0;
  const first = args[0];
  if (first && shape.conditionMethods.includes(method)) {
    roles.push({ node: first, role: 'condition' });
    start = 1;
  } else if (first && shape.levelArgumentMethods.includes(method) && first.type !== AST_NODE_TYPES.ObjectExpression) {
    roles.push({ node: first, role: 'level' });
    start = 1;
  }
  const rest = args.slice(start);
  let messageIndex = -1;
  if (shape.style === 'object-first') {
    const head = rest[0];
    messageIndex = head && isStringLike(head) ? 0 : rest.length > 1 ? 1 : -1;
  } else if (shape.style === 'message-first') {
    const head = rest[0];
    messageIndex = head && head.type !== AST_NODE_TYPES.ObjectExpression ? 0 : -1;
  } else {
    const head = rest[0];
    messageIndex = head && isStringLike(head) ? 0 : -1;
  }
  rest.forEach((node, index) => {
    roles.push({ node, role: index === messageIndex && node.type !== AST_NODE_TYPES.SpreadElement ? 'message' : 'data' });
  });
  return roles;
}

function staticLevel(
  call: TSESTree.CallExpression,
  shape: LibraryShape,
  method: string,
  sourceCode: TSESLint.SourceCode,
): string | null {
  if (!shape.levelArgumentMethods.includes(method)) return shape.methods[method] ?? null;
  const first = call.arguments[0];
  if (!first) return null;
  const scope = sourceCode.getScope(call);
  if (first.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of first.properties) {
      if (property.type === AST_NODE_TYPES.Property && getPropertyName(property, scope) === 'level') {
        return getStringIfConstant(property.value, scope);
      }
    }
    return null;
  }
  return getStringIfConstant(first, scope);
}

function methodName(call: TSESTree.CallExpression): string | null {
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  if (!callee.computed) {
    return callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name : null;
  }
  return callee.property.type === AST_NODE_TYPES.Literal && typeof callee.property.value === 'string'
    ? callee.property.value
    : null;
}

/** True if the expression looks like a logger by its name alone (`log`, `this.auditLogger`). */
export function isLoggerLikeName(node: TSESTree.Node, depth = 0): boolean {
  const expression = skipExpressionWrappers(node);
  let name: string | undefined;
  if (expression.type === AST_NODE_TYPES.Identifier) name = expression.name;
  else if (expression.type === AST_NODE_TYPES.MemberExpression && !expression.computed) {
    name = expression.property.name;
  } else if (expression.type === AST_NODE_TYPES.CallExpression && depth < 10) {
    const method = methodName(expression);
    return (
      method === 'child' &&
      expression.callee.type === AST_NODE_TYPES.MemberExpression &&
      isLoggerLikeName(expression.callee.object, depth + 1)
    );
  }
  if (name === undefined) return false;
  const words = splitWords(name);
  const last = words[words.length - 1];
  return last !== undefined && LOGGER_NAME_WORDS.includes(last);
}

/** Where a class stores a logger instance: `logger = pino()` or `this.logger = pino()`. */
function classMemberOf(node: TSESTree.Node): { name: string; classNode: TSESTree.Node } | null {
  let current: TSESTree.Node = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression)
  ) {
    current = current.parent;
  }
  const parent = current.parent;
  if (!parent) return null;
  let name: string | null = null;
  if (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value === current && !parent.computed) {
    name = parent.key.type === AST_NODE_TYPES.Identifier || parent.key.type === AST_NODE_TYPES.PrivateIdentifier
      ? parent.key.name
      : null;
  } else if (
    parent.type === AST_NODE_TYPES.AssignmentExpression &&
    parent.right === current &&
    parent.left.type === AST_NODE_TYPES.MemberExpression &&
    parent.left.object.type === AST_NODE_TYPES.ThisExpression &&
    !parent.left.computed
  ) {
    name = parent.left.property.name;
  }
  if (name === null) return null;
  let ancestor: TSESTree.Node | undefined = parent;
  while (ancestor && ancestor.type !== AST_NODE_TYPES.ClassBody) ancestor = ancestor.parent;
  return ancestor ? { name, classNode: ancestor } : null;
}

function isThisMember(node: TSESTree.Node, name: string): node is TSESTree.MemberExpression {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.ThisExpression &&
    !node.computed &&
    node.property.name === name
  );
}


/** Finds every log call of a file. `calls` is every call expression in the file. */
export function findLogCalls(
  sourceCode: TSESLint.SourceCode,
  calls: readonly TSESTree.CallExpression[],
  settings: ResolvedSettings,
  types: TypeInfo | null = null,
): LogCall[] {
  const catalogue = buildCatalogue(settings);
  const globalScope = sourceCode.scopeManager?.globalScope;
  const found = new Map<TSESTree.CallExpression, LogCall>();
  if (!globalScope) return [];
  const tracker: Tracker = createTracker(globalScope);

  /**
   * Typed mode: the logger library of a receiver's type. A variable's answer is kept for the
   * file (`logger.info(…)` and `logger.warn(…)` ask about the same `logger`) unless the variable
   * is written after its declaration (kept as `'per-call'`), when each call asks the checker.
   */
  const loggerByVariable = new Map<TSESLint.Scope.Variable, LoggerLibrary | null | 'per-call'>();
  const typedLoggerOf = (receiver: TSESTree.Node): LoggerLibrary | null => {
    if (!types) return null;
    const variable = receiver.type === AST_NODE_TYPES.Identifier ? variableOf(receiver, sourceCode) : null;
    if (!variable) return types.loggerOf(receiver);
    let known = loggerByVariable.get(variable);
    if (known === undefined) {
      const reassigned = variable.references.some((reference) => reference.isWrite() && !reference.init);
      known = reassigned ? 'per-call' : types.loggerOf(receiver);
      loggerByVariable.set(variable, known);
    }
    return known === 'per-call' ? types.loggerOf(receiver) : known;
  };

  /** What a logger instance masks itself, inherited by its children. */
  interface Masking {
    readonly redactPaths: readonly string[];
    readonly serializers: Readonly<Record<string, SerializerKind>>;
    readonly writesText?: boolean;
  }
  const NONE: Masking = { redactPaths: [], serializers: NO_SERIALIZERS };

  const record = (
    call: TSESTree.CallExpression,
    info: Info,
    method: string,
    recognizedBy: Recognition,
    masking: Masking = { redactPaths: info.redactPaths ?? [], serializers: NO_SERIALIZERS },
  ): void => {
    if (found.has(call)) return;
    found.set(call, {
      node: call,
      library: info.library,
      method,
      level: staticLevel(call, info.shape, method, sourceCode),
      callee: sourceCode.getText(call.callee),
      args: assignRoles(call.arguments, info.shape, method),
      recognizedBy,
      redactPaths: masking.redactPaths,
      serializers: masking.serializers,
      ...(masking.writesText === true ? { writesText: true } : {}),
    });
  };

  interface QueueItem {
    readonly node: TSESTree.Node;
    readonly info: Info;
    readonly recognizedBy: Recognition;
    readonly masking: Masking;
  }
  const queue: QueueItem[] = [];
  const seen = new Set<TSESTree.Node>();
  const handle = (reference: TrackedReference<Info>, recognizedBy: Recognition, inherited: Masking = NONE): void => {
    const { info, node } = reference;
    const redactPaths = [...inherited.redactPaths, ...(info.redactPaths ?? [])];
    if (info.type === 'method') {
      if (node.type === AST_NODE_TYPES.CallExpression && info.method !== undefined) {
        record(node, info, info.method, recognizedBy, { redactPaths, serializers: inherited.serializers, writesText: inherited.writesText });
      }
    } else if (!seen.has(node)) {
      seen.add(node);
      const masks = info.library === 'pino' || info.library === 'bunyan';
      const scope = sourceCode.getScope(node);
      const own = masks ? pinoRedactPaths(node, scope) : [];
      const options = loggerOptions(node);
      if (options && usesRecordRedactor(options, sourceCode)) own.push(EVERY_RECORD);
      const serializers = masks ? { ...inherited.serializers, ...loggerSerializers(node, scope, sourceCode) } : inherited.serializers;
      const writesText = inherited.writesText === true || (info.library === 'winston' && winstonWritesText(options, sourceCode));
      queue.push({ node, info, recognizedBy, masking: { redactPaths: [...redactPaths, ...own], serializers, writesText } });
    }
  };

  if (importsAnyOf(sourceCode.ast, catalogue.modules)) {
    for (const reference of tracker.iterateEsmReferences(catalogue.modules)) handle(reference, 'import');
  }
  for (const identifier of globalReferences(globalScope, 'require')) {
    const call = identifier.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier) continue;
    const source = call.arguments[0];
    const id = source ? getStringIfConstant(source) : null;
    const map = id === null ? undefined : catalogue.modules[id];
    if (!map) continue;
    for (const reference of tracker.iteratePropertyReferences(call, map)) handle(reference, 'import');
  }
  for (const [name, map] of Object.entries(catalogue.globals)) {
    for (const identifier of globalReferences(globalScope, name)) {
      for (const reference of tracker.iteratePropertyReferences(identifier, map)) handle(reference, 'global');
    }
  }

  for (let index = 0; index < queue.length && index < MAX_INSTANCES; index++) {
    const item = queue[index];
    if (!item) break;
    const map = instanceMap(item.info.library, item.info.shape);
    for (const reference of tracker.iteratePropertyReferences(item.node, map)) {
      handle(reference, item.recognizedBy, item.masking);
    }
    const member = classMemberOf(item.node);
    if (member) {
      const [start, end] = member.classNode.range;
      for (const call of calls) {
        if (call.range[0] < start || call.range[1] > end) continue;
        const callee = call.callee;
        if (callee.type === AST_NODE_TYPES.MemberExpression && isThisMember(callee.object, member.name)) {
          for (const reference of tracker.iteratePropertyReferences(callee.object, map)) {
            handle(reference, item.recognizedBy, item.masking);
          }
        }
      }
    }
  }

  for (const call of calls) {
    if (found.has(call)) continue;
    const method = methodName(call);
    if (method === null || call.callee.type !== AST_NODE_TYPES.MemberExpression) continue;
    const receiver = skipExpressionWrappers(call.callee.object);
    const receiverText = catalogue.names.size === 0 ? null : memberPathText(receiver);
    const named = receiverText === null ? undefined : catalogue.names.get(receiverText);
    if (named) {
      if (Object.hasOwn(named.shape.methods, method)) record(call, named, method, 'settings');
      continue;
    }
    if (
      receiver.type === AST_NODE_TYPES.MemberExpression &&
      !receiver.computed &&
      FRAMEWORK_PROPERTIES.has(receiver.property.name)
    ) {
      const objectText = memberPathText(skipExpressionWrappers(receiver.object));
      const property = memberPathText(receiver.property);
      const framework = FRAMEWORK_ENTRIES.find(
        (entry) =>
          objectText !== null &&
          property !== null &&
          entry.objects.includes(objectText) &&
          entry.properties.includes(property),
      );
      if (framework) {
        const shape = LIBRARIES[framework.library];
        if (Object.hasOwn(shape.methods, method)) {
          record(call, { type: 'instance', library: framework.library, shape }, method, 'framework', {
            redactPaths: [],
            serializers: framework.serializers ?? NO_SERIALIZERS,
          });
          continue;
        }
      }
    }
    if (types && TYPED_METHODS.has(method)) {
      // Typed mode: a receiver whose type is a logger, whatever it is called.
      const library = typedLoggerOf(receiver);
      const shape = library === null ? undefined : LIBRARIES[library];
      if (library !== null && shape && Object.hasOwn(shape.methods, method)) {
        record(call, { type: 'instance', library, shape }, method, 'type');
        continue;
      }
    }
    if (settings.nameFallback && FALLBACK_METHODS.includes(method) && isLoggerLikeName(receiver)) {
      record(call, { type: 'instance', library: 'unknown', shape: LIBRARIES.unknown }, method, 'name');
    }
  }

  // Bound log methods are looked for only in a file that binds a method.
  const binds = calls.some((call) => {
    const callee = call.callee;
    return callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier && callee.property.name === 'bind';
  });
  for (const call of calls) {
    if (found.has(call)) continue;
    const indirect = indirectLogCall(call, found, sourceCode, binds);
    if (indirect) found.set(call, indirect);
  }

  return [...found.values()].sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/**
 * Log calls the finder cannot match by method name: a computed level (`logger[level](msg, data)`)
 * on a receiver named like a logger, and a log method called through `.call`, `.apply` or a
 * variable it was bound to (`logger.info.call(logger, msg)`, `console.error.apply(console, [msg,
 * data])`, `const log = logger.info.bind(logger); log(msg)`), judged like the method itself.
 * `.apply` with anything but an array literal or `arguments` is left alone.
 */
function indirectLogCall(
  call: TSESTree.CallExpression,
  found: ReadonlyMap<TSESTree.CallExpression, LogCall>,
  sourceCode: Readonly<TSESLint.SourceCode>,
  binds: boolean,
): LogCall | null {
  const callee = skipExpressionWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return binds ? boundLogCall(call, callee, found, sourceCode) : null;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  if (callee.computed && methodName(call) === null) {
    if (!isLevelKey(callee.property) || !isLoggerLikeName(callee.object)) return null;
    const shape = LIBRARIES.unknown;
    return {
      node: call,
      library: 'unknown',
      method: 'log',
      level: null,
      callee: sourceCode.getText(call.callee),
      args: assignRoles(call.arguments, shape, 'log'),
      recognizedBy: 'name',
      redactPaths: [],
      serializers: NO_SERIALIZERS,
    };
  }
  if (callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return null;
  const via = callee.property.name;
  if (via !== 'call' && via !== 'apply') return null;
  const target = skipExpressionWrappers(callee.object);
  if (!isNamedMethod(target)) return null;
  let args: TSESTree.CallExpressionArgument[];
  if (via === 'call') args = call.arguments.slice(1);
  else {
    const list = call.arguments[1];
    // `fn.apply(logger, arguments)` forwards every argument of the enclosing function.
    if (list?.type === AST_NODE_TYPES.Identifier && list.name === 'arguments') args = [list];
    else if (list?.type !== AST_NODE_TYPES.ArrayExpression) return null;
    else args = list.elements.filter((element): element is TSESTree.Expression | TSESTree.SpreadElement => element !== null);
  }
  return methodCalledAs(call, target, args, found, sourceCode);
}

type NamedMethod = TSESTree.MemberExpression & { computed: false; property: TSESTree.Identifier };

function isNamedMethod(node: TSESTree.Node): node is NamedMethod {
  return node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier;
}

/**
 * `const log = logger.info.bind(logger, prefix)`, then `log(msg, data)`: the method the variable
 * is bound to, and the arguments bound with it. Only a variable written once, by its declaration.
 */
function boundLogCall(
  call: TSESTree.CallExpression,
  callee: TSESTree.Identifier,
  found: ReadonlyMap<TSESTree.CallExpression, LogCall>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): LogCall | null {
  const variable = variableOf(callee, sourceCode);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== DefinitionType.Variable || definition.node.id.type !== AST_NODE_TYPES.Identifier) return null;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return null;
  const init = definition.node.init ? skipExpressionWrappers(definition.node.init) : null;
  if (init?.type !== AST_NODE_TYPES.CallExpression) return null;
  const bind = skipExpressionWrappers(init.callee);
  if (!isNamedMethod(bind) || bind.property.name !== 'bind') return null;
  const target = skipExpressionWrappers(bind.object);
  if (!isNamedMethod(target)) return null;
  return methodCalledAs(call, target, [...init.arguments.slice(1), ...call.arguments], found, sourceCode);
}

/** A log method called another way (`.call`, `.apply`, `.bind`) with `args`, judged like the method itself. */
function methodCalledAs(
  call: TSESTree.CallExpression,
  target: NamedMethod,
  args: TSESTree.CallExpressionArgument[],
  found: ReadonlyMap<TSESTree.CallExpression, LogCall>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): LogCall | null {
  const method = target.property.name;
  // The same method called directly elsewhere in the file tells the library; else the name decides.
  const receiverText = sourceCode.getText(target.object);
  const twin = [...found.values()].find((other) => other.method === method && sourceCode.getText(skipCallee(other.node)) === receiverText);
  const isConsole = target.object.type === AST_NODE_TYPES.Identifier && target.object.name === 'console';
  const library: LoggerLibrary = twin?.library ?? (isConsole ? 'console' : 'unknown');
  const shape = LIBRARIES[library];
  if (!twin && !isConsole && !(FALLBACK_METHODS.includes(method) && isLoggerLikeName(target.object))) return null;
  if (!Object.hasOwn(shape.methods, method)) return null;
  return {
    node: call,
    library,
    method,
    level: shape.methods[method] ?? null,
    callee: sourceCode.getText(target),
    args: assignRoles(args, shape, method),
    recognizedBy: twin?.recognizedBy ?? (isConsole ? 'global' : 'name'),
    redactPaths: twin?.redactPaths ?? [],
    serializers: twin?.serializers ?? NO_SERIALIZERS,
  };
}

const LEVEL_WORDS: ReadonlySet<string> = new Set(['level', 'lvl', 'severity']);

/** A computed key that holds a level: `level`, `opts.logLevel`, `ok ? 'info' : 'error'`. */
function isLevelKey(node: TSESTree.Node): boolean {
  const key = skipExpressionWrappers(node);
  if (key.type === AST_NODE_TYPES.ConditionalExpression) return isLevelName(key.consequent) && isLevelName(key.alternate);
  const path = memberPathText(key);
  const last = path === null ? undefined : splitWords(path.split('.').at(-1) ?? '').at(-1);
  return last !== undefined && LEVEL_WORDS.has(last);
}

function isLevelName(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' && FALLBACK_METHODS.includes(node.value);
}

/** The receiver of a call's callee (`logger` in `logger.info(…)`), or the callee itself. */
function skipCallee(call: TSESTree.CallExpression): TSESTree.Node {
  const callee = skipExpressionWrappers(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee;
}
