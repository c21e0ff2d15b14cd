import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import { replyText } from '../helpers/reply.ts';

/** /masuk: a mentor's one-time sign-in link to the workspace, in a private chat only. */
export const signInFeature = new Composer<BotContext>();

signInFeature.command(['masuk', 'login'], async (ctx) => {
  ctx.outcome = 'signin';
  if (ctx.chat.type !== 'private') return replyText(ctx, ctx.t('privateOnly'));
  if (!ctx.deps.signInLink) return replyText(ctx, ctx.t('signInUnavailable'));
  const link = await ctx.deps.signInLink(ctx.from!.id);
  ctx.outcome = link ? 'signin-link' : 'signin-refused';
  // The link is a bearer credential: never logged, sent without a preview.
  return replyText(ctx, link ? ctx.t('signInLink', { link }) : ctx.t('signInRefused'), {
    link_preview_options: { is_disabled: true },
  });
});
