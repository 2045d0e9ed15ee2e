/**
 * Typed mode rides on the checker typescript-eslint already built, and asks it as little as it
 * can: these tests count the nodes the engine asks `getTypeAtLocation` about.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import type * as TS from 'typescript';
import { describe, expect, it } from 'vitest';
import { withAnalysis } from '../../support/engine-harness.js';
import { TYPED_FIXTURE } from '../../support/typed-rule-tester.js';

const HEADER = [
  "import pino, { type Logger } from 'pino';",
  "import type { Request } from 'express';",
  "import type { Order } from './src/models.js';",
  'declare const log: Logger;',
].join('\n');

/**
 * The leaks found in `code`, and the checker's questions about nodes: `atReference` holds the
 * nodes whose type was asked at the reference (flow analysis, the dear question), `declared` the
 * variables whose declared type was read instead, and `inferred` the variables of the file whose
 * type the checker worked out from their initializer.
 */
function queries(code: string): { atReference: string[]; declared: string[]; inferred: string[]; leaks: string[] } {
  return withAnalysis(`${HEADER}\n${code}`, { project: TYPED_FIXTURE }, (analysis) => {
    const sourceCode = analysis.sourceCode as TSESLint.SourceCode & { parserServices: { program: TS.Program } };
    const checker = sourceCode.parserServices.program.getTypeChecker();
    // Bound copies to call and to put back.
    const getTypeAtLocation = checker.getTypeAtLocation.bind(checker);
    const getSymbolAtLocation = checker.getSymbolAtLocation.bind(checker);
    const getShorthandAssignmentValueSymbol = checker.getShorthandAssignmentValueSymbol.bind(checker);
    const getTypeOfSymbol = checker.getTypeOfSymbol.bind(checker);
    const atReference: string[] = [];
    const declared: string[] = [];
    const inferred: string[] = [];
    checker.getTypeAtLocation = (node) => {
      atReference.push(node.getText());
      return getTypeAtLocation(node);
    };
    checker.getSymbolAtLocation = (node) => {
      // Type names in other files are read while walking a type's properties, not asked about.
      if (node.getSourceFile().fileName.endsWith('/file.ts')) declared.push(node.getText());
      return getSymbolAtLocation(node);
    };
    checker.getShorthandAssignmentValueSymbol = (node) => {
      if (node) declared.push(node.getText());
      return getShorthandAssignmentValueSymbol(node);
    };
    checker.getTypeOfSymbol = (symbol) => {
      // A variable of this file with an initializer: its type is inferred from the initializer.
      const declaration = symbol.valueDeclaration as TS.VariableDeclaration | undefined;
      if (declaration?.getSourceFile().fileName.endsWith('/file.ts') && declaration.initializer !== undefined && 'name' in declaration) {
        inferred.push(declaration.name.getText());
      }
      return getTypeOfSymbol(symbol);
    };
    try {
      const leaks = analysis.leaks().map((finding) => `${finding.flow.origin.category}:${finding.flow.origin.name}`);
      return { atReference, declared, inferred, leaks };
    } finally {
      Object.assign(checker, { getTypeAtLocation, getSymbolAtLocation, getShorthandAssignmentValueSymbol, getTypeOfSymbol });
    }
  });
}

