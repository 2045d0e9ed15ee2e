import rule from '../../rules/no-pii-in-logs.js';
import { createRuleTester } from '../support/rule-tester.js';

const ruleTester = createRuleTester();
const IMPORT = "import { redact } from '@secure-logging/redact';";

type Invalid = Parameters<typeof ruleTester.run<'leak' | 'literalLeak' | 'recordLeak' | 'wrapInRedact' | 'wrapAtSource', never>>[2]['invalid'][number];

/**
 * A direct leak: `before` holds `VALUE` where the value sits; the case expects one report on it
 * and the output with `redact(VALUE)`. `IMPORT` is prepended so the fix is the wrap alone.
 */
function direct(name: string, template: string, value: string, callee = 'logger.info'): Invalid {
  const wrapped = template.includes('{ VALUE }') ? `{ ${value}: redact(${value}) }` : `redact(${value})`;
  const output = template.includes('{ VALUE }') ? template.replace('{ VALUE }', wrapped) : template.replace('VALUE', wrapped);
  return {
    name,
    code: `${IMPORT}\n${template.replace('VALUE', value)}`,
    output: `${IMPORT}\n${output}`,
    errors: [{ messageId: 'leak', data: { name: value.split('.').at(-1) ?? value, callee, through: '' } }],
  };
}

