import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { App } from '../app.ts';
import { createSentraRepo } from '../db/sentra-repo.ts';
import { type EvalQuestion, loadQuestions } from '../eval/questions.ts';
import { type EvalRow, type Metrics, runEvaluation, summarise, sweep } from '../eval/run.ts';
import { createAnswerService } from '../rag/answer-service.ts';
import { createTools } from '../rag/tools.ts';
import type { Searcher } from '../rag/types.ts';
import { openCliApp } from './context.ts';
import { rulesOption } from './rules-option.ts';
import type { ParsedArgs } from './args.ts';
import { type CliIo, EXIT, write } from './io.ts';
import { createProgress } from './progress.ts';

/** Minimums, except the *Max keys, which are maximums. */
const barsSchema = z.object({
  factRecall: z.number(),
  factFirst: z.number().optional(),
  followUpFactRecall: z.number().optional(),
  recallAt5: z.number(),
  mrr: z.number(),
  declineRate: z.number(),
  medianLengthMax: z.number().optional(),
  falseDeclineRateMax: z.number().optional(),
});
type Bars = z.infer<typeof barsSchema>;

interface Report extends Metrics {
  followUpFactRecall: number;
  followUpFactFirst: number;
  followUps: number;
}

/** The names of the figures that miss their bar. */
function missed(report: Report, bars: Bars): string[] {
  const out: string[] = [];
  for (const [key, bar] of Object.entries(bars)) {
    if (bar === undefined) continue;
    if (key.endsWith('Max')) {
      const name = key.slice(0, -3) as keyof Report;
      if ((report[name] as number) > bar) out.push(name);
    } else if ((report[key as keyof Report] as number) < bar) out.push(key);
  }
  return out;
}

function report(rows: EvalRow[]): Report {
  const main = summarise(rows.filter((row) => !row.followUp));
  const follow = summarise(rows.filter((row) => row.followUp));
  return {
    ...main,
    followUps: follow.questions,
    followUpFactRecall: follow.factRecall,
    followUpFactFirst: follow.factFirst,
  };
}

/** Another retrieval mode behind the same tools and guards, for --compare. */
function serviceFor(app: App, searcher: Searcher) {
  return createAnswerService({
    searcher,
    log: app.log,
    minConfidence: app.config.minConfidence,
    tools: createTools({ sentra: createSentraRepo(app.db), areas: app.areas }),
    cards: app.cards,
  });
}

function breakdown(rows: EvalRow[], key: 'topic' | 'style' | 'file'): Record<string, Metrics> {
  const groups = new Map<string, EvalRow[]>();
  for (const row of rows) groups.set(row[key], [...(groups.get(row[key]) ?? []), row]);
  return Object.fromEntries([...groups].sort().map(([name, group]) => [name, summarise(group)]));
}

const pct = (value: number) => `${(value * 100).toFixed(1).padStart(5)}%`;
const optPct = (value: number | undefined) => (value === undefined ? '-' : pct(value));

const line = (name: string, m: Metrics) =>
  `  ${name.padEnd(14)} ${String(m.questions).padStart(4)} ${pct(m.factRecall)} ${pct(m.factFirst)} ${pct(m.recallAt5)} ${m.mrr.toFixed(3)} ${String(m.medianLength).padStart(5)}`;

