/**
 * The raw-payload catalogue. Pure data: what a request, a response, a Koa context, a Lambda event
 * or an HTTP client's response looks like, which of their fields carry raw payloads, how handlers
 * are recognised, and which logger serializers drop what. `./payloads.ts` reads it;
 * `test/src/sources/catalog.test.ts` checks it.
 */

/** How one field of a payload holder counts. */
export type FieldKind =
  /** Logging this field is logging a raw payload. */
  | 'payload'
  /** A raw payload under `strict` only (`req.query`, `req.params`). */
  | 'strict';

/** The shape of an object that holds raw payloads. */
export interface PayloadShape {
  /** What the object is, for messages: `request`, `Koa context`. */
  readonly label: string;
  /** True when logging the whole object logs its payloads. */
  readonly whole: boolean;
  /** Fields that carry payloads, or lead to another payload holder (`ctx.request`). */
  readonly fields: Readonly<Record<string, FieldKind | ShapeName>>;
  /**
   * Key paths under the whole object that a logger must redact (or a serializer drop) before
   * logging it whole is clean. A path ending in a field name covers everything below it.
   */
  readonly sensitiveParts: readonly string[];
}

/** The payload shapes, by name. */
export type ShapeName =
  | 'request'
  | 'restifyRequest'
  | 'response'
  | 'context'
  | 'event'
  | 'clientResponse'
  | 'fetchResponse'
  | 'fetchHeaders'
  | 'clientError'
  | 'headers'
  | 'body';

const REQUEST_SHAPE: PayloadShape = {
  label: 'request',
  whole: true,
  fields: {
    body: 'body',
    headers: 'headers',
    cookies: 'payload',
    signedCookies: 'payload',
    session: 'payload',
    rawHeaders: 'payload',
    rawBody: 'payload',
    raw: 'request',
    req: 'request',
    query: 'strict',
    params: 'strict',
    originalUrl: 'strict',
    url: 'strict',
  },
  sensitiveParts: ['body', 'headers.authorization', 'headers.cookie', 'cookies', 'signedCookies', 'rawHeaders', 'rawBody', 'raw'],
  };

export const SHAPES: Readonly<Record<ShapeName, PayloadShape>> = {
  // Express, Connect, Node's IncomingMessage, Fastify's request.
  request: REQUEST_SHAPE,
  // Restify's request: `mapParams` merges the body into `req.params`.
  restifyRequest: {
    ...REQUEST_SHAPE,
    label: 'restify request',
    fields: { ...REQUEST_SHAPE.fields, params: 'body' },
    sensitiveParts: [...REQUEST_SHAPE.sensitiveParts, 'params'],
  },
  // Express's response, Node's ServerResponse, Fastify's reply.
  response: {
    label: 'response',
    whole: true,
    fields: { req: 'request', request: 'request', raw: 'response' },
    sensitiveParts: ['req', 'request', 'raw', 'headers.set-cookie'],
  },
  // Koa's and Egg's context.
  context: {
    label: 'Koa context',
    whole: true,
    fields: {
      request: 'request',
      req: 'request',
      res: 'response',
      response: 'response',
      body: 'body',
      headers: 'headers',
      header: 'headers',
      cookies: 'payload',
      query: 'strict',
      params: 'strict',
    },
    sensitiveParts: ['request', 'req', 'res', 'response', 'body', 'headers', 'header', 'cookies'],
  },
  // AWS Lambda's event.
  event: {
    label: 'Lambda event',
    whole: false,
    fields: { body: 'body', headers: 'headers', multiValueHeaders: 'payload', cookies: 'payload' },
    sensitiveParts: [],
  },
  // axios, got, superagent and needle responses.
  clientResponse: {
    label: 'HTTP client response',
    whole: true,
    fields: { data: 'body', body: 'body', headers: 'headers', config: 'payload', request: 'payload' },
    sensitiveParts: ['data', 'body', 'headers', 'config', 'request'],
  },
  // fetch and undici: `response.body`, and what `await response.json()` reads.
  fetchResponse: {
    label: 'fetch response',
    whole: false,
    fields: { body: 'body', '#body': 'body', headers: 'fetchHeaders' },
    sensitiveParts: [],
  },
  // A fetch `Headers` object: JSON loggers write it as `{}`; what `raw()`, `entries()` or
  // `Object.fromEntries(headers)` make of it is every header, `set-cookie` included.
  fetchHeaders: {
    label: 'fetch response',
    whole: false,
    fields: { '#raw': 'headers', '#entries': 'headers' },
    sensitiveParts: [],
  },
  // A rejected HTTP client call: axios's `AxiosError` carries the request config with its headers.
  clientError: {
    label: 'HTTP client error',
    whole: true,
    fields: { config: 'payload', request: 'payload', response: 'clientResponse' },
    sensitiveParts: ['config', 'request', 'response'],
  },
  headers: {
    label: 'headers',
    whole: true,
    fields: {},
    sensitiveParts: ['authorization', 'cookie', 'set-cookie', 'proxy-authorization'],
  },
  body: {
    label: 'body',
    whole: true,
    fields: {},
    sensitiveParts: [''],
  },
};

