/**
 * Raw-payload sources: which values are requests, responses, contexts, Lambda events or HTTP
 * client responses, and which of their fields carry raw payloads. The tracer asks these
 * questions where a value enters (a parameter, a catch clause, a call, a name it cannot resolve)
 * and turns a match into a `payload` flow.
 *
 * A holder is recognised, strongest first, by:
 * 1. NestJS parameter decorators (`@Body()`, `@Req()`);
 * 2. the handler's shape: a callback passed to `app.get/post/…`, `router.*`, `fastify.route`;
 * 3. the call that made it: `await axios.get()`, `await fetch()`, a `catch` around an HTTP call;
 * 4. the conventional names `req`, `request`, `res`, `response`, `reply`, `ctx` and `event`.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { calleeName, isFunctionNode, memberPathText, skipExpressionWrappers, type FunctionNode } from '../utils/ast.js';
import { importedModules } from '../utils/imports.js';
import { getStringIfConstant } from '../utils/eslint-utils.js';
import {
  CONVENTIONAL_NAMES,
  FIELDS_ONLY_SHAPES,
  HANDLER_PROPERTIES,
  HTTP_CLIENT_METHODS,
  HTTP_CLIENT_RECEIVERS,
  HTTP_CLIENTS,
  INPUT_FIELDS,
  NEST_DECORATORS,
  ROUTE_METHODS,
  ROUTER_NAMES,
  SHAPES,
  type ShapeName,
} from './catalog.js';

/** A value known to hold payloads: its shape, and the fields read from the shape's root to reach it. */
export interface PayloadRoot {
  readonly shape: ShapeName;
  readonly prefix: readonly string[];
  /** False when only fields count, never the whole value (`res` of an unknown call). */
  readonly whole: boolean;
}

/** A raw payload reached by reading `path` from a holder. */
export interface PayloadMatch {
  /** What was matched, for messages: `request body`, `request`, `HTTP client response`. */
  readonly label: string;
  /** The shape reached, when it is one (`body`, `headers`, `request`). */
  readonly shape: ShapeName | null;
  /** True for fields that only count under `strict` (`req.query`). */
  readonly strictOnly: boolean;
  /** Key paths under the value that must be redacted before logging it is clean. */
  readonly sensitiveParts: readonly string[];
}


const ROUTES = new Set(ROUTE_METHODS);
const HANDLER_KEYS = new Set(HANDLER_PROPERTIES);
const CLIENT_METHODS = new Set(HTTP_CLIENT_METHODS);
/** The last name of every HTTP client call: a callee ending in anything else is not one. */
const CLIENT_CALL_NAMES = new Set([...HTTP_CLIENT_METHODS, ...Object.keys(HTTP_CLIENTS).map((path) => path.split('.').at(-1) ?? path)]);

/** Matches `path` against a holder; `null` when the path reads a safe field or nothing known. */
export function matchPayload(root: PayloadRoot, path: readonly string[]): PayloadMatch | null {
  const full = [...root.prefix, ...path];
  if (!root.whole && full.length === root.prefix.length) return null;
  let shapeName: ShapeName = root.shape;
  let label = SHAPES[shapeName].label;
  for (let index = 0; index <= full.length; index++) {
    const shape = SHAPES[shapeName];
    const key = full[index];
    if (key === undefined) {
      return shape.whole ? { label, shape: shapeName, strictOnly: false, sensitiveParts: shape.sensitiveParts } : null;
    }
    const field = Object.hasOwn(shape.fields, key) ? shape.fields[key] : undefined;
    if (field === undefined) return null;
    if (field === 'payload' || field === 'strict') {
      if (index !== full.length - 1) return null;
      return { label: `${label} ${key === '#body' ? 'body' : key}`, shape: null, strictOnly: field === 'strict', sensitiveParts: [''] };
    }
    label = field === 'body' || field === 'headers' ? `${label} ${field}` : SHAPES[field].label;
    shapeName = field;
  }
  return null;
}

/**
 * Log injection: matches `path` against a holder for the client's own text (see `INPUT_FIELDS`):
 * `req.query.name`, `ctx.request.body.note`, `JSON.parse(event.body).name`; `null` for anything
 * else, the containers themselves (`req.query`, `event.body`) included.
 */
