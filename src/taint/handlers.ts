/**
 * One handler per AST node type, dispatched by {@link HANDLERS}. A handler returns the flows of
 * sensitive values that reach the node's value, read at `path` (the fields read from it,
 * outermost first). Node types without a handler carry nothing (literals other than strings,
 * functions and classes).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { isAccountOwner, isLocationOwner, isNamingOwner, isNonPersonOwner, isTransparentProperty, splitWords } from '@secure-logging/redact/classify';
import { calleeName, isFunctionNode, memberPathText, skipExpressionWrappers, thisClassName } from '../utils/ast.js';
import { DefinitionType, propertyNameOf, variableOf } from '../utils/eslint-utils.js';
import { isHelperBinding } from '../fix/binding.js';
import {
  COUNT_PROPERTIES,
  ENTITY_CLASS_SUFFIX,
  ENTITY_DATA_FIELDS,
  GETTER_VERBS,
  HEADER_MATERIALISERS,
  ITERABLE_READERS,
  MASK_TAIL_MAX,
  PASSTHROUGH_FUNCTIONS,
  PASSTHROUGH_METHODS,
  RESPONSE_READERS,
  SANITIZER_CALLEES,
  SANITIZER_WORDS,
  TOKEN_ENDPOINT,
} from './models.js';
import { getStringIfConstant } from '../utils/eslint-utils.js';
import { httpClientShape, nameRoot, thisMemberRoot } from '../sources/payloads.js';
import { neutralisesInjection } from './neutralisers.js';
import { isInertValue, type Tracer } from './trace.js';
import { NO_FLOWS, type Flow, type Flows } from './types.js';
import { canReach, dominatingWriteStart } from './reach.js';

export type Handler<T extends TSESTree.Node> = (node: T, path: readonly string[], tracer: Tracer) => Flows;
type HandlerMap = { [K in AST_NODE_TYPES]?: Handler<Extract<TSESTree.Node, { type: K }>> };

const SANITIZERS = new Set(SANITIZER_WORDS);
const SANITIZER_PATHS = new Set(SANITIZER_CALLEES);
const GETTERS = new Set(GETTER_VERBS);
const COUNTS = new Set(COUNT_PROPERTIES);
const READERS = new Set(RESPONSE_READERS);
const ENTITY_DATA = new Set(ENTITY_DATA_FIELDS);
const ITERABLE_READER_PATHS = new Set(ITERABLE_READERS);

/** The constant parts of a string expression, joined: `BASE + '/oauth/token'` → `/oauth/token`. */
function staticText(node: TSESTree.Node, tracer: Tracer, depth: number): string {
  if (depth > 20) return '';
  const constant = getStringIfConstant(node, tracer.sourceCode.getScope(node));
  if (constant !== null) return constant;
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.quasis.map((quasi) => quasi.value.cooked ?? '').join(' ');
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') {
    return `${staticText(node.left, tracer, depth + 1)} ${staticText(node.right, tracer, depth + 1)}`;
  }
  return '';
}

/** An HTTP client call to a token endpoint: `fetch('https://idp/oauth/token', …)`, `axios.post(TOKEN_URL, …)`. */
export function isTokenEndpointCall(node: TSESTree.CallExpression, tracer: Tracer): boolean {
  const url = node.arguments[0];
  if (!url) return false;
  const text = staticText(url, tracer, 0);
  return text !== '' && TOKEN_ENDPOINT.test(text);
}

/** True for a call that sanitizes: by name (`redact`, `maskEmail`, `sha256Hash`), by path, or by settings. */
export function isSanitizerCall(node: TSESTree.CallExpression, tracer: Tracer): boolean {
  const name = calleeName(node.callee);
  const path = memberPathText(node.callee);
  if (name === tracer.options.redact.name) return true;
  if (path !== null && (SANITIZER_PATHS.has(path) || tracer.options.sanitizers.has(path))) return true;
  if (name !== null && tracer.options.sanitizers.has(name)) return true;
  if (name !== null && splitWords(name).some((word) => SANITIZERS.has(word))) return true;
  // The helper under another local name: `import { redact as hide } from '@secure-logging/redact'`.
  if (node.callee.type === AST_NODE_TYPES.Identifier && isHelperBinding(variableOf(node.callee, tracer.sourceCode), tracer.options.redact)) return true;
  // crypto.createHash(..).update(x).digest()
  return (
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    node.callee.object.type === AST_NODE_TYPES.CallExpression &&
    isSanitizerCall(node.callee.object, tracer)
  );
}

