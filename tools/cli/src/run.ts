import { parseCliArgs, UsageError } from './args.js';
import { CliFailure } from './load.js';
import { cliMessages as m } from './messages.vi.js';
import { validateCommand } from './commands/validate.js';
import { textCommand } from './commands/text.js';
import { extractCommand } from './commands/extract.js';

const COMMANDS = { validate: validateCommand, text: textCommand, extract: extractCommand } as const;

/** Runs one CLI invocation and returns its exit code (0, 1 or 2, see PRODUCT.md). */
export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    const command = COMMANDS[args.command as keyof typeof COMMANDS];
    if (!command) throw new UsageError(m.unknownCommand(args.command));
    return await command(args, out);
  } catch (e) {
    if (e instanceof UsageError) {
      err([e.message, m.usage].filter(Boolean).join('\n\n'));
      return 2;
    }
    if (e instanceof CliFailure) {
      err(e.message);
      return e.exitCode;
    }
    throw e;
  }
}
