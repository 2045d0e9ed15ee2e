/** RuleTester wired to vitest. */
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** A RuleTester for TypeScript and modern JavaScript, ES modules by default. */
export function createRuleTester(): RuleTester {
  return new RuleTester();
}

export { RuleTester };
