import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { App } from '../app.ts';
import type { ConversationTurn } from '../rag/answer-service.ts';
import type { SearchFilters } from '../rag/types.ts';
import { openCliApp } from './context.ts';
import { type CliIo, EXIT, write } from './io.ts';
import { answerJson, formatAnswer, formatExplain } from './output.ts';

export const ASK_HELP = `Pemakaian: pendamping ask [opsi] "pertanyaan"

Menjawab satu pertanyaan dari basis pengetahuan.

Opsi:
  --json            cetak satu objek JSON (question, answer, answered, confidence, sources, timings)
  --stdin           baca satu pertanyaan per baris dari stdin; dengan --json menulis JSONL
  --conversation    dengan --stdin: baris-baris itu satu percakapan, tiap pertanyaan membawa
                    giliran sebelumnya (pertanyaan lanjutan seperti "kalau untuk keripik?")
  --topic TOPIK     batasi ke topik (programme, keuangan, branding, kemasan, pemasaran, sentra, glosarium)
  --audience SIAPA  batasi ke pembaca (perajin, pejabat, mentor)
  --explain         cetak jejaknya: kalimat bertanya, kartu dan potongan yang cocok beserta skornya,
                    dan setiap aturan bernama yang berlaku (src/rag/rules.ts)
  -h, --help        tampilkan bantuan ini`;

export async function askCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      stdin: { type: 'boolean', default: false },
      conversation: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      topic: { type: 'string' },
      audience: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    await write(io.stdout, ASK_HELP);
    return EXIT.ok;
  }
  const question = positionals.join(' ');
  if (!values.stdin && question.trim() === '') {
    await write(
      io.stderr,
      `Pertanyaannya kosong. Contoh: pendamping ask "Bagaimana cara menghitung HPP?"\n\n${ASK_HELP}`,
    );
    return EXIT.usage;
  }
  const filters: SearchFilters = {
    topic: values.topic,
    audience: values.audience ? values.audience.split(',') : undefined,
  };
  const app = await openCliApp(io);
  try {
    if (!values.stdin)
      return await answerOne(app, question, filters, values.json, io, undefined, values.explain);
    let failed = 0;
    const history: ConversationTurn[] = [];
    const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const code = await answerOne(
        app,
        line,
        filters,
        values.json,
        io,
        values.conversation ? history : undefined,
        values.explain,
      );
      if (code !== EXIT.ok) failed++;
      if (!values.json) await write(io.stdout, '');
    }
    return failed > 0 ? EXIT.failure : EXIT.ok;
  } finally {
    await app.close();
  }
}

async function answerOne(
  app: App,
  question: string,
  filters: SearchFilters,
  json: boolean,
  io: CliIo,
  history?: ConversationTurn[],
  explain = false,
): Promise<number> {
  const result = await app.answers.answer({
    text: question,
    channel: 'cli',
    filters,
    history: history ? history.slice(-4) : undefined,
  });
  if (history && result.outcome !== 'rejected')
    history.push({ question: result.question, answer: result.answer });
  const text = json ? JSON.stringify(answerJson(result)) : formatAnswer(result);
  await write(io.stdout, explain && !json ? `${text}\n${formatExplain(result)}` : text);
  if (result.outcome === 'error') return EXIT.failure;
  if (result.outcome === 'rejected') return EXIT.usage;
  return EXIT.ok;
}
