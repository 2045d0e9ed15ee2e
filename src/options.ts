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
