/** RuleTester with type information, on the fixture project in `test/fixtures/typed`. */
import { fileURLToPath } from 'node:url';
import { RuleTester } from './rule-tester.js';

/** The fixture project: a `tsconfig.json` and `.d.ts` stand-ins for the logger and HTTP packages. */
export const TYPED_FIXTURE = fileURLToPath(new URL('../fixtures/typed', import.meta.url));

/** A RuleTester whose cases are type-checked as `file.ts` of the fixture project. */
export function createTypedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: TYPED_FIXTURE },
    },
  });
}