/** Conventional names of payload holders, and the shape each stands for. */
export const CONVENTIONAL_NAMES: Readonly<Record<string, ShapeName>> = {
  req: 'request',
  request: 'request',
  res: 'response',
  response: 'response',
  reply: 'response',
  ctx: 'context',
  event: 'event',
};

/**
 * Names that only count as a payload holder's fields, never whole, when nothing else is known
 * of the value: `const res = await db.query()` logged whole is not an HTTP response.
 */
export const FIELDS_ONLY_SHAPES: Readonly<Record<string, ShapeName>> = {
  res: 'clientResponse',
  response: 'clientResponse',
  req: 'request',
  request: 'request',
  ctx: 'context',
  event: 'event',
};

/** Methods that register a route handler or middleware: `app.get(path, handler)`. */
export const ROUTE_METHODS: readonly string[] = [
  'get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options', 'all', 'use', 'route', 'addHook', 'any',
];

/** Receivers that register route handlers: `app`, `router`, `server`, `fastify`, `api`. */
export const ROUTER_NAMES = /^(?:app|application|router|[a-z]+Router|server|fastify|api|routes?|instance|koa)$/u;

/** Handler options objects: `fastify.route({ handler })`, `preHandler`, `onRequest`. */
export const HANDLER_PROPERTIES: readonly string[] = ['handler', 'preHandler', 'onRequest', 'preValidation', 'onSend', 'onResponse'];

/** NestJS parameter decorators, and the shape or field each one injects. */
export const NEST_DECORATORS: Readonly<Record<string, { shape: ShapeName; field: string | null }>> = {
  Body: { shape: 'request', field: 'body' },
  Headers: { shape: 'request', field: 'headers' },
  Req: { shape: 'request', field: null },
  Request: { shape: 'request', field: null },
  Res: { shape: 'response', field: null },
  Response: { shape: 'response', field: null },
  Query: { shape: 'request', field: 'query' },
  Param: { shape: 'request', field: 'params' },
};

/** HTTP client calls, by callee path, and the shape of what they resolve to. */
export const HTTP_CLIENTS: Readonly<Record<string, ShapeName>> = {
  fetch: 'fetchResponse',
  'undici.fetch': 'fetchResponse',
  'undici.request': 'fetchResponse',
  axios: 'clientResponse',
  'axios.get': 'clientResponse',
  'axios.post': 'clientResponse',
  'axios.put': 'clientResponse',
  'axios.patch': 'clientResponse',
  'axios.delete': 'clientResponse',
  'axios.head': 'clientResponse',
  'axios.request': 'clientResponse',
  got: 'clientResponse',
  'got.get': 'clientResponse',
  'got.post': 'clientResponse',
  'got.put': 'clientResponse',
  'superagent.get': 'clientResponse',
  'superagent.post': 'clientResponse',
  'needle.get': 'clientResponse',
  'needle.post': 'clientResponse',
  request: 'clientResponse',
  'request.post': 'clientResponse',
  'ky.get': 'fetchResponse',
  'ky.post': 'fetchResponse',
};

/**
 * Receivers whose `get/post/...` calls are axios-like HTTP calls when the first argument looks like
 * a URL: `api.get('/users')`, `this.http.post(url)`. A `client.get('key')` cache read is not one.
 */
export const HTTP_CLIENT_RECEIVERS = /^(?:axios|http|httpClient|httpService|client|api|apiClient|instance)$/u;

/** HTTP method names an axios-like client has. */
export const HTTP_CLIENT_METHODS: readonly string[] = ['get', 'post', 'put', 'patch', 'delete', 'head', 'request'];


