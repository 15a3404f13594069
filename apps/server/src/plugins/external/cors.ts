import cors from '@fastify/cors';
import fp from 'fastify-plugin';
import type { AppOptions } from '../../options.js';

/** CORS for the Word add-in's origin(s) (CORS_ORIGINS). */
export default fp<AppOptions>(
  async (fastify, opts) => {
    await fastify.register(cors, {
      origin: opts.config.corsOrigins,
      methods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type'],
      credentials: true,
      maxAge: 600,
    });
  },
  { name: 'cors' },
);
