import { z } from 'zod';

/**
 * The shape of an update the bot accepts, checked at the edge (webhook body or getUpdates result) before
 * grammY builds a context. Minimal on purpose: only what the bot's code relies on. Ids must be safe integers
 * (1e21 reached the database as a float and failed there), a message needs its sender (`from`; the bot does
 * not subscribe to channel posts, the only messages without one), and text and captions are strings (a number
 * reached the answer core). Everything else passes through unchanged (loose objects).
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

const entity = z.looseObject({ type: z.string(), offset: z.number(), length: z.number() });

const message = z.looseObject({
  message_id: safeId,
  date: z.number(),
  chat,
  from: user,
  text: z.string().optional(),
  caption: z.string().optional(),
  entities: z.array(entity).optional(),
  caption_entities: z.array(entity).optional(),
  location: z.looseObject({ latitude: z.number(), longitude: z.number() }).optional(),
  reply_to_message: z.looseObject({ message_id: safeId }).optional(),
});

const callbackQuery = z.looseObject({
  id: z.string(),
  from: user,
  data: z.string().optional(),
  message: z.looseObject({ message_id: safeId, chat }).optional(),
});

const chatMember = z.looseObject({ chat, from: user, date: z.number() });

export const updateSchema = z.looseObject({
  update_id: safeId,
  message: message.optional(),
  edited_message: message.optional(),
  callback_query: callbackQuery.optional(),
  my_chat_member: chatMember.optional(),
});

/** Where an update is wrong, as paths and zod codes only: the values (a person's words) are not repeated. */
export function updateProblems(update: unknown): string[] {
  const result = updateSchema.safeParse(update);
  if (result.success) return [];
  return result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`);
}
