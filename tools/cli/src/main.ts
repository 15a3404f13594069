#!/usr/bin/env node
import { run } from './run.js';

// Entry point only: all behaviour is in run(), which tests call directly.
process.exitCode = await run(
  process.argv.slice(2),
  (s) => process.stdout.write(s + '\n'),
  (s) => process.stderr.write(s + '\n'),
);
