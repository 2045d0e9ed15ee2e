/**
 * `@secure-logging/redact/bunyan`: a bunyan stream that runs the redactor on every record, and
 * serializers for `err`, `req` and `res`.
 *
 * ```js
 * import bunyan from 'bunyan';
 * import { bunyanSerializers, bunyanStream } from '@secure-logging/redact/bunyan';
 *
 * const logger = bunyan.createLogger({
 *   name: 'app',
 *   serializers: bunyanSerializers(),
 *   streams: [{ type: 'raw', stream: bunyanStream(process.stdout) }],
 * });
 * ```
 *
 * bunyan applies serializers by key only, so the whole record is redacted by the stream: a raw
 * stream receives each record as an object, redacts its fields (keeping bunyan's own: `name`,
 * `hostname`, `pid`, `level`, `msg`, `time`, `v`, `src`) and writes it as a JSON line.
 */
import { redact, redactFields } from './index.js';

/** Anything with a `write(text)` method, such as `process.stdout` or a file stream. */
export interface TextStream {
  write(text: string): unknown;
}

const BUNYAN_FIELDS = ['name', 'hostname', 'pid', 'level', 'msg', 'time', 'v', 'src'];

/** An error as bunyan's own serializer lays it out: a plain object, redacted. */
function serializeError(error: unknown): unknown {
  const copy = redact(error);
  if (!(copy instanceof Error)) return copy;
  return { ...Object.fromEntries(Object.entries(copy)), name: copy.name, message: copy.message, stack: copy.stack };
}

/** Serializers for `err`, `req` and `res` that redact what they are given. */
export function bunyanSerializers(): Record<'err' | 'req' | 'res', (value: unknown) => unknown> {
  return { err: serializeError, req: redact, res: redact };
}

/** A raw bunyan stream that redacts each record and writes it as a JSON line to `target`. */
export function bunyanStream(target: TextStream): { write(record: object): void } {
  return {
    write(record) {
      const fields = redactFields(record, BUNYAN_FIELDS);
      for (const [key, value] of Object.entries(fields)) {
        if (value instanceof Error) fields[key] = serializeError(value);
      }
      target.write(`${JSON.stringify(fields, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))}\n`);
    },
  };
}
