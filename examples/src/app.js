// An Express app that logs with pino and pino-http.
import express from 'express';
import pino from 'pino';
import pinoHttp from 'pino-http';
import { redact } from '@secure-logging/redact';

const logger = pino({ level: 'info' });
const app = express();
app.use(pinoHttp({ logger })); // Leak: pino-http logs every request's headers, Authorization and Cookie included.

app.post('/login', async (req, res) => {
  const { username, password } = req.body;
  // Leak: the password goes straight into the log.
  logger.info({ username, password }, 'login attempt');
  // Fine: message text and a length.
  logger.info('password reset email sent');
  logger.debug({ passwordLength: password.length });

  const session = await createSession(username, password);
  // Leak: the session token, through pino-http's request logger.
  req.log.info(`session created: ${session.token}`);
  // Fine: already redacted.
  req.log.info({ session: redact(session) }, 'session ready');
  res.json({ ok: true, userId: session.userId });
});

app.get('/health', (req, res) => {
  // Fine: nothing sensitive.
  logger.info({ path: req.path, status: 200 }, 'health check');
  res.send('ok');
});

async function createSession(username, password) {
  return { userId: username.length, token: String(password.length), expiresAt: Date.now() };
}

export default app;
