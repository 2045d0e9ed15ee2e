/**
 * What a variable is bound to by an import or a require, read from its declaration:
 * `import { redact as hide } from 'm'` binds `hide` to export `redact` of `m`,
 * `const { a: b } = require('m')` binds `b` to `a`, `import * as ns` and `const m = require('m')`
 * bind the whole module (`*`), a default import binds `default`. Also which modules a file loads
 * at its top level.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

/** The module and export a variable is bound to. */
export interface ImportedBinding {
  readonly module: string;
  /** The export's name; `default` for a default import, `*` for the whole module. */
  readonly name: string;
}

function stringValue(node: TSESTree.Node | null | undefined): string | undefined {
  return node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' ? node.value : undefined;
}

/** The module path of `require('x')`, or `undefined` for any other node. */
export function requiredSource(node: TSESTree.Node | null | undefined): string | undefined {
  if (node?.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'require') return undefined;
  return stringValue(node.arguments[0]);
}

/** The module and export the variable is bound to, or `null` when no import or require binds it (type-only imports included). */
export function importedBindingOf(variable: TSESLint.Scope.Variable | null): ImportedBinding | null {
  const definition = variable?.defs[0];
  if (!variable || !definition) return null;
  const node = definition.node as TSESTree.Node;
  switch (node.type) {
    case AST_NODE_TYPES.ImportSpecifier: {
      const declaration = node.parent as TSESTree.ImportDeclaration;
      if (declaration.importKind === 'type' || node.importKind === 'type') return null;
      const name = node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : node.imported.value;
      return { module: declaration.source.value, name };
    }
    case AST_NODE_TYPES.ImportDefaultSpecifier:
      return node.parent.importKind === 'type' ? null : { module: node.parent.source.value, name: 'default' };
    case AST_NODE_TYPES.ImportNamespaceSpecifier:
      return node.parent.importKind === 'type' ? null : { module: node.parent.source.value, name: '*' };
    case AST_NODE_TYPES.VariableDeclarator: {
      const module = requiredSource(node.init);
      if (module === undefined) return null;
      if (node.id.type === AST_NODE_TYPES.Identifier) return { module, name: '*' };
      if (node.id.type !== AST_NODE_TYPES.ObjectPattern) return null;
      for (const property of node.id.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
        if (property.value.type !== AST_NODE_TYPES.Identifier || property.value.name !== variable.name) continue;
        const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : stringValue(property.key);
        return key === undefined ? null : { module, name: key };
      }
      return null;
    }
    default:
      return null;
  }
}

const imports = new WeakMap<TSESTree.Program, ReadonlySet<string>>();

/** The modules a file imports or requires at its top level. */
export function importedModules(program: TSESTree.Program): ReadonlySet<string> {
  let found = imports.get(program);
  if (found) return found;
  const modules = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) modules.add(statement.source.value);
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of statement.declarations) {
      // `require('m')`, `require('m').x`, `require('m')()`.
      let init = declarator.init;
      while (init && requiredSource(init) === undefined && (init.type === AST_NODE_TYPES.MemberExpression || init.type === AST_NODE_TYPES.CallExpression)) {
        init = init.type === AST_NODE_TYPES.MemberExpression ? init.object : init.callee;
      }
      const source = requiredSource(init);
      if (source !== undefined) modules.add(source);
    }
  }
  imports.set(program, (found = modules));
  return found;
}
