// Express handlers that log raw request and response payloads.
import express from 'express';
import axios from 'axios';
import pino from 'pino';

const logger = pino({ level: process.env.LOG_LEVEL || 'debug' });
const router = express.Router();

router.post('/signup', async (req, res) => {
  // Leak: the whole body, password included.
  logger.info(req.body, 'signup request');
  // Fine: what was asked for, not what was sent.
  logger.info({ method: req.method, path: req.path }, 'signup');
  res.status(201).end();
});

router.use((err, req, res, next) => {
  // Leak: the whole request, headers and cookies included.
  logger.error({ err, req }, 'request failed');
  next(err);
});

export async function syncProfile(userId) {
  try {
    const response = await axios.get(`https://crm.example.com/profiles/${userId}`);
    // Leak: the raw response body.
    logger.debug({ profile: response.data }, 'profile fetched');
    // Fine: the status.
    logger.info({ status: response.status }, 'profile synced');
  } catch (error) {
    // Leak: an axios error carries the request config with its Authorization header.
    logger.error(error, 'profile sync failed');
  }
}

export default router;
