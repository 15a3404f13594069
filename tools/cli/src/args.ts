import { parseArgs } from 'node:util';
import type { AgencyKind } from '@cds/plan';
import { cliMessages as m } from './messages.vi.js';

export interface CliArgs {
  command: string;
  file: string;
  json: boolean;
  strict: boolean;
  agencyKind: AgencyKind | null;
  catalog: string | null;
}

/** Parses argv (without node and script); throws UsageError with a Vietnamese message. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        'agency-kind': { type: 'string' },
        catalog: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(m.badOption((e as Error).message));
  }
  const { values, positionals } = parsed;
  const [command, file] = positionals;
  if (values.help || !command) throw new UsageError('');
  if (!file) throw new UsageError(m.missingFile);
  const kind = values['agency-kind'];
  if (kind !== undefined && kind !== 'province' && kind !== 'central') throw new UsageError(m.badAgencyKind(kind));
  return {
    command,
    file,
    json: values.json ?? false,
    strict: values.strict ?? false,
    agencyKind: (kind as AgencyKind | undefined) ?? null,
    catalog: values.catalog ?? null,
  };
}

export class UsageError extends Error {}
