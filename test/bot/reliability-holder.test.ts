import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { instanceHolder, isDeadHolder } from '../../src/bot/helpers/holder.ts';

describe('who holds a claim, and whether it is known dead', () => {
  it('a holder whose process ended is dead; a live one, this process and another host are not', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 200)']);
    const pid = child.pid!;
    const holder = `${hostname()}:${pid}:abc123`;
    expect(isDeadHolder(holder)).toBe(false);
    await new Promise((resolve) => child.on('exit', resolve));
    expect(isDeadHolder(holder)).toBe(true);

    expect(isDeadHolder(instanceHolder())).toBe(false);
    // The same pid on the same host, not made by this process: an earlier process (a restarted container's
    // pid 1).
    expect(isDeadHolder(`${hostname()}:${process.pid}:0a0b0c`)).toBe(true);
    expect(isDeadHolder(`another-host:${pid}:abc123`)).toBe(false);
    expect(isDeadHolder('outbox')).toBe(false);
  });
});
