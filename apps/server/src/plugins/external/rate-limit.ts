import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { AppError } from '../../errors.js';

/** Rate limiting, opt-in per route (`config.rateLimit`); used on login. */
export default fp(
  async (fastify) => {
    await fastify.register(rateLimit, {
      global: false,
      errorResponseBuilder: () => AppError.of(429, 'RATE_LIMITED'),
    });
  },
  { name: 'rate-limit' },
);
