import { Composer, InlineKeyboard } from 'grammy';
import { indexCurated } from '../../dashboard/curate.ts';
import { createAuditRepo } from '../../db/audit-repo.ts';
import { createCardsRepo } from '../../db/cards-repo.ts';
import { createCuratedRepo, REMOVED, usableTexts } from '../../db/curated-repo.ts';
import type { Database, Queryable } from '../../db/port.ts';
import type { Logger } from '../../logger.ts';
import { analyze } from '../../text/analyze.ts';
import { findPersonal, maskPersonal } from '../../text/personal-data.ts';
import type { BotContext } from '../context.ts';
import { forgetDialoguesKept } from '../helpers/dialogue.ts';
import { replyText } from '../helpers/reply.ts';
import { forgetSender } from '../middlewares/dedupe.ts';

/** The forms a question takes where mentors copied it: as typed, masked, whitespace folded, cut to a title. */
export function copiesOf(question: string): string[] {
  const forms = new Set<string>();
  for (const text of [question, maskPersonal(question).text]) {
    const folded = text.replace(/\s+/g, ' ').trim();
    forms.add(text);
    forms.add(folded);
    if (folded.length > 200) {
      forms.add(folded.slice(0, 200));
      forms.add(folded.slice(0, 199));
    }
  }
  for (const { value } of findPersonal(question)) forms.add(value);
  return [...forms];
}

/** Each text replaced with the marker in every string of a JSON value. */
function replaceDeep(value: unknown, texts: string[]): unknown {
  if (typeof value === 'string') return texts.reduce((out, text) => out.replaceAll(text, REMOVED), value);
  if (Array.isArray(value)) return value.map((item) => replaceDeep(item, texts));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceDeep(v, texts)]));
  return value;
}

/**
 * Other people's answers that cited a curated document made from the user's question keep its title (and
 * an excerpt) in their logged answer, sources and trace: the user's words are replaced there too.
 */
async function forgetCitations(tx: Queryable, texts: string[], own: number[]): Promise<number> {
  if (texts.length === 0) return 0;
  const escaped = texts.map((text) => JSON.stringify(text).slice(1, -1));
  const { rows } = await tx.query<{ id: string; sources: unknown; trace: unknown; answer: string }>(
    `select id, sources, trace, answer from interactions
      where not (id = any($3::bigint[]))
        and (exists (select 1 from unnest($1::text[]) t
                      where position(t in sources::text) > 0 or position(t in coalesce(trace::text, '')) > 0)
             or exists (select 1 from unnest($2::text[]) t where position(t in answer) > 0))`,
    [escaped, texts, own],
  );
  const parse = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
  for (const row of rows) {
    const trace = parse(row.trace);
    await tx.query('update interactions set sources = $2, trace = $3, answer = $4 where id = $1', [
      row.id,
      JSON.stringify(replaceDeep(parse(row.sources), texts)),
      trace === null || trace === undefined ? null : JSON.stringify(replaceDeep(trace, texts)),
      replaceDeep(row.answer, texts),
    ]);
  }
  return rows.length;
}

/**
 * /hapus beyond the user's own rows: their words where mentors copied them (curated documents and the
 * search index made from them, cards made from a hand-off, audit details). Runs before the rows go, since
 * the interactions say which words are theirs.
 */
export async function forgetCopies(
  db: Database,
  log: Logger,
  userRef: string,
  chatRef: string | undefined,
): Promise<Record<string, number>> {
  const { rows } = await db.query<{ id: string; question: string }>(
    `select id, question from interactions where user_ref = $1 or (chat_ref is not null and chat_ref = $2)
     union all select interaction_id as id, question from handoffs where user_ref = $1 and interaction_id is not null`,
    [userRef, chatRef ?? null],
  );
  if (rows.length === 0) return { curated: 0, cards: 0, audit: 0, cited: 0 };
  const interactionIds = [...new Set(rows.map((row) => Number(row.id)))];
  const texts = usableTexts(rows.flatMap((row) => copiesOf(row.question)));
  const personal = rows.flatMap((row) => findPersonal(row.question).map((match) => match.value));
  const counts = await db.transaction(async (tx) => ({
    curated: (await createCuratedRepo(db).forgetTexts(tx, { interactionIds, texts })).length,
    cards: await createCardsRepo(db).forgetTexts(tx, texts, REMOVED),
    audit: await createAuditRepo(db).forgetTexts(tx, texts, REMOVED),
    cited: await forgetCitations(tx, texts, interactionIds),
  }));
  if (counts.curated > 0) {
    await indexCurated(db, log);
    // A vocabulary term no chunk uses any more (df 0) made of a NIK or a phone number goes as well.
    const stems = [...new Set(personal.flatMap((value) => analyze(value)))];
    if (stems.length > 0)
      await db.query('delete from terms where df <= 0 and term = any($1::text[])', [stems]);
  }
  return counts;
}

/** /hapus: delete everything stored about the user, after a confirmation button. */
export const deleteFeature = new Composer<BotContext>();

deleteFeature.command(['hapus', 'delete'], async (ctx) => {
  ctx.outcome = 'delete-asked';
  if (ctx.chat.type !== 'private') {
    await replyText(ctx, ctx.t('privateOnly'));
    return;
  }
  await replyText(ctx, ctx.t('deleteConfirm'), {
    reply_markup: new InlineKeyboard().text(ctx.t('deleteYes'), 'del:yes').text(ctx.t('deleteNo'), 'del:no'),
  });
});

deleteFeature.callbackQuery('del:yes', async (ctx) => {
  // The chat ref is the user's own private chat only: a group's log is not theirs to delete.
  const chatRef = ctx.chat?.type === 'private' ? ctx.chatRef : undefined;
  const copies = await forgetCopies(ctx.deps.db, ctx.log, ctx.userRef!, chatRef);
  const counts = await ctx.deps.users.deleteEverything(ctx.userRef!, chatRef, ctx.from.id);
  await ctx.deps.dialogues.removeUser(ctx.userRef!);
  // What this process keeps about them for an outage: lines of the fallback file not written back yet,
  // dialogue steps, and their consent as last seen.
  const fallbackLines = ctx.deps.fallback?.forget(ctx.userRef!, chatRef) ?? 0;
  forgetDialoguesKept(ctx.deps.dialogueOutage, ctx.userRef!);
  forgetSender(ctx);
  ctx.outcome = 'deleted';
  ctx.log.info({ counts, copies, fallbackLines }, 'user data deleted');
  const total = counts.interactions! + counts.handoffs! + counts.feedback! + counts.outbox!;
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  await replyText(
    ctx,
    total + counts.users! > 0 ? ctx.t('deleteDone', { count: total }) : ctx.t('deleteNothing'),
  );
});

deleteFeature.callbackQuery('del:no', async (ctx) => {
  ctx.outcome = 'delete-cancelled';
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  await replyText(ctx, ctx.t('deleteCancelled'));
});
