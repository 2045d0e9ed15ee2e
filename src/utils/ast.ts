/** Small AST predicates and helpers shared by the engine. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

/** Skips TypeScript wrappers (`as`, `!`, `satisfies`, `<T>x`) and optional chains around an expression. */
export function skipExpressionWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/**
 * The dotted source path of `a`, `this.a.b` or `a.#b`; `null` for anything computed or called.
 */
export function memberPathText(node: TSESTree.Node, depth = 0): string | null {
  if (depth > 20) return null;
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return node.name;
    case AST_NODE_TYPES.PrivateIdentifier:
      return `#${node.name}`;
    case AST_NODE_TYPES.ThisExpression:
      return 'this';
    case AST_NODE_TYPES.MemberExpression: {
      if (node.computed) return null;
      const object = memberPathText(skipExpressionWrappers(node.object), depth + 1);
      const property = memberPathText(node.property, depth + 1);
      return object === null || property === null ? null : `${object}.${property}`;
    }
    default:
      return null;
  }
}

/** True for ESTree JavaScript or TypeScript; false for JSON, YAML and other languages. */
export function isJavaScript(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const ast = sourceCode.ast as { type: string; body?: readonly { type: string }[] };
  return ast.type === 'Program' && !(ast.body ?? []).some((node) => node.type.startsWith('YAML'));
}

/** The last name of a callee: `f` for `f()`, `info` for `logger.info()`; `null` when computed. */
export function calleeName(callee: TSESTree.Node): string | null {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed) return callee.property.name;
  return null;
}

/** True when an `import` or `export … from` of the program names one of `modules`. */
export function importsAnyOf(program: TSESTree.Program, modules: Readonly<Record<string, unknown>>): boolean {
  for (const statement of program.body) {
    if (
      (statement.type === AST_NODE_TYPES.ImportDeclaration ||
        statement.type === AST_NODE_TYPES.ExportAllDeclaration ||
        statement.type === AST_NODE_TYPES.ExportNamedDeclaration) &&
      typeof statement.source?.value === 'string' &&
      Object.hasOwn(modules, statement.source.value)
    ) {
      return true;
    }
  }
  return false;
}

/** A function declaration, function expression or arrow function. */
export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** True for a function declaration, function expression or arrow function. */
export function isFunctionNode(node: TSESTree.Node | null | undefined): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression ||
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** The child nodes of a node, by the parser's visitor keys. */
export function childNodes(node: TSESTree.Node, visitorKeys: Readonly<Record<string, readonly string[] | undefined>>): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  for (const key of visitorKeys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    for (const item of Array.isArray(child) ? (child as unknown[]) : [child]) {
      if (typeof item === 'object' && item !== null && typeof (item as { type?: unknown }).type === 'string') children.push(item as TSESTree.Node);
    }
  }
  return children;
}

/** A branch around a node: the test, and whether the node runs when it is truthy. */
export interface EnclosingBranch {
  readonly test: TSESTree.Expression;
  readonly truthy: boolean;
  /** The statement or expression that branches. */
  readonly branch: TSESTree.Node;
}

/**
 * The branches that enclose `node`, innermost first: the arms of `if` and `?:`, and the right
 * side of `&&` and `||`. Early-return guards are not followed.
 */
export function* enclosingBranches(node: TSESTree.Node, limit = 500): Generator<EnclosingBranch> {
  let child: TSESTree.Node = node;
  let parent = node.parent;
  for (let guard = 0; parent && guard < limit; guard++) {
    if (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) {
      if (child === parent.consequent) yield { test: parent.test, truthy: true, branch: parent };
      else if (child === parent.alternate) yield { test: parent.test, truthy: false, branch: parent };
    } else if (parent.type === AST_NODE_TYPES.LogicalExpression && child === parent.right && parent.operator !== '??') {
      yield { test: parent.left, truthy: parent.operator === '&&', branch: parent };
    }
    child = parent;
    parent = parent.parent;
  }
}

/** The expressions a function returns, not counting nested functions. */
export function returnsOf(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Expression[] {
  const found: TSESTree.Expression[] = [];
  const keys = sourceCode.visitorKeys;
  const stack: TSESTree.Node[] = [fn.body];
  let budget = 50_000;
  while (stack.length > 0 && budget-- > 0) {
    const node = stack.pop();
    if (!node) break;
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      if (node.argument) found.push(node.argument);
      continue;
    }
    if (isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassBody) continue;
    stack.push(...childNodes(node, keys));
  }
  return found;
}

/**
 * The class body whose instance `this` is at `node`: through arrow functions, up to the method or
 * property it sits in. `null` in a plain function (its own `this`) or outside a class.
 */
export function classOfThis(node: TSESTree.Node): TSESTree.ClassBody | null {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.FunctionExpression || parent.type === AST_NODE_TYPES.FunctionDeclaration) {
      const holder = parent.parent;
      if (holder.type !== AST_NODE_TYPES.MethodDefinition || holder.static) return null;
      return holder.parent;
    }
    if (parent.type === AST_NODE_TYPES.PropertyDefinition) return parent.static ? null : parent.parent;
  }
  return null;
}

/** The name of the class whose instance `this` is, if the class has one. */
export function thisClassName(node: TSESTree.Node): string | null {
  const holder = classOfThis(node)?.parent;
  if (holder?.id) return holder.id.name;
  const parent = holder?.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : null;
}
