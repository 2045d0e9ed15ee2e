/**
 * Rule option schema fragments, kept next to their readers as in eslint-plugin-n. Every property
 * has a description; eslint-doc-generator turns them into the options table of each rule doc.
 */
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import type { FixMode } from './fix/redact.js';

/** Schema of the `fix` option. */
export const FIX_MODE_SCHEMA: JSONSchema4 = {
  type: 'string',
  enum: ['autofix', 'suggestion', 'none'] satisfies FixMode[],
  description:
    'How the `redact()` wrap is offered: as an autofix (`--fix`), as an editor suggestion, or not at all.',
};

/** The default fix mode: users asked for `--fix` to redact. */
export const DEFAULT_FIX_MODE: FixMode = 'autofix';

/** Schema of the `reportInDevelopment` option of the leak rules. */
export const REPORT_IN_DEVELOPMENT_SCHEMA: JSONSchema4 = {
  type: 'boolean',
  description:
    'Also report log calls inside branches that only run in development or test (`if (process.env.NODE_ENV === "development")`). On in `strict`.',
};

/** Schema of the `reportInClientApps` option of the leak rules. */
export const REPORT_IN_CLIENT_APPS_SCHEMA: JSONSchema4 = {
  type: 'boolean',
  description:
    "Also report `console` calls in browser and mobile apps (the nearest package.json names a client framework such as React or Vue, and no server framework), whose console writes to the user's own developer tools. On in `strict`.",
};