export function matchInput(root: PayloadRoot, path: readonly string[]): PayloadMatch | null {
  const full = [...root.prefix, ...path];
  let shapeName: ShapeName = root.shape;
  for (let index = 0; index < full.length; index++) {
    const fields = INPUT_FIELDS[shapeName];
    const key = full[index];
    if (!fields || key === undefined || !Object.hasOwn(fields, key)) return null;
    const field = fields[key];
    if (field === undefined) return null;
    const label = `${SHAPES[shapeName].label} ${key}`;
    // `shape` is the holder the text is read from (`event` for a Lambda event).
    if (field === 'container') return index < full.length - 1 ? { label, shape: shapeName, strictOnly: false, sensitiveParts: [] } : null;
    shapeName = field;
  }
  return null;
}

function decoratorName(decorator: TSESTree.Decorator): { name: string; hasArguments: boolean } | null {
  const expression = decorator.expression;
  if (expression.type !== AST_NODE_TYPES.CallExpression || expression.callee.type !== AST_NODE_TYPES.Identifier) return null;
  return { name: expression.callee.name, hasArguments: expression.arguments.length > 0 };
}

/** `@Body()`, `@Req()`, `@Headers()` on a NestJS handler parameter. */
function nestRoot(param: TSESTree.Parameter): PayloadRoot | null {
  const decorators = param.type === AST_NODE_TYPES.TSParameterProperty ? param.decorators : 'decorators' in param ? param.decorators : [];
  for (const decorator of decorators) {
    const found = decoratorName(decorator);
    const entry = found ? NEST_DECORATORS[found.name] : undefined;
    if (!found || !entry) continue;
    const prefix = entry.field === null ? [] : [entry.field];
    // `@Body('email') email` is one field, not the raw body.
    if (found.hasArguments) return { shape: entry.shape, prefix: [...prefix, '?'], whole: true };
    return { shape: entry.shape, prefix, whole: true };
  }
  return null;
}

function isRouteCall(call: TSESTree.CallExpression): boolean {
  const callee = skipExpressionWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  if (!ROUTES.has(callee.property.name)) return false;
  const receiver = memberPathText(skipExpressionWrappers(callee.object));
  const last = receiver?.split('.').at(-1);
  if (last !== undefined && ROUTER_NAMES.test(last)) return true;
  // app.route('/x').get(handler) and other chains.
  if (callee.object.type === AST_NODE_TYPES.CallExpression && isRouteCall(callee.object)) return true;
  const first = call.arguments[0];
  const text = first ? getStringIfConstant(first) : null;
  return text !== null && (text.startsWith('/') || text === '*');
}

/** True for a route handler or middleware: passed to `app.get(…)`, or `handler` of `fastify.route({…})`. */
export function isRouteHandler(fn: FunctionNode): boolean {
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    return isRouteCall(parent);
  }
  if (parent.type === AST_NODE_TYPES.Property && parent.value === fn && !parent.computed) {
    const key = parent.key.type === AST_NODE_TYPES.Identifier ? parent.key.name : null;
    const object = parent.parent;
    const call = object.type === AST_NODE_TYPES.ObjectExpression ? object.parent : null;
    return key !== null && HANDLER_KEYS.has(key) && call?.type === AST_NODE_TYPES.CallExpression && isRouteCall(call);
  }
  return false;
}

function parameterName(param: TSESTree.Parameter | undefined): string | null {
  if (!param) return null;
  if (param.type === AST_NODE_TYPES.Identifier) return param.name;
  if (param.type === AST_NODE_TYPES.AssignmentPattern && param.left.type === AST_NODE_TYPES.Identifier) return param.left.name;
  if (param.type === AST_NODE_TYPES.TSParameterProperty) return parameterName(param.parameter);
  return null;
}

