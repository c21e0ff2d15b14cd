import { startDashboard } from '../dashboard/server.ts';
import { createMentorsRepo } from '../db/mentors-repo.ts';
import { AppError } from '../errors.ts';
import { openCliApp } from './context.ts';
import type { ParsedArgs } from './args.ts';
import { type CliIo, EXIT, write } from './io.ts';

/** Resolves on SIGINT or SIGTERM; tests pass their own signal. */
const interrupted = () =>
  new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });

export async function dashboardCommand(
  args: ParsedArgs<{ port?: string; host?: string }>,
  io: CliIo,
  until: () => Promise<void> = interrupted,
): Promise<number> {
  const { values } = args;
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65_535))
    throw new AppError('USAGE', `--port must be a port number, got ${values.port}`, {
      userMessage: `--port harus nomor port 0 sampai 65535 (didapat ${JSON.stringify(values.port)}).\n\n${args.help}`,
    });
  const app = await openCliApp(io, { ingest: 'if-empty' });
  try {
    const server = await startDashboard(app, { port, host: values.host }).catch(
      (error: NodeJS.ErrnoException) => {
        throw new AppError('USAGE', `cannot listen: ${error.message}`, {
          cause: error,
          userMessage:
            error.code === 'EADDRINUSE'
              ? `Port sudah dipakai program lain. Pilih port lain dengan --port atau PORT.`
              : `Ruang kerja tidak dapat mendengar di alamat itu: ${error.message}`,
        });
      },
    );
    const mentors = await createMentorsRepo(app.db).list();
    await write(io.stdout, `Ruang kerja mentor berjalan di ${server.url} (Ctrl-C untuk berhenti).`);
    if (!mentors.some((mentor) => mentor.role === 'admin' && mentor.active))
      await write(
        io.stderr,
        'Belum ada admin. Hentikan, lalu: pendamping mentor add --telegram-id N --role admin --name "Nama" dan pendamping mentor link N.',
      );
    await until();
    await server.close();
    return EXIT.ok;
  } finally {
    await app.close();
  }
}
