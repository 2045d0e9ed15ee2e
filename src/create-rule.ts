/** Rule factory: adds the docs URL from the rule name. */
import { ESLintUtils } from '@typescript-eslint/utils';

/** Documentation metadata every rule declares. */
export interface SecureLoggingDocs {
  /** Whether the rule is in the `recommended` config (it is always in `strict`). */
  readonly recommended?: boolean;
  /** Whether the rule needs type information to be useful. */
  readonly requiresTypeChecking?: boolean;
}

const REPOSITORY = 'https://github.com/eslint-plugin-secure-logging/eslint-plugin-secure-logging';

/** Creates a rule whose `meta.docs.url` points at its page under `docs/rules/`. */
export const createRule = ESLintUtils.RuleCreator<SecureLoggingDocs>(
  (name) => `${REPOSITORY}/blob/main/docs/rules/${name}.md`,
);
