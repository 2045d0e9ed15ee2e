// A user service that logs with winston.
import winston from 'winston';

const logger = winston.createLogger({
  level: 'info',
  transports: [new winston.transports.Console()],
});

export function registerUser(user, apiKey) {
  // Leak: the API key, as winston metadata.
  logger.info('registering user', { userId: user.id, apiKey });
  // Fine: a flag and a count.
  logger.info('user registered', { hasApiKey: Boolean(apiKey), tokenCount: user.tokens.length });
}

export function rotateCredentials(user) {
  const audit = logger.child({ module: 'audit' });
  // Leak: the new refresh token, through a child logger.
  audit.warn('rotated credentials', { refreshToken: user.refreshToken });
}
