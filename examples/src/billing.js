// A billing module that logs with bunyan.
import bunyan from 'bunyan';

const log = bunyan.createLogger({ name: 'billing' });

export function charge(card, amount) {
  // Fine: the order id and amount.
  log.info({ orderId: card.orderId, amount }, 'charging card');
  try {
    return gateway(card, amount);
  } catch (error) {
    // Leak: the payment provider's secret key from the environment.
    log.error({ err: error, key: process.env.STRIPE_SECRET_KEY }, 'charge failed');
    throw error;
  }
}

function gateway(card, amount) {
  return { id: card.orderId, amount };
}
