import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { createJsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** OpenAPI document built from the routes' zod schemas; UI at /docs, JSON at /docs/json. */
export default fp(
  async (fastify) => {
    await fastify.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'Kế hoạch CĐS: máy chủ đồng bộ', description: 'API của máy chủ tiếp nhận kế hoạch chuyển đổi số', version: '0.1.0' },
        components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
        security: [{ bearer: [] }],
      },
      transform: createJsonSchemaTransform({ skipList: ['/docs', '/docs/', '/docs/json', '/docs/yaml', '/docs/*', '/docs/static/*'] }),
      transformObject: jsonSchemaTransformObject,
    });
    await fastify.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  },
  { name: 'swagger' },
);
