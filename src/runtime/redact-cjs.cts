/**
 * `eslint-plugin-secure-logging/redact` for `require()`: the CommonJS build of
 * `@secure-logging/redact`, so CommonJS code (and TypeScript's `node16` resolution) can load it.
 */
export * from '@secure-logging/redact';
