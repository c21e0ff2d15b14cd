import { writeFileSync } from 'node:fs';
import {
  bm25PeerAnswerer,
  loadGrades,
  loadMessages,
  type MessageMetrics,
  type MessageRow,
  productAnswerer,
  runMessages,
  summariseMessages,
} from '../eval/messages.ts';
import { openCliApp } from './context.ts';
import { rulesOption } from './rules-option.ts';
import type { ParsedArgs } from './args.ts';
import { type CliIo, EXIT, write } from './io.ts';
import { createProgress } from './progress.ts';

const pct = (x: number | undefined) => (x === undefined ? '     -' : `${(x * 100).toFixed(1).padStart(5)}%`);

export async function evalMessagesCommand(
  args: ParsedArgs<{ dump?: string; grades?: string; rule: string[]; 'no-peer': boolean; json: boolean }>,
  io: CliIo,
): Promise<number> {
  const { values, positionals } = args;
  const messages = loadMessages(positionals.length > 0 ? positionals : ['test/eval/realistic']);
  const rules = await rulesOption(values.rule, io);
  if (!rules) return EXIT.usage;
  const app = await openCliApp(io, { rules });
  const progress = createProgress('Pesan');
  try {
    const rows = await runMessages(productAnswerer(app.answers), messages, (d, t) => progress.update(d, t));
    progress.stop();
    const peerRows = values['no-peer']
      ? undefined
      : await runMessages(bm25PeerAnswerer(app.searcher), messages);
    const grades = values.grades ? loadGrades(values.grades) : undefined;
    const ours = summariseMessages(rows, grades);
    const peer = peerRows ? summariseMessages(peerRows) : undefined;
    if (values.dump)
      writeFileSync(values.dump, `${rows.map((r) => JSON.stringify(dumpRow(r))).join('\n')}\n`);
    if (values.json) await write(io.stdout, JSON.stringify({ ours, peer }));
    else await write(io.stdout, table(messages.length, ours, peer));
    return EXIT.ok;
  } finally {
    progress.stop();
    await app.close();
  }
}

function dumpRow(r: MessageRow) {
  return {
    id: r.id,
    file: r.file,
    kind: r.kind,
    lang: r.lang,
    answerable: r.answerable,
    turns: r.turns,
    question: r.question,
    expect: r.expect,
    fact: r.fact,
    outcome: r.said.outcome,
    mode: r.said.mode,
    card: r.said.card,
    answer: r.said.answer,
    factFound: r.factFound,
    factFirst: r.factFirst,
    ...(r.bare
      ? {
          bare: {
            question: r.bare.question,
            outcome: r.bare.outcome,
            card: r.bare.card,
            answer: r.bare.answer,
          },
        }
      : {}),
  };
}

function table(n: number, ours: MessageMetrics, peer?: MessageMetrics): string {
  const rows: [string, keyof MessageMetrics, 'pct' | 'num'][] = [
    ['fakta ditemukan', 'factRecall', 'pct'],
    ['fakta di awal', 'factFirst', 'pct'],
    ['salah tolak', 'wronglyDeclined', 'pct'],
    ['ditanya balik', 'clarified', 'pct'],
    ['ditolak benar', 'declinedRight', 'pct'],
    ['cerita: fakta', 'storyFactRecall', 'pct'],
    ['cerita = polos', 'pairedSame', 'pct'],
    ['Inggris->Inggris', 'englishInEnglish', 'pct'],
    ['panjang median', 'medianLength', 'num'],
    ['panjang terlihat', 'medianShown', 'num'],
    ['waktu median ms', 'medianMs', 'num'],
    ['baca: benar', 'readCorrect', 'pct'],
    ['baca: sebagian', 'readPartly', 'pct'],
    ['baca: cerita', 'readStoryCorrect', 'pct'],
    ['baca: salah tolak', 'readWronglyDeclined', 'pct'],
  ];
  const fmt = (m: MessageMetrics | undefined, key: keyof MessageMetrics, kind: 'pct' | 'num') =>
    !m ? '     -' : kind === 'pct' ? pct(m[key] as number | undefined) : String(m[key] ?? '-').padStart(6);
  return [
    `Pesan realistis: ${n} (${ours.answerable} bisa dijawab)`,
    `  ${''.padEnd(18)}  produk   BM25-naif`,
    ...rows
      .filter(([, key]) => ours[key] !== undefined)
      .map(
        ([label, key, kind]) => `  ${label.padEnd(18)}  ${fmt(ours, key, kind)}   ${fmt(peer, key, kind)}`,
      ),
  ].join('\n');
}
