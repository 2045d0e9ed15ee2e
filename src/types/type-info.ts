/**
 * Typed mode: the one module that talks to the TypeScript checker. When the file is linted with
 * type information (typescript-eslint's `parserOptions.projectService`), rules get a
 * {@link TypeInfo} that answers four questions about an expression: is it a logger, is its type
 * harmless (boolean, number, enum, string-literal union, plain-text constant), is it sensitive or
 * redacted by its declared type, and which sensitive properties or raw payload does its type
 * carry. Without type information `getTypeInfo` returns `null` and the engine works on names.
 *
 * Everything rides on the program typescript-eslint already built; results are cached per type.
 */
import { createRequire } from 'node:module';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ParserServices } from '@typescript-eslint/utils';
import type * as TS from 'typescript';
import { classifyName, type SensitiveCategory, type Vocabulary } from '@secure-logging/redact/classify';
import { classifySecretLiteral } from '../classify/values.js';
import type { LoggerLibrary } from '../loggers/catalog.js';
import type { TypeSettings } from '../settings.js';
import type { ShapeName } from '../sources/catalog.js';
import { variableOf } from '../utils/eslint-utils.js';
import {
  LOGGER_TYPES,
  MAX_TYPE_DEPTH,
  MAX_TYPE_PROPERTIES,
  STRUCTURAL_LOGGER_METHODS,
  STRUCTURAL_LOGGER_MINIMUM,
  STRUCTURAL_LOGGER_REQUIRED,
  PAYLOAD_TYPES,
  REDACTED_TAG,
  REDACTED_TYPE_NAMES,
  SENSITIVE_TAG,
  SENSITIVE_TYPE_NAMES,
  type TypeEntry,
} from './catalog.js';

/** A sensitive property reached through a value's type: `card.number`. */
export interface SensitiveProperty {
  /** Property names from the value down, empty for the value itself. */
  readonly path: readonly string[];
  readonly category: SensitiveCategory;
}

/** What the checker says about expressions of one file. */
export interface TypeInfo {
  /** The logger library of the expression's type, if it is a logger type. */
  loggerOf(node: TSESTree.Node): LoggerLibrary | null;
  /** True when the type cannot hold a secret or personal data: boolean, number, enum, literal unions, plain-text constants. */
  isHarmless(node: TSESTree.Node): boolean;
  /** True when the type is marked `@redacted` or named redacted in settings. */
  isRedacted(node: TSESTree.Node): boolean;
  /** Sensitive parts of the value by its type: the value itself (`@sensitive`, `Secret<T>`) or its properties. */
  sensitivePartsOf(node: TSESTree.Node, vocabulary: Vocabulary): readonly SensitiveProperty[];
  /** The payload shape of the expression's type (`Request`, `AxiosResponse`), if any. */
  payloadShapeOf(node: TSESTree.Node): ShapeName | null;
}

let typescript: typeof TS | undefined;

function loadTypeScript(): typeof TS {
  typescript ??= createRequire(import.meta.url)('typescript') as typeof TS;
  return typescript;
}

const infos = new WeakMap<object, TypeInfo | null>();

/**
 * What is known about types and symbols, which belong to the program, not to one file: shared by
 * every file linted against the same checker and settings, so `User` is walked once per program.
 */
interface ProgramCaches {
  readonly harmless: WeakMap<TS.Type, boolean>;
  readonly parts: WeakMap<TS.Type, Map<Vocabulary, readonly SensitiveProperty[]>>;
  readonly modules: WeakMap<TS.Declaration, string | null>;
  readonly matches: WeakMap<readonly TypeEntry<unknown>[], WeakMap<TS.Type, unknown>>;
  readonly tags: WeakMap<TS.Symbol, Map<string, { text: string } | null>>;
  readonly aliases: WeakMap<TS.Symbol, TS.Symbol[]>;
  /** `narrowProof` of union types: what a union reads as once `null` and `undefined` are set aside. */
  readonly proofs: WeakMap<TS.Type, TS.Type | null>;
  /** Type names the settings call secret or personal. */
  readonly settingsCategory: ReadonlyMap<string, SensitiveCategory>;
  /** Type names that mark a value redacted: the built-in ones and those in settings. */
  readonly redactedNames: ReadonlySet<string>;
}