/** The last-four masking idiom: `card.slice(-4)`, `pan.substring(pan.length - 4)`. */
function isMaskTail(node: TSESTree.CallExpression): boolean {
  const callee = node.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = calleeName(callee);
  const first = node.arguments[0];
  if (!first) return false;
  if (method === 'slice' || method === 'substr') {
    return (
      first.type === AST_NODE_TYPES.UnaryExpression &&
      first.operator === '-' &&
      first.argument.type === AST_NODE_TYPES.Literal &&
      typeof first.argument.value === 'number' &&
      first.argument.value <= MASK_TAIL_MAX &&
      node.arguments.length === 1
    );
  }
  if (method === 'substring' || method === 'slice') {
    return (
      first.type === AST_NODE_TYPES.BinaryExpression &&
      first.operator === '-' &&
      first.right.type === AST_NODE_TYPES.Literal &&
      typeof first.right.value === 'number' &&
      first.right.value <= MASK_TAIL_MAX
    );
  }
  return false;
}

function prependKey(flows: Flows, key: string): Flows {
  if (flows.length === 0) return NO_FLOWS;
  return flows.map((flow) => ({ ...flow, keyPath: [key, ...flow.keyPath] }));
}

const handleIdentifier: Handler<TSESTree.Identifier> = (node, path, tracer) => {
  if (node.name === 'undefined') return NO_FLOWS;
  const variable = tracer.resolve(node);
  // `arguments` of a function: every parameter, from the first on (`logger.info.apply(logger, arguments)`).
  if (node.name === 'arguments' && variable?.defs.length === 0 && isFunctionNode(variable.scope.block)) {
    const fn = variable.scope.block;
    return [{ origin: { kind: 'parameter', fn, index: 0, rest: true, path }, through: [], keyPath: [] }];
  }
  // A known value decides; the name decides only where the value is unknown.
  const known = variable !== null && holdsKnownValues(variable);
  if (path.length === 0 && !known) {
    const classification = tracer.classify(node.name);
    // `if (!token) logger.warn('missing', token)`: the value is empty there; after
    // `token = '***'` it is a mask.
    if (classification) {
      return isProvenEmpty(node, variable, tracer) || (variable !== null && holdsKnownValueAt(variable, node)) ? NO_FLOWS : [tracer.nameFlow(node, node.name, classification)];
    }
  }
  const flows = variable && variable.defs.length > 0 ? tracer.crossSink(node, () => tracer.traceVariable(variable, path, undefined, node)) : NO_FLOWS;
  // A record name still counts for a known object: `const customer = { … }` is a customer.
  if (flows.length === 0 && path.length === 0) return tracer.recordFlows(node, node.name);
  if (flows.length === 0 && variable && isOpaqueVariable(variable) && !isInProcessResponse(variable)) {
    // `const response = await this.http.get(url)`: known only by its conventional name.
    const root = nameRoot(node.name);
    if (root) return tracer.payloadFlows(node, node.name, root, path);
  }
  return flows;
};

/** True when `test` proves `variable` empty: `!x`, `x == null`, `x === undefined`, `typeof x === 'undefined'`, or one of them joined by `&&`. */
function provesEmpty(test: TSESTree.Node, variable: TSESLint.Scope.Variable, tracer: Tracer): boolean {
  const node = skipExpressionWrappers(test);
  const isIt = (candidate: TSESTree.Node): boolean => {
    const inner = skipExpressionWrappers(candidate);
    return inner.type === AST_NODE_TYPES.Identifier && tracer.resolve(inner) === variable;
  };
  const isEmptyValue = (candidate: TSESTree.Node): boolean =>
    (candidate.type === AST_NODE_TYPES.Literal && candidate.value === null) || (candidate.type === AST_NODE_TYPES.Identifier && candidate.name === 'undefined');
  switch (node.type) {
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === '!' && isIt(node.argument);
    case AST_NODE_TYPES.LogicalExpression:
      return node.operator === '&&' && (provesEmpty(node.left, variable, tracer) || provesEmpty(node.right, variable, tracer));
    case AST_NODE_TYPES.BinaryExpression: {
      if (!['==', '==='].includes(node.operator)) return false;
      const [left, right] = [node.left, node.right];
      if ((isIt(left) && isEmptyValue(right)) || (isIt(right) && isEmptyValue(left))) return true;
      const isTypeofIt = (side: TSESTree.Node): boolean => side.type === AST_NODE_TYPES.UnaryExpression && side.operator === 'typeof' && isIt(side.argument);
      const isUndefinedText = (side: TSESTree.Node): boolean => side.type === AST_NODE_TYPES.Literal && side.value === 'undefined';
      return (isTypeofIt(left) && isUndefinedText(right)) || (isTypeofIt(right) && isUndefinedText(left));
    }
    default:
      return false;
  }
}

