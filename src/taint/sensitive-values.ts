/**
 * Finds sensitive values written into a log argument: identifiers, members and object-literal
 * properties whose names classify as sensitive, looked for through templates, concatenation,
 * arrays, spreads, conditionals, logical expressions, `await` and TypeScript wrappers.
 *
 * Every result names the node to wrap (the value itself, exactly) and the name that made it
 * sensitive. Values under a sanitizer (`redact(x)`, `hashToken(x)`), boolean and numeric results
 * (`!!token`, `password.length`, comparisons) and constant text stay quiet.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import {
  classifyName,
  findSensitiveTerm,
  isTransparentProperty,
  splitWords,
  type NameClassification,
  type SensitiveCategory,
  type Vocabulary,
} from '../classify/names.js';
import { getPropertyName } from '../utils/eslint-utils.js';
import { SANITIZER_WORDS } from './models.js';

/** One sensitive value found in a log argument. */
export interface SensitiveValue {
  /** The expression to report and to wrap. */
  readonly node: TSESTree.Expression;
  /** The name that made it sensitive (identifier, property or object key). */
  readonly name: string;
  readonly classification: NameClassification;
}

/** What the walk needs to know. */
export interface WalkOptions {
  readonly vocabulary: Vocabulary;
  readonly categories: ReadonlySet<SensitiveCategory>;
  /** Name of the project's redact helper, always a sanitizer. */
  readonly redactName: string;
  readonly scope?: TSESLint.Scope.Scope;
}

const SANITIZERS = new Set(SANITIZER_WORDS);
const MAX_DEPTH = 100;

function calleeName(callee: TSESTree.Node): string | null {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed) {
    return callee.property.type === AST_NODE_TYPES.Identifier ? callee.property.name : null;
  }
  return null;
}

/** True for a call whose name says it redacts, masks, hashes or encrypts its argument. */
export function isSanitizerCall(node: TSESTree.Node, redactName: string): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = calleeName(node.callee);
  if (name === null) return false;
  if (name === redactName) return true;
  return splitWords(name).some((word) => SANITIZERS.has(word));
}

/** The name a value carries: an identifier's name or a member's property name. */
export function valueName(node: TSESTree.Node, scope?: TSESLint.Scope.Scope): string | null {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'undefined' ? null : node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const name = node.property.type === AST_NODE_TYPES.PrivateIdentifier ? node.property.name : getPropertyName(node, scope);
    if (name !== null && isTransparentProperty(name)) return valueName(node.object, scope);
    return name;
  }
  return null;
}

function classify(name: string, options: WalkOptions): NameClassification | null {
  const classification = classifyName(name, options.vocabulary);
  return classification && options.categories.has(classification.category) ? classification : null;
}

/** True for values that carry no data of their own: literals, booleans, numbers, functions. */
function isInert(node: TSESTree.Node): boolean {
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
    default:
      return false;
  }
}

/** True when a name is sensitive-looking but qualified as safe (`passwordHash`, `tokenCount`). */
function isQualifiedSafe(name: string, options: WalkOptions): boolean {
  return !classify(name, options) && findSensitiveTerm(name, options.vocabulary) !== null;
}

function walk(node: TSESTree.Node, options: WalkOptions, out: SensitiveValue[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression: {
      const name = valueName(node, options.scope);
      const classification = name === null ? null : classify(name, options);
      if (name !== null && classification) out.push({ node, name, classification });
      return;
    }
    case AST_NODE_TYPES.ObjectExpression:
      for (const property of node.properties) {
        if (property.type === AST_NODE_TYPES.SpreadElement) {
          walk(property.argument, options, out, depth + 1);
          continue;
        }
        const value = property.value;
        const before = out.length;
        walk(value, options, out, depth + 1);
        if (out.length > before || property.kind !== 'init' || property.method) continue;
        const key = getPropertyName(property, options.scope);
        const classification = key === null ? null : classify(key, options);
        if (key === null || !classification) continue;
        if (isInert(value) || isSanitizerCall(value, options.redactName)) continue;
        if (value.type === AST_NODE_TYPES.ObjectExpression || value.type === AST_NODE_TYPES.ArrayExpression) continue;
        const ownName = valueName(value, options.scope);
        if (ownName !== null && isQualifiedSafe(ownName, options)) continue;
        if (value.type === AST_NODE_TYPES.ConditionalExpression && isInert(value.consequent) && isInert(value.alternate)) continue;
        if (
          value.type === AST_NODE_TYPES.AssignmentPattern ||
          value.type === AST_NODE_TYPES.ArrayPattern ||
          value.type === AST_NODE_TYPES.ObjectPattern ||
          value.type === AST_NODE_TYPES.TSEmptyBodyFunctionExpression
        ) {
          continue;
        }
        out.push({ node: value, name: key, classification });
      }
      return;
    case AST_NODE_TYPES.ArrayExpression:
      for (const element of node.elements) {
        if (element) walk(element, options, out, depth + 1);
      }
      return;
    case AST_NODE_TYPES.SpreadElement:
      walk(node.argument, options, out, depth + 1);
      return;
    case AST_NODE_TYPES.TemplateLiteral:
      for (const expression of node.expressions) walk(expression, options, out, depth + 1);
      return;
    case AST_NODE_TYPES.BinaryExpression:
      if (node.operator === '+') {
        walk(node.left, options, out, depth + 1);
        walk(node.right, options, out, depth + 1);
      }
      return;
    case AST_NODE_TYPES.LogicalExpression:
      if (node.operator !== '&&') walk(node.left, options, out, depth + 1);
      walk(node.right, options, out, depth + 1);
      return;
    case AST_NODE_TYPES.ConditionalExpression:
      walk(node.consequent, options, out, depth + 1);
      walk(node.alternate, options, out, depth + 1);
      return;
    case AST_NODE_TYPES.AwaitExpression:
      walk(node.argument, options, out, depth + 1);
      return;
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
    case AST_NODE_TYPES.ChainExpression:
      walk(node.expression, options, out, depth + 1);
      return;
    case AST_NODE_TYPES.AssignmentExpression:
      walk(node.right, options, out, depth + 1);
      return;
    case AST_NODE_TYPES.SequenceExpression: {
      const last = node.expressions.at(-1);
      if (last) walk(last, options, out, depth + 1);
      return;
    }
    default:
      return;
  }
}

/** Finds the sensitive values written into one log argument. */
export function findSensitiveValues(node: TSESTree.Node, options: WalkOptions): SensitiveValue[] {
  const out: SensitiveValue[] = [];
  walk(node, options, out, 0);
  return out;
}
