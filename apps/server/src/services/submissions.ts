import type { Actor } from '../repositories/ownership.js';
import type { ServiceDeps } from './deps.js';
import { refuse, type Refusal } from './result.js';

/** Submitted files, for their agency and for MST. */
export function submissionsService({ repos }: ServiceDeps) {
  return {
    /** Another agency's submission is "not found", not "forbidden": its existence is not disclosed. */
    async file(actor: Actor, id: number): Promise<{ kind: 'ok'; fileName: string; docx: Buffer; sha256: string } | Refusal> {
      const file = await repos.plans.submissionFile(actor, id);
      return file ? { kind: 'ok', ...file } : refuse('SUBMISSION_NOT_FOUND');
    },
  };
}