const programCaches = new WeakMap<TS.TypeChecker, WeakMap<TypeSettings, ProgramCaches>>();

function cachesFor(checker: TS.TypeChecker, settings: TypeSettings): ProgramCaches {
  let bySettings = programCaches.get(checker);
  if (!bySettings) {
    bySettings = new WeakMap();
    programCaches.set(checker, bySettings);
  }
  let caches = bySettings.get(settings);
  if (!caches) {
    caches = {
      harmless: new WeakMap(),
      parts: new WeakMap(),
      modules: new WeakMap(),
      matches: new WeakMap(),
      tags: new WeakMap(),
      aliases: new WeakMap(),
      proofs: new WeakMap(),
      settingsCategory: new Map([
        ...(settings.secret ?? []).map((name) => [name, 'secret'] as const),
        ...(settings.pii ?? []).map((name) => [name, 'pii'] as const),
      ]),
      redactedNames: new Set([...REDACTED_TYPE_NAMES, ...(settings.redacted ?? [])]),
    };
    bySettings.set(settings, caches);
  }
  return caches;
}

/** The type information of the file, or `null` when it is linted without types. */
export function getTypeInfo(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, settings: TypeSettings): TypeInfo | null {
  const program = context.sourceCode.ast;
  if (infos.has(program)) return infos.get(program) ?? null;
  let info: TypeInfo | null = null;
  // The parser's services, read directly: typescript-eslint's getParserServices would load its
  // utils package, and with it TypeScript, in projects that lint without types.
  const services: Partial<ParserServices> | undefined = context.sourceCode.parserServices;
  if (services?.program && services.esTreeNodeToTSNodeMap && services.tsNodeToESTreeNodeMap) {
    info = createTypeInfo(services.program, services.esTreeNodeToTSNodeMap, services.tsNodeToESTreeNodeMap, settings, context.sourceCode);
  }
  infos.set(program, info);
  return info;
}

/** The module a declaration belongs to: `declare module 'pino'`, or its package in `node_modules`. */
function moduleOfDeclaration(ts: typeof TS, declaration: TS.Declaration): string | null {
  let node: TS.Node = declaration;
  while (!ts.isSourceFile(node)) {
    node = node.parent;
    if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) return node.name.text;
  }
  const fileName = declaration.getSourceFile().fileName.replaceAll('\\', '/');
  const match = /\/node_modules\/(?:@types\/)?((?:@[^/]+\/)?[^/]+)\//u.exec(fileName);
  if (!match?.[1]) return null;
  const name = match[1];
  // `@types/node` and the TypeScript libs declare globals.
  if (name === 'node' || name === 'typescript') return null;
  // `@types/scope__name` holds the types of `@scope/name`.
  const separator = name.indexOf('__');
  return separator > 0 && !name.includes('/') ? `@${name.slice(0, separator)}/${name.slice(separator + 2)}` : name;
}

