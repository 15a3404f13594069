import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { startupMessages } from '../messages.vi.js';

/** The lock file inside a PGlite data folder: the pid of the one process that has it open. */
export const LOCK_FILE = 'cds-server.lock';

/** Another live process holds the folder: the second process must not open it (it would corrupt it silently). */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(startupMessages.dataDirLocked(dataDir, pid));
    this.name = 'DataDirLockedError';
  }
}

/** Lock files this process holds. */
const heldHere = new Set<string>();

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the data folder for this process: creates the lock file exclusively with our
 * pid. A lock left by a process that is gone (killed, crashed) is taken over; one held
 * by a live process throws DataDirLockedError naming the folder and that pid.
 * Returns the release function (removes the file if it is still ours).
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  // Our own pid in the file is a previous life's (a container's pid 1 again) unless this process holds it now.
  if (heldHere.has(path.resolve(file))) throw new DataDirLockedError(dataDir, process.pid);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      heldHere.add(path.resolve(file));
      return () => {
        heldHere.delete(path.resolve(file));
        try {
          if (Number(readFileSync(file, 'utf8').trim()) === process.pid) unlinkSync(file);
        } catch {
          // already gone
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch {
      continue; // removed meanwhile: try again
    }
    const holder = Number(content.trim());
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) throw new DataDirLockedError(dataDir, holder);
    // Stale (dead pid, our own pid from a previous life, or garbage): take it over, unless
    // another process did so meanwhile (then the next attempt sees its lock).
    try {
      if (readFileSync(file, 'utf8') === content) unlinkSync(file);
    } catch {
      // gone meanwhile
    }
  }
  throw new DataDirLockedError(dataDir, Number(readFileSync(file, 'utf8').trim()) || 0);
}
