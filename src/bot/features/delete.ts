import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../context.ts';
import { replyText } from '../helpers/reply.ts';

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
  const counts = await ctx.deps.users.deleteEverything(ctx.userRef!, chatRef);
  await ctx.deps.dialogues.removeUser(ctx.userRef!);
  ctx.outcome = 'deleted';
  ctx.log.info({ counts }, 'user data deleted');
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
