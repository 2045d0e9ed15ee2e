/**
 * The taint tracer: walks back from an expression that reaches a log call to where its parts come
 * from, and reports the sensitive values among them.
 *
 * What it follows (one handler per node type, in `./handlers.ts`):
 * - variables: initialisers, later assignments (`=`, `+=`, `||=`), destructuring with renames,
 *   defaults and rest (`const { password, ...rest } = body` leaves `rest` clean), `for…of`
 *   elements, and writes to their fields (`obj.k = v`, `Object.assign(obj, …)`, `arr.push(v)`);
 * - member reads, field-sensitively: `config.port` is clean even when `config.password` exists,
 *   while `config` as a whole is not;
 * - templates, `+`, `concat`, `join`, `String()`, `toString()`, `JSON.stringify`, `util.format`,
 *   `util.inspect`, `Object.assign`, spreads, arrays, conditional and logical expressions, `await`,
 *   and TypeScript's `as`, `!`, `satisfies` and `<T>`;
 * - local functions: parameters resolve to the arguments at each call site, results through
 *   per-function summaries of their `return`s; closures through scope analysis.
 *
 * Where it is flow-insensitive: every write to a variable counts, wherever it sits, so
 * `let m = token; m = 'x'; log(m)` is reported. Branches are not told apart either.
 *
 * What it does not follow: values passed through object methods or classes (`this.x`), calls to
 * functions in other files or packages (opaque, hence clean), dynamic property names beyond
 * literals and constants, `eval`, getters, and mutation through aliases (`const a = b; a.k = v`
 * taints `a` but not `b`). Known gaps are recorded in `test/fixtures/trace/unhandled-*`.
 *
 * Bounds: variable and function traces are memoised per (node, field path), so each is computed
 * once per file; a cycle (`a = b; b = a`) is cut where it closes, so a value computed inside a
 * cycle may miss flows that enter the cycle through its other members. Nesting deeper than
 * {@link MAX_DEPTH}, work beyond {@link MAX_STEPS_PER_SINK} handler calls for one log argument and
 * beyond {@link MAX_STEPS} per file stop the walk (a missed finding, never a crash). Cost stays
 * linear in file size.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  classifyName,
  findSensitiveTerm,
  isPersonalRecordName,
  type NameClassification,
  type Vocabulary,
} from '@secure-logging/redact/classify';
import { catchRoot, httpClientShape, matchInput, matchPayload, parameterRoot, type PayloadRoot } from '../sources/payloads.js';
import { classifySecretLiteral } from '../classify/values.js';
import { RECIPIENT_NAMES, sendsMail } from '../sources/mail.js';
import { DefinitionType, getPropertyName, propertyNameOf, variableOf } from '../utils/eslint-utils.js';
import type { RedactHelper } from '../fix/binding.js';
import { canReach, dominatingWriteStart } from './reach.js';
import { HANDLERS, type Handler } from './handlers.js';
import { childNodes, classOfThis, isFunctionNode, returnsOf } from '../utils/ast.js';
import { NO_FLOWS, type Flow, type Flows, type FunctionNode, type LeakCategory, type Origin, type SinkFlow, type Step, type ValueOrigin } from './types.js';


/** Deepest nesting of expressions, variables and calls followed. */
export const MAX_DEPTH = 300;
/** Most handler calls per file. */
export const MAX_STEPS = 400_000;
/** Most handler calls for one log argument. */
export const MAX_STEPS_PER_SINK = 20_000;
/** Most flows kept per expression. */
const MAX_FLOWS = 24;

/** What the tracer looks for. */
export interface TraceOptions {
  readonly vocabulary: Vocabulary;
  readonly categories: ReadonlySet<LeakCategory>;
  /** Check string literals against known secret formats. */
  readonly checkLiterals: boolean;
  /** Extra sanitizer names or callee paths. */
  readonly sanitizers: ReadonlySet<string>;
  /** The project's redact helper. */
  readonly redact: RedactHelper;
  /**
   * Follow parameters through sanitizer calls (module summaries): a wrapper that logs
   * `sanitize(extra)` still logs `extra`, and what its sanitizer leaves is not known here.
   */
  readonly parametersThroughSanitizers?: boolean;
  /**
   * Log injection: trace the client's own text (`req.query.name`, `req.url`, `event.body`) as
   * payload flows instead of raw payloads, and stop at what neutralises it (`./neutralisers.ts`).
   */
  readonly input?: boolean;
}

