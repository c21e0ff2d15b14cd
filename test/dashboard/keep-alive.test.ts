import { request, Agent } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboard } from '../../src/dashboard/server.ts';
import { engines } from '../helpers/db.ts';
import { openWorkspace, type Workspace } from './workspace.ts';

/** One GET on the given agent; resolves with the status and the local port of the socket it used. */
function get(url: string, agent: Agent): Promise<{ status: number; localPort: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, localPort: req.socket?.localPort ?? 0 }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the mentor workspace behind a proxy', () => {
  let ws: Workspace;
  let dashboard: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    ws = await openWorkspace(engines()[0]!);
    dashboard = await startDashboard(ws.app, { port: 0, host: '127.0.0.1' });
  }, 120_000);

  afterAll(async () => {
    await dashboard?.close();
    await ws?.close();
  });

  it("keeps an idle keep-alive connection open past Node's 5 s default, as a proxy reusing it expects", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await get(`${dashboard.url}/static/app.css`, agent);
      expect(first.status).toBe(200);
      // Longer than Node's default keepAliveTimeout (5 s): with it the server would have closed the socket.
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      const second = await get(`${dashboard.url}/static/app.css`, agent);
      expect(second.status).toBe(200);
      expect(second.localPort).toBe(first.localPort);
    } finally {
      agent.destroy();
    }
  }, 30_000);
});
