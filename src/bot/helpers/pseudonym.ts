import { createHmac } from 'node:crypto';

/**
 * Pseudonymous refs for Telegram ids: a keyed HMAC, so the log can link one person's questions without
 * holding their Telegram id, and the refs cannot be reversed by hashing every possible id without the key.
 */
export function createPseudonymizer(secret: string) {
  const ref = (kind: 'user' | 'chat', id: number) =>
    createHmac('sha256', secret).update(`telegram:${kind}:${id}`).digest('base64url').slice(0, 22);
  return { user: (id: number) => ref('user', id), chat: (id: number) => ref('chat', id) };
}

export type Pseudonymizer = ReturnType<typeof createPseudonymizer>;

/** Without PSEUDONYM_SECRET, a key derived from the bot token: stable for one bot, never logged. */
export function defaultPseudonymSecret(token: string): string {
  return createHmac('sha256', 'pendamping-ikm/pseudonym').update(token).digest('hex');
}
