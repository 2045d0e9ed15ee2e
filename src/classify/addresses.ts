/**
 * Addresses that need something to tie them to a person before they count as personal data.
 *
 * - IP addresses: a client's address, from an incoming request, is personal data; the addresses
 *   of machines (network interfaces, servers, upstreams, allow-lists) are not.
 * - A bare `address`: in server code it is as often a listen address (`server.address()`,
 *   Fastify's `listen` callback), a DNS answer or a routing address as a person's street or mail
 *   address. It counts when its name, its expression or where its variable came from names a
 *   person, a request or mail (`customer.address`, `const { address } = req.body`,
 *   `mailFrom.address`). Qualified names (`homeAddress`, `billingAddress`) count on their own.
 *
 * Decided by the words of the value's name, of the expression it comes from and, for a variable,
 * of what it was initialised with.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { classifyName, isPersonalRecordName, splitWords } from '@secure-logging/redact/classify';
import { thisClassName } from '../utils/ast.js';
import { DefinitionType, variableOf } from '../utils/eslint-utils.js';

/** Terms of the catalogue that name an IP address. */
const IP_TERMS: ReadonlySet<string> = new Set(['ip', 'ip address']);

/** Words that tie an IP address to a person or to the request a person made. */
const CLIENT_WORDS: ReadonlySet<string> = new Set([
  'client', 'user', 'remote', 'visitor', 'customer', 'caller', 'requester', 'request', 'req', 'ctx',
  'forwarded', 'real', 'member', 'account', 'viewer', 'guest', 'end', 'sender', 'origin', 'headers',
  'header', 'socket', 'connection', 'peer', 'login', 'signup', 'session', 'device', 'subscriber',
]);

/**
 * Words that tie a bare `address` to a person, besides the words for records about a person
 * (`user`, `customer`, `contact`): what a person submits, and postal and mail use.
 */
const PERSON_ADDRESS_WORDS: ReadonlySet<string> = new Set([
  'users', 'customers', 'members', 'people', 'contacts', 'profile', 'guest', 'visitor', 'subscriber',
  'buyer', 'shopper', 'student', 'recipient', 'recipients', 'sender', 'cardholder',
  'req', 'request', 'body', 'form', 'input', 'ctx', 'payload', 'session', 'signup', 'registration',
  'home', 'billing', 'shipping', 'delivery', 'postal', 'mailing', 'street', 'residential', 'residence',
  'order', 'checkout', 'invoice', 'mail', 'email', 'envelope', 'cc', 'bcc', 'reply',
]);

/** How many variable initialisers are followed back (`const a = req.ip; const ip = a;`). */
const MAX_HOPS = 3;
/** Initialisers longer than this say nothing useful about one value. */
const MAX_TEXT = 200;

/** A bare `address`: no word of its own ties it to anything. */
function isBareAddress(name: string): boolean {
  const words = splitWords(name);
  return words.length === 1 && words[0] === 'address';
}

/**
 * The words the variable a value is read from was initialised with (`address` or `to.address`),
 * following variables back a few steps.
 */
function definitionWords(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, hops = 0): string[] {
  const root = rootOf(node);
  if (root.type !== AST_NODE_TYPES.Identifier || hops >= MAX_HOPS) return [];
  const variable = variableOf(root, sourceCode);
  const words: string[] = [];
  for (const definition of variable?.defs ?? []) {
    const source = definition.type === DefinitionType.Variable ? definitionSource(definition.node) : null;
    if (source === null) continue;
    const text = sourceCode.getText(source);
    if (text.length <= MAX_TEXT) words.push(...splitWords(text));
    words.push(...definitionWords(source, sourceCode, hops + 1));
  }
  return words;
}

/** The object a member chain starts from: `to` of `to.address`, `res` of `res.headers.host`. */
function rootOf(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.type === AST_NODE_TYPES.MemberExpression) current = current.object;
  return current;
}

/** What a variable was made from: its initialiser, or what a `for…of` walks. Parameters and imports give nothing. */
function definitionSource(node: TSESTree.Node): TSESTree.Node | null {
  if (node.type !== AST_NODE_TYPES.VariableDeclarator) return null;
  if (node.init) return node.init;
  const loop = node.parent.parent;
  return loop.type === AST_NODE_TYPES.ForOfStatement || loop.type === AST_NODE_TYPES.ForInStatement ? loop.right : null;
}

/** The words of the class a `this.x` value is read in: `class Customer` ties `this.address`. */
function classWords(node: TSESTree.Node): readonly string[] {
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.ThisExpression) return [];
  const name = thisClassName(node.object);
  return name === null ? [] : splitWords(name);
}

/**
 * True when `name` is an IP address or a bare `address` and nothing in it, in the expression
 * `node` it was read from, or in what that variable was initialised with ties it to a person.
 */
export function isMachineAddress(name: string, node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const term = classifyName(name)?.term;
  const ip = term !== undefined && IP_TERMS.has(term);
  if (!ip && !isBareAddress(name)) return false;
  const words = [...splitWords(name), ...splitWords(sourceCode.getText(node)), ...definitionWords(node, sourceCode), ...classWords(node)];
  const tied = ip ? (word: string) => CLIENT_WORDS.has(word) : (word: string) => PERSON_ADDRESS_WORDS.has(word) || isPersonalRecordName(word);
  return !words.some(tied);
}