const NO_SKIPS: ReadonlySet<TSESTree.Node> = new Set();
const MAIL_RECIPIENT: NameClassification = { category: 'pii', term: 'mail recipient' };

/** One tracer per file and option set; it memoises as it goes. */
export class Tracer {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly options: TraceOptions;
  /** True while the walk is still inside the log call's own argument expression. */
  inSink = false;
  depth = 0;
  steps = 0;
  private sinkBudget = MAX_STEPS_PER_SINK;
  private readonly memo = new Map<object, Map<string, Flows>>();
  private readonly returns = new Map<FunctionNode, TSESTree.Expression[]>();
  private readonly calledFunctions = new Map<FunctionNode, boolean>();
  private readonly writeSites = new Map<TSESLint.Scope.Variable, { identifier: TSESTree.Identifier; assignment: boolean }[]>();

  private readonly calls: readonly TSESTree.CallExpression[];
  private httpCalls: TSESTree.CallExpression[] | undefined;
  private sendsMail: boolean | undefined;

  /** `calls` are every call of the file in source order, as the engine collects them. */
  constructor(sourceCode: Readonly<TSESLint.SourceCode>, options: TraceOptions, calls: readonly TSESTree.CallExpression[]) {
    this.sourceCode = sourceCode;
    this.options = options;
    this.calls = calls;
  }

  /**
   * The file's calls of HTTP clients whose errors carry the request (axios, got, superagent,
   * needle, request: `clientResponse`), in source order, picked out of its calls the first time
   * they are asked for. fetch, undici and ky errors hold no headers or body.
   */
  private readonly httpCallsOfFile = (): readonly TSESTree.CallExpression[] => {
    this.httpCalls ??= this.calls.filter((call) => httpClientShape(call) === 'clientResponse');
    return this.httpCalls;
  };

  /** Classifies a name against the tracer's vocabulary and categories. */
  classify(name: string): NameClassification | null {
    const classification = classifyName(name, this.options.vocabulary) ?? this.classifyRecipient(name);
    return classification && this.options.categories.has(classification.category) ? classification : null;
  }

  /** `to`, `cc` and the like in a file that sends mail: a person's mail address. */
  private classifyRecipient(name: string): NameClassification | null {
    if (!RECIPIENT_NAMES.has(name)) return null;
    this.sendsMail ??= sendsMail(this.sourceCode.ast, this.calls);
    return this.sendsMail ? MAIL_RECIPIENT : null;
  }

  /** True when the name contains a sensitive term, qualifiers aside (`passwordHash`). */
  classifyTermOnly(name: string): boolean {
    const term = findSensitiveTerm(name, this.options.vocabulary);
    return term !== null && this.options.categories.has(term.category);
  }

  /** A flow that starts at a sensitive name. */
  nameFlow(node: TSESTree.Node, name: string, classification: NameClassification, wrappable = true): Flow {
    return this.withSink(
      { origin: { kind: 'name', category: classification.category, name, node, wrappable }, through: [], keyPath: [] },
      node,
    );
  }

  /** A flow for a whole personal record (`user`, `account`), if the name says it is one; `shown` names it in messages. */
  recordFlows(node: TSESTree.Node, name: string, shown = name): Flows {
    if (!this.options.categories.has('pii') || !isPersonalRecordName(name, this.options.vocabulary)) return NO_FLOWS;
    const origin: ValueOrigin = { kind: 'record', category: 'pii', name: shown, node, wrappable: true };
    return [this.withSink({ origin, through: [], keyPath: [] }, node)];
  }

  /** A flow for a string literal, if it looks like a secret. */
  literalFlows(node: TSESTree.Node, text: string): Flows {
    if (!this.options.checkLiterals || !this.options.categories.has('secret')) return NO_FLOWS;
    const found = classifySecretLiteral(text);
    if (!found) return NO_FLOWS;
    const origin: ValueOrigin = { kind: 'literal', category: 'secret', name: found.description, node, wrappable: true };
    return [this.withSink({ origin, through: [], keyPath: [] }, node)];
  }

