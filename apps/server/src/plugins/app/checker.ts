import fp from 'fastify-plugin';
import { inlineChecker, workerChecker, type SubmissionChecker } from '../../services/check-pool.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Reads and judges submitted .docx files (on worker threads unless configured off). */
    checker: SubmissionChecker;
  }
}

export default fp(
  async (fastify) => {
    const n = fastify.config.checkWorkers;
    const checker = n > 0 ? workerChecker(n) : inlineChecker;
    fastify.decorate('checker', checker);
    fastify.addHook('onClose', () => checker.close());
  },
  { name: 'checker', dependencies: ['db'] },
);