/**
 * True when the identifier sits where its variable is proven empty: in the `then` branch of an
 * `if` (or `?:`) whose test says so, or in the `else` branch of one that tests the value itself
 * (`token ? use(token) : log(token)`), within the same function.
 */
function isProvenEmpty(node: TSESTree.Identifier, variable: TSESLint.Scope.Variable | null, tracer: Tracer): boolean {
  if (!variable) return false;
  let child: TSESTree.Node = node;
  for (let parent: TSESTree.Node | undefined = node.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    if (parent.type !== AST_NODE_TYPES.IfStatement && parent.type !== AST_NODE_TYPES.ConditionalExpression) continue;
    if (child === parent.consequent && provesEmpty(parent.test, variable, tracer)) return true;
    const test = skipExpressionWrappers(parent.test);
    if (child === parent.alternate && test.type === AST_NODE_TYPES.Identifier && tracer.resolve(test) === variable) return true;
  }
  return false;
}

const knownVariables = new WeakMap<TSESLint.Scope.Variable, boolean>();

/** `''`, `'***'`, `'••••'`, `'[REDACTED]'`, `'<hidden>'`: text that stands in for a value. */
const MASK_TEXT = /^(?:[\s#*.x•·-]*|[<[(]?\s*(?:redacted|hidden|masked|removed|filtered|omitted)\s*[)>\]]?)$/iu;

export function isMaskText(text: string): boolean {
  return text.length <= 64 && MASK_TEXT.test(text);
}

/**
 * True when every value written to the variable is known and carries no secret: null,
 * undefined, a boolean, a number, a comparison, a count, or an object or array literal (whose own
 * fields are traced on their own). `const token = null`, `let apiKey = isProd ? 1 : 0`,
 * `const authorization = { type: 'object' }`. A string literal is not: under a secret's name it is
 * a hard-coded credential. Parameters, imports, destructuring, `declare` and calls are unknown,
 * and there the name decides.
 */
export function holdsKnownValues(variable: TSESLint.Scope.Variable): boolean {
  let known = knownVariables.get(variable);
  if (known === undefined) {
    known = variable.defs.length > 0 && variable.defs.every(isKnownDefinition) && variable.references.every(isKnownWrite);
    knownVariables.set(variable, known);
  }
  return known;
}

/**
 * True when every write of the variable that can reach `read` is known (see
 * {@link holdsKnownValues}): `let token = getToken(); token = '***'; log(token)`. Only asked for
 * a sensitive name that is not known everywhere.
 */
function holdsKnownValueAt(variable: TSESLint.Scope.Variable, read: TSESTree.Identifier): boolean {
  if (variable.defs.length === 0 || !variable.defs.every(isPlainDeclaration)) return false;
  const writes = variable.references.filter((reference) => reference.isWrite());
  const dominating = dominatingWriteStart(
    read,
    writes.map((reference) => reference.identifier as TSESTree.Identifier),
  );
  let reaching = 0;
  for (const reference of writes) {
    const identifier = reference.identifier;
    if ((dominating >= 0 && identifier.range[0] < dominating) || !canReach(identifier, read)) continue;
    reaching++;
    const known = reference.init === true ? variable.defs.every(isKnownDefinition) : isKnownWrite(reference);
    if (!known) return false;
  }
  return reaching > 0;
}

function isPlainDeclaration(definition: TSESLint.Scope.Definition): boolean {
  return definition.type === DefinitionType.Variable && definition.node.id.type === AST_NODE_TYPES.Identifier && !definition.node.parent.declare;
}

function isKnownDefinition(definition: TSESLint.Scope.Definition): boolean {
  if (definition.type !== DefinitionType.Variable) return false;
  const declarator = definition.node;
  // `declare const token: string` has no value the tracer can know.
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.parent.declare) return false;
  return declarator.init === null || isKnownValue(declarator.init);
}

function isKnownWrite(reference: TSESLint.Scope.Reference): boolean {
  if (!reference.isWrite() || reference.init === true) return true;
  const parent = reference.identifier.parent;
  if (parent.type === AST_NODE_TYPES.UpdateExpression) return true;
  if (parent.type !== AST_NODE_TYPES.AssignmentExpression || parent.left !== reference.identifier) return false;
  // `failed += 1`: a counter stays a number.
  if (ARITHMETIC_ASSIGNMENTS.has(parent.operator)) return isNumberLiteral(parent.right);
  return parent.operator === '=' && isKnownValue(parent.right);
}

const ARITHMETIC_ASSIGNMENTS: ReadonlySet<string> = new Set(['+=', '-=', '*=', '/=', '%=', '**=']);

function isNumberLiteral(node: TSESTree.Node): boolean {
  const value = skipExpressionWrappers(node);
  return value.type === AST_NODE_TYPES.Literal && typeof value.value === 'number';
}

function isKnownValue(node: TSESTree.Node): boolean {
  const value = skipExpressionWrappers(node);
  if (value.type === AST_NODE_TYPES.MemberExpression && !value.computed && value.property.type === AST_NODE_TYPES.Identifier) {
    return COUNTS.has(value.property.name);
  }
  // A string literal under a secret name is a hard-coded credential, unless it is empty or a mask.
  if (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'string') return isMaskText(value.value);
  if (value.type === AST_NODE_TYPES.TemplateLiteral) return false;
  if (value.type === AST_NODE_TYPES.ConditionalExpression) return isKnownValue(value.consequent) && isKnownValue(value.alternate);
  return isInertValue(value) || value.type === AST_NODE_TYPES.ObjectExpression || value.type === AST_NODE_TYPES.ArrayExpression;
}

/**
 * Calls that answer with the app's own response, in process, without a network: Fastify's and
 * light-my-request's `inject()`, used in tests, docs and CLIs.
 */
const IN_PROCESS_CALLS: ReadonlySet<string> = new Set(['inject', 'injectRuntime']);

/** True when the variable holds the result of an in-process request (`const res = await app.inject(…)`). */
function isInProcessResponse(variable: TSESLint.Scope.Variable): boolean {
  return variable.defs.some((definition) => {
    if (definition.type !== DefinitionType.Variable || !definition.node.init) return false;
    let init = skipExpressionWrappers(definition.node.init);
    if (init.type === AST_NODE_TYPES.AwaitExpression) init = skipExpressionWrappers(init.argument);
    if (init.type !== AST_NODE_TYPES.CallExpression) return false;
    const name = calleeName(init.callee);
    return name !== null && IN_PROCESS_CALLS.has(name);
  });
}

/** True when every value written to the variable comes from something the tracer cannot see into. */
function isOpaqueVariable(variable: TSESLint.Scope.Variable): boolean {
  if (variable.defs.length === 0) return false;
  for (const definition of variable.defs) {
    if (definition.type !== DefinitionType.Variable) return false;
    const declarator = definition.node;
    if (declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
    const init = declarator.init ? skipExpressionWrappers(declarator.init) : null;
    const value = init?.type === AST_NODE_TYPES.AwaitExpression ? skipExpressionWrappers(init.argument) : init;
    if (
      value?.type !== AST_NODE_TYPES.CallExpression &&
      value?.type !== AST_NODE_TYPES.MemberExpression &&
      value?.type !== AST_NODE_TYPES.Identifier &&
      value?.type !== AST_NODE_TYPES.ThisExpression
    ) {
      return false;
    }
  }
  return true;
}

const handleMember: Handler<TSESTree.MemberExpression> = (node, path, tracer) => {
  const name =
    node.property.type === AST_NODE_TYPES.PrivateIdentifier
      ? node.property.name
      : propertyNameOf(node, tracer.sourceCode);
  if (name !== null && COUNTS.has(name)) return NO_FLOWS;
  // The whole environment holds every secret the process was given.
  if (path.length === 0 && name === 'env' && isProcessEnv(node) && tracer.options.categories.has('secret')) {
    return [tracer.nameFlow(node, 'process.env', WHOLE_ENVIRONMENT)];
  }
  if (path.length === 0 && name !== null) {
    if (isTransparentProperty(name)) {
      const ownerName = ownerNameOf(node);
      const classification = ownerName === null ? null : tracer.classify(ownerName);
      if (ownerName !== null && classification) return [tracer.nameFlow(node, ownerName, classification)];
    }
    const classification = tracer.classify(name);
    // `repository.full_name`: personal-data words on a thing that is not a person describe the thing;
    // `endpoints.token` is where a token is fetched from.
    if (classification && !(classification.category === 'pii' && isOwnedBy(node, isNonPersonOwner)) && !isOwnedBy(node, isNamingOwnerOrLocation)) {
      // `req.cookies` is both a secret by name and a raw payload of the request.
      const payloads = resink(tracer.trace(node.object, [name]), node.object, node, tracer).filter(
        (flow) => flow.origin.kind === 'payload',
      );
      return [tracer.nameFlow(node, name, classification), ...payloads];
    }
  }
  const object = node.object;
  let flows: Flows;
  if (object.type === AST_NODE_TYPES.Super) flows = NO_FLOWS;
  // `this.ctx.request.body` in an Egg controller; `this.payload`: what the class writes to the field.
  else if (object.type === AST_NODE_TYPES.ThisExpression) flows = name === null ? NO_FLOWS : thisFlows(node, [name, ...path], tracer);
  // What the object carries at this field is this member's value: it, not the object, holds it in the log call.
  else flows = resink(tracer.trace(object, [name ?? '*', ...path]), object, node, tracer);
  // `auth.user` in login options is a user name, not a record about a person.
  if (flows.length === 0 && path.length === 0 && name !== null && !isOwnedBy(node, isAccountOwner)) return tracer.recordFlows(node, name);
  return flows;
};

/**
 * What `this` carries at `path` (its first key is the field): `this.ctx.request.body` in an Egg
 * controller, a field the class writes in any method, and, logged whole, the data of an entity
 * class that names a person (`this.props` or `this` of a `User`).
 */
function thisFlows(node: TSESTree.Node, path: readonly string[], tracer: Tracer): Flows {
  const [field, ...rest] = path;
  if (field === undefined || field === '*') return path.length <= 1 ? entityFlows(node, tracer) : NO_FLOWS;
  const root = thisMemberRoot(field);
  if (root) return tracer.payloadFlows(node, `this.${field}`, root, rest);
  const flows = tracer.traceThisField(node, field, rest);
  if (rest.length > 0 || !ENTITY_DATA.has(field) || flows.some((flow) => flow.origin.kind !== 'parameter')) return flows;
  return [...flows, ...entityFlows(node, tracer)];
}

function entityFlows(node: TSESTree.Node, tracer: Tracer): Flows {
  const className = thisClassName(node);
  if (className === null) return NO_FLOWS;
  const text = tracer.sourceCode.getText(node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.object === node ? node.parent : node);
  return tracer.recordFlows(node, className.replace(ENTITY_CLASS_SUFFIX, ''), `${text} of ${className}`);
}

/** `const { ctx } = this` in an Egg controller, `{ ...this }`, `logger.info(this)`. */
const handleThis: Handler<TSESTree.ThisExpression> = (node, path, tracer) => thisFlows(node, path, tracer);

const handleObject: Handler<TSESTree.ObjectExpression> = (node, path, tracer) => {
  const flows: Flow[] = [];
  const first = path[0];
  const rest = first === undefined ? path : path.slice(1);
  for (const property of node.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      flows.push(...tracer.trace(property.argument, path));
      continue;
    }
    if (property.kind !== 'init' || property.method) continue;
    const key = propertyNameOf(property, tracer.sourceCode);
    if (first !== undefined) {
      if (first === '*' || key === null || key === first) flows.push(...tracer.trace(property.value, rest));
      continue;
    }
    const found = tracer.trace(property.value);
    if (found.length > 0) {
      flows.push(...prependKey(found, key ?? '*'));
      continue;
    }
    const classification = key === null ? null : tracer.classify(key);
    if (key === null || !classification) continue;
    const value = property.value;
    if (isInertValue(value) || !isWrappableValue(value)) continue;
    // Containers were traced above; their key alone does not make them a leak.
    if (value.type === AST_NODE_TYPES.ObjectExpression || value.type === AST_NODE_TYPES.ArrayExpression) continue;
    if (value.type === AST_NODE_TYPES.CallExpression && isSanitizerCall(value, tracer)) continue;
    if (value.type === AST_NODE_TYPES.MemberExpression && memberIsCount(value, tracer)) continue;
    if (hasQualifiedSafeName(value, tracer)) continue;
    // `{ authorization }` where `const authorization = { type: 'object' }`: the value is known.
    if (value.type === AST_NODE_TYPES.Identifier && (isKnownIdentifier(value, tracer) || isProvenEmpty(value, tracer.resolve(value), tracer))) continue;
    flows.push({ ...tracer.nameFlow(value, key, classification), keyPath: [key] });
  }
  return flows;
};

/** The name of a member's object: `user` in `user.value`, `token` in `req.token.value`. */
function ownerNameOf(node: TSESTree.MemberExpression): string | null {
  const object = node.object;
  if (object.type === AST_NODE_TYPES.Identifier) return object.name;
  return object.type === AST_NODE_TYPES.MemberExpression && !object.computed ? object.property.name : null;
}

/** True when the member's object has a name `test` accepts: `isOwnedBy(repository.full_name, isNonPersonOwner)`. */
function isOwnedBy(node: TSESTree.MemberExpression, test: (ownerName: string) => boolean): boolean {
  const ownerName = ownerNameOf(node);
  return ownerName !== null && test(ownerName);
}

/** `endpoints.token` (a location) or `InfraConfigEnum.API_TOKEN` (a setting's name): not the value. */
function isNamingOwnerOrLocation(ownerName: string): boolean {
  return isLocationOwner(ownerName) || isNamingOwner(ownerName);
}

const WHOLE_ENVIRONMENT = { category: 'secret', term: 'environment' } as const;

/** `process.env` (or `global.process.env`), not some other object's `env`. */
function isProcessEnv(node: TSESTree.MemberExpression): boolean {
  const path = memberPathText(node);
  return path === 'process.env' || path === 'global.process.env' || path === 'globalThis.process.env';
}

function isKnownIdentifier(node: TSESTree.Identifier, tracer: Tracer): boolean {
  const variable = tracer.resolve(node);
  return variable !== null && holdsKnownValues(variable);
}

function memberIsCount(node: TSESTree.MemberExpression, tracer: Tracer): boolean {
  const name = propertyNameOf(node, tracer.sourceCode);
  return name !== null && COUNTS.has(name);
}

function isWrappableValue(node: TSESTree.Node): boolean {
  return (
    node.type !== AST_NODE_TYPES.AssignmentPattern &&
    node.type !== AST_NODE_TYPES.ArrayPattern &&
    node.type !== AST_NODE_TYPES.ObjectPattern &&
    node.type !== AST_NODE_TYPES.TSEmptyBodyFunctionExpression
  );
}

/** `{ password: user.passwordHash }`: the value's own name says it is safe. */
function hasQualifiedSafeName(node: TSESTree.Node, tracer: Tracer): boolean {
  const name =
    node.type === AST_NODE_TYPES.Identifier
      ? node.name
      : node.type === AST_NODE_TYPES.MemberExpression && !node.computed
        ? node.property.name
        : null;
  if (name === null) return false;
  return tracer.classify(name) === null && splitWords(name).length > 1 && tracer.classifyTermOnly(name);
}

const handleArray: Handler<TSESTree.ArrayExpression> = (node, path, tracer) => {
  const first = path[0];
  if (first !== undefined && first !== '*' && !/^\d+$/u.test(first)) return NO_FLOWS;
  const rest = first === undefined ? path : path.slice(1);
  const flows: Flow[] = [];
  for (const element of node.elements) {
    if (!element) continue;
    const found = element.type === AST_NODE_TYPES.SpreadElement ? tracer.trace(element.argument, path) : tracer.trace(element, rest);
    flows.push(...(first === undefined ? prependKey(found, '*') : found));
  }
  return flows;
};

const handleTemplate: Handler<TSESTree.TemplateLiteral> = (node, path, tracer) => {
  if (path.length > 0) return NO_FLOWS;
  const text = node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join(' ');
  return [...tracer.literalFlows(node, text), ...node.expressions.flatMap((expression) => tracer.trace(expression))];
};

const handleTaggedTemplate: Handler<TSESTree.TaggedTemplateExpression> = (node, path, tracer) =>
  path.length > 0 ? NO_FLOWS : node.quasi.expressions.flatMap((expression) => tracer.trace(expression));

const handleLiteral: Handler<TSESTree.Literal> = (node, path, tracer) =>
  typeof node.value === 'string' && path.length === 0 ? tracer.literalFlows(node, node.value) : NO_FLOWS;

const handleBinary: Handler<TSESTree.BinaryExpression> = (node, path, tracer) => {
  if (node.operator !== '+' || path.length > 0) return NO_FLOWS;
  return [...tracer.trace(node.left), ...tracer.trace(node.right)];
};

const handleLogical: Handler<TSESTree.LogicalExpression> = (node, path, tracer) => [
  ...(node.operator === '&&' ? [] : tracer.trace(node.left, path)),
  ...tracer.trace(node.right, path),
];

const handleConditional: Handler<TSESTree.ConditionalExpression> = (node, path, tracer) => {
  if (isInertValue(node.consequent) && isInertValue(node.alternate)) return NO_FLOWS;
  return [...tracer.trace(node.consequent, path), ...tracer.trace(node.alternate, path)];
};

const handleWrapper: Handler<
  | TSESTree.TSAsExpression
  | TSESTree.TSNonNullExpression
  | TSESTree.TSSatisfiesExpression
  | TSESTree.TSTypeAssertion
  | TSESTree.ChainExpression
> = (node, path, tracer) => tracer.trace(node.expression, path);

/** Moves the sink of flows that `inner` carries out to `outer`, whose value they become. */
function resink(flows: Flows, inner: TSESTree.Node, outer: TSESTree.Node, tracer: Tracer): Flows {
  if (!tracer.inSink || flows.length === 0) return flows;
  return flows.map((flow) => (flow.sink === inner || flow.sink === skipExpressionWrappers(inner) ? { ...flow, sink: outer } : flow));
}

// `redact(await x)`, never `await redact(x)`: the awaited value is what gets logged.
const handleAwait: Handler<TSESTree.AwaitExpression> = (node, path, tracer) =>
  resink(tracer.trace(node.argument, path), node.argument, node, tracer);

const handleSpread: Handler<TSESTree.SpreadElement> = (node, path, tracer) => tracer.trace(node.argument, path);

const handleSequence: Handler<TSESTree.SequenceExpression> = (node, path, tracer) => {
  const last = node.expressions.at(-1);
  return last ? tracer.trace(last, path) : NO_FLOWS;
};

const handleAssignment: Handler<TSESTree.AssignmentExpression> = (node, path, tracer) => tracer.trace(node.right, path);

const handleCall: Handler<TSESTree.CallExpression> = (node, path, tracer) => {
  if (tracer.options.input === true && neutralisesInjection(node)) return NO_FLOWS;
  if (isSanitizerCall(node, tracer) || isMaskTail(node)) {
    if (tracer.options.parametersThroughSanitizers !== true) return NO_FLOWS;
    return node.arguments.flatMap((argument) => tracer.trace(argument, path)).filter((flow) => flow.origin.kind === 'parameter');
  }
  const callee = node.callee;
  const clientShape = httpClientShape(node);
  if (clientShape !== null) {
    const flows = tracer.payloadFlows(node, `${tracer.sourceCode.getText(callee)}()`, { shape: clientShape, prefix: [], whole: true }, path);
    if (isTokenEndpointCall(node, tracer) && (path.length === 0 || ['data', 'body', '#body', '*'].includes(path[0] ?? ''))) {
      // Only the body carries the tokens: `res.status` is fine.
      const classification = tracer.classify('token');
      if (classification) return [...flows, tracer.nameFlow(node, 'token response', classification, false)];
    }
    return flows;
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && READERS.has(callee.property.name)) {
    // `await res.json()`: the response body, read at `path`.
    const body = resink(tracer.trace(callee.object, ['#body', ...path]), callee.object, node, tracer);
    return body.length > 0 ? body : tracer.trace(callee.object, path);
  }
  const materialised =
    callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed ? HEADER_MATERIALISERS.get(callee.property.name) : undefined;
  if (callee.type === AST_NODE_TYPES.MemberExpression && materialised !== undefined && path.length === 0) {
    // `res.headers.raw()`: every header of a fetch response, as plain data.
    const headers = resink(tracer.trace(callee.object, [materialised]), callee.object, node, tracer);
    if (headers.length > 0) return headers;
  }
  const fn = tracer.resolveFunction(callee);
  if (fn) {
    const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : 'function';
    const step = { name: `${name}()`, line: fn.loc.start.line };
    const summary = tracer.crossSink(node, () => tracer.traceReturns(fn, path));
    const flows: Flow[] = [];
    for (const flow of summary) {
      if (flow.origin.kind === 'parameter' && flow.origin.fn === fn) {
        const { index, rest, path: argumentPath } = flow.origin;
        const args = rest ? node.arguments.slice(index) : node.arguments.slice(index, index + 1);
        for (const argument of args) flows.push(...tracer.addStep(tracer.trace(argument, argumentPath), step));
      } else {
        flows.push(...tracer.addStep([flow], step));
      }
    }
    return flows;
  }
  const calleePath = memberPathText(callee);
  const passthrough = calleePath === null ? undefined : PASSTHROUGH_FUNCTIONS.get(calleePath);
  if (passthrough) {
    const args = passthrough === 'all' ? node.arguments : passthrough.flatMap((index) => node.arguments[index] ?? []);
    // Object.assign returns its target; JSON.parse(text).a reads field `a` of what the text holds.
    const nextPath = calleePath === 'Object.assign' || calleePath === 'JSON.parse' ? path : [];
    // What JSON.parse reads is wrapped outside it: `redact(JSON.parse(text).a)`, never `JSON.parse(redact(text))`.
    const flows = args.flatMap((argument) =>
      calleePath === 'JSON.parse' ? resink(tracer.trace(argument, nextPath), argument, node, tracer) : tracer.trace(argument, nextPath),
    );
    // `Object.fromEntries(res.headers)`: a fetch Headers object, read whole.
    const first = node.arguments[0];
    if (flows.length > 0 || path.length > 0 || !first || !ITERABLE_READER_PATHS.has(calleePath ?? '')) return flows;
    return resink(tracer.trace(first, ['#entries']), first, node, tracer);
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed) {
    const mode = PASSTHROUGH_METHODS.get(callee.property.name);
    if (mode && callee.object.type !== AST_NODE_TYPES.Super) {
      const receiverPath = ['join', 'toString', 'toJSON', 'valueOf', 'concat'].includes(callee.property.name) ? [] : path;
      const flows = tracer.trace(callee.object, receiverPath);
      // The receiver's flows may be a variable's memoised trace: add the arguments' to a copy.
      return mode === 'receiver-and-args' ? [...flows, ...node.arguments.flatMap((argument) => tracer.trace(argument))] : flows;
    }
  }
  // A getter-like call says what it returns: getPassword(), user.getEmail(), fetchAccessToken().
  const name = calleeName(callee);
  if (name !== null && path.length === 0) {
    const words = splitWords(name);
    const [verb, ...restWords] = words;
    if (verb !== undefined && GETTERS.has(verb) && restWords.length > 0) {
      const classification = tracer.classify(restWords.join('_'));
      if (classification) return [tracer.nameFlow(node, name, classification)];
    }
  }
  return NO_FLOWS;
};

/** The dispatch map: one handler per node type. */
/** Parts of a URL that carry its user and password; `host`, `pathname` and `origin` do not. */
const URL_CREDENTIAL_PARTS: ReadonlySet<string> = new Set(['href', 'password', 'username', 'toString', 'toJSON']);

/**
 * `new URL(DATABASE_URL)`: the URL holds what its text held, and its `href` (or the URL itself,
 * stringified) still carries the password; `url.host` does not.
 */
const handleNew: Handler<TSESTree.NewExpression> = (node, path, tracer) => {
  const callee = node.callee;
  const first = node.arguments[0];
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'URL' || !first) return NO_FLOWS;
  if (path.length > 0 && !URL_CREDENTIAL_PARTS.has(path[0] ?? '')) return NO_FLOWS;
  return tracer.trace(first, []);
};

