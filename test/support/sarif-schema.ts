/**
 * Validation against the SARIF 2.1.0 JSON schema (the schema of the SARIF technical committee's
 * SDK, shipped in `@microsoft/jest-sarif`). It is a draft-04 schema, so Ajv runs in draft-04 mode,
 * and one of its patterns is not valid as a Unicode regular expression, so patterns run without `u`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { default: Ajv } = require('ajv-draft-04') as typeof import('ajv-draft-04');
const { default: addFormats } = require('ajv-formats') as typeof import('ajv-formats');
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
// Formats (uri, uri-reference, date-time) are checked too.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** The schema violations of a SARIF log, as `path message` lines; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`);
}
