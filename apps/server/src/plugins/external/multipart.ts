import multipart from '@fastify/multipart';
import fp from 'fastify-plugin';
import type { AppOptions } from '../../options.js';

/** multipart/form-data for submissions: one .docx plus a few small fields. */
export default fp<AppOptions>(
  async (fastify, opts) => {
    await fastify.register(multipart, {
      limits: { fileSize: opts.config.uploadLimit, files: 1, fields: 10, fieldSize: opts.config.bodyLimit, parts: 12 },
    });
  },
  { name: 'multipart' },
);
