import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

/** Security headers. The swagger UI brings its own CSP (see swagger.ts). */
export default fp(
  async (fastify) => {
    await fastify.register(helmet, { global: true, crossOriginResourcePolicy: { policy: 'cross-origin' } });
  },
  { name: 'helmet' },
);
