// A Koa middleware and router that log the raw context.
import Koa from 'koa';
import Router from '@koa/router';
import winston from 'winston';

const logger = winston.createLogger({ level: 'info', transports: [new winston.transports.Console()] });
const app = new Koa();
const router = new Router();

app.use(async (ctx, next) => {
  await next();
  // Fine: method, path and status.
  logger.info(`${ctx.method} ${ctx.path} ${ctx.status}`);
});

router.post('/webhooks', async (ctx) => {
  const payload = JSON.stringify(ctx.request.body);
  // Leak: the webhook body, through a variable and JSON.stringify.
  logger.warn('webhook received', { payload });
  ctx.status = 204;
});

app.use(router.routes());

export default app;
