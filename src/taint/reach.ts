/**
 * Which writes of a variable can reach a read of it, within one function and without a full
 * control-flow graph (each question walks ancestors only, so the cost stays linear):
 *
 * - a write after the read in straight-line code cannot, unless a loop around both repeats it;
 * - a write in the other branch of an `if` or `?:` than the read cannot;
 * - a plain `x = …;` statement before the read, in a block that holds the read, replaces every
 *   write before it.
 *
 * Writes in other functions (closures, callbacks) may run at any time and always count.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { isFunctionNode } from '../utils/ast.js';

const LOOPS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
]);

/** The node's ancestors up to its function (or the program), nearest first. */
function ancestorsOf(node: TSESTree.Node): TSESTree.Node[] {
  const chain: TSESTree.Node[] = [];
  for (let parent = node.parent; parent; parent = parent.parent) {
    chain.push(parent);
    if (isFunctionNode(parent)) break;
  }
  return chain;
}

const functionOf = (chain: readonly TSESTree.Node[]): TSESTree.Node | undefined => chain.find((node) => isFunctionNode(node));

/** True when `write` can run before `read` and its value still be there. */
export function canReach(write: TSESTree.Node, read: TSESTree.Node): boolean {
  const readChain = ancestorsOf(read);
  const writeChain = ancestorsOf(write);
  if (functionOf(readChain) !== functionOf(writeChain)) return true;
  const writeSet = new Set(writeChain);
  // The nearest common ancestor, and which children of it lead to each node.
  let readChild: TSESTree.Node = read;
  for (const ancestor of readChain) {
    if (writeSet.has(ancestor)) {
      const writeChild = writeChain[writeChain.indexOf(ancestor) - 1] ?? write;
      if (
        (ancestor.type === AST_NODE_TYPES.IfStatement || ancestor.type === AST_NODE_TYPES.ConditionalExpression) &&
        readChild !== writeChild &&
        readChild !== ancestor.test &&
        writeChild !== ancestor.test
      ) {
        return false;
      }
      break;
    }
    readChild = ancestor;
  }
  if (write.range[0] < read.range[0]) return true;
  // After the read: only a loop around both brings it back.
  return readChain.some((ancestor) => LOOPS.has(ancestor.type) && writeSet.has(ancestor));
}

/**
 * The start of the latest plain `name = …;` statement that runs before the read on every path: in
 * a statement list that holds the read, before the statement that holds it. Writes before it are
 * replaced. `-1` when there is none.
 */
export function dominatingWriteStart(read: TSESTree.Identifier, isWriteOfVariable: (node: TSESTree.Node) => boolean): number {
  let child: TSESTree.Node = read;
  for (let parent: TSESTree.Node | undefined = read.parent; parent && !isFunctionNode(child); child = parent, parent = parent.parent) {
    if (LOOPS.has(parent.type)) return -1;
    const body = parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program ? parent.body : null;
    if (!body) continue;
    const index = body.indexOf(child as TSESTree.Statement);
    for (let before = index - 1; before >= 0; before--) {
      const statement = body[before];
      if (
        statement?.type === AST_NODE_TYPES.ExpressionStatement &&
        statement.expression.type === AST_NODE_TYPES.AssignmentExpression &&
        statement.expression.operator === '=' &&
        isWriteOfVariable(statement.expression.left)
      ) {
        return statement.range[0];
      }
    }
  }
  return -1;
}
