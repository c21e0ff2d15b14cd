import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { openDatabase } from '../app.ts';
import { createConfig } from '../config.ts';
import { toMarkdown } from '../dashboard/curate.ts';
import { createSignInLinks } from '../dashboard/sign-in.ts';
import { createCuratedRepo } from '../db/curated-repo.ts';
import { createMentorsRepo, ROLES, type Role } from '../db/mentors-repo.ts';
import { createLogger } from '../logger.ts';
import type { ParsedArgs } from './args.ts';
import { type CliIo, EXIT, write } from './io.ts';

/** `mentor add|link|list|export`. */
export async function mentorCommand(
  args: ParsedArgs<{ 'telegram-id'?: string; role?: string; name?: string }>,
  io: CliIo,
): Promise<number> {
  const { values, positionals } = args;
  const { sub = '' } = args;
  const [arg] = positionals;
  const usage = async (text: string) => {
    await write(io.stderr, `${text}\n\n${args.help}`);
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
