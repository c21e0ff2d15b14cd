import { createServer, type Server, Socket } from 'node:net';

/**
 * A TCP proxy in front of a server, which a test can cut and restore: from the client's side this
 * is exactly a database that went away mid-run and came back on the same address. Or it can stall: the
 * connections stay open (new ones are accepted too) and nothing comes back, as from a server that hangs or
 * a network that drops packets without a reset.
 */
export async function startProxy(targetHost: string, targetPort: number) {
  const sockets = new Set<Socket>();
  /** While stalled: the sockets that lost bytes (their protocol state is gone; reset when it ends). */
  let stalled: Set<Socket> | undefined;
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = new Socket();
        sockets.add(client).add(upstream);
        upstream.connect(targetPort, targetHost);
        const forward = (from: Socket, to: Socket) =>
          from.on('data', (chunk) => {
            if (stalled) stalled.add(from).add(to);
            else to.write(chunk);
          });
        forward(client, upstream);
        forward(upstream, client);
        if (stalled) stalled.add(client).add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  await listen();
  return {
    get port() {
      return port;
    },
    /** Refuses new connections and resets the open ones. */
    async cut() {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    },
    restore: listen,
    /** Accepts and keeps every connection but lets no byte through, either way. */
    stall() {
      stalled = new Set();
    },
    /** Bytes flow again; the connections that lost some in the stall are reset (as TCP would, in the end). */
    unstall() {
      for (const socket of stalled ?? []) socket.destroy();
      stalled = undefined;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => (server?.listening ? server.close(() => resolve()) : resolve()));
    },
  };
}
