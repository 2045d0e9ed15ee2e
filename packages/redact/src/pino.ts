/**
 * `@secure-logging/redact/pino`: pino options that run the redactor on every record.
 *
 * ```js
 * import pino from 'pino';
 * import { pinoRedaction } from '@secure-logging/redact/pino';
 *
 * const logger = pino({ ...pinoRedaction(), level: 'info' });
 * ```
 *
 * `formatters.log` redacts the object each call logs (before pino's serializers run, so an error
 * stays an error for its `err` serializer), in child loggers too, and `formatters.bindings` the
 * root logger's bindings. pino does not pass a child's own bindings (`logger.child({ … })`)
 * through formatters, so those are not redacted. The message string is left as it is:
 * `logger.info(token)` still logs the token, which the lint rules keep reporting.
 */
import { redactFields } from './index.js';

/** The pino options this module provides. */
export interface PinoRedactionOptions {
  readonly formatters: {
    readonly log: (object: Record<string, unknown>) => Record<string, unknown>;
    readonly bindings: (bindings: Record<string, unknown>) => Record<string, unknown>;
  };
}

/** pino options whose formatters redact every logged object and every child binding. */
export function pinoRedaction(): PinoRedactionOptions {
  return {
    formatters: {
      log: (object) => redactFields(object),
      bindings: (bindings) => redactFields(bindings, ['pid', 'hostname']),
    },
  };
}
