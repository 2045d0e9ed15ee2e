import rule from '../../rules/log-file-hygiene.js';
import { createRuleTester } from '../support/rule-tester.js';

const ruleTester = createRuleTester();
const WINSTON = "import winston from 'winston';\n";
const LOG4JS = "import log4js from 'log4js';\n";
const BUNYAN = "import bunyan from 'bunyan';\n";
const PINO = "import pino from 'pino';\n";

ruleTester.run('log-file-hygiene', rule, {
  valid: [
    // Rotating and bounded.
    `${WINSTON}new winston.transports.File({ filename: 'app.log', maxsize: 10485760, maxFiles: 5 });`,
    `${WINSTON}new winston.transports.Console();`,
    "import DailyRotateFile from 'winston-daily-rotate-file';\nnew DailyRotateFile({ filename: 'app-%DATE%.log' });",
    `${LOG4JS}log4js.configure({ appenders: { app: { type: 'file', filename: 'app.log', maxLogSize: 10485760, backups: 3 }, daily: { type: 'dateFile', filename: 'd.log' }, out: { type: 'stdout' } }, categories: { default: { appenders: ['app'], level: 'info' } } });`,
    `${BUNYAN}bunyan.createLogger({ name: 'app', streams: [{ type: 'rotating-file', path: '/var/log/app.log', period: '1d', count: 7 }, { stream: process.stdout }] });`,
    // Owner-only or group-readable modes; no mode at all (the umask decides).
    `${PINO}pino(pino.destination({ dest: '/var/log/app.log', mode: 0o600 }));`,
    `${PINO}pino(pino.destination({ dest: '/var/log/app.log', mode: 0o640 }));`,
    `${PINO}pino(pino.destination('/var/log/app.log'));`,
    // Not a file mode at all.
    `${PINO}pino.destination({ dest: 'a.log', mode: -1 }); pino.destination({ dest: 'a.log', mode: 'rw' }); pino.destination({ dest: 'a.log', mode: 1.5 });`,
    `${PINO}pino.transport({ target: 'pino/file', options: { destination: '/var/log/app.log', mode: 0o600 } });`,
    `${PINO}pino.transport({ target: 'pino-pretty', options: { mode: 0o644 } });`,
    // Options not written here.
    `${WINSTON}import { fileOptions } from './options.js';\nnew winston.transports.File(fileOptions);`,
    `${WINSTON}new winston.transports.File({ ...shared });`,
    // Not the logger libraries.
    "class File {}\nnew File({ filename: 'x' });",
    // Egg's rotator on; another plugin off; not the plugin config.
    { code: "exports.logrotator = { enable: true, package: 'egg-logrotator' };\nexports.view = false;", filename: '/app/config/plugin.js' },
    { code: 'exports.logrotator = false;', filename: '/app/config/config.default.js' },
    // Rotation left to logrotate.
    { code: `${WINSTON}new winston.transports.File({ filename: 'app.log' });`, options: [{ externalRotation: true }] },
  ],
  invalid: [
    {
      name: 'a winston File transport without rotation',
      code: `${WINSTON}const logger = winston.createLogger({ transports: [new winston.transports.File({ filename: 'app.log' })] });`,
      errors: [
        {
          messageId: 'winstonFile',
          data: { detail: 'maxsize or maxFiles' },
          suggestions: [
            {
              messageId: 'addRotation',
              output: `${WINSTON}const logger = winston.createLogger({ transports: [new winston.transports.File({ filename: 'app.log', maxsize: 10485760, maxFiles: 5 })] });`,
            },
          ],
        },
      ],
    },
    {
      name: 'a winston File transport with a size but no bound on the files, CommonJS',
      code: "const { transports } = require('winston');\nconst options = { filename: 'app.log', maxsize: 1000 };\nnew transports.File(options);",
      errors: [
        {
          messageId: 'winstonFile',
          data: { detail: 'maxFiles' },
          suggestions: [{ messageId: 'addRotation', output: "const { transports } = require('winston');\nconst options = { filename: 'app.log', maxsize: 1000, maxFiles: 5 };\nnew transports.File(options);" }],
        },
      ],
    },
    {
      name: 'a log4js file appender without maxLogSize',
      code: `${LOG4JS}log4js.configure({ appenders: { app: { type: 'file', filename: 'app.log' } }, categories: { default: { appenders: ['app'], level: 'info' } } });`,
      errors: [
        {
          messageId: 'log4jsFile',
          suggestions: [
            {
              messageId: 'addRotation',
              output: `${LOG4JS}log4js.configure({ appenders: { app: { type: 'file', filename: 'app.log', maxLogSize: 10485760, backups: 5 } }, categories: { default: { appenders: ['app'], level: 'info' } } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'a bunyan file stream',
      code: `${BUNYAN}bunyan.createLogger({ name: 'app', streams: [{ level: 'info', path: '/var/log/app.log' }] });`,
      errors: [{ messageId: 'bunyanFile' }],
    },
    {
      name: 'a world-readable pino destination',
      code: `${PINO}pino(pino.destination({ dest: '/var/log/app.log', mode: 0o644 }));`,
      errors: [
        {
          messageId: 'worldReadable',
          data: { detail: '0o644' },
          suggestions: [{ messageId: 'restrictMode', output: `${PINO}pino(pino.destination({ dest: '/var/log/app.log', mode: 0o600 }));` }],
        },
      ],
    },
    {
      name: 'a world-readable pino/file target among several, also with externalRotation',
      code: `${PINO}pino.transport({ targets: [{ target: 'pino-pretty' }, { target: 'pino/file', options: { destination: 'a.log', mode: '0666' } }] });`,
      options: [{ externalRotation: true }],
      errors: [
        {
          messageId: 'worldReadable',
          data: { detail: '0o666' },
          suggestions: [{ messageId: 'restrictMode', output: `${PINO}pino.transport({ targets: [{ target: 'pino-pretty' }, { target: 'pino/file', options: { destination: 'a.log', mode: 0o600 } }] });` }],
        },
      ],
    },
    {
      name: "Egg's log rotator turned off",
      code: "exports.logrotator = false;\nexports.view = { enable: true };",
      filename: '/app/config/plugin.js',
      errors: [{ messageId: 'eggRotator' }],
    },
    {
      name: "Egg's log rotator disabled in an exported object",
      code: 'export default { logrotator: { enable: false } };',
      filename: '/app/config/plugin.prod.ts',
      errors: [{ messageId: 'eggRotator' }],
    },
  ],
});
