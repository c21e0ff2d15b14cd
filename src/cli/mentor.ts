import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../app.ts';
import { createConfig } from '../config.ts';
import { toMarkdown } from '../dashboard/curate.ts';
import { createSignInLinks } from '../dashboard/sign-in.ts';
import { createCuratedRepo } from '../db/curated-repo.ts';
import { createMentorsRepo, ROLES, type Role } from '../db/mentors-repo.ts';
import { createLogger } from '../logger.ts';
import { type CliIo, EXIT, write } from './io.ts';

export const MENTOR_HELP = `Pemakaian: pendamping mentor <perintah>

  add --telegram-id N --role admin|mentor|official --name "Nama"
                      izinkan seseorang masuk ke ruang kerja (atau ubah nama/perannya)
  link N              cetak tautan masuk sekali pakai untuk ID Telegram N (berlaku SIGNIN_LINK_MINUTES menit)
  list                daftar orang yang diizinkan
  export FOLDER       tulis dokumen pengetahuan kurasi sebagai berkas Markdown (format knowledge/)

Dengan basis data bawaan (PGlite), jalankan selagi ruang kerja dan bot tidak berjalan.`;

export async function mentorCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'telegram-id': { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [sub, arg] = positionals;
  if (values.help || !sub) {
    await write(values.help ? io.stdout : io.stderr, MENTOR_HELP);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const usage = async (text: string) => {
    await write(io.stderr, `${text}\n\n${MENTOR_HELP}`);
    return EXIT.usage;
  };
  const telegramId = Number(sub === 'add' ? values['telegram-id'] : arg);
  if ((sub === 'add' || sub === 'link') && (!Number.isSafeInteger(telegramId) || telegramId <= 0))
    return usage('ID Telegram harus bilangan bulat positif.');
  if (sub === 'add' && !ROLES.includes(values.role as Role))
    return usage(`--role harus salah satu: ${ROLES.join(', ')}.`);
  if (sub === 'add' && !values.name?.trim()) return usage('--name wajib diisi.');
  if (sub === 'export' && !arg) return usage('Sebutkan folder tujuan.');
  if (!['add', 'link', 'list', 'export'].includes(sub)) return usage(`Perintah tidak dikenal: mentor ${sub}`);

  const config = createConfig(io.env);
  const log = createLogger(config);
  const db = await openDatabase(config, log);
  try {
    const mentors = createMentorsRepo(db);
    if (sub === 'add') {
      const person = await mentors.upsert({
        telegramId,
        name: values.name!.trim().slice(0, 100),
        role: values.role as Role,
      });
      await write(
        io.stdout,
        `${person.name} (Telegram ${person.telegramId}) diizinkan sebagai ${person.role}.`,
      );
      return EXIT.ok;
    }
    if (sub === 'link') {
      const link = await createSignInLinks(db, config).linkFor(telegramId);
      if (!link) {
        await write(
          io.stderr,
          `ID Telegram ${telegramId} belum diizinkan. Tambahkan dulu: pendamping mentor add --telegram-id ${telegramId} --role mentor --name "Nama"`,
        );
        return EXIT.failure;
      }
      await write(io.stdout, link);
      await write(io.stderr, `Tautan sekali pakai, berlaku ${config.dashboard.signInTtlMs / 60_000} menit.`);
      return EXIT.ok;
    }
    if (sub === 'list') {
      const people = await mentors.list();
      await write(
        io.stdout,
        people.length
          ? people
              .map((p) => `${p.telegramId}\t${p.role}\t${p.active ? 'aktif' : 'nonaktif'}\t${p.name}`)
              .join('\n')
          : 'Belum ada orang yang diizinkan.',
      );
      return EXIT.ok;
    }
    const docs = await createCuratedRepo(db).list();
    mkdirSync(arg!, { recursive: true });
    for (const doc of docs) writeFileSync(join(arg!, basename(doc.path)), toMarkdown(doc));
    await write(io.stdout, `${docs.length} dokumen kurasi ditulis ke ${arg}.`);
    return EXIT.ok;
  } finally {
    await db.close();
  }
}