/** The shape of the handler parameter at `index`, by position and name. */
function handlerRoot(fn: FunctionNode, index: number): PayloadRoot | null {
  const names = fn.params.map((param) => parameterName(param));
  const name = names[index];
  if (name === 'next' || name === 'done') return null;
  // (err, req, res, next): Express error middleware.
  const offset = fn.params.length === 4 ? 1 : 0;
  const position = index - offset;
  const conventional = name === null || name === undefined || !Object.hasOwn(CONVENTIONAL_NAMES, name) ? undefined : CONVENTIONAL_NAMES[name];
  // Restify merges the body into `req.params` (`mapParams`): there the params are the body.
  const request = (shape: ShapeName): ShapeName => (shape === 'request' && usesRestify(fn) ? 'restifyRequest' : shape);
  if (conventional) return { shape: request(conventional), prefix: [], whole: SHAPES[conventional].whole };
  if (position === 0) return { shape: name === 'context' ? 'context' : request('request'), prefix: [], whole: true };
  if (position === 1 && names[0] !== 'ctx' && names[0] !== 'context') return { shape: 'response', prefix: [], whole: true };
  return null;
}

/** True when the file around `node` imports or requires restify at its top level. */
function usesRestify(node: TSESTree.Node): boolean {
  let top: TSESTree.Node = node;
  while (top.parent) top = top.parent;
  return importedModules(top).has('restify');
}

/** True for a call to an HTTP client: `fetch()`, `axios.get()`, `got()`, `this.http.post()`. */
export function httpClientShape(call: TSESTree.CallExpression): ShapeName | null {
  const callee = skipExpressionWrappers(call.callee);
  // Most calls end in another name (`logger.info`, `Object.keys`): rejected before any path is built.
  const last = calleeName(callee);
  if (last !== null && !CLIENT_CALL_NAMES.has(last)) return null;
  const path = memberPathText(callee);
  if (path !== null) {
    const known = Object.hasOwn(HTTP_CLIENTS, path) ? HTTP_CLIENTS[path] : undefined;
    if (known) return known;
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) {
    if (!CLIENT_METHODS.has(callee.property.name)) return null;
    const receiver = memberPathText(skipExpressionWrappers(callee.object));
    const last = receiver?.split('.').at(-1);
    const url = call.arguments[0];
    if (last !== undefined && HTTP_CLIENT_RECEIVERS.test(last) && url && looksLikeUrl(url)) return 'clientResponse';
  }
  return null;
}

/** `'/users'`, `` `${BASE}/users` ``, `'https://…'`, `url`, `this.endpoint`: a URL argument, not a cache key. */
function looksLikeUrl(node: TSESTree.Node): boolean {
  const argument = skipExpressionWrappers(node);
  if (argument.type === AST_NODE_TYPES.TemplateLiteral) {
    const head = argument.quasis[0]?.value.cooked ?? '';
    const next = argument.quasis[1]?.value.cooked ?? '';
    return head === '' ? next.startsWith('/') : head.startsWith('/') || /^https?:/iu.test(head);
  }
  const text = getStringIfConstant(argument);
  if (text !== null) return text.startsWith('/') || /^https?:/iu.test(text);
  const path = memberPathText(argument);
  const name = path?.split('.').at(-1);
  return name !== undefined && /(?:url|uri|endpoint|path)$/iu.test(name);
}

/**
 * True when one of the file's HTTP client calls (in source order) sits in `block`, not inside a
 * function nested in it. A binary search finds the first call in the block, so no clause walks
 * its try block.
 */
function holdsAnyOf(block: TSESTree.Node, httpCalls: readonly TSESTree.CallExpression[]): boolean {
  let low = 0;
  let high = httpCalls.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const call = httpCalls[middle];
    if (call && call.range[0] < block.range[0]) low = middle + 1;
    else high = middle;
  }
  for (let index = low, budget = 0; index < httpCalls.length && budget < 5000; index++, budget++) {
    const call = httpCalls[index];
    if (!call || call.range[0] >= block.range[1]) break;
    let nested = false;
    for (let node: TSESTree.Node | undefined = call.parent; node && node !== block; node = node.parent) {
      if (isFunctionNode(node)) {
        nested = true;
        break;
      }
    }
    if (!nested) return true;
  }
  return false;
}

/**
 * The error caught around an HTTP client call: `try { await axios.get() } catch (error) {}`.
 * `httpCalls` gives the file's HTTP client calls in source order.
 */
