import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createSentraRepo } from '../db/sentra-repo.ts';
import { loadQuestions } from '../eval/questions.ts';
import { createTools } from '../rag/tools.ts';
import { type EvalRow, type Metrics, runEvaluation, summarise, sweep } from '../eval/run.ts';
import { openCliApp } from './context.ts';
import { type CliIo, EXIT, write } from './io.ts';
import { createProgress } from './progress.ts';

export const EVAL_HELP = `Pemakaian: pendamping eval [opsi]

Menjalankan pertanyaan evaluasi (test/eval/questions/*.jsonl) lewat jalur jawaban dan mencetak:
fact recall, Recall@5, MRR, dan bagian pertanyaan tak-terjawab yang ditolak dengan benar.
Kode keluar 1 bila ada angka di bawah ambang di test/eval/bars.json.

Opsi:
  --questions DIR   folder pertanyaan (bawaan: test/eval/questions)
  --bars FILE       ambang minimum (bawaan: test/eval/bars.json)
  --sweep           tampilkan juga tabel kalibrasi ambang keyakinan
  --failures        tampilkan pertanyaan yang gagal
  --compare         bandingkan semua mode retrieval yang tersedia (lexical, dense, hybrid)
  --json            cetak hasil sebagai JSON
  -h, --help        tampilkan bantuan ini`;

const barsSchema = z.object({
  factRecall: z.number(),
  recallAt5: z.number(),
  mrr: z.number(),
  declineRate: z.number(),
});

function breakdown(rows: EvalRow[], key: 'topic' | 'style'): Record<string, Metrics> {
  const groups = new Map<string, EvalRow[]>();
  for (const row of rows) groups.set(row[key], [...(groups.get(row[key]) ?? []), row]);
  return Object.fromEntries([...groups].sort().map(([name, group]) => [name, summarise(group)]));
}

const pct = (value: number) => `${(value * 100).toFixed(1).padStart(5)}%`;

export async function evalCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      questions: { type: 'string', default: 'test/eval/questions' },
      bars: { type: 'string', default: 'test/eval/bars.json' },
      sweep: { type: 'boolean', default: false },
      failures: { type: 'boolean', default: false },
      compare: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    await write(io.stdout, EVAL_HELP);
    return EXIT.ok;
  }
  const questions = loadQuestions(values.questions);
  const bars = barsSchema.parse(JSON.parse(readFileSync(values.bars, 'utf8')));
  const app = await openCliApp(io);
  const progress = createProgress('Evaluasi');
  try {
    if (values.compare) {
      const table: Record<string, Metrics> = {};
      for (const [mode, searcher] of Object.entries(app.searchers)) {
        table[mode] = summarise(
          await runEvaluation(searcher, questions, { minConfidence: app.config.minConfidence, log: app.log }),
        );
      }
      if (values.json) await write(io.stdout, JSON.stringify(table));
      else {
        const lines = ['mode       fact    R@5     MRR     ditolak-benar'];
        for (const [mode, m] of Object.entries(table)) {
          lines.push(
            `${mode.padEnd(9)} ${pct(m.factRecall)} ${pct(m.recallAt5)}  ${m.mrr.toFixed(3)}  ${pct(m.declineRate)}`,
          );
        }
        if (!app.searchers.dense)
          lines.push(
            '(dense dan hybrid butuh OPENAI_EMBEDDING_MODEL dan OPENAI_API_KEY atau OPENAI_BASE_URL)',
          );
        await write(io.stdout, lines.join('\n'));
      }
      return EXIT.ok;
    }
    const rows = await runEvaluation(app.searcher, questions, {
      minConfidence: app.config.minConfidence,
      log: app.log,
      tools: createTools({ sentra: createSentraRepo(app.db), areas: app.areas }),
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.stop();
    const metrics = summarise(rows);
    const below = (Object.keys(bars) as (keyof typeof bars)[]).filter((key) => metrics[key] < bars[key]);
    const calibration = sweep(rows, [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]);
    if (values.json) {
      await write(
        io.stdout,
        JSON.stringify({
          metrics,
          bars,
          below,
          byTopic: breakdown(rows, 'topic'),
          byStyle: breakdown(rows, 'style'),
          calibration,
          rows,
        }),
      );
    } else {
      const lines = [
        `Evaluasi: ${metrics.questions} pertanyaan (${metrics.answerable} terjawab-seharusnya, ${metrics.unanswerable} di luar pengetahuan), ambang keyakinan ${app.config.minConfidence}`,
        `  fact recall      ${pct(metrics.factRecall)}   (ambang ${pct(bars.factRecall)})`,
        `  Recall@5         ${pct(metrics.recallAt5)}   (ambang ${pct(bars.recallAt5)})`,
        `  MRR              ${metrics.mrr.toFixed(3).padStart(6)}   (ambang ${bars.mrr.toFixed(3)})`,
        `  ditolak benar    ${pct(metrics.declineRate)}   (ambang ${pct(bars.declineRate)})`,
        `  salah tolak      ${pct(metrics.falseDeclineRate)}`,
        '',
        '  per topik         n   fact   R@5    MRR',
        ...Object.entries(breakdown(rows, 'topic')).map(
          ([topic, m]) =>
            `  ${topic.padEnd(14)} ${String(m.questions).padStart(4)} ${pct(m.factRecall)} ${pct(m.recallAt5)} ${m.mrr.toFixed(3)}`,
        ),
        '  per gaya          n   fact   R@5    MRR',
        ...Object.entries(breakdown(rows, 'style')).map(
          ([style, m]) =>
            `  ${style.padEnd(14)} ${String(m.questions).padStart(4)} ${pct(m.factRecall)} ${pct(m.recallAt5)} ${m.mrr.toFixed(3)}`,
        ),
      ];
      if (values.sweep) {
        lines.push('', '  ambang  dijawab  ditolak-benar');
        for (const row of calibration) {
          const bar = '█'.repeat(Math.round(row.answeredShare * 20)).padEnd(20);
          lines.push(`  ${row.bar.toFixed(2)}   ${pct(row.answeredShare)}  ${pct(row.declineRate)}  ${bar}`);
        }
      }
      if (values.failures) {
        const byId = new Map(questions.map((question) => [question.id, question]));
        lines.push('', '  gagal:');
        for (const row of rows) {
          const wrong = row.answerable ? !row.factFound || row.rank === 0 || row.rank > 5 : row.answered;
          if (!wrong) continue;
          const q = byId.get(row.id)!;
          lines.push(
            `  ${row.id.padEnd(8)} conf=${row.confidence.toFixed(2)} rank=${row.rank} fact=${row.factFound ? 'ya' : 'tidak'} answered=${row.answered}  ${q.question}`,
          );
        }
      }
      lines.push(
        '',
        below.length === 0 ? 'Semua angka di atas ambang.' : `Di bawah ambang: ${below.join(', ')}`,
      );
      await write(io.stdout, lines.join('\n'));
    }
    return below.length === 0 ? EXIT.ok : EXIT.failure;
  } finally {
    progress.stop();
    await app.close();
  }
}