  /**
   * A flow for a raw payload, if reading `path` from the holder `root` reaches one; the message
   * names it `rootName` followed by `shownPath` (the path without destructuring keys).
   */
  payloadFlows(
    node: TSESTree.Node,
    rootName: string,
    root: PayloadRoot,
    path: readonly string[],
    shownPath: readonly string[] = path,
  ): Flows {
    if (!this.options.categories.has('payload')) return NO_FLOWS;
    const payload = this.options.input === true ? matchInput(root, path) : matchPayload(root, path);
    if (!payload) return NO_FLOWS;
    const name = [rootName, ...shownPath].map((key) => (key === '#body' ? 'body' : key.startsWith('#') ? `${key.slice(1)}()` : key)).join('.');
    const origin: ValueOrigin = { kind: 'payload', category: 'payload', name, node, wrappable: false, payload };
    return [this.withSink({ origin, through: [], keyPath: [] }, node)];
  }

  /** Whether a local function is called anywhere in the file. */
  hasCallSites(fn: FunctionNode): boolean {
    let known = this.calledFunctions.get(fn);
    if (known === undefined) {
      known = callSitesOf(fn, this.sourceCode).length > 0;
      this.calledFunctions.set(fn, known);
    }
    return known;
  }

  /** Marks a flow with the node that carries it inside the log call, while the walk is still there. */
  withSink(flow: Flow, node: TSESTree.Node): Flow {
    return this.inSink && flow.sink === undefined ? { ...flow, sink: node } : flow;
  }

  /** Traces an expression; `path` lists the fields read from its value, outermost first. */
  trace(node: TSESTree.Node, path: readonly string[] = []): Flows {
    if (++this.steps > MAX_STEPS || --this.sinkBudget < 0 || this.depth > MAX_DEPTH) return NO_FLOWS;
    const handler = HANDLERS[node.type] as Handler<TSESTree.Node> | undefined;
    if (!handler) return NO_FLOWS;
    this.depth++;
    try {
      return cap(handler(node, path, this));
    } finally {
      this.depth--;
    }
  }

  /** Runs `run` outside the sink expression, then marks what it found with `sink`. */
  crossSink(sink: TSESTree.Node, run: () => Flows): Flows {
    const wasInSink = this.inSink;
    this.inSink = false;
    let flows: Flows;
    try {
      flows = run();
    } finally {
      this.inSink = wasInSink;
    }
    return wasInSink && flows.length > 0 ? flows.map((flow) => this.withSink(flow, sink)) : flows;
  }

  /**
   * `this.name` read in a method: every value the class writes to that field, in its property
   * definitions and in any method (`this.payload = req.body` in one method, logged in another),
   * read at `path`. Memoised per class and field, so a field that feeds itself is cut.
   */
  traceThisField(node: TSESTree.Node, name: string, path: readonly string[]): Flows {
    const owner = classOfThis(node);
    if (!owner) return NO_FLOWS;
    const writes = classIndexOf(owner, this.sourceCode).fields.get(name);
    if (!writes || writes.length === 0) return NO_FLOWS;
    return this.crossSink(node, () =>
      this.memoised(writes, path.join('\u0000'), () =>
        writes.flatMap((value) => this.addStep(this.trace(value, path), { name: `this.${name}`, line: value.loc.start.line })),
      ),
    );
  }

  /** Prepends a step to every flow. */
  addStep(flows: Flows, step: Step): Flows {
    if (flows.length === 0) return NO_FLOWS;
    return flows.map((flow) => ({ ...flow, through: [step, ...flow.through] }));
  }

  private memoised(target: object, key: string, compute: () => Flows): Flows {
    let byKey = this.memo.get(target);
    const cached = byKey?.get(key);
    if (cached) return cached;
    if (!byKey) {
      byKey = new Map();
      this.memo.set(target, byKey);
    }
    // A key seen again while it is being computed closes a cycle: cut it there.
    byKey.set(key, NO_FLOWS);
    const result = cap(compute());
    byKey.set(key, result);
    return result;
  }

  /**
   * Everything written to a variable, read at `path`. With `read`, only the writes that can reach
   * that read count (see `./reach.ts`): not one after it, in another branch, or replaced by a
   * plain assignment in between.
   */
  traceVariable(variable: TSESLint.Scope.Variable, path: readonly string[], exclude?: ReadonlySet<string>, read?: TSESTree.Identifier): Flows {
    const skipped = read ? this.unreachableWrites(variable, read) : NO_SKIPS;
    const base = path.length === 0 && !exclude ? '' : `${path.join('\u0000')}|${exclude ? [...exclude].join(',') : ''}`;
    const key = skipped.size === 0 ? base : `${base}|unreached:${[...skipped].map((node) => String(node.range[0])).join(',')}`;
    return this.memoised(variable, key, () => this.computeVariable(variable, path, exclude, skipped));
  }