export function catchRoot(clause: TSESTree.CatchClause, httpCalls: () => readonly TSESTree.CallExpression[]): PayloadRoot {
  let root = catchRoots.get(clause);
  if (!root) {
    // Answered once per clause, however many field paths of the error are traced.
    root = { shape: 'clientError', prefix: [], whole: holdsAnyOf(clause.parent.block, httpCalls()) };
    catchRoots.set(clause, root);
  }
  return root;
}

const catchRoots = new WeakMap<TSESTree.CatchClause, PayloadRoot>();

/** `client.get(url).catch((error) => …)`: the rejection of an HTTP client call whose errors carry the request. */
function promiseCatchRoot(fn: FunctionNode, index: number): PayloadRoot | null {
  const call = fn.parent;
  if (index !== 0 || call.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return null;
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return null;
  if (callee.property.name !== 'catch') return null;
  let receiver: TSESTree.Node = callee.object;
  for (let depth = 0; depth < 10 && receiver.type === AST_NODE_TYPES.CallExpression; depth++) {
    const shape = httpClientShape(receiver);
    // fetch's rejections are plain TypeErrors: no request, headers or body.
    if (shape !== null) return shape === 'clientResponse' ? { shape: 'clientError', prefix: [], whole: true } : null;
    const inner: TSESTree.Node = receiver.callee;
    if (inner.type !== AST_NODE_TYPES.MemberExpression) return null;
    receiver = inner.object;
  }
  return null;
}

const LISTENER_METHODS: ReadonlySet<string> = new Set(['on', 'once', 'addListener', 'prependListener']);

/** `clientRequest.on('response', (res) => …)`: the listener of a client request's response. */
function isResponseListener(fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== fn) return false;
  const callee = call.callee;
  const event = call.arguments[0];
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    LISTENER_METHODS.has(callee.property.name) &&
    event?.type === AST_NODE_TYPES.Literal &&
    event.value === 'response'
  );
}

/**
 * The payload holder a function parameter is, if any. `hasCallSites` says whether the function is
 * called in the file: then a conventionally named parameter is resolved at its call sites instead.
 */
export function parameterRoot(fn: FunctionNode, index: number, hasCallSites: () => boolean): PayloadRoot | null {
  const param = fn.params[index];
  if (!param) return null;
  const nest = nestRoot(param);
  if (nest) return nest;
  if (isRouteHandler(fn)) return handlerRoot(fn, index);
  const rejection = promiseCatchRoot(fn, index);
  if (rejection) return rejection;
  if (index === 0 && isResponseListener(fn)) return { shape: 'clientResponse', prefix: [], whole: false };
  const name = parameterName(param);
  if (name === null || !Object.hasOwn(CONVENTIONAL_NAMES, name) || hasCallSites()) return null;
  const shape = CONVENTIONAL_NAMES[name];
  if (!shape) return null;
  const names = fn.params.map((other) => parameterName(other));
  const pairedWithRequest = names.some((other) => other === 'req' || other === 'request');
  // `(err, res) => …` callbacks: `res` is some library's result unless a request sits beside it.
  if (shape === 'response' && !pairedWithRequest) return { shape: 'clientResponse', prefix: [], whole: false };
  // `(ctx, next)` is Koa; a lone `ctx` elsewhere is some other context (a debug or tracing map):
  // its request fields still count (`ctx.request.body`), the whole of it does not.
  if (shape === 'context' && !names.includes('next')) return { shape, prefix: [], whole: false };
  return { shape, prefix: [], whole: SHAPES[shape].whole };
}

/** A value known only by its conventional name (`const response = await http.get()`): fields count, never the whole. */
export function nameRoot(name: string): PayloadRoot | null {
  const shape = Object.hasOwn(FIELDS_ONLY_SHAPES, name) ? FIELDS_ONLY_SHAPES[name] : undefined;
  return shape ? { shape, prefix: [], whole: false } : null;
}

/** `this.ctx` in an Egg controller or service. */
export function thisMemberRoot(property: string): PayloadRoot | null {
  return property === 'ctx' ? { shape: 'context', prefix: [], whole: true } : null;
}
