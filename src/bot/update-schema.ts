import type { Update } from 'grammy/types';
import { z } from 'zod';

/**
 * The shape of an update the bot accepts, checked at the edge (webhook body or getUpdates result) before
 * grammY builds a context. Minimal on purpose: only what the bot's code relies on. Ids must be safe integers
 * (1e21 reached the database as a float and failed there), a message needs its sender (`from`; the bot does
 * not subscribe to channel posts, the only messages without one), and text and captions are strings (a number
 * reached the answer core). Text and captions come out well-formed and without U+0000 (PostgreSQL stores
 * neither a NUL nor a lone surrogate in text or jsonb; each becomes U+FFFD). Everything else passes through
 * unchanged (loose objects).
 */
const safeId = z.number().refine(Number.isSafeInteger, { message: 'expected a safe integer' });

const user = z.looseObject({
  id: safeId,
  is_bot: z.boolean().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});

const chat = z.looseObject({ id: safeId, type: z.string() });

/** Text as PostgreSQL can store it: NUL and unpaired surrogates become U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const storableText = z
  .string()
  .transform((text) => text.replace(LONE_SURROGATE, '\uFFFD').replaceAll(String.fromCharCode(0), '\uFFFD'));

const entity = z.looseObject({ type: z.string(), offset: z.number(), length: z.number() });

const message = z
  .looseObject({
    message_id: safeId,
    date: z.number(),
    chat,
    from: user,
    text: storableText.optional(),
    caption: storableText.optional(),
    entities: z.array(entity).optional(),
    caption_entities: z.array(entity).optional(),
    location: z.looseObject({ latitude: z.number(), longitude: z.number() }).optional(),
    reply_to_message: z.looseObject({ message_id: safeId }).optional(),
  })
  // Entities point into the text: without it grammY's command matching reads undefined.
  .refine((m) => !m.entities || m.text !== undefined, {
    message: 'entities without text',
    path: ['entities'],
  })
  .refine((m) => !m.caption_entities || m.caption !== undefined, {
    message: 'caption_entities without caption',
    path: ['caption_entities'],
  });

/** The bot has no inline mode, so a button press always comes from a message it sent (maybe an old one). */
const callbackQuery = z.looseObject({
  id: z.string(),
  from: user,
  data: z.string().optional(),
  message: z.looseObject({ message_id: safeId, chat }),
});

const chatMember = z.looseObject({ chat, from: user, date: z.number() });

export const updateSchema = z.looseObject({
  update_id: safeId,
  message: message.optional(),
  edited_message: message.optional(),
  callback_query: callbackQuery.optional(),
  my_chat_member: chatMember.optional(),
});

export type CheckedUpdate = { ok: true; update: Update } | { ok: false; problems: string[] };

/**
 * The update as handlers will see it (texts made storable), or where it is wrong, as paths and zod codes
 * only: the values (a person's words) are not repeated.
 */
export function checkUpdate(update: unknown): CheckedUpdate {
  const result = updateSchema.safeParse(update);
  if (result.success) return { ok: true, update: result.data as unknown as Update };
  return {
    ok: false,
    problems: result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`),
  };
}