export const HANDLERS: HandlerMap = {
  [AST_NODE_TYPES.Identifier]: handleIdentifier,
  [AST_NODE_TYPES.MemberExpression]: handleMember,
  [AST_NODE_TYPES.ObjectExpression]: handleObject,
  [AST_NODE_TYPES.ArrayExpression]: handleArray,
  [AST_NODE_TYPES.TemplateLiteral]: handleTemplate,
  [AST_NODE_TYPES.TaggedTemplateExpression]: handleTaggedTemplate,
  [AST_NODE_TYPES.Literal]: handleLiteral,
  [AST_NODE_TYPES.BinaryExpression]: handleBinary,
  [AST_NODE_TYPES.LogicalExpression]: handleLogical,
  [AST_NODE_TYPES.ConditionalExpression]: handleConditional,
  [AST_NODE_TYPES.TSAsExpression]: handleWrapper,
  [AST_NODE_TYPES.TSNonNullExpression]: handleWrapper,
  [AST_NODE_TYPES.TSSatisfiesExpression]: handleWrapper,
  [AST_NODE_TYPES.TSTypeAssertion]: handleWrapper,
  [AST_NODE_TYPES.ChainExpression]: handleWrapper,
  [AST_NODE_TYPES.AwaitExpression]: handleAwait,
  [AST_NODE_TYPES.SpreadElement]: handleSpread,
  [AST_NODE_TYPES.SequenceExpression]: handleSequence,
  [AST_NODE_TYPES.AssignmentExpression]: handleAssignment,
  [AST_NODE_TYPES.CallExpression]: handleCall,
  [AST_NODE_TYPES.NewExpression]: handleNew,
  [AST_NODE_TYPES.ThisExpression]: handleThis,
};
