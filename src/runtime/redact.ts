/**
 * `eslint-plugin-secure-logging/redact`: the `redact()` runtime, re-exported from
 * `@secure-logging/redact`, the zero-dependency package the fixes import by default.
 */
export * from '@secure-logging/redact';
export { default } from '@secure-logging/redact';
