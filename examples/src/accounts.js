// Account flows: the leaks found in real open-source servers, and their safe neighbours.
import pino from 'pino';

const logger = pino();

function audit(event, details) {
  logger.info({ event, details }, 'audit');
}

export async function sendPasswordReset(user, mailer) {
  const token = await createResetToken(user.id);
  const resetUrl = `https://app.example.com/reset?token=${token}`;
  try {
    await mailer.send(user.email, resetUrl);
    // Fine: message text only.
    logger.info('password reset email sent');
  } catch (err) {
    // Leak: the reset URL carries the token.
    logger.error({ err, resetUrl }, 'failed to send the reset email');
  }
}

export function findAccount(accounts, email) {
  const account = accounts.get(email);
  if (!account) {
    // Leak: the email address.
    logger.warn('Unknown email: ' + email);
    return null;
  }
  // Leak: the whole account record.
  logger.debug('loaded account', account);
  // Fine: its id.
  logger.info({ accountId: account.id }, 'account found');
  return account;
}

export async function refreshAccessToken(refreshToken) {
  const response = await fetch('https://auth.example.com/oauth/token', {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }),
  });
  const raw = await response.text();
  if (!response.ok) {
    // Leak: the raw token response.
    logger.error('token refresh failed: ' + raw);
    // Fine: the status.
    logger.error({ status: response.status }, 'token refresh failed');
  }
  return JSON.parse(raw);
}

export function onStream(stream, token) {
  stream.on('error', () => {
    // Leak: the token, at warn, in a streaming handler.
    logger.warn({ token }, 'stream failed');
  });
}

export function changeEmail(user, newEmail) {
  // Leak, through the local audit() wrapper: the new address.
  audit('email-changed', { userId: user.id, newEmail });
  // Fine: a flag.
  audit('email-changed', { userId: user.id, verified: false });
}

async function createResetToken(id) {
  return `${String(id)}-reset`;
}