  /** The definitions and write sites of the variable (by their identifier) that cannot reach `read`. */
  private unreachableWrites(variable: TSESLint.Scope.Variable, read: TSESTree.Identifier): ReadonlySet<TSESTree.Node> {
    const sites = this.writeSitesOf(variable);
    if (sites.length === 0) return NO_SKIPS;
    const dominating = dominatingWriteStart(read, sites.filter((site) => site.assignment).map((site) => site.identifier));
    const skipped = new Set<TSESTree.Node>();
    for (const definition of variable.defs) {
      const name = definition.name as TSESTree.Node;
      if (dominating >= 0 && name.range[0] < dominating) skipped.add(name);
    }
    for (const site of sites) {
      if ((dominating >= 0 && site.identifier.range[0] < dominating) || !canReach(site.identifier, read)) skipped.add(site.identifier);
    }
    return skipped;
  }

  private computeVariable(
    variable: TSESLint.Scope.Variable,
    path: readonly string[],
    exclude?: ReadonlySet<string>,
    skipped: ReadonlySet<TSESTree.Node> = NO_SKIPS,
  ): Flow[] {
    const flows: Flow[] = [];
    for (const definition of variable.defs) {
      if (skipped.has(definition.name)) continue;
      flows.push(...this.traceDefinition(variable, definition, path, exclude));
    }
    for (const site of this.writeSitesOf(variable)) {
      if (skipped.has(site.identifier)) continue;
      flows.push(
        ...(site.assignment ? this.traceAssignment(variable, site.identifier, path) : this.traceFieldWrites(variable, site.identifier, path)),
      );
    }
    return flows;
  }

  /**
   * The references that write to a variable or to its fields (`v = …`, `v.k = …`, `v.push(…)`,
   * `Object.assign(v, …)`), found once per variable: a variable read at many field paths
   * (`req.body.a`, `req.body.b`, …) must not rescan all its references for each path.
   */
  private writeSitesOf(variable: TSESLint.Scope.Variable): readonly { identifier: TSESTree.Identifier; assignment: boolean }[] {
    let sites = this.writeSites.get(variable);
    if (sites) return sites;
    sites = [];
    for (const reference of variable.references) {
      const identifier = reference.identifier as TSESTree.Identifier;
      if (reference.isWrite() && !reference.init) sites.push({ identifier, assignment: true });
      else if (reference.isRead() && isFieldWriteSite(identifier)) sites.push({ identifier, assignment: false });
    }
    this.writeSites.set(variable, sites);
    return sites;
  }

  private traceDefinition(
    variable: TSESLint.Scope.Variable,
    definition: TSESLint.Scope.Definition,
    path: readonly string[],
    exclude?: ReadonlySet<string>,
  ): Flows {
    const name = definition.name as TSESTree.Identifier;
    if (definition.type === DefinitionType.Variable) {
      const declarator = definition.node;
      const pattern = patternPathOf(name, declarator.id, this.sourceCode);
      if (!pattern) return NO_FLOWS;
      const keyFlows = path.length === 0 ? this.patternKeyFlows(pattern.keys, name) : NO_FLOWS;
      if (keyFlows.length > 0) return keyFlows;
      const valuePath = joinPaths(pattern.keys, path);
      const flows: Flow[] = [];
      for (const fallback of pattern.defaults) flows.push(...this.trace(fallback, path));
      const declaration = declarator.parent;
      const loop = declaration.parent;
      if (loop.type === AST_NODE_TYPES.ForOfStatement && loop.left === declaration) {
        flows.push(...this.trace(loop.right, ['*', ...valuePath]));
      } else if (declarator.init) {
        flows.push(...this.traceWithExclude(declarator.init, valuePath, pattern.rest ?? exclude));
      }
      return this.addStep(flows, stepOf(variable, name));
    }
    if (definition.type === DefinitionType.Parameter) {
      const fn = definition.node as TSESTree.Node;
      if (!isFunctionNode(fn)) return NO_FLOWS;
      const index = fn.params.findIndex((param) => param.range[0] <= name.range[0] && name.range[1] <= param.range[1]);
      const param = fn.params[index];
      if (!param) return NO_FLOWS;
      const pattern = patternPathOf(name, param, this.sourceCode);
      if (!pattern) return NO_FLOWS;
      const keyFlows = path.length === 0 ? this.patternKeyFlows(pattern.keys, name) : NO_FLOWS;
      if (keyFlows.length > 0) return keyFlows;
      const valuePath = joinPaths(pattern.keys, path);
      const flows: Flow[] = [];
      for (const fallback of pattern.defaults) flows.push(...this.addStep(this.trace(fallback, path), stepOf(variable, name)));
      const holder = parameterRoot(fn, index, () => this.hasCallSites(fn));
      if (holder) {
        flows.push(...this.payloadFlows(name, variable.name, holder, valuePath, path));
        return flows;
      }
      const origin: Origin = {
        kind: 'parameter',
        fn,
        index,
        rest: param.type === AST_NODE_TYPES.RestElement,
        path: valuePath,
      };
      flows.push({ origin, through: [], keyPath: [] });
      return flows;
    }
    if (definition.type === DefinitionType.CatchClause) {
      const clause = definition.node;
      if (!clause.param) return NO_FLOWS;
      const pattern = patternPathOf(name, clause.param, this.sourceCode);
      if (!pattern) return NO_FLOWS;
      return this.payloadFlows(name, variable.name, catchRoot(clause, this.httpCallsOfFile), joinPaths(pattern.keys, path), path);
    }
    return NO_FLOWS;
  }

