import { createInteractionsRepo, type InteractionRecord } from '../../db/interactions-repo.ts';
import type { BotContext } from '../context.ts';

/**
 * The interaction row of an update that did not go through the answer service (a photo, an edited
 * message, a /kriteria verdict), so the log has one row per update like every question. Only for users
 * who consented; the update id keeps it to one row.
 */
export async function recordUpdate(
  ctx: BotContext,
  row: Pick<InteractionRecord, 'question' | 'answer' | 'outcome'> & Partial<InteractionRecord>,
): Promise<void> {
  const user = ctx.loaded ? ctx.loaded.user : await ctx.deps.users.get(ctx.userRef!).catch(() => null);
  if (!user?.consentedAt) return;
  await createInteractionsRepo(ctx.deps.db)
    .insert({
      channel: 'telegram',
      userRef: ctx.userRef,
      chatRef: ctx.chatRef,
      updateId: ctx.update.update_id,
      mode: 'none',
      language: ctx.locale,
      answered: false,
      confidence: 0,
      sources: [],
      timings: {},
      ...row,
    })
    .catch((error) => ctx.log.error({ err: error }, 'interaction not stored'));
}