function createTypeInfo(
  program: TS.Program,
  nodeMap: { get(node: TSESTree.Node): TS.Node | undefined },
  esTreeNodes: { get(node: TS.Node): TSESTree.Node | undefined },
  settings: TypeSettings,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TypeInfo {
  const ts = loadTypeScript();
  const checker = program.getTypeChecker();
  const { harmless, parts, modules, matches, tags: tagCache, aliases: aliasCache, proofs, settingsCategory, redactedNames } = cachesFor(
    checker,
    settings,
  );
  const HARMLESS_FLAGS =
    ts.TypeFlags.BooleanLike |
    ts.TypeFlags.NumberLike |
    ts.TypeFlags.BigIntLike |
    ts.TypeFlags.EnumLike |
    ts.TypeFlags.Void |
    ts.TypeFlags.Undefined |
    ts.TypeFlags.Null |
    ts.TypeFlags.Never;

  const PRIMITIVE_FLAGS =
    ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.ESSymbolLike;
  const types = new Map<TSESTree.Node, TS.Type | null>();
  /** The checker's type of a node, asked once per node: every question below starts here. */
  const typeOf = (node: TSESTree.Node): TS.Type | null => {
    let type = types.get(node);
    if (type === undefined) {
      const tsNode = nodeMap.get(node);
      type = tsNode ? (declaredTypeOf(tsNode, 0) ?? checker.getTypeAtLocation(tsNode)) : null;
      types.set(node, type);
    }
    return type;
  };

  /**
   * A type that narrowing at a reference cannot change in a way the questions below could see:
   * not `any`, `unknown` or a type parameter, and not a union with an object member once `null`
   * and `undefined` are set aside (`User | undefined` reads as `User`; `Request | Reply` does not).
   */
  const narrowProof = (type: TS.Type): TS.Type | null => {
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeVariable)) return null;
    if (!type.isUnion()) return type;
    let proof = proofs.get(type);
    if (proof === undefined) {
      const present = checker.getNonNullableType(type);
      proof = !present.isUnion()
        ? narrowProof(present)
        : present.types.every((member) => !(member.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection | ts.TypeFlags.TypeVariable)))
          ? present
          : null;
      proofs.set(type, proof);
    }
    return proof;
  };

  /**
   * The symbol an identifier refers to. ESLint's scope analysis has already resolved the name, so
   * a variable declared once in the file (an import, a parameter, a `const`) is read from its
   * declaration, which the checker answers from what it stored there; asking at the reference
   * would resolve the name through the scopes again, the costly part of a warm question. Globals,
   * names declared more than once and anything unusual are asked at the reference.
   */
  const variableSymbols = new Map<TSESLint.Scope.Variable, TS.Symbol | null>();
  const symbolOfIdentifier = (tsNode: TS.Identifier): TS.Symbol | undefined => {
    const node = esTreeNodes.get(tsNode);
    const variable = node?.type === AST_NODE_TYPES.Identifier ? variableOf(node, sourceCode) : null;
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (variable && definition?.name.type === AST_NODE_TYPES.Identifier) {
      let symbol = variableSymbols.get(variable);
      if (symbol === undefined) {
        const declared = nodeMap.get(definition.name);
        symbol = (declared && ts.isIdentifier(declared) ? checker.getSymbolAtLocation(declared) : undefined) ?? null;
        variableSymbols.set(variable, symbol);
      }
      if (symbol) return symbol;
    }
    // `{ owner }`: the name is the property's; the variable is its value.
    return ts.isShorthandPropertyAssignment(tsNode.parent) ? checker.getShorthandAssignmentValueSymbol(tsNode.parent) : checker.getSymbolAtLocation(tsNode);
  };

  /** The symbol an identifier refers to, with an import followed to what it imports. */
  const targetSymbolOf = (tsNode: TS.Identifier): TS.Symbol | undefined => {
    const symbol = symbolOfIdentifier(tsNode);
    return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  };
  const isConst = (declaration: TS.VariableDeclaration): boolean => (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) !== 0;
  const skipParentheses = (expression: TS.Expression): TS.Expression => {
    let inner = expression;
    while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
    return inner;
  };

  /**
   * The declared type of a variable, parameter or property read (`owner`, `created.status`,
   * `logger` imported from another file), or `null` to ask at the reference. Asking the checker
   * for the type at a reference runs flow analysis back through the function, which infers every
   * condition on the way (`if (sum > 10_000)` infers `items.reduce(…)`): on a cold program that
   * is most of typed mode's cost. A declared type is the same answer wherever narrowing cannot
   * change it (see `narrowProof`); narrowing a declared object type to a subtype
   * (`err instanceof HttpError`) is not followed.
   */
  const declaredTypes = new Map<TS.Node, TS.Type | null>();
  const declaredTypeOf = (tsNode: TS.Node, depth: number): TS.Type | null => {
    // Past the bound nothing is kept: the same node asked about on its own still gets its answer.
    if (depth > 8) return null;
    let type = declaredTypes.get(tsNode);
    if (type === undefined) {
      type = readDeclaredType(tsNode, depth);
      declaredTypes.set(tsNode, type);
    }
    return type;
  };
  const readDeclaredType = (tsNode: TS.Node, depth: number): TS.Type | null => {
    if (ts.isIdentifier(tsNode)) {
      const symbol = targetSymbolOf(tsNode);
      const declaration = symbol?.valueDeclaration;
      if (!symbol || !declaration || !(ts.isParameter(declaration) || ts.isVariableDeclaration(declaration))) return null;
      if (!ts.isIdentifier(declaration.name)) return null;
      const returned = ts.isVariableDeclaration(declaration) ? writtenReturnTypeOf(declaration) : null;
      return narrowProof(returned ?? checker.getTypeOfSymbol(symbol));
    }
    if (ts.isPropertyAccessExpression(tsNode) && !tsNode.questionDotToken && ts.isIdentifier(tsNode.name)) {
      const holder = declaredTypeOf(tsNode.expression, depth + 1);
      if (!holder || holder.isUnion()) return null;
      const property = checker.getPropertyOfType(holder, tsNode.name.text);
      if (!property || property.flags & ts.SymbolFlags.Method) return null;
      return narrowProof(checker.getTypeOfSymbol(property));
    }
    return null;
  };

  /**
   * `const made = build(…)` or `const made = await build(…)`, where `build` is a function declared
   * once (no overloads), not generic, with its return type written out: that type, read from the
   * declaration. The variable's type would otherwise be inferred by checking the call, which
   * checks every argument first (on a cold program, the dearest question typed mode asks). A
   * generic function's result depends on its arguments, so it is left to the checker.
   */
  const writtenReturnTypeOf = (declaration: TS.VariableDeclaration): TS.Type | null => {
    if (declaration.type || !declaration.initializer || !isConst(declaration)) return null;
    const initializer = skipParentheses(declaration.initializer);
    const awaited = ts.isAwaitExpression(initializer);
    const expression = awaited ? skipParentheses(initializer.expression) : initializer;
    if (!ts.isCallExpression(expression) || expression.typeArguments || !ts.isIdentifier(expression.expression)) return null;
    const symbol = targetSymbolOf(expression.expression);
    if (symbol?.declarations?.length !== 1) return null;
    let fn: TS.Node | undefined = symbol.declarations[0];
    if (fn && ts.isVariableDeclaration(fn) && !fn.type && isConst(fn)) fn = fn.initializer;
    if (!fn || !(ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || !fn.type || fn.typeParameters) return null;
    const signature = checker.getSignatureFromDeclaration(fn);
    if (!signature) return null;
    const type = checker.getReturnTypeOfSignature(signature);
    return awaited ? (checker.getAwaitedType(type) ?? null) : type;
  };

  /** The symbols that name a type: its alias, then its own symbol. */
  const namingSymbols = (type: TS.Type): TS.Symbol[] => {
    const symbols: TS.Symbol[] = [];
    if (type.aliasSymbol) symbols.push(type.aliasSymbol);
    const symbol = type.getSymbol();
    if (symbol) symbols.push(symbol);
    return symbols;
  };

  const moduleOf = (declaration: TS.Declaration): string | null => {
    let found = modules.get(declaration);
    if (found === undefined) {
      found = moduleOfDeclaration(ts, declaration);
      modules.set(declaration, found);
    }
    return found;
  };
  /** The entry a type matches, cached per type: types are shared across the file's expressions. */
  const matchEntry = <T>(type: TS.Type, entries: readonly TypeEntry<T>[]): T | null => {
    let cache = matches.get(entries);
    if (!cache) {
      cache = new WeakMap();
      matches.set(entries, cache);
    }
    if (cache.has(type)) return cache.get(type) as T | null;
    let result: T | null = null;
    search: for (const symbol of namingSymbols(type)) {
      for (const entry of entries) {
        if (!entry.names.includes(symbol.name)) continue;
        const declarations = symbol.getDeclarations() ?? [];
        if (declarations.some((declaration) => entry.modules.includes(moduleOf(declaration)))) {
          result = entry.value;
          break search;
        }
      }
    }
    cache.set(type, result);
    return result;
  };

  /** The entry a type or one of its union/intersection members matches: `Logger | undefined`, `LoggerService & X`. */
  const matchTypeOrMember = <T>(type: TS.Type, entries: readonly TypeEntry<T>[]): T | null => {
    const direct = matchEntry(type, entries);
    if (direct !== null || !type.isUnionOrIntersection()) return direct;
    for (const member of type.types) {
      const found = matchEntry(member, entries);
      if (found !== null) return found;
    }
    return null;
  };

  /** A JSDoc tag of a symbol, read once per symbol and tag: reading tags parses the comments. */
  const hasTag = (symbol: TS.Symbol, tag: string): { text: string } | null => {
    let bySymbol = tagCache.get(symbol);
    if (!bySymbol) {
      bySymbol = new Map();
      tagCache.set(symbol, bySymbol);
    }
    const cached = bySymbol.get(tag);
    if (cached !== undefined) return cached;
    let result: { text: string } | null = null;
    for (const found of symbol.getJsDocTags(checker)) {
      if (found.name === tag) {
        result = { text: (found.text ?? []).map((part) => part.text).join('').trim() };
        break;
      }
    }
    bySymbol.set(tag, result);
    return result;
  };

  const tagCategory = (text: string): SensitiveCategory => (/^pii\b/iu.test(text) ? 'pii' : 'secret');

  /** Sensitive by declaration: `@sensitive`, `Secret<T>`, `Password`, names in settings. */
  const sensitiveByDeclaration = (type: TS.Type): SensitiveCategory | null => {
    const own = categoryOfSymbols(namingSymbols(type));
    if (own) return own;
    // `string & { __brand: 'Password' }` written inline.
    if (type.isIntersection()) {
      for (const member of type.types) {
        const found = sensitiveByDeclaration(member);
        if (found) return found;
      }
    }
    return null;
  };

  /**
   * Type aliases a value was declared with. TypeScript forgets aliases of primitive types
   * (`type ApiKey = string`), so they are read from the declaration: `key: ApiKey`,
   * `{ k: key }`, `{ key }`, `const k: ApiKey = …`.
   */
  const declaredAliases = (symbol: TS.Symbol | undefined, depth = 0): TS.Symbol[] => {
    if (!symbol) return [];
    if (depth > 0) return computeAliases(symbol, depth);
    let aliases = aliasCache.get(symbol);
    if (!aliases) {
      aliases = computeAliases(symbol, depth);
      aliasCache.set(symbol, aliases);
    }
    return aliases;
  };
  const computeAliases = (symbol: TS.Symbol, depth: number): TS.Symbol[] => {
    const declaration = symbol.valueDeclaration;
    if (!declaration || depth > 4) return [];
    if (ts.isShorthandPropertyAssignment(declaration)) {
      return declaredAliases(checker.getShorthandAssignmentValueSymbol(declaration), depth + 1);
    }
    if (ts.isPropertyAssignment(declaration) || (ts.isVariableDeclaration(declaration) && !declaration.type && declaration.initializer)) {
      const initializer = ts.isPropertyAssignment(declaration) ? declaration.initializer : declaration.initializer;
      return initializer && ts.isIdentifier(initializer) ? declaredAliases(checker.getSymbolAtLocation(initializer), depth + 1) : [];
    }
    const typeNode = (declaration as { type?: TS.TypeNode }).type;
    if (!typeNode || !ts.isTypeReferenceNode(typeNode)) return [];
    let referenced = checker.getSymbolAtLocation(typeNode.typeName);
    if (referenced && referenced.flags & ts.SymbolFlags.Alias) referenced = checker.getAliasedSymbol(referenced);
    return referenced ? [referenced] : [];
  };

  const categoryOfSymbols = (symbols: readonly TS.Symbol[]): SensitiveCategory | null => {
    for (const symbol of symbols) {
      const byName = settingsCategory.get(symbol.name) ?? (Object.hasOwn(SENSITIVE_TYPE_NAMES, symbol.name) ? SENSITIVE_TYPE_NAMES[symbol.name] : undefined);
      if (byName) return byName;
      const tag = hasTag(symbol, SENSITIVE_TAG);
      if (tag) return tagCategory(tag.text);
    }
    return null;
  };

  const isRedactedSymbol = (symbol: TS.Symbol): boolean => redactedNames.has(symbol.name) || hasTag(symbol, REDACTED_TAG) !== null;

  const isRedactedType = (type: TS.Type): boolean =>
    namingSymbols(type).some(isRedactedSymbol);

  const isPlainText = (text: string): boolean => classifySecretLiteral(text) === null && /^[\w .,:;!?'"()/-]*$/u.test(text) && /[\s-]/u.test(text);

  const isHarmlessType = (type: TS.Type, depth = 0): boolean => {
    const cached = harmless.get(type);
    if (cached !== undefined) return cached;
    // Cut a type that holds itself while it is being judged, and bound the depth.
    if (depth > MAX_TYPE_DEPTH) return false;
    harmless.set(type, false);
    let result: boolean;
    if (sensitiveByDeclaration(type)) result = false;
    else if (type.flags & HARMLESS_FLAGS) result = true;
    else if (type.isStringLiteral()) result = isPlainText(type.value);
    else if (type.isUnion()) result = type.types.every((member) => member.isStringLiteral() || (member.flags & HARMLESS_FLAGS) !== 0 || isHarmlessType(member, depth + 1));
    else result = hasOnlyHarmlessFields(type, depth);
    harmless.set(type, result);
    return result;
  };

  /** `{ id: number; active: boolean }`: an object type whose every field is harmless, arrays of them too. */
  const hasOnlyHarmlessFields = (type: TS.Type, depth: number): boolean => {
    if (checker.isArrayType(type)) {
      const [element] = checker.getTypeArguments(type as TS.TypeReference);
      return element !== undefined && isHarmlessType(element, depth + 1);
    }
    if (!isWalkable(type) || isRedactedType(type)) return false;
    const properties = checker.getPropertiesOfType(type);
    if (properties.length === 0 || properties.length > MAX_TYPE_PROPERTIES) return false;
    return properties.every((property) => !(property.flags & ts.SymbolFlags.Method) && isHarmlessType(checker.getTypeOfSymbol(property), depth + 1));
  };

  const STRUCTURAL_METHODS = new Set(STRUCTURAL_LOGGER_METHODS);
  /** A type of the project's own with the level methods of a logger (see the catalogue). */
  const structural = new WeakMap<TS.Type, boolean>();
  const isStructuralLogger = (type: TS.Type): boolean => {
    let known = structural.get(type);
    if (known === undefined) {
      known = hasLoggerMethods(type);
      structural.set(type, known);
    }
    return known;
  };
  const hasLoggerMethods = (type: TS.Type): boolean => {
    if (!(type.flags & ts.TypeFlags.Object) || !isWalkable(type)) return false;
    let levels = 0;
    const methods = new Set<string>();
    for (const property of checker.getPropertiesOfType(type)) {
      if (!STRUCTURAL_METHODS.has(property.name)) continue;
      if (checker.getTypeOfSymbol(property).getCallSignatures().length === 0) continue;
      methods.add(property.name);
      levels++;
    }
    return levels >= STRUCTURAL_LOGGER_MINIMUM && STRUCTURAL_LOGGER_REQUIRED.every((name) => methods.has(name));
  };

  const isWalkable = (type: TS.Type): boolean => {
    if (!(type.flags & ts.TypeFlags.Object) && !type.isIntersection()) return false;
    if (type.getCallSignatures().length > 0) return false;
    if (matchEntry(type, PAYLOAD_TYPES) !== null || matchEntry(type, LOGGER_TYPES) !== null) return false;
    // Built-in and Node types (Date, Map, Buffer, Error) carry no user data of their own.
    const declarations = type.getSymbol()?.getDeclarations() ?? [];
    return (
      declarations.length > 0 &&
      declarations.every((declaration) => {
        const file = declaration.getSourceFile();
        return !program.isSourceFileDefaultLibrary(file) && !file.fileName.replaceAll('\\', '/').includes('/node_modules/@types/node/');
      })
    );
  };

  const walk = (type: TS.Type, vocabulary: Vocabulary, depth: number, seen: Set<TS.Type>, owner = ''): SensitiveProperty[] => {
    if (isRedactedType(type)) return [];
    const own = sensitiveByDeclaration(type);
    if (own) return [{ path: [], category: own }];
    if (depth >= MAX_TYPE_DEPTH || seen.has(type)) return [];
    if (type.isUnion()) return type.types.flatMap((member) => walk(member, vocabulary, depth, seen, owner));
    // `User[]`, `readonly Order[]`: the elements' properties.
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const elements = checker.getTypeArguments(type as TS.TypeReference);
      return elements.flatMap((element) => walk(element, vocabulary, depth + 1, seen, owner));
    }
    if (!isWalkable(type)) return [];
    seen.add(type);
    const found: SensitiveProperty[] = [];
    for (const property of checker.getPropertiesOfType(type).slice(0, MAX_TYPE_PROPERTIES)) {
      if (property.flags & ts.SymbolFlags.Method) continue;
      const propertyType = checker.getTypeOfSymbol(property);
      const aliases = declaredAliases(property);
      if (isRedactedType(propertyType) || aliases.some(isRedactedSymbol)) continue;
      const tag = hasTag(property, SENSITIVE_TAG);
      const declared = tag ? tagCategory(tag.text) : categoryOfSymbols(aliases);
      if (declared) {
        found.push({ path: [property.name], category: declared });
        continue;
      }
      // `card.number` reads as `cardNumber`.
      const named = classifyName(property.name, vocabulary) ?? (owner ? classifyName(`${owner}_${property.name}`, vocabulary) : null);
      if (named && !isHarmlessType(propertyType)) {
        found.push({ path: [property.name], category: named.category });
        continue;
      }
      for (const inner of walk(propertyType, vocabulary, depth + 1, seen, property.name)) {
        found.push({ path: [property.name, ...inner.path], category: inner.category });
      }
    }
    seen.delete(type);
    return found;
  };

  /**
   * True for the types whose alias TypeScript does not keep (`type ApiKey = string`): only for
   * them is the declaration read. Object types keep theirs in `aliasSymbol` or their own symbol.
   */
  const forgetsAlias = (type: TS.Type): boolean => (type.flags & PRIMITIVE_FLAGS) !== 0;
  const nodeAliases = new Map<TSESTree.Node, TS.Symbol[]>();
  /** The declared aliases of an identifier's value, looked up once per node. */
  const aliasesOfNode = (node: TSESTree.Node): TS.Symbol[] => {
    let aliases = nodeAliases.get(node);
    if (!aliases) {
      const tsNode = nodeMap.get(node);
      aliases = tsNode && ts.isIdentifier(tsNode) ? declaredAliases(checker.getSymbolAtLocation(tsNode)) : [];
      nodeAliases.set(node, aliases);
    }
    return aliases;
  };

  return {
    loggerOf(node) {
      const type = typeOf(node);
      if (!type) return null;
      const library = matchTypeOrMember(type, LOGGER_TYPES);
      if (library !== null) return library;
      const present = checker.getNonNullableType(type);
      return isStructuralLogger(present) ? 'custom' : null;
    },
    isHarmless(node) {
      const type = typeOf(node);
      return type !== null && isHarmlessType(type);
    },
    isRedacted(node) {
      const type = typeOf(node);
      if (type === null) return false;
      if (isRedactedType(type)) return true;
      return forgetsAlias(type) && aliasesOfNode(node).some(isRedactedSymbol);
    },
    sensitivePartsOf(node, vocabulary) {
      const type = typeOf(node);
      if (!type) return [];
      const aliases = forgetsAlias(type) ? aliasesOfNode(node) : [];
      if (aliases.some(isRedactedSymbol)) return [];
      const declared = categoryOfSymbols(aliases);
      if (declared) return [{ path: [], category: declared }];
      let byVocabulary = parts.get(type);
      const cached = byVocabulary?.get(vocabulary);
      if (cached) return cached;
      const found = walk(type, vocabulary, 0, new Set());
      byVocabulary ??= new Map();
      byVocabulary.set(vocabulary, found);
      parts.set(type, byVocabulary);
      return found;
    },
    payloadShapeOf(node) {
      const type = typeOf(node);
      if (!type) return null;
      return matchTypeOrMember(type, PAYLOAD_TYPES);
    },
  };
}