  private traceWithExclude(node: TSESTree.Node, path: readonly string[], exclude?: ReadonlySet<string>): Flows {
    if (!exclude || exclude.size === 0) return this.trace(node, path);
    const flows = this.trace(node, path);
    return flows.filter((flow) => {
      // `const { password, ...rest } = req.body`: taking out what is sensitive is a deliberate
      // selection, not the raw body. `const { id, ...rest } = req.body` still holds the body.
      if (flow.origin.kind === 'payload') return ![...exclude].some((key) => this.classify(key) !== null);
      const first = flow.keyPath[0];
      return first === undefined || !exclude.has(first);
    });
  }

  /** Destructuring a sensitive key names the value: `const { password: p } = body`. */
  private patternKeyFlows(keys: readonly string[], identifier: TSESTree.Identifier): Flows {
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index];
      if (key === undefined || key === '*') continue;
      const classification = this.classify(key);
      if (classification) return [this.nameFlow(identifier, key, classification, false)];
      return [];
    }
    return [];
  }

  private traceAssignment(variable: TSESLint.Scope.Variable, identifier: TSESTree.Identifier, path: readonly string[]): Flows {
    let node: TSESTree.Node = identifier;
    let parent = node.parent;
    // Climb out of a destructuring pattern to the assignment.
    while (
      parent.type === AST_NODE_TYPES.Property ||
        parent.type === AST_NODE_TYPES.ObjectPattern ||
        parent.type === AST_NODE_TYPES.ArrayPattern ||
      parent.type === AST_NODE_TYPES.RestElement ||
      (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === node)
    ) {
      node = parent;
      parent = node.parent;
    }
    const step = stepOf(variable, identifier);
    if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) {
      const pattern = patternPathOf(identifier, node, this.sourceCode);
      if (!pattern) return [];
      const keyFlows = path.length === 0 ? this.patternKeyFlows(pattern.keys, identifier) : [];
      if (keyFlows.length > 0) return keyFlows;
      return this.addStep(this.traceWithExclude(parent.right, [...pattern.keys, ...path], pattern.rest), step);
    }
    if (parent.type === AST_NODE_TYPES.ForOfStatement && parent.left === node) {
      return this.addStep(this.trace(parent.right, ['*', ...path]), step);
    }
    return [];
  }

  /** Writes to fields of the variable's value: `obj.k = v`, `Object.assign(obj, src)`, `arr.push(v)`. */
  private traceFieldWrites(variable: TSESLint.Scope.Variable, identifier: TSESTree.Identifier, path: readonly string[]): Flows {
    const parent = identifier.parent;
    const step = stepOf(variable, identifier);
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
      const grand = parent.parent;
      if (grand.type === AST_NODE_TYPES.AssignmentExpression && grand.left === parent) {
        const key = propertyNameOf(parent, this.sourceCode);
        if (key === null) return [];
        if (path.length === 0) {
          const flows = this.trace(grand.right).map((flow) => ({ ...flow, keyPath: [key, ...flow.keyPath] }));
          if (flows.length === 0) {
            const classification = this.classify(key);
            if (classification && !isInertValue(grand.right)) {
              flows.push({ ...this.nameFlow(grand.right, key, classification), keyPath: [key] });
            }
          }
          return this.addStep(flows, step);
        }
        if (path[0] === key || path[0] === '*') return this.addStep(this.trace(grand.right, path.slice(1)), step);
        return [];
      }
      if (
        grand.type === AST_NODE_TYPES.CallExpression &&
        grand.callee === parent &&
        getPropertyName(parent) === 'push' &&
        (path.length === 0 || path[0] === '*')
      ) {
        return this.addStep(grand.arguments.flatMap((argument) => this.trace(argument, path.slice(1))), step);
      }
      return [];
    }
    if (
      parent.type === AST_NODE_TYPES.CallExpression &&
      parent.arguments[0] === identifier &&
      parent.callee.type === AST_NODE_TYPES.MemberExpression &&
      this.sourceCode.getText(parent.callee) === 'Object.assign'
    ) {
      return this.addStep(parent.arguments.slice(1).flatMap((argument) => this.trace(argument, path)), step);
    }
    return [];
  }

  /** Resolves an identifier to its variable. */
  resolve(identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
    return variableOf(identifier, this.sourceCode);
  }

  /** The local function a callee refers to, if any. */
  resolveFunction(callee: TSESTree.Node): FunctionNode | null {
    if (callee.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = this.resolve(callee);
    const definition = variable?.defs[0];
    if (!variable || variable.defs.length !== 1 || !definition) return null;
    if (definition.type === DefinitionType.FunctionName && isFunctionNode(definition.node)) {
      return definition.node;
    }
    if (definition.type === DefinitionType.Variable) {
      const declarator = definition.node;
      const init = declarator.init;
      if (declarator.parent.kind === 'const' && isFunctionNode(init)) return init;
    }
    return null;
  }

  /** What a local function returns, read at `path`; parameters stay symbolic. */
  traceReturns(fn: FunctionNode, path: readonly string[]): Flows {
    return this.memoised(fn, path.join('\u0000'), () => {
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return this.trace(fn.body, path);
      let expressions = this.returns.get(fn);
      if (!expressions) {
        expressions = returnsOf(fn, this.sourceCode);
        this.returns.set(fn, expressions);
      }
      return expressions.flatMap((expression) => this.trace(expression, path));
    });
  }

  /** Traces a log argument; every value flow comes back with the node that carries it. */
  traceSink(node: TSESTree.Node, path: readonly string[] = []): { values: SinkFlow[]; parameters: Flow[] } {
    this.inSink = true;
    this.sinkBudget = MAX_STEPS_PER_SINK;
    let flows: Flows;
    try {
      flows = this.trace(node, path);
    } finally {
      this.inSink = false;
      this.depth = 0;
    }
    const values: SinkFlow[] = [];
    const parameters: Flow[] = [];
    for (const flow of flows) {
      if (flow.origin.kind === 'parameter') parameters.push(flow);
      else if (flow.sink) values.push({ ...flow, origin: flow.origin, sink: flow.sink });
    }
    return { values, parameters };
  }
}