describe('checker queries in typed mode', () => {
  it.each([
    {
      name: 'a logger variable is asked about once per file, not once per call',
      code: "log.info('a');\nlog.warn('b');\nlog.error('c');",
      atReference: [],
      declared: ['log'],
      leaks: [],
    },
    {
      name: 'no prefix of a path that no payload type has is asked about',
      code: 'declare function load(): Order;\nlog.info({ expiry: load().card.expiryMonth });',
      atReference: ['load().card.expiryMonth'],
      declared: ['log'],
      leaks: [],
    },
    {
      name: 'values named as ids, counts, times or flags are not asked about',
      code: [
        'declare const order: Order;',
        'declare const isPaid: boolean;',
        'declare const params: Record<string, string>;',
        'const sum = [order].reduce((total, item) => total + item.total, 0);',
        "log.info({ id: order.id, total: order.total, sum, paid: isPaid, param: params['id'] });",
        'log.info(sum);',
      ].join('\n'),
      atReference: [],
      declared: ['log'],
      leaks: [],
    },
    {
      name: "the key a value is logged under does not decide: the value's own name does",
      code: 'declare const order: Order;\nlog.info({ count: order });',
      atReference: [],
      declared: ['log', 'order'],
      leaks: ['pii:count.card.number'],
    },
    {
      name: 'a prefix that can hold a payload still is, and the raw body is found by type',
      code: 'declare const r: Request;\nlog.info({ data: r.body });',
      // `body` is declared `any`, so it is asked at the reference; `r` is read from its declaration.
      atReference: ['r.body'],
      declared: ['log', 'r'],
      leaks: ['payload:r.body'],
    },
    {
      name: 'literals are never asked about',
      code: "log.info({ cached: true, source: 'cache' }, 'hit');",
      atReference: [],
      declared: ['log'],
      leaks: [],
    },
    {
      name: 'a declared type is read from the declaration, not through the conditions before the call',
      code: 'declare const order: Order;\nif (order.total > 1) log.info({ found: order });',
      atReference: [],
      declared: ['log', 'order'],
      leaks: ['pii:found.card.number'],
    },
    {
      name: 'a shorthand property reads the declared type of its variable',
      code: 'declare const order: Order;\nif (order.total > 1) log.info({ order });',
      atReference: [],
      declared: ['log', 'order'],
      leaks: ['pii:order.card.number'],
    },
    {
      name: 'a nullable declared type reads as the type it holds',
      code: 'declare const maybe: Order | undefined;\nif (maybe) log.info({ found: maybe });',
      atReference: [],
      declared: ['log', 'maybe'],
      leaks: ['pii:found.card.number'],
    },
    {
      name: 'a union with an object member is asked at the reference, where narrowing applies',
      code: "declare const value: Order | number;\nif (typeof value === 'number') log.info({ found: value });",
      atReference: ['value'],
      declared: ['log', 'value'],
      leaks: [],
    },
  ])('$name', ({ code, atReference, declared, leaks }) => {
    const found = queries(code);
    expect(found.leaks).toEqual(leaks);
    expect(found.atReference).toEqual(atReference);
    expect(found.declared).toEqual(declared);
  });

  it.each([
    {
      name: 'a function declaration',
      code: 'function makeOrder(id: string): Order {\n  return { id } as Order;\n}\nconst made = makeOrder(String(Date.now()));\nlog.info({ found: made });',
    },
    {
      name: 'an arrow function in a const',
      code: 'const makeOrder = (id: string): Order => ({ id }) as Order;\nconst made = makeOrder(String(Date.now()));\nlog.info({ found: made });',
    },
    {
      name: 'an awaited async function',
      code: 'async function loadOrder(): Promise<Order> {\n  return {} as Order;\n}\nexport async function run(): Promise<void> {\n  const made = await loadOrder();\n  log.info({ found: made });\n}',
    },
  ])("reads the type of a call's result from the return type written on $name, without checking the call", ({ code }) => {
    const found = queries(code);
    expect(found.leaks).toEqual(['pii:found.card.number']);
    expect(found.inferred).toEqual([]);
    expect(found.atReference).toEqual([]);
  });

  it.each([
    {
      name: 'a generic function, whose result depends on its arguments',
      code: 'declare const order: Order;\nfunction same<T>(value: T): T {\n  return value;\n}\nconst made = same(order);\nlog.info({ found: made });',
    },
    {
      name: 'an overloaded function',
      code: 'function makeOrder(id: string): Order;\nfunction makeOrder(id: number): Order;\nfunction makeOrder(id: unknown): Order {\n  return { id } as Order;\n}\nconst made = makeOrder(1);\nlog.info({ found: made });',
    },
    {
      name: 'a function without a written return type',
      code: 'function makeOrder(id: string) {\n  return { id } as Order;\n}\nconst made = makeOrder(String(Date.now()));\nlog.info({ found: made });',
    },
    {
      name: 'a variable declared with let',
      code: 'function makeOrder(id: string): Order {\n  return { id } as Order;\n}\nlet made = makeOrder(String(Date.now()));\nlog.info({ found: made });',
    },
  ])("leaves the type of a call's result to the checker for $name", ({ code }) => {
    const found = queries(code);
    expect(found.leaks).toEqual(['pii:found.card.number']);
    expect(found.inferred).toContain('made');
  });

  it('reads a reassigned logger variable from its declaration once, when its declared type cannot narrow', () => {
    const found = queries("declare const other: Logger;\nlet current: Logger = log;\ncurrent.info('a');\ncurrent = other;\ncurrent.warn('b');");
    expect(found.atReference).toEqual([]);
    expect(found.declared).toEqual(['current']);
  });

  it('asks again at every call when a reassigned logger variable has a type that narrows', () => {
    const found = queries("declare const other: Logger;\nlet current: any = log;\ncurrent.info('a');\ncurrent = other;\ncurrent.warn('b');");
    expect(found.atReference).toEqual(['current', 'current']);
    expect(found.declared).toEqual(['current']);
  });
});
