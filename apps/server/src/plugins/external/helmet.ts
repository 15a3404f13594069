import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

/** Security headers. The swagger UI brings its own CSP (see swagger.ts). */
export default fp(
  async (fastify) => {
    // The add-in's pane (/addin/) loads office.js from Microsoft's CDN and is framed by Word on the web.
    const office = {
      scriptSrc: ["'self'", 'https://appsforoffice.microsoft.com'],
      frameAncestors: ["'self'", 'https://*.officeapps.live.com', 'https://*.office.com', 'https://*.sharepoint.com'],
    };
    await fastify.register(helmet, { global: true, crossOriginResourcePolicy: { policy: 'cross-origin' }, contentSecurityPolicy: { directives: office } });
  },
  { name: 'helmet' },
);