/** Calls of a local function by its name: `audit(x)` for `function audit(…)` or `const audit = (…) =>`. */
export function callSitesOf(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.CallExpression[] {
  const manager = sourceCode.scopeManager;
  if (!manager) return [];
  const holder = fn.parent;
  // `write(level, msg) { … }` called as `this.write('info', msg)` from another method of the class.
  if (holder.type === AST_NODE_TYPES.MethodDefinition && !holder.static && !holder.computed && holder.key.type === AST_NODE_TYPES.Identifier) {
    return [...(classIndexOf(holder.parent, sourceCode).thisCalls.get(holder.key.name) ?? []), ...instanceCallsOf(holder.parent, holder.key.name, sourceCode)];
  }
  // `const log = { info(msg) { … } }` called as `log.info(msg)`.
  if (holder.type === AST_NODE_TYPES.Property && holder.value === fn && !holder.computed && holder.key.type === AST_NODE_TYPES.Identifier) {
    return objectMethodCallsOf(holder, holder.key.name, sourceCode);
  }
  let variables: readonly TSESLint.Scope.Variable[] = [];
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) {
    const id = fn.id;
    variables = manager.getDeclaredVariables(fn).filter((variable) => variable.name === id.name);
  } else if (holder.type === AST_NODE_TYPES.VariableDeclarator && holder.init === fn) {
    variables = manager.getDeclaredVariables(holder);
  }
  const sites: TSESTree.CallExpression[] = [];
  for (const variable of variables) {
    for (const reference of variable.references) {
      const identifier = reference.identifier as TSESTree.Identifier;
      const parent = identifier.parent;
      if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier) sites.push(parent);
    }
  }
  return sites;
}