/**
 * What a logger serializer leaves of a payload it serializes. `std-req` is pino's and bunyan's
 * standard request serializer: it keeps the headers, so `authorization` and `cookie` must still
 * be redacted. `fastify-req` is Fastify's default: method, url, host and address only.
 */
export type SerializerKind = 'std-req' | 'std-res' | 'std-err' | 'fastify-req' | 'custom';

/** Key paths a serializer still lets through, per kind (relative to the serialized value). */
export const SERIALIZER_KEEPS: Readonly<Record<SerializerKind, readonly string[] | 'all'>> = {
  'std-req': ['headers.authorization', 'headers.cookie'],
  'std-res': [],
  // pino's and bunyan's error serializers copy the error's own enumerable fields: an axios error keeps its config.
  'std-err': 'all',
  'fastify-req': [],
  custom: [],
};

/** Standard serializer paths, as written: `pino.stdSerializers.req`, `bunyan.stdSerializers.err`. */
export const STANDARD_SERIALIZERS: Readonly<Record<string, SerializerKind>> = {
  req: 'std-req',
  request: 'std-req',
  res: 'std-res',
  response: 'std-res',
  err: 'std-err',
  error: 'std-err',
};

/**
 * Mail-sending code: a file that loads one of these packages, or calls one of
 * {@link MAIL_SEND_METHODS}, sends mail, and there the names in {@link MAIL_RECIPIENT_NAMES} hold
 * a person's mail address. Elsewhere `to` and `cc` are too common to mean anything.
 */
export const MAIL_PACKAGES: readonly string[] = [
  'nodemailer',
  '@sendgrid/mail',
  'mailgun.js',
  'mailgun-js',
  'postmark',
  'resend',
  '@aws-sdk/client-ses',
  '@aws-sdk/client-sesv2',
  '@mailchimp/mailchimp_transactional',
  'mandrill-api',
  'sparkpost',
  'emailjs',
  'email-templates',
  '@nestjs-modules/mailer',
  'brevo',
  '@getbrevo/brevo',
  'mailersend',
  'node-mailjet',
];

/** Calls that send a mail (`transporter.sendMail(options)`, `mailer.sendEmail(…)`), by their last name. */
export const MAIL_SEND_METHODS: readonly string[] = ['sendMail', 'sendEmail', 'sendTemplatedEmail', 'sendRawEmail'];

/** Names that hold the recipients of a mail, in mail-sending code: only as the whole name. */
export const MAIL_RECIPIENT_NAMES: readonly string[] = ['to', 'cc', 'bcc', 'replyTo', 'reply_to', 'recipient', 'recipients'];

/**
 * Where a request's own text is, for log injection (CWE-117): the values an HTTP parser decodes
 * for the app, which can hold a line break or an escape the client wrote as `%0A` or in a body.
 * `container`: every value under the field is the client's text (`req.query.name`,
 * `req.body.note`), while the field itself is an object that loggers print escaped (or, for a
 * Lambda event's `body`, encoded text); a shape name: another holder
 * (`ctx.request`). Headers and the raw URL are left out: HTTP lets neither carry a raw line break
 * or a control character, and Node rejects a request that tries.
 */
export type InputField = 'container' | ShapeName;

const REQUEST_INPUTS: Readonly<Record<string, InputField>> = {
  query: 'container',
  params: 'container',
  body: 'container',
  cookies: 'container',
  signedCookies: 'container',
  raw: 'request',
  req: 'request',
};

/** Input fields by payload shape; shapes left out hold no text of the client's request. */
export const INPUT_FIELDS: Readonly<Partial<Record<ShapeName, Readonly<Record<string, InputField>>>>> = {
  request: REQUEST_INPUTS,
  restifyRequest: REQUEST_INPUTS,
  context: {
    ...REQUEST_INPUTS,
    request: 'request',
    // `ctx.body` is the response being written, not the request's.
    body: 'response',
  },
  // A Lambda event's body is the request's text as sent: JSON or form encoding escapes its line
  // breaks, so it counts once parsed (`JSON.parse(event.body).name`). Path and query parameters are decoded.
  event: {
    body: 'container',
    queryStringParameters: 'container',
    multiValueQueryStringParameters: 'container',
    pathParameters: 'container',
  },
  headers: {},
  body: {},
};
