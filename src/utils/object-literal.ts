/**
 * Reading and extending the options objects that configure loggers and middleware:
 * `pinoHttp({ … })`, `new transports.File(options)` with `const options = { … }`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { DefinitionType, getPropertyName, getStaticValue, variableOf } from './eslint-utils.js';
import { isFunctionNode, returnsOf, skipExpressionWrappers, type FunctionNode } from './ast.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The object literal a node is, names through a variable declared with it (`const options =
 * { … }`), or gets from a local function that returns one (`httpOptions()`); `null` for anything
 * else, and for an object with a spread, whose keys are not all known.
 */
export function objectLiteralOf(node: TSESTree.Node | null | undefined, sourceCode: SourceCode, hops = 0): TSESTree.ObjectExpression | null {
  if (!node || hops > 3) return null;
  const value = skipExpressionWrappers(node);
  if (value.type === AST_NODE_TYPES.ObjectExpression) return value.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement) ? null : value;
  // `pinoHttp(httpOptions())`: what a local function returns, when it returns one object.
  if (value.type === AST_NODE_TYPES.CallExpression) {
    const fn = value.callee.type === AST_NODE_TYPES.Identifier ? localFunctionOf(value.callee, sourceCode) : null;
    const returned = fn ? (fn.body.type === AST_NODE_TYPES.BlockStatement ? returnsOf(fn, sourceCode) : [fn.body]) : [];
    return returned.length === 1 ? objectLiteralOf(returned[0], sourceCode, hops + 1) : null;
  }
  if (value.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = variableOf(value, sourceCode);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  return definition?.type === DefinitionType.Variable && definition.node.id === definition.name ? objectLiteralOf(definition.node.init, sourceCode, hops + 1) : null;
}

/** The function a name is declared with: `function f() {}` or `const f = () => …`, declared once. */
function localFunctionOf(identifier: TSESTree.Identifier, sourceCode: SourceCode): FunctionNode | null {
  const variable = variableOf(identifier, sourceCode);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type === DefinitionType.FunctionName && isFunctionNode(definition.node)) return definition.node;
  if (definition?.type !== DefinitionType.Variable || definition.node.parent.kind !== 'const') return null;
  const init = definition.node.init;
  return isFunctionNode(init) ? init : null;
}

/** The property of an object literal with this static name. */
export function propertyOf(object: TSESTree.ObjectExpression, name: string, sourceCode: SourceCode): TSESTree.Property | undefined {
  const scope = sourceCode.getScope(object);
  return object.properties.find((property): property is TSESTree.Property => property.type === AST_NODE_TYPES.Property && getPropertyName(property, scope) === name);
}

/** The static value of an expression, or `undefined`. */
export function staticValueOf(node: TSESTree.Node, sourceCode: SourceCode): unknown {
  return getStaticValue(node, sourceCode.getScope(node))?.value;
}

/** The fix that adds properties at the end of an object literal: `{ a }` → `{ a, key: value }`, a trailing comma kept. */
export function addPropertyFix(object: TSESTree.ObjectExpression, text: string, sourceCode: SourceCode): TSESLint.ReportFixFunction {
  const last = object.properties.at(-1);
  if (!last) return (fixer) => fixer.replaceText(object, `{ ${text} }`);
  const after = sourceCode.getTokenAfter(last);
  if (after?.value === ',') return (fixer) => fixer.insertTextAfter(after, ` ${text},`);
  return (fixer) => fixer.insertTextAfter(last, `, ${text}`);
}