/** What a class body does with its instance: values written to fields, and calls of its own methods. */
interface ClassIndex {
  /** `this.name = value` in any method, and `name = value` property definitions. */
  readonly fields: ReadonlyMap<string, readonly TSESTree.Node[]>;
  /** `this.name(…)` calls from the methods. */
  readonly thisCalls: ReadonlyMap<string, readonly TSESTree.CallExpression[]>;
}

const classIndexes = new WeakMap<TSESTree.ClassBody, ClassIndex>();

/** One walk of a class body (nested classes left out) for {@link ClassIndex}, kept per body. */
function classIndexOf(body: TSESTree.ClassBody, sourceCode: Readonly<TSESLint.SourceCode>): ClassIndex {
  const cached = classIndexes.get(body);
  if (cached) return cached;
  const fields = new Map<string, TSESTree.Node[]>();
  const thisCalls = new Map<string, TSESTree.CallExpression[]>();
  const add = <T>(map: Map<string, T[]>, name: string, value: T): void => {
    const list = map.get(name) ?? [];
    list.push(value);
    map.set(name, list);
  };
  const ownMember = (node: TSESTree.Node): node is TSESTree.MemberExpression & { property: TSESTree.Identifier } =>
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.object.type === AST_NODE_TYPES.ThisExpression &&
    node.property.type === AST_NODE_TYPES.Identifier &&
    classOfThis(node) === body;
  const visitorKeys = sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;
  const stack: TSESTree.Node[] = [body];
  for (let steps = 0; stack.length > 0 && steps < 100_000; steps++) {
    const node = stack.pop();
    if (!node) break;
    if (node.type === AST_NODE_TYPES.PropertyDefinition && !node.static && !node.computed && node.key.type === AST_NODE_TYPES.Identifier && node.value) {
      add(fields, node.key.name, node.value);
    } else if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === '=' && ownMember(node.left)) {
      add(fields, node.left.property.name, node.right);
    } else if (node.type === AST_NODE_TYPES.CallExpression && ownMember(node.callee)) {
      add(thisCalls, node.callee.property.name, node);
    }
    // A nested class has its own instance.
    if (node !== body && node.type === AST_NODE_TYPES.ClassBody) continue;
    stack.push(...childNodes(node, visitorKeys));
  }
  const index: ClassIndex = { fields, thisCalls };
  classIndexes.set(body, index);
  return index;
}

/** Calls `instance.name(…)` on variables holding `new Class()` of a declared class in the file. */
function instanceCallsOf(body: TSESTree.ClassBody, name: string, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.CallExpression[] {
  const manager = sourceCode.scopeManager;
  const declaration = body.parent;
  if (!manager || declaration.type !== AST_NODE_TYPES.ClassDeclaration || !declaration.id) return [];
  const sites: TSESTree.CallExpression[] = [];
  for (const classVariable of manager.getDeclaredVariables(declaration)) {
    for (const reference of classVariable.references) {
      const created = reference.identifier.parent;
      if (created.type !== AST_NODE_TYPES.NewExpression || created.callee !== reference.identifier) continue;
      const declarator = created.parent;
      if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== created) continue;
      for (const instance of manager.getDeclaredVariables(declarator)) {
        for (const use of instance.references) {
          const member = use.identifier.parent;
          if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== use.identifier || member.computed) continue;
          if (member.property.type !== AST_NODE_TYPES.Identifier || member.property.name !== name) continue;
          if (member.parent.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member) sites.push(member.parent);
        }
      }
    }
  }
  return sites;
}

/** Calls `object.name(…)` of an object literal bound to a variable: `const log = { info(m) {…} }; log.info(x)`. */
function objectMethodCallsOf(property: TSESTree.Property, name: string, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.CallExpression[] {
  const object = property.parent;
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return [];
  const declarator = object.parent;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== object) return [];
  const sites: TSESTree.CallExpression[] = [];
  for (const variable of sourceCode.scopeManager?.getDeclaredVariables(declarator) ?? []) {
    for (const reference of variable.references) {
      const member = reference.identifier.parent;
      if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier || member.computed) continue;
      if (member.property.type !== AST_NODE_TYPES.Identifier || member.property.name !== name) continue;
      const call = member.parent;
      if (call.type === AST_NODE_TYPES.CallExpression && call.callee === member) sites.push(call);
    }
  }
  return sites;
}

