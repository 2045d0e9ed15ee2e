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

/** The leaks found in `code` and the source text of every node the checker was asked about. */
function queries(code: string): { asked: string[]; leaks: string[] } {
  return withAnalysis(`${HEADER}\n${code}`, { project: TYPED_FIXTURE }, (analysis) => {
    const sourceCode = analysis.sourceCode as TSESLint.SourceCode & { parserServices: { program: TS.Program } };
    const checker = sourceCode.parserServices.program.getTypeChecker();
    const original = checker.getTypeAtLocation.bind(checker);
    const asked: string[] = [];
    checker.getTypeAtLocation = (node) => {
      asked.push(node.getText());
      return original(node);
    };
    try {
      const leaks = analysis.leaks().map((finding) => `${finding.flow.origin.category}:${finding.flow.origin.name}`);
      return { asked, leaks };
    } finally {
      checker.getTypeAtLocation = original;
    }
  });
}

describe('checker queries in typed mode', () => {
  it.each([
    {
      name: 'a logger variable is asked about once per file, not once per call',
      code: "log.info('a');\nlog.warn('b');\nlog.error('c');",
      asked: ['log'],
      leaks: [],
    },
    {
      name: 'no prefix of a path that no payload type has is asked about',
      code: 'declare const order: Order;\nlog.info({ id: order.id, total: order.total });',
      asked: ['log', 'order.id', 'order.total'],
      leaks: [],
    },
    {
      name: 'a prefix that can hold a payload still is, and the raw body is found by type',
      code: 'declare const r: Request;\nlog.info({ data: r.body });',
      asked: ['log', 'r.body', 'r'],
      leaks: ['payload:r.body'],
    },
    {
      name: 'literals are never asked about',
      code: "log.info({ cached: true, source: 'cache' }, 'hit');",
      asked: ['log'],
      leaks: [],
    },
  ])('$name', ({ code, asked, leaks }) => {
    const found = queries(code);
    expect(found.leaks).toEqual(leaks);
    expect([...new Set(found.asked)].sort()).toEqual([...asked].sort());
    // Every node is asked about once.
    expect(found.asked).toHaveLength(new Set(found.asked).size);
  });

  it('asks again at every call when the logger variable is reassigned', () => {
    const found = queries("declare const other: Logger;\nlet current: Logger = log;\ncurrent.info('a');\ncurrent = other;\ncurrent.warn('b');");
    expect(found.asked).toEqual(['current', 'current']);
  });
});
