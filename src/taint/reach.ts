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
 * The start of the latest plain `name = …;` statement that runs before the read on every path: a
 * statement of a block that holds the read (with no loop in between), before it. Writes before it
 * are replaced. `-1` when there is none. Looks only at the variable's own write sites, so a read
 * costs its depth times the variable's writes, not the size of the blocks around it.
 */
export function dominatingWriteStart(read: TSESTree.Identifier, writes: readonly TSESTree.Identifier[]): number {
  // The blocks that hold the read, up to a loop or the function: a statement of one of them runs first.
  const blocks = new Set<TSESTree.Node>();
  for (let parent: TSESTree.Node | undefined = read.parent; parent; parent = parent.parent) {
    if (LOOPS.has(parent.type)) break;
    if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program) blocks.add(parent);
    if (isFunctionNode(parent)) break;
  }
  let latest = -1;
  for (const write of writes) {
    const assignment = write.parent;
    if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=' || assignment.left !== write) continue;
    const statement = assignment.parent;
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || !blocks.has(statement.parent)) continue;
    if (statement.range[1] <= read.range[0] && statement.range[0] > latest) latest = statement.range[0];
  }
  return latest;
}