/** True when a read of a variable writes into its value: `v.k = …`, `v.push(…)`, `Object.assign(v, …)`. */
function isFieldWriteSite(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
    const grand = parent.parent;
    return (
      (grand.type === AST_NODE_TYPES.AssignmentExpression && grand.left === parent) ||
      (grand.type === AST_NODE_TYPES.CallExpression && grand.callee === parent)
    );
  }
  return parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === identifier;
}

function cap(flows: Flows): Flows {
  if (flows.length <= 1) return flows;
  const seen = new Set<string>();
  const result: Flow[] = [];
  for (const flow of flows) {
    const origin = flow.origin;
    const sink = flow.sink ? `${String(flow.sink.range[0])}-${String(flow.sink.range[1])}` : '';
    const id =
      origin.kind === 'parameter'
        ? `p${String(origin.fn.range[0])}:${String(origin.index)}:${origin.path.join('.')}:${sink}`
        : `v${String(origin.node.range[0])}:${origin.name}:${sink}`;
    if (seen.has(id)) continue;
    seen.add(id);
    result.push(flow);
    if (result.length >= MAX_FLOWS) break;
  }
  return result;
}

/** `keys` followed by `path`, without a copy when either is empty. */
function joinPaths(keys: readonly string[], path: readonly string[]): readonly string[] {
  if (keys.length === 0) return path;
  return path.length === 0 ? keys : [...keys, ...path];
}

/** The step a flow takes through a variable, at the line of `identifier`. */
function stepOf(variable: TSESLint.Scope.Variable, identifier: TSESTree.Identifier): Step {
  return { name: variable.name, line: identifier.loc.start.line };
}

/** True for values that carry no data of their own: literals, booleans, numbers, functions. */
export function isInertValue(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
      return true;
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.length === 0;
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator !== '+';
    case AST_NODE_TYPES.Identifier:
      return node.name === 'undefined';
    case AST_NODE_TYPES.ConditionalExpression:
      return isInertValue(node.consequent) && isInertValue(node.alternate);
    default:
      return false;
  }
}

interface PatternPath {
  /** Keys from the pattern root to the identifier; `*` for array positions. */
  readonly keys: readonly string[];
  /** Default values met on the way (`{ a = fallback }`). */
  readonly defaults: readonly TSESTree.Expression[];
  /** Keys left out by a rest element at the identifier (`{ password, ...rest }`). */
  readonly rest?: ReadonlySet<string>;
}

const PLAIN_PATTERN: PatternPath = Object.freeze({ keys: Object.freeze([]), defaults: Object.freeze([]) });

/** The key path from a pattern root down to one of its identifiers. */
function patternPathOf(
  identifier: TSESTree.Identifier,
  root: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): PatternPath | null {
  // `const x = …`, `function f(x)`: no pattern at all, the common case.
  if (identifier === root) return PLAIN_PATTERN;
  const keys: string[] = [];
  const defaults: TSESTree.Expression[] = [];
  let rest: Set<string> | undefined;
  let node: TSESTree.Node = identifier;
  for (let guard = 0; node !== root && guard < 200; guard++) {
    const parent: TSESTree.Node | undefined = node.parent;
    if (!parent) return null;
    switch (parent.type) {
      case AST_NODE_TYPES.Property: {
        const key = propertyNameOf(parent, sourceCode);
        keys.unshift(key ?? '*');
        break;
      }
      case AST_NODE_TYPES.ArrayPattern:
        if (node.type !== AST_NODE_TYPES.RestElement) keys.unshift('*');
        break;
      case AST_NODE_TYPES.AssignmentPattern:
        if (parent.left === node) defaults.push(parent.right);
        break;
      case AST_NODE_TYPES.RestElement: {
        const owner = parent.parent;
        if (owner.type === AST_NODE_TYPES.ObjectPattern && keys.length === 0) {
          rest = new Set();
          for (const property of owner.properties) {
            if (property.type === AST_NODE_TYPES.Property) {
              const key = propertyNameOf(property, sourceCode);
              if (key !== null) rest.add(key);
            }
          }
        }
        break;
      }
      default:
        break;
    }
    node = parent;
  }
  return node === root ? { keys, defaults, ...(rest ? { rest } : {}) } : null;
}

