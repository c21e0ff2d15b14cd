import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import { replyText } from '../helpers/reply.ts';
import { recordUpdate } from '../helpers/record.ts';
import type { MessageKey } from '../locales/index.ts';

const KINDS: [string, MessageKey][] = [
  ['photo', 'kindPhoto'],
  ['voice', 'kindVoice'],
  ['audio', 'kindAudio'],
  ['video', 'kindVideo'],
  ['video_note', 'kindVideo'],
  ['sticker', 'kindSticker'],
  ['document', 'kindDocument'],
  ['animation', 'kindAnimation'],
  ['contact', 'kindContact'],
  ['location', 'kindLocation'],
  ['venue', 'kindLocation'],
  ['poll', 'kindPoll'],
];

/**
 * Everything the bot cannot read gets a friendly line on what it can read: never silence, never a crash.
 * Edited messages are not re-answered (the first answer stands), but the user is told why.
 */
export const unsupportedFeature = new Composer<BotContext>();

unsupportedFeature.on(['edited_message', 'edited_channel_post'], async (ctx) => {
  ctx.outcome = 'edited';
  if (ctx.chat?.type !== 'private') return;
  await replyText(ctx, ctx.t('edited'));
  await recordUpdate(ctx, {
    question: '[pesan disunting]',
    answer: ctx.t('edited'),
    outcome: 'rejected',
    error: 'EDITED',
  });
});

unsupportedFeature.on('message', async (ctx) => {
  const message = ctx.message as unknown as Record<string, unknown>;
  // Service messages (someone joined, the title changed, the bot was added) need no answer.
  if (
    [
      'new_chat_members',
      'left_chat_member',
      'new_chat_title',
      'new_chat_photo',
      'pinned_message',
      'group_chat_created',
    ].some((field) => field in message)
  ) {
    ctx.outcome = 'service-message';
    return;
  }
  const kind = KINDS.find(([field]) => field in message)?.[1] ?? 'kindOther';
  ctx.outcome = `unsupported-${kind.slice(4).toLowerCase()}`;
  const answer = ctx.t('unsupported', { kind: ctx.t(kind) });
  await replyText(ctx, answer);
  await recordUpdate(ctx, {
    question: `[${KINDS.find(([field]) => field in message)?.[0] ?? 'other'}]`,
    answer,
    outcome: 'rejected',
    error: 'UNSUPPORTED_MESSAGE',
  });
});