/** Every miss: the fact absent, the fact not first, a wrong decline, a weak rank, an answered unanswerable. */
function failureLines(rows: EvalRow[], questions: EvalQuestion[]): string[] {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const out: string[] = [];
  for (const row of rows) {
    const q = byId.get(row.id)!;
    const why = row.answerable
      ? [
          !row.answered && 'ditolak',
          row.answered && !row.factFound && 'fakta-hilang',
          row.factFound && !row.factFirst && 'fakta-tidak-di-awal',
          (row.rank === 0 || row.rank > 5) && `rank=${row.rank}`,
        ].filter(Boolean)
      : row.answered
        ? ['dijawab']
        : [];
    if (why.length === 0) continue;
    const asked = row.followUp ? `${(q.turns ?? []).join(' → ')} → ${q.question}` : q.question;
    out.push(
      `  ${row.id.padEnd(9)} ${why.join(',').padEnd(24)} conf=${row.confidence.toFixed(2)} ${row.mode.padEnd(10)} ${asked}`,
    );
    if (row.resolved !== q.question) out.push(`            dipahami: ${row.resolved}`);
    if (row.answerable && 'fact' in q)
      out.push(`            fakta: ${q.fact} · jawaban: ${row.answer.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  return out;
}

export type EvalOptions = {
  questions: string;
  followups: string;
  bars: string;
  sweep: boolean;
  failures: boolean;
  compare: boolean;
  json: boolean;
  rule: string[];
};

export async function evalCommand(args: ParsedArgs<EvalOptions>, io: CliIo): Promise<number> {
  const { values } = args;
  const questions: EvalQuestion[] = [
    ...loadQuestions(values.questions),
    ...loadQuestions(values.followups).map((question) => ({ ...question, turns: question.turns ?? [] })),
  ];
  if (questions.length === 0) {
    await write(io.stderr, `Tidak ada pertanyaan evaluasi di ${values.questions}.`);
    return EXIT.usage;
  }
  const bars = barsSchema.parse(JSON.parse(readFileSync(values.bars, 'utf8')));
  const rules = await rulesOption(values.rule, io);
  if (!rules) return EXIT.usage;
  const app = await openCliApp(io, { rules });
  const progress = createProgress('Evaluasi');
  try {
    if (values.compare) {
      const table: Record<string, Report> = {};
      for (const [mode, searcher] of Object.entries(app.searchers)) {
        table[mode] = report(await runEvaluation(serviceFor(app, searcher), searcher, questions));
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
    const rows = await runEvaluation(app.answers, app.searcher, questions, {
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.stop();
    const metrics = report(rows);
    const below = missed(metrics, bars);
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
          byFile: breakdown(rows, 'file'),
          calibration,
          rows,
        }),
      );
    } else {
      const lines = [
        `Evaluasi: ${metrics.questions} pertanyaan (${metrics.answerable} terjawab-seharusnya, ${metrics.unanswerable} di luar pengetahuan), ambang keyakinan ${app.config.minConfidence}`,
        `  fact recall      ${pct(metrics.factRecall)}   (ambang ${pct(bars.factRecall)})`,
        `  fakta di awal    ${pct(metrics.factFirst)}   (ambang ${optPct(bars.factFirst)})`,
        `  panjang median   ${String(metrics.medianLength).padStart(6)}   (maks ${bars.medianLengthMax ?? '-'}; p90 ${metrics.p90Length} karakter)`,
        `  lanjutan: fact   ${pct(metrics.followUpFactRecall)}   (ambang ${optPct(bars.followUpFactRecall)}; ${metrics.followUps} percakapan, fakta di awal ${pct(metrics.followUpFactFirst)})`,
        `  Recall@5         ${pct(metrics.recallAt5)}   (ambang ${pct(bars.recallAt5)})`,
        `  MRR              ${metrics.mrr.toFixed(3).padStart(6)}   (ambang ${bars.mrr.toFixed(3)})`,
        `  ditolak benar    ${pct(metrics.declineRate)}   (ambang ${pct(bars.declineRate)})`,
        `  salah tolak      ${pct(metrics.falseDeclineRate)}   (maks ${optPct(bars.falseDeclineRateMax)})`,
        '',
        '  per topik         n   fact   awal   R@5    MRR   median',
        ...Object.entries(breakdown(rows, 'topic')).map(([topic, m]) => line(topic, m)),
        '  per gaya          n   fact   awal   R@5    MRR   median',
        ...Object.entries(breakdown(rows, 'style')).map(([style, m]) => line(style, m)),
        '  per berkas        n   fact   awal   R@5    MRR   median',
        ...Object.entries(breakdown(rows, 'file')).map(([file, m]) => line(file.replace(/\.jsonl$/, ''), m)),
      ];
      if (values.sweep) {
        lines.push('', '  ambang  dijawab  ditolak-benar');
        for (const row of calibration) {
          const bar = '█'.repeat(Math.round(row.answeredShare * 20)).padEnd(20);
          lines.push(`  ${row.bar.toFixed(2)}   ${pct(row.answeredShare)}  ${pct(row.declineRate)}  ${bar}`);
        }
      }
      if (values.failures) lines.push('', '  gagal:', ...failureLines(rows, questions));
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
