import sensible from '@fastify/sensible';

/** httpErrors and reply.notFound() & co. */
export default sensible;
