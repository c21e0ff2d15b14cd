import { beforeAll, describe, expect, it } from 'vitest';
import { greetAndConsent, startHarness } from '../bot/harness.ts';

/**
 * Nothing deleted by a stop: a message held back by the rate limit is answered when the bot stops, not
 * dropped and not after its turn (its update id is already claimed, so Telegram would not bring it back).
 * Without releaseDeferred in stop() the runner waits out the turn (about 19 s here), past this test's time.
 */
describe('stopping the bot with a message waiting for its turn', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  // Two messages at once, then one every 19 s: the third message waits about 19 s for its turn.
  beforeAll(async () => {
    h = await startHarness({ rateLimit: { max: 2, windowMs: 38_000 } });
  }, 120_000);

  it('answers the waiting message on stop (long polling)', async () => {
    const user = { id: 7_101 };
    await greetAndConsent(h, user);
    const since = h.fake.calls.length;
    h.text(user, 'apa itu HPP untuk keripik?');
    h.text(user, 'bagaimana cara membuat label kemasan?');
    // The first answer and the notice that the next one comes in a moment.
    await h.reply(user.id, since, 2);
    await h.close();
    const sent = h.fake.calls
      .slice(since)
      .filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === user.id && c.status === 200);
    expect(sent.length).toBeGreaterThanOrEqual(3);
    expect(sent.map((c) => String(c.payload.text)).join('\n')).toMatch(/label|kemasan/i);
  }, 12_000);
});
