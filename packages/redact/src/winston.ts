/**
 * `@secure-logging/redact/winston`: a winston format that runs the redactor on every record.
 *
 * ```js
 * import winston from 'winston';
 * import { redactFormat } from '@secure-logging/redact/winston';
 *
 * const logger = winston.createLogger({
 *   format: winston.format.combine(redactFormat(), winston.format.json()),
 *   transports: [new winston.transports.Console()],
 * });
 * ```
 *
 * A format is an object with a `transform(info)` method, so this needs nothing from winston. Put
 * it first: it redacts the metadata of each record and keeps `level`, `message` and winston's
 * symbol keys. A logged error keeps its name, message and stack. The message string is left as
 * it is: `logger.info(token)` still logs the token, which the lint rules keep reporting.
 */
import { redact, redactFields } from './index.js';

/** A winston (logform) format. */
export interface RedactFormat {
  transform<Info extends object>(info: Info): Info;
}

const KEPT = ['level', 'message', 'stack', 'timestamp', 'label', 'ms'];

/** The winston format that redacts every record's metadata. */
export function redactFormat(): RedactFormat {
  return {
    transform<Info extends object>(info: Info): Info {
      const fields = redactFields(info, KEPT);
      // Object.assign copies winston's symbol keys (level, message, splat) along.
      const copy: Record<string | symbol, unknown> = Object.assign({}, info, fields);
      if (info instanceof Error) {
        const error = redact(info) as Record<string, unknown>;
        for (const key of ['name', 'message', 'stack']) copy[key] = error[key];
      }
      return copy as Info;
    },
  };
}
