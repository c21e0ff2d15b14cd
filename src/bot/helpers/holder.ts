import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** The holders made by this process (several bots in one process, as in the tests). */
const ours = new Set<string>();

/**
 * Who holds an update's claim or an outbox message: host, process id and a random part (several bots in
 * one process are several holders), e.g. `web-1:4242:9f3a1c`.
 */
export function instanceHolder(): string {
  const holder = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  ours.add(holder);
  return holder;
}

/**
 * True when the holder is known to be dead: a process on this host whose pid no longer runs, or an earlier
 * process with this very pid (a container restarted keeps its hostname and runs the bot as pid 1 again). A
 * holder on another host, or whose pid runs another process, is not known dead: its lease has to run out.
 */
export function isDeadHolder(holder: string): boolean {
  const match = /^(.*):(\d+):[0-9a-f]+$/.exec(holder);
  if (!match || match[1] !== hostname()) return false;
  const pid = Number(match[2]);
  if (pid === process.pid) return !ours.has(holder);
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
