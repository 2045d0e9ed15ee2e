import rule from '../../rules/no-unredacted-http-logger.js';
import { createRuleTester } from '../support/rule-tester.js';

const ruleTester = createRuleTester();

const PINO_HTTP = "import pinoHttp from 'pino-http';\n";
const ALL = "'req.headers.authorization', 'req.headers.cookie', 'res.headers[\"set-cookie\"]'";
const EW = "import expressWinston from 'express-winston';\nimport winston from 'winston';\n";
const PINO_HEADERS = { headers: 'Authorization, Cookie and Set-Cookie', them: 'them' };

ruleTester.run('no-unredacted-http-logger', rule, {
  valid: [
    // A factory with more than one answer, or from another module: not known here.
    `${PINO_HTTP}function httpOptions(dev) { if (dev) return { level: 'debug' }; return { redact: [${ALL}] }; }\napp.use(pinoHttp(httpOptions(false)));`,
    `${PINO_HTTP}import { httpOptions } from './options.js';\napp.use(pinoHttp(httpOptions()));`,
    // The project's own header, redacted.
    { code: `${PINO_HTTP}app.use(pinoHttp({ redact: [${ALL}, 'req.headers["x-api-key"]'] }));`, options: [{ headers: ['x-api-key'] }] },
    // Redact paths, a wildcard, or the whole headers.
    `${PINO_HTTP}app.use(pinoHttp({ redact: [${ALL}] }));`,
    `${PINO_HTTP}app.use(pinoHttp({ redact: { paths: ['*.headers.authorization', '*.headers.cookie', '*.headers["set-cookie"]'], censor: '***' } }));`,
    `${PINO_HTTP}app.use(pinoHttp({ redact: ['req.headers', 'res.headers'] }));`,
    // Serializers of the project's own for req and res.
    `${PINO_HTTP}app.use(pinoHttp({ serializers: { req: (req) => ({ id: req.id, method: req.method, url: req.url }), res: (res) => ({ statusCode: res.statusCode }) } }));`,
    // The logger it is given redacts them.
    `import pino from 'pino';\n${PINO_HTTP}const logger = pino({ redact: [${ALL}] });\napp.use(pinoHttp({ logger }));`,
    // A logger from elsewhere, options from elsewhere, spread options: not known here.
    `${PINO_HTTP}import { logger } from './logger.js';\napp.use(pinoHttp({ logger }));`,
    `${PINO_HTTP}import { httpOptions } from './options.js';\napp.use(pinoHttp(httpOptions));`,
    `${PINO_HTTP}app.use(pinoHttp({ ...shared, level: 'info' }));`,
    // No request logged.
    `${PINO_HTTP}app.use(pinoHttp({ autoLogging: false }));`,
    // Not pino-http.
    "import pino from 'pino';\nconst logger = pino();\napp.use((req, res, next) => { logger.info({ url: req.url }); next(); });",
    "function pinoHttp() {}\napp.use(pinoHttp());",
    // nestjs-pino with redact paths.
    `import { LoggerModule } from 'nestjs-pino';\n@Module({ imports: [LoggerModule.forRoot({ pinoHttp: { redact: [${ALL}] } })] })\nclass AppModule {}`,
    // express-winston: no meta, a whitelist without headers, both headers blacklisted, a filter.
    `${EW}app.use(expressWinston.logger({ winstonInstance: logger, meta: false }));`,
    `${EW}app.use(expressWinston.logger({ transports: [new winston.transports.Console()], requestWhitelist: ['url', 'method'] }));`,
    `${EW}app.use(expressWinston.logger({ transports: [new winston.transports.Console()], headerBlacklist: ['Authorization', 'cookie'] }));`,
    `${EW}app.use(expressWinston.logger({ transports: [], requestFilter: (req, name) => (name === 'headers' ? {} : req[name]) }));`,
    // morgan's predefined formats print no credentials; other headers are fine.
    "import morgan from 'morgan';\napp.use(morgan('combined'));\napp.use(morgan(':method :url :req[user-agent] :res[content-length]'));",
    "import morgan from 'morgan';\nmorgan.token('id', (req) => req.id);\napp.use(morgan(':id :method'));",
  ],
  invalid: [
    {
      name: 'options from a local function',
      code: `${PINO_HTTP}function httpOptions() { return { level: 'info' }; }\napp.use(pinoHttp(httpOptions()));`,
      output: `${PINO_HTTP}function httpOptions() { return { level: 'info', redact: [${ALL}] }; }\napp.use(pinoHttp(httpOptions()));`,
      errors: [{ messageId: 'pinoHeaders', data: { callee: 'pinoHttp', ...PINO_HEADERS } }],
    },
    {
      name: 'nestjs-pino options from a local arrow function, redacting Authorization only',
      code: "import { LoggerModule } from 'nestjs-pino';\nconst loggerOptions = () => ({ pinoHttp: { redact: { paths: ['req.headers.authorization'] } } });\nexport const imports = [LoggerModule.forRoot(loggerOptions())];",
      output: `import { LoggerModule } from 'nestjs-pino';\nconst loggerOptions = () => ({ pinoHttp: { redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'] } } });\nexport const imports = [LoggerModule.forRoot(loggerOptions())];`,
      errors: [{ messageId: 'pinoHeaders', data: { callee: 'LoggerModule.forRoot', headers: 'Cookie and Set-Cookie', them: 'them' } }],
    },
    {
      name: "a header of the project's own, from the options",
      code: `${PINO_HTTP}app.use(pinoHttp({ redact: [${ALL}] }));`,
      options: [{ headers: ['X-Api-Key'] }],
      output: `${PINO_HTTP}app.use(pinoHttp({ redact: [${ALL}, 'req.headers["x-api-key"]'] }));`,
      errors: [{ messageId: 'pinoHeaders', data: { callee: 'pinoHttp', headers: 'x-api-key', them: 'it' } }],
    },
    {
      name: "a header of the project's own, in morgan's format",
      code: "import morgan from 'morgan';\napp.use(morgan(':method :req[x-api-key]'));",
      options: [{ headers: ['x-api-key'] }],
      output: null,
      errors: [{ messageId: 'morganHeaders', data: { callee: 'morgan', headers: 'x-api-key', them: 'it' } }],
    },
    {
      name: 'pino-http with no options',
      code: `${PINO_HTTP}app.use(pinoHttp());`,
      output: `${PINO_HTTP}app.use(pinoHttp({ redact: [${ALL}] }));`,
      errors: [{ messageId: 'pinoHeaders', data: { callee: 'pinoHttp', ...PINO_HEADERS } }],
    },
    {
      name: 'pino-http with options but no redact',
      code: `${PINO_HTTP}app.use(pinoHttp({ level: 'info' }));`,
      output: `${PINO_HTTP}app.use(pinoHttp({ level: 'info', redact: [${ALL}] }));`,
      errors: [{ messageId: 'pinoHeaders', data: { callee: 'pinoHttp', ...PINO_HEADERS } }],
    },
    {
      name: 'pino-http with a trailing comma',
      code: `${PINO_HTTP}app.use(pinoHttp({\n  level: 'info',\n}));`,
      output: `${PINO_HTTP}app.use(pinoHttp({\n  level: 'info', redact: [${ALL}],\n}));`,
      errors: [{ messageId: 'pinoHeaders', data: { callee: 'pinoHttp', ...PINO_HEADERS } }],
    },
    {
      name: 'pino-http redacting only Authorization: the fix adds the rest',
      code: `${PINO_HTTP}app.use(pinoHttp({ redact: ['req.headers.authorization'] }));`,
      output: `${PINO_HTTP}app.use(pinoHttp({ redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'] }));`,
      errors: [{ messageId: 'pinoHeaders', data: { callee: 'pinoHttp', headers: 'Cookie and Set-Cookie', them: 'them' } }],
    },
    {
      name: 'pino-http redact with paths, through a constant',
      code: `${PINO_HTTP}const options = { redact: { paths: ['req.headers.cookie'], censor: '***' } };\napp.use(pinoHttp(options));`,
      output: `${PINO_HTTP}const options = { redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '***' } };\napp.use(pinoHttp(options));`,
      errors: [{ messageId: 'pinoHeaders', data: { callee: 'pinoHttp', headers: 'Authorization and Set-Cookie', them: 'them' } }],
    },
    {
      name: "pino's own req serializer keeps the headers; a custom res serializer drops Set-Cookie",
      code: `import pino from 'pino';\n${PINO_HTTP}app.use(pinoHttp({ serializers: { req: pino.stdSerializers.req, res: (res) => ({ statusCode: res.statusCode }) } }));`,
      output: `import pino from 'pino';\n${PINO_HTTP}app.use(pinoHttp({ serializers: { req: pino.stdSerializers.req, res: (res) => ({ statusCode: res.statusCode }) }, redact: ['req.headers.authorization', 'req.headers.cookie'] }));`,
      errors: [{ messageId: 'pinoHeaders', data: { callee: 'pinoHttp', headers: 'Authorization and Cookie', them: 'them' } }],
    },
    {
      name: 'a pino logger without redact, passed in',
      code: `import pino from 'pino';\n${PINO_HTTP}const logger = pino({ level: 'info' });\napp.use(pinoHttp({ logger }));`,
      output: `import pino from 'pino';\n${PINO_HTTP}const logger = pino({ level: 'info' });\napp.use(pinoHttp({ logger, redact: [${ALL}] }));`,
      errors: [{ messageId: 'pinoHeaders', data: { callee: 'pinoHttp', ...PINO_HEADERS } }],
    },
    {
      name: 'CommonJS, the named export',
      code: "const { pinoHttp } = require('pino-http');\napp.use(pinoHttp());",
      output: `const { pinoHttp } = require('pino-http');\napp.use(pinoHttp({ redact: [${ALL}] }));`,
      errors: [{ messageId: 'pinoHeaders', data: { callee: 'pinoHttp', ...PINO_HEADERS } }],
    },
    {
      name: 'koa-pino-logger',
      code: "const logger = require('koa-pino-logger');\napp.use(logger());",
      output: `const logger = require('koa-pino-logger');\napp.use(logger({ redact: [${ALL}] }));`,
      errors: [{ messageId: 'pinoHeaders', data: { callee: 'logger', ...PINO_HEADERS } }],
    },
    {
      name: 'nestjs-pino without pinoHttp options',
      code: "import { LoggerModule } from 'nestjs-pino';\nexport const imports = [LoggerModule.forRoot({ forRoutes: ['*'] })];",
      output: `import { LoggerModule } from 'nestjs-pino';\nexport const imports = [LoggerModule.forRoot({ forRoutes: ['*'], pinoHttp: { redact: [${ALL}] } })];`,
      errors: [{ messageId: 'pinoHeaders', data: { callee: 'LoggerModule.forRoot', ...PINO_HEADERS } }],
    },
    {
      name: 'nestjs-pino with pinoHttp options and a stream',
      code: "import { LoggerModule } from 'nestjs-pino';\nexport const imports = [LoggerModule.forRoot({ pinoHttp: [{ level: 'info' }, stream] })];",
      output: `import { LoggerModule } from 'nestjs-pino';\nexport const imports = [LoggerModule.forRoot({ pinoHttp: [{ level: 'info', redact: [${ALL}] }, stream] })];`,
      errors: [{ messageId: 'pinoHeaders', data: { callee: 'LoggerModule.forRoot', ...PINO_HEADERS } }],
    },
    {
      name: 'express-winston with its default whitelist',
      code: `${EW}app.use(expressWinston.logger({ transports: [new winston.transports.Console()] }));`,
      output: `${EW}app.use(expressWinston.logger({ transports: [new winston.transports.Console()], headerBlacklist: ['authorization', 'cookie'] }));`,
      errors: [{ messageId: 'winstonHeaders', data: { callee: 'expressWinston.logger', headers: 'Authorization and Cookie', them: 'them' } }],
    },
    {
      name: 'express-winston errorLogger with a blacklist missing Cookie',
      code: `${EW}app.use(expressWinston.errorLogger({ winstonInstance: logger, requestWhitelist: ['url', 'headers'], headerBlacklist: ['authorization'] }));`,
      output: `${EW}app.use(expressWinston.errorLogger({ winstonInstance: logger, requestWhitelist: ['url', 'headers'], headerBlacklist: ['authorization', 'cookie'] }));`,
      errors: [{ messageId: 'winstonHeaders', data: { callee: 'expressWinston.errorLogger', headers: 'Cookie', them: 'it' } }],
    },
    {
      name: 'morgan with a credential token in its format',
      code: "import morgan from 'morgan';\napp.use(morgan(':method :url :req[Authorization]'));",
      output: null,
      errors: [{ messageId: 'morganHeaders', data: { callee: 'morgan', headers: 'Authorization', them: 'it' } }],
    },
    {
      name: 'morgan with a format function and a custom token',
      code: "const morgan = require('morgan');\nmorgan.token('session', (req) => req.headers.cookie);\napp.use(morgan((tokens, req, res) => [tokens.method(req, res), tokens.res(req, res, 'set-cookie')].join(' ')));",
      output: null,
      errors: [
        { messageId: 'morganHeaders', data: { callee: 'morgan.token', headers: 'Cookie', them: 'it' } },
        { messageId: 'morganHeaders', data: { callee: 'morgan', headers: 'Set-Cookie', them: 'it' } },
      ],
    },
  ],
});
