import { createInterface } from 'node:readline';
import { openCliApp } from './context.ts';
import type { ParsedArgs } from './args.ts';
import { type CliIo, EXIT, write } from './io.ts';
import type { AnswerChoice, AnswerResult, ConversationTurn } from '../rag/answer-service.ts';
import { formatAnswer } from './output.ts';

/** How many earlier exchanges a follow-up can lean on. */
const HISTORY_TURNS = 4;

const WELCOME = `Selamat datang di Pendamping IKM.
Tanyakan soal keuangan usaha, harga, merek, kemasan, pemasaran, atau program sentra IKM.
Contoh: "gimana cara ngitung HPP tas kulit?" · Ketik /keluar untuk selesai.`;

export async function chatCommand(_args: ParsedArgs, io: CliIo): Promise<number> {
  const app = await openCliApp(io);
  const interactive = Boolean((io.stdin as NodeJS.ReadStream).isTTY);
  const rl = createInterface({
    input: io.stdin,
    output: interactive ? io.stdout : undefined,
    terminal: interactive,
  });
  const history: ConversationTurn[] = [];
  // The choices of the last "maksudnya yang mana?", answered by typing their number.
  let offered: { question: string; choices: AnswerChoice[]; interactionId?: number | null } | undefined;
  try {
    await write(io.stdout, WELCOME);
    rl.setPrompt('\nAnda> ');
    if (interactive) rl.prompt();
    for await (const line of rl) {
      const text = line.trim();
      if (/^\/(keluar|exit|quit)$/i.test(text)) break;
      if (text === '') {
        if (interactive) rl.prompt();
        continue;
      }
      const picked = offered && /^\d{1,2}$/.test(text) ? offered.choices[Number(text) - 1] : undefined;
      let result: AnswerResult;
      if (picked && offered && app.answers.answerCard)
        result = await app.answers.answerCard({
          text: offered.question,
          cardId: picked.cardId,
          channel: 'cli-chat',
          chosenFrom: offered.interactionId ?? undefined,
        });
      else result = await app.answers.answer({ text: line, channel: 'cli-chat', history: [...history] });
      offered =
        result.outcome === 'clarify' && result.choices?.length
          ? { question: result.question, choices: result.choices, interactionId: result.interactionId }
          : undefined;
      // A follow-up is answered as completed; saying how it was understood lets the user correct it. A
      // calculation says what it read in its own "Saya baca" line.
      const understood =
        result.resolvedQuestion && result.resolvedQuestion !== result.question && result.mode !== 'tool'
          ? `(${result.language === 'en' ? 'understood as' : 'saya pahami'}: ${result.resolvedQuestion})\n`
          : '';
      await write(io.stdout, `\nPendamping> ${understood}${formatAnswer(result)}`);
      if (result.outcome !== 'rejected' && result.outcome !== 'error') {
        history.push({ question: result.question, answer: result.answer });
        history.splice(0, Math.max(0, history.length - HISTORY_TURNS));
      }
      if (interactive) rl.prompt();
    }
    await write(io.stdout, '\nSampai jumpa. Semoga usahanya lancar!');
    return EXIT.ok;
  } finally {
    rl.close();
    await app.close();
  }
}