ruleTester.run('no-pii-in-logs', rule, {
  valid: [
    // Telemetry: the fields you need, an exception (serialised by the SDK's rules), a DOM span, a family turned off.
    "import * as Sentry from '@sentry/node';\nSentry.setUser({ id: user.id });\nSentry.captureException(err);",
    "span.setAttribute('data-email', email);",
    "import { trace } from '@opentelemetry/api';\nconst span = trace.getActiveSpan();\nspan.setAttribute('user.id', user.id);",
    {
      code: "import * as Sentry from '@sentry/node';\nSentry.setUser(user);\nSentry.setUser({ email: user.email });",
      settings: { 'secure-logging': { telemetry: { sentry: false } } },
    },
    // A user name in login options is not a record about a person.
    'logger.info({ from: config.mail_opts.auth.user, login: basicAuth.user });',
    // Counters and flags about emails are not emails.
    "let emailsFailed = 0; for (const x of xs) { emailsFailed += 1; } logger.info(emailsFailed, userData['email:confirmed']);",
    // A record-named value under a key that names an id is that id (Slack's event.user).
    'logger.debug("no user for Slack user", { providerId: event.user, ownerUuid: item.owner });',
    // The IP addresses of machines are not personal data (a client's is).
    "const ip = os.networkInterfaces().eth0[0].address;\nconsole.log('listening on', { ip });",
    'logger.info({ upstreamIp, HOST_IP, allowedIps: config.allowedIps });',
    // A bare `address` with nothing that ties it to a person: Fastify's listen callback, a
    // server's own address, a DNS answer, a routing address checked in a private method.
    "fastify.listen({ port: 3000 }, (err, address) => { fastify.log.info(`server listening on ${address}`); });",
    'const address = server.address();\nconsole.log("listening", address);',
    "dns.lookup('example.org', (err, address, family) => console.log('address: %j family: IPv%s', address, family));",
    'class Inbound {\n  splitTo(address) { if (!address.includes("+")) this.fail(`no id on address ${address}`); }\n  fail(error) { logger.error(error); }\n}',
    // Personal-data words on things that are not people describe the thing.
    'console.log(repository.full_name, project.address, server.name, this.organization.phone);',
    // Message text is never data.
    "logger.info('email sent to the user');",
    "logger.warn('phone number format is invalid');",
    "logger.info('address changed');",
    // Fields and counts of a record are fine.
    'logger.info(user.id);',
    'logger.info({ userId: user.id });',
    'logger.info({ count: users.length });',
    'logger.info(`user ${user.id} signed in`);',
    'logger.info(account.id, customer.createdAt);',
    // Safe names.
    'logger.info(emailVerified, hasEmail, isEmailValid);',
    'logger.info(maskedEmail, hashedEmail, emailHash);',
    'logger.info(emailTemplate, emailService, emailCount);',
    'logger.info(phoneCountryCode, ipVersion, addressValidator);',
    'logger.info(username, userAgent, userService, userCount);',
    'logger.info(listenAddress, serverAddress);',
    'logger.info({ zipFile, healthCheck, skip });',
    'logger.info(cardLast4);',
    "logger.info({ last4: '****' + card.number.slice(-4) });",
    'logger.info(maskEmail(email));',
    'logger.info(anonymizeIp(ip));',
    `${IMPORT}\nlogger.info(redact(email));`,
    'logger.info(email.length, typeof phone, !!ssn);',
    "logger.info({ email: email ? 'present' : 'missing' });",
    "logger.info({ email: '[hidden]' });",
    // Field-sensitive.
    'const contact = { id: 1, email: input.email }; logger.info(contact.id);',
    'function fields(input) { return { id: input.id, email: input.email }; } logger.info(fields(body).id);',
    'const { email, ...rest } = req.body; logger.info(rest);',
    // Secrets belong to no-secrets-in-logs.
    'logger.info({ password, token });',
    // Not a log call.
    'dialog.error(email);',
    'mailer.send(email);',
    'db.insert({ email, phone });',
    // Development and test only, under recommended.
    "if (process.env.NODE_ENV !== 'production') logger.debug({ email });",
    'if (isTest) logger.info(user);',
    // The logger masks it.
    "import pino from 'pino'; const log = pino({ redact: ['email', 'user.phone'] }); log.info({ email }); log.info({ user: { phone } });",
    {
      code: 'audit.info({ email });',
      settings: { 'secure-logging': { loggers: [{ name: 'audit', redacts: ['email'] }] } },
    },
    // Options.
    { code: 'logger.info({ user });', options: [{ checkRecords: false }] },
    { code: 'logger.info({ ipAddress });', options: [{ ignore: ['ipAddress'] }] },
    { code: 'logger.info(email);', settings: { 'secure-logging': { words: { ignore: ['email'] } } } },
    { code: 'logger.info(email);', settings: { 'secure-logging': { nameFallback: false } } },
    // Cycles end quietly.
    'let a, b; a = b; b = a; logger.info(a);',
    // An entity's data: only a class that names a person, and only its data field whole.
    'class Server { constructor(props) { this.props = props; } start() { logger.info(this.props, this); } }',
    'class UserService { run() { logger.info(this, this.props, this.state); } }',
    'class User { constructor(props) { this.props = props; } save() { logger.info(this.props.id, this.id); } }',
    'class User { static create() { logger.info(this); } }',
    // Recipients count only in code that sends mail.
    "function range(from, to) { logger.info('range', from, to); logger.info({ to: period.to, cc: carbon.cc }); }",
    "import nodemailer from 'nodemailer';\nasync function send(message) { const info = await transport.sendMail(message); logger.info(info.messageId, message.subject); }",
    "import nodemailer from 'nodemailer';\nconst to = 10;\nlogger.info({ to });",
    // A record word in another role.
    'logger.info({ user: user.id });',
    "logger.info('user', user.name.length);",
    'logger.info(users.map((u) => u.id));',
  ],
  invalid: [
    {
      name: 'a whole user sent to Sentry',
      code: `import * as Sentry from '@sentry/node';\n${IMPORT}\nSentry.setUser(user);`,
      output: `import * as Sentry from '@sentry/node';\n${IMPORT}\nSentry.setUser(redact(user));`,
      errors: [{ messageId: 'sentRecordLeak', data: { name: 'user', callee: 'Sentry.setUser', destination: 'Sentry', through: '' } }],
    },
    {
      name: 'an email on an OpenTelemetry span',
      code: `import { trace } from '@opentelemetry/api';\n${IMPORT}\ntrace.getActiveSpan()?.setAttribute('enduser.email', user.email);`,
      output: `import { trace } from '@opentelemetry/api';\n${IMPORT}\ntrace.getActiveSpan()?.setAttribute('enduser.email', redact(user.email));`,
      errors: [{ messageId: 'sentLeak', data: { name: 'email', callee: 'trace.getActiveSpan()?.setAttribute', destination: 'OpenTelemetry', through: '' } }],
    },
    {
      name: 'a New Relic custom attribute, with the family of another SDK off',
      code: `const newrelic = require('newrelic');\n${IMPORT}\nnewrelic.addCustomAttribute('phone', customer.phone);`,
      output: `const newrelic = require('newrelic');\n${IMPORT}\nnewrelic.addCustomAttribute('phone', redact(customer.phone));`,
      settings: { 'secure-logging': { telemetry: { sentry: false } } },
      errors: [{ messageId: 'sentLeak', data: { name: 'phone', callee: 'newrelic.addCustomAttribute', destination: 'New Relic', through: '' } }],
    },
    {
      name: "Bugsnag's user",
      code: `import Bugsnag from '@bugsnag/js';\n${IMPORT}\nBugsnag.setUser(account.id, account.email);`,
      output: `import Bugsnag from '@bugsnag/js';\n${IMPORT}\nBugsnag.setUser(account.id, redact(account.email));`,
      errors: [{ messageId: 'sentLeak', data: { name: 'email', callee: 'Bugsnag.setUser', destination: 'Bugsnag', through: '' } }],
    },
    {
      name: "an entity's data logged whole: this.props of a User",
      code: `${IMPORT}\nclass User { constructor(props) { this.props = props; }\nsave() { logger.info('saved', this.props); } }`,
      output: `${IMPORT}\nclass User { constructor(props) { this.props = props; }\nsave() { logger.info('saved', redact(this.props)); } }`,
      errors: [{ messageId: 'recordLeak', data: { name: 'this.props of User', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'this of a customer entity class, spread',
      code: `${IMPORT}\nclass CustomerEntity { toLog() { return 1; }\nsave() { logger.info({ ...this }); } }`,
      output: `${IMPORT}\nclass CustomerEntity { toLog() { return 1; }\nsave() { logger.info({ ...redact(this) }); } }`,
      errors: [{ messageId: 'recordLeak', data: { name: 'this of CustomerEntity', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'a mail recipient in mail-sending code',
      code: `import nodemailer from 'nodemailer';\n${IMPORT}\nasync function notify(to, subject) { await transport.sendMail({ to, subject });\nlogger.info(\`mail sent to \${to}\`); }`,
      output: `import nodemailer from 'nodemailer';\n${IMPORT}\nasync function notify(to, subject) { await transport.sendMail({ to, subject });\nlogger.info(\`mail sent to \${redact(to)}\`); }`,
      errors: [{ messageId: 'leak', data: { name: 'to', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'cc of the mail options, in a file that calls sendMail',
      code: `${IMPORT}\nasync function notify(mailOptions) { await mailer.sendMail(mailOptions);\nlogger.info({ copied: mailOptions.cc }); }`,
      output: `${IMPORT}\nasync function notify(mailOptions) { await mailer.sendMail(mailOptions);\nlogger.info({ copied: redact(mailOptions.cc) }); }`,
      errors: [{ messageId: 'leak', data: { name: 'cc', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'a user record under an order is still a record',
      code: `${IMPORT}\nlogger.info({ owner: order.user });`,
      output: `${IMPORT}\nlogger.info({ owner: redact(order.user) });`,
      errors: [{ messageId: 'recordLeak', data: { name: 'user', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'an email built up with +=',
      code: `${IMPORT}\nlet email = ''; email += user.email; logger.info(email);`,
      output: `${IMPORT}\nlet email = ''; email += user.email; logger.info(redact(email));`,
      errors: [{ messageId: 'leak', data: { name: 'email', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'a record under a key that is not an id',
      code: `${IMPORT}\nlogger.debug('no user', { provider: event.user });`,
      output: `${IMPORT}\nlogger.debug('no user', { provider: redact(event.user) });`,
      errors: [{ messageId: 'recordLeak', data: { name: 'user', callee: 'logger.debug', through: '' } }],
    },
    {
      name: "a client's IP address from the request",
      code: `${IMPORT}\napp.get('/', (req, res) => { logger.info({ ip: req.ip, clientIp }); });`,
      output: `${IMPORT}\napp.get('/', (req, res) => { logger.info({ ip: redact(req.ip), clientIp: redact(clientIp) }); });`,
      errors: [
        { messageId: 'leak', data: { name: 'ip', callee: 'logger.info', through: '' } },
        { messageId: 'leak', data: { name: 'clientIp', callee: 'logger.info', through: '' } },
      ],
    },
    {
      name: "a client's IP address read into a variable first",
      code: `${IMPORT}\napp.get('/', (req, res) => { const ip = req.ip; logger.info(ip); });`,
      output: `${IMPORT}\napp.get('/', (req, res) => { const ip = req.ip; logger.info(redact(ip)); });`,
      errors: [{ messageId: 'leak', data: { name: 'ip', callee: 'logger.info', through: '' } }],
    },
    {
      name: "an address destructured from a person's record or a request body",
      code: `${IMPORT}\nconst { address } = customer;\nlogger.info(address);\napp.post('/', (req) => { const { address: to } = req.body; logger.info(to.address); });`,
      output: `${IMPORT}\nconst { address } = customer;\nlogger.info(redact(address));\napp.post('/', (req) => { const { address: to } = req.body; logger.info(redact(to.address)); });`,
      errors: [
        { messageId: 'leak', data: { name: 'address', callee: 'logger.info', through: '' } },
        { messageId: 'leak', data: { name: 'address', callee: 'logger.info', through: '' } },
      ],
    },
    {
      name: 'an address field of a record, of mail, or of an entity class',
      code: `${IMPORT}\nlogger.info(order.address, connection.envelope.mailFrom.address);\nclass Customer { log() { logger.info(this.address); } }`,
      output: `${IMPORT}\nlogger.info(redact(order.address), redact(connection.envelope.mailFrom.address));\nclass Customer { log() { logger.info(redact(this.address)); } }`,
      errors: [
        { messageId: 'leak', data: { name: 'address', callee: 'logger.info', through: '' } },
        { messageId: 'leak', data: { name: 'address', callee: 'logger.info', through: '' } },
        { messageId: 'leak', data: { name: 'address', callee: 'logger.info', through: '' } },
      ],
    },
    {
      name: 'a bare address under checkMachineAddresses (strict)',
      code: `${IMPORT}\nfastify.listen({ port: 3000 }, (err, address) => { fastify.log.info(address); });`,
      output: `${IMPORT}\nfastify.listen({ port: 3000 }, (err, address) => { fastify.log.info(redact(address)); });`,
      options: [{ checkMachineAddresses: true }],
      errors: [{ messageId: 'leak', data: { name: 'address', callee: 'fastify.log.info', through: '' } }],
    },
    {
      name: 'a machine address under checkMachineAddresses (strict)',
      code: `${IMPORT}\nconst ip = iface.address;\nconsole.log({ ip });`,
      output: `${IMPORT}\nconst ip = iface.address;\nconsole.log({ ip: redact(ip) });`,
      options: [{ checkMachineAddresses: true }],
      errors: [{ messageId: 'leak', data: { name: 'ip', callee: 'console.log', through: '' } }],
    },
    {
      name: "a person's field under a thing is still personal data",
      code: `${IMPORT}\nconsole.log(repository.owner.email);`,
      output: `${IMPORT}\nconsole.log(redact(repository.owner.email));`,
      errors: [{ messageId: 'leak', data: { name: 'email', callee: 'console.log', through: '' } }],
    },
    direct('email identifier', 'logger.info(VALUE);', 'email'),
    direct('phone in an object', 'logger.info({ VALUE });', 'phone'),
    direct('ssn member', 'logger.info(VALUE);', 'applicant.ssn'),
    direct('date of birth', 'console.log(VALUE);', 'dateOfBirth', 'console.log'),
    direct('credit card number', 'logger.info(VALUE);', 'payment.cardNumber'),
    direct('iban', 'logger.info({ VALUE });', 'iban'),
    direct('ip address', 'logger.info(VALUE);', 'req.ip'),
    direct('first name', 'logger.info(VALUE);', 'firstName'),
    direct('postcode', 'logger.info({ VALUE });', 'postcode'),
    direct('passport number', 'logger.info(VALUE);', 'passportNumber'),
    direct('latitude', 'logger.info(VALUE);', 'latitude'),
    direct('salary', 'logger.info(VALUE);', 'employee.salary'),
    direct('gender', 'logger.info(VALUE);', 'gender'),
    direct('cvv', 'logger.info({ VALUE });', 'cvv'),
    direct('national id', 'logger.info(VALUE);', 'nationalId'),
    direct('medical record', 'logger.info(VALUE);', 'medicalRecord'),
    direct('street address', 'logger.info(VALUE);', 'user.streetAddress'),
    direct('mobile', 'logger.info(VALUE);', 'mobileNumber'),
    direct('driver licence', 'logger.info(VALUE);', 'driverLicense'),
    direct('routing number', 'logger.info(VALUE);', 'routingNumber'),
    {
      name: '"Unknown email: " + email',
      code: `${IMPORT}\nlogger.warn('Unknown email: ' + email);`,
      output: `${IMPORT}\nlogger.warn('Unknown email: ' + redact(email));`,
      errors: [{ messageId: 'leak', data: { name: 'email', callee: 'logger.warn', through: '' }, line: 2, column: 33, endColumn: 38 }],
    },
    {
      name: 'an account object logged whole',
      code: `${IMPORT}\nlogger.info('loaded', account);`,
      output: `${IMPORT}\nlogger.info('loaded', redact(account));`,
      errors: [{ messageId: 'recordLeak', data: { name: 'account', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'req.user logged whole',
      code: `${IMPORT}\nlogger.info({ user: req.user }, 'signed in');`,
      output: `${IMPORT}\nlogger.info({ user: redact(req.user) }, 'signed in');`,
      errors: [{ messageId: 'recordLeak', data: { name: 'user', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'a shorthand customer',
      code: `${IMPORT}\nlogger.info({ customer });`,
      output: `${IMPORT}\nlogger.info({ customer: redact(customer) });`,
      errors: [{ messageId: 'recordLeak', data: { name: 'customer', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'through a template variable',
      code: `${IMPORT}\nconst line = \`sent to \${email}\`;\nlogger.info(line);`,
      output: `${IMPORT}\nconst line = \`sent to \${email}\`;\nlogger.info(redact(line));`,
      errors: [
        {
          messageId: 'leak',
          data: { name: 'email', callee: 'logger.info', through: ' through `line` (line 2)' },
          suggestions: [
            {
              messageId: 'wrapAtSource',
              data: { text: 'email', redact: 'redact', line: '2' },
              output: `${IMPORT}\nconst line = \`sent to \${redact(email)}\`;\nlogger.info(line);`,
            },
          ],
        },
      ],
    },
    {
      name: 'an object built with personal fields',
      code: `${IMPORT}\nconst contact = { name: input.fullName, phone: input.phone };\nlogger.debug(contact);`,
      output: `${IMPORT}\nconst contact = { name: input.fullName, phone: input.phone };\nlogger.debug(redact(contact));`,
      errors: [
        {
          messageId: 'leak',
          data: { name: 'fullName', callee: 'logger.debug', through: ' through `contact` (line 2)' },
          suggestions: [
            {
              messageId: 'wrapAtSource',
              data: { text: 'input.fullName', redact: 'redact', line: '2' },
              output: `${IMPORT}\nconst contact = { name: redact(input.fullName), phone: input.phone };\nlogger.debug(contact);`,
            },
          ],
        },
        {
          messageId: 'leak',
          data: { name: 'phone', callee: 'logger.debug', through: ' through `contact` (line 2)' },
          suggestions: [
            {
              messageId: 'wrapAtSource',
              data: { text: 'input.phone', redact: 'redact', line: '2' },
              output: `${IMPORT}\nconst contact = { name: input.fullName, phone: redact(input.phone) };\nlogger.debug(contact);`,
            },
          ],
        },
      ],
    },
    {
      name: 'through a helper that returns a field',
      code: `${IMPORT}\nfunction fields(input) { return { id: input.id, email: input.email }; }\nlogger.info(fields(body));`,
      output: `${IMPORT}\nfunction fields(input) { return { id: input.id, email: input.email }; }\nlogger.info(redact(fields(body)));`,
      errors: [
        {
          messageId: 'leak',
          data: { name: 'email', callee: 'logger.info', through: ' through `fields()` (line 2)' },
          suggestions: [
            {
              messageId: 'wrapAtSource',
              data: { text: 'input.email', redact: 'redact', line: '2' },
              output: `${IMPORT}\nfunction fields(input) { return { id: input.id, email: redact(input.email) }; }\nlogger.info(fields(body));`,
            },
          ],
        },
      ],
    },
    {
      name: 'a wrapper logger',
      code: `${IMPORT}\nconst track = (event, props) => logger.info(event, props);\ntrack('signup', { email });`,
      output: `${IMPORT}\nconst track = (event, props) => logger.info(event, props);\ntrack('signup', { email: redact(email) });`,
      errors: [{ messageId: 'leak', data: { name: 'email', callee: 'track', through: '' } }],
    },
    {
      name: 'a destructured, renamed key',
      code: `${IMPORT}\nconst { email: target } = req.body;\nlogger.info(target);`,
      output: `${IMPORT}\nconst { email: target } = req.body;\nlogger.info(redact(target));`,
      errors: [{ messageId: 'leak', data: { name: 'email', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'JSON.stringify of a record',
      code: `${IMPORT}\nlogger.info(JSON.stringify(customer));`,
      output: `${IMPORT}\nlogger.info(JSON.stringify(redact(customer)));`,
      errors: [{ messageId: 'recordLeak', data: { name: 'customer', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'winston metadata',
      code: `${IMPORT}\nimport winston from 'winston';\nwinston.info('signup', { email: form.email });`,
      output: `${IMPORT}\nimport winston from 'winston';\nwinston.info('signup', { email: redact(form.email) });`,
      errors: [{ messageId: 'leak', data: { name: 'email', callee: 'winston.info', through: '' } }],
    },
    {
      name: 'Egg ctx.logger',
      code: `${IMPORT}\nasync function create(ctx) { ctx.logger.info('phone %s', ctx.request.body.phone); }`,
      output: `${IMPORT}\nasync function create(ctx) { ctx.logger.info('phone %s', redact(ctx.request.body.phone)); }`,
      errors: [{ messageId: 'leak', data: { name: 'phone', callee: 'ctx.logger.info', through: '' } }],
    },
    {
      name: 'strict-style option reports development-only code',
      code: `${IMPORT}\nif (isDev) logger.debug(email);`,
      output: `${IMPORT}\nif (isDev) logger.debug(redact(email));`,
      options: [{ reportInDevelopment: true }],
      errors: [{ messageId: 'leak', data: { name: 'email', callee: 'logger.debug', through: '' } }],
    },
    {
      name: 'extra words',
      code: `${IMPORT}\nlogger.info(employeeNumber);`,
      output: `${IMPORT}\nlogger.info(redact(employeeNumber));`,
      options: [{ words: ['employee number'] }],
      errors: [{ messageId: 'leak', data: { name: 'employeeNumber', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'words added in settings',
      code: `${IMPORT}\nlogger.info(badgeCode);`,
      output: `${IMPORT}\nlogger.info(redact(badgeCode));`,
      settings: { 'secure-logging': { words: { pii: ['badge code'] } } },
      errors: [{ messageId: 'leak', data: { name: 'badgeCode', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'suggestion mode',
      code: 'logger.info(email);',
      output: null,
      options: [{ fix: 'suggestion' }],
      errors: [
        {
          messageId: 'leak',
          suggestions: [
            { messageId: 'wrapInRedact', data: { text: 'email', redact: 'redact' }, output: `${IMPORT}\nlogger.info(redact(email));` },
          ],
        },
      ],
    },
    {
      name: 'none mode',
      code: 'logger.info(email);',
      output: null,
      options: [{ fix: 'none' }],
      errors: [{ messageId: 'leak', suggestions: [] }],
    },
    {
      name: 'a pino logger that redacts something else',
      code: `${IMPORT}\nimport pino from 'pino';\nconst log = pino({ redact: ['password'] });\nlog.info({ email });`,
      output: `${IMPORT}\nimport pino from 'pino';\nconst log = pino({ redact: ['password'] });\nlog.info({ email: redact(email) });`,
      errors: [{ messageId: 'leak', data: { name: 'email', callee: 'log.info', through: '' } }],
    },
    {
      name: 'a CommonJS file gets a require',
      code: "const pino = require('pino');\nconst log = pino();\nlog.info({ email });",
      output: "const pino = require('pino');\nconst { redact } = require('@secure-logging/redact');\nconst log = pino();\nlog.info({ email: redact(email) });",
      errors: [{ messageId: 'leak', data: { name: 'email', callee: 'log.info', through: '' } }],
    },
  ],
});
