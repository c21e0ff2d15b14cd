import { createInterface } from 'node:readline';
import type { App } from '../app.ts';
import type { ParsedArgs } from './args.ts';
import type { ConversationTurn } from '../rag/answer-service.ts';
import type { SearchFilters } from '../rag/types.ts';
import { openCliApp } from './context.ts';
import { rulesOption } from './rules-option.ts';
import { type CliIo, EXIT, write } from './io.ts';
import { answerJson, formatAnswer, formatExplain } from './output.ts';

export type AskOptions = {
  json: boolean;
  stdin: boolean;
  conversation: boolean;
  explain: boolean;
  topic?: string;
  audience?: string;
  rule: string[];
};

export async function askCommand(args: ParsedArgs<AskOptions>, io: CliIo): Promise<number> {
  const { values, positionals } = args;
  const question = positionals.join(' ');
  if (!values.stdin && question.trim() === '') {
    await write(
      io.stderr,
      `Pertanyaannya kosong. Contoh: pendamping ask "Bagaimana cara menghitung HPP?"\n\n${args.help}`,
    );
    return EXIT.usage;
  }
  const filters: SearchFilters = {
    topic: values.topic,
    audience: values.audience ? values.audience.split(',') : undefined,
  };
  const rules = await rulesOption(values.rule ?? [], io);
  if (!rules) return EXIT.usage;
  const app = await openCliApp(io, { rules });
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
