/**
 * The logger integrations with the real loggers, writing to a buffer: the planted secret never
 * reaches the output, harmless fields and the message do, and errors are still logged as errors.
 */
import { Writable } from 'node:stream';
import bunyan from 'bunyan';
import pino from 'pino';
import winston from 'winston';
import { describe, expect, it } from 'vitest';
import { bunyanSerializers, bunyanStream } from '../../../packages/redact/src/bunyan.js';
import { redactFields } from '../../../packages/redact/src/index.js';
import { pinoRedaction } from '../../../packages/redact/src/pino.js';
import { redactFormat } from '../../../packages/redact/src/winston.js';

const SECRET = 'planted-secret-c0ffee42';

class Buffer extends Writable {
  text = '';
  override _write(chunk: unknown, _encoding: string, done: () => void): void {
    this.text += String(chunk);
    done();
  }
}

function failure(): Error {
  return Object.assign(new Error('upstream refused'), {
    code: 'E_UPSTREAM',
    config: { url: `https://api.example.com/v1?token=${SECRET}`, headers: { Authorization: `Bearer ${SECRET}` } },
    response: { status: 502, data: { token: SECRET } },
  });
}

const lines = (text: string): Record<string, unknown>[] =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('pinoRedaction()', () => {
  it("redacts every logged object, children's too; errors keep pino's error handling", () => {
    const output = new Buffer();
    const logger = pino({ ...pinoRedaction(), base: undefined, timestamp: false }, output);
    logger.info({ user: { id: 1, email: 'a@b.c' }, password: SECRET, status: 'ok' }, 'login');
    // A child's own bindings do not pass through pino's formatters; what it logs does.
    logger.child({ job: 'sync' }).warn({ attempt: 2, apiKey: SECRET }, 'retry');
    logger.error(failure());
    expect(output.text).not.toContain(SECRET);
    const [login, retry, error] = lines(output.text);
    expect(login).toEqual({ level: 30, user: { id: 1, email: '[REDACTED]' }, password: '[REDACTED]', status: 'ok', msg: 'login' });
    expect(retry).toEqual({ level: 40, job: 'sync', attempt: 2, apiKey: '[REDACTED]', msg: 'retry' });
    expect(error).toMatchObject({ level: 50, msg: 'upstream refused', err: { type: 'Error', message: 'upstream refused', code: 'E_UPSTREAM', status: 502 } });
    expect((error?.['err'] as { stack: string }).stack).toContain('upstream refused');
  });

  it('leaves the message string alone (which the lint rules still report)', () => {
    const output = new Buffer();
    pino({ ...pinoRedaction() }, output).info(`token ${SECRET}`);
    expect(output.text).toContain(SECRET);
  });
});

describe('redactFormat() for winston', () => {
  it('redacts metadata, keeps level and message, and logged errors keep their message', () => {
    const output = new Buffer();
    const logger = winston.createLogger({
      format: winston.format.combine(redactFormat(), winston.format.errors({ stack: true }), winston.format.json()),
      transports: [new winston.transports.Stream({ stream: output })],
    });
    logger.info('login attempt', { user: 'ann', password: SECRET, card: { number: SECRET, brand: 'visa' } });
    logger.error('call failed', { err: failure() });
    expect(output.text).not.toContain(SECRET);
    const [login, failed] = lines(output.text);
    expect(login).toEqual({ level: 'info', message: 'login attempt', user: 'ann', password: '[REDACTED]', card: { number: '[REDACTED]', brand: 'visa' } });
    expect(failed).toMatchObject({ level: 'error', message: 'call failed', err: { code: 'E_UPSTREAM', status: 502 } });
  });
});

describe('bunyanStream() and bunyanSerializers()', () => {
  it('redacts every record and keeps bunyan fields; errors are serialized with message and stack', () => {
    const output = new Buffer();
    const logger = bunyan.createLogger({ name: 'app', serializers: bunyanSerializers(), streams: [{ type: 'raw', stream: bunyanStream(output) }] });
    logger.info({ token: SECRET, orderId: 'o-1' }, 'charging');
    logger.error({ err: failure() }, 'failed');
    expect(output.text).not.toContain(SECRET);
    const [charging, failed] = lines(output.text);
    expect(charging).toMatchObject({ name: 'app', level: 30, msg: 'charging', token: '[REDACTED]', orderId: 'o-1' });
    expect(failed).toMatchObject({ level: 50, msg: 'failed', err: { name: 'Error', message: 'upstream refused', code: 'E_UPSTREAM', status: 502 } });
    expect((failed?.['err'] as { stack: string }).stack).toContain('upstream refused');
  });
});

describe('redactFields()', () => {
  it.each([
    [{ password: 'p', count: 3, note: 'hi' }, [], { password: '[REDACTED]', count: 3, note: 'hi' }],
    [{ msg: 'x', token: 't' }, ['msg', 'token'], { msg: 'x', token: 't' }],
    [{ user: { email: 'a@b.c', id: 2 } }, [], { user: { email: '[REDACTED]', id: 2 } }],
  ])('%j keeping %j', (record, keep, expected) => {
    expect(redactFields(record, keep)).toEqual(expected);
  });

  it('never throws on a hostile record', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    expect(() => redactFields(hostile)).not.toThrow();
  });
});
