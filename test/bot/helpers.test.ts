import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/bot/helpers/html.ts';
import { createPseudonymizer } from '../../src/bot/helpers/pseudonym.ts';
import { createRateLimiter } from '../../src/bot/helpers/rate-limit.ts';
import { formatSource } from '../../src/bot/helpers/sources.ts';
import { splitMessage } from '../../src/bot/helpers/split.ts';
import { en } from '../../src/bot/locales/en.ts';
import { id } from '../../src/bot/locales/id.ts';
import { translator } from '../../src/bot/locales/index.ts';
import { checkTelegramHtml } from '../helpers/telegram-html.ts';

const source = (fields: Partial<Parameters<typeof formatSource>[0]>) => ({
  n: 1,
  title: 'Judul',
  path: 'knowledge/x.md',
  section: '',
  score: 1,
  source: '',
  asOf: '2026-11-23',
  ...fields,
});

describe('bot helpers', () => {
  it('escapes every character Telegram HTML treats specially, and the fake accepts the result', () => {
    const hostile = '<b>tebal</b> & <script>alert(1)</script> "kutip" 5 > 3 &amp; *bintang* _miring_';
    const html = escapeHtml(hostile);
    const parsed = checkTelegramHtml(html);
    expect(parsed).toEqual({ ok: true, text: hostile });
    expect(checkTelegramHtml(hostile).ok).toBe(false);
    expect(checkTelegramHtml('a & b').ok).toBe(false);
    expect(checkTelegramHtml('<b>a</i>').ok).toBe(false);
  });

  it('splits at sentence ends under the limit and keeps every word', () => {
    const sentence = 'Ini kalimat ke-N tentang harga pokok produksi yang cukup panjang. ';
    const text = sentence.repeat(200);
    const parts = splitMessage(text, 1000);
    expect(parts.length).toBeGreaterThan(10);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(1000);
      expect(part.endsWith('.')).toBe(true);
    }
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(text.trim().replace(/\s+/g, ' '));
  });

  it('splits text without any break and never cuts an emoji in half', () => {
    const parts = splitMessage('😀'.repeat(3000), 1001);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(1001);
      expect(/[\uD800-\uDBFF]$/.test(part)).toBe(false);
    }
    expect(parts.join('')).toBe('😀'.repeat(3000));
    expect(splitMessage('pendek')).toEqual(['pendek']);
    expect(splitMessage('   ')).toEqual([]);
  });

  it('formats sources as short title, publisher and publication date, never the file or the writing date', () => {
    expect(
      formatSource(
        source({
          title: 'Jumlah sentra IKM dan unit usaha di Indonesia - angka nasional',
          source:
            'Republika, keterangan Dirjen IKMA Kemenperin Reni Yanita, 26 Oktober 2022, mengutip BPS; Beritasatu, 17 April 2018',
          asOf: '2022-10-26',
        }),
      ),
    ).toBe('Jumlah sentra IKM dan unit usaha di Indonesia (Republika, 26 Oktober 2022)');
    const compiled = formatSource(
      source({
        title: 'Cara menghitung HPP',
        source: 'Praktik umum akuntansi biaya usaha kecil; disusun tim Pendamping IKM',
      }),
    );
    expect(compiled).toBe('Cara menghitung HPP (Tim Pendamping IKM)');
    expect(compiled).not.toMatch(/2026|knowledge/);
    expect(
      formatSource(
        source({
          title: 'Direktori sentra IKM',
          path: 'tool:directory',
          source: 'Dinas X',
          asOf: '2020-02-25',
        }),
      ),
    ).toBe('Direktori sentra IKM (Dinas X, 2020-02-25)');
  });

  it('pseudonymises ids with a key: stable, distinct per kind, not the id itself', () => {
    const a = createPseudonymizer('secret-a-0123456789');
    const b = createPseudonymizer('secret-b-0123456789');
    expect(a.user(42)).toBe(a.user(42));
    expect(a.user(42)).not.toBe(a.chat(42));
    expect(a.user(42)).not.toBe(b.user(42));
    expect(a.user(42)).not.toContain('42');
  });

  it('has every locale string in both languages and fills placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const value of Object.values(en)) expect(value.trim()).not.toBe('');
    expect(translator('id')('deleteDone', { count: 3 })).toContain('3 catatan');
    expect(translator('en')('deleteDone', { count: 3 })).toContain('3 records');
  });
});

describe('the per-person rate limit', () => {
  const manual = () => {
    let now = 0;
    return { now: () => now, sleep: () => new Promise<void>(() => undefined), set: (t: number) => (now = t) };
  };

  it('lets a burst through, then spaces messages out, tells once, and refuses past the longest wait', () => {
    const clock = manual();
    const limiter = createRateLimiter({ burst: 6, windowMs: 30_000, maxDelayMs: 20_000, clock });
    const decisions = Array.from({ length: 12 }, () => limiter.decide('u', 0));
    expect(decisions.slice(0, 6).every((d) => d.kind === 'go')).toBe(true);
    expect(decisions.slice(6, 10)).toEqual([
      { kind: 'wait', ms: 5_000, tell: true },
      { kind: 'wait', ms: 10_000, tell: false },
      { kind: 'wait', ms: 15_000, tell: false },
      { kind: 'wait', ms: 20_000, tell: false },
    ]);
    expect(decisions[10]).toEqual({ kind: 'refuse', retryMs: 25_000, tell: true });
    expect(decisions[11]).toMatchObject({ kind: 'refuse', tell: false });
    // Another person is not affected; the window passing gives the allowance back.
    expect(limiter.decide('v', 0).kind).toBe('go');
    clock.set(60_000);
    expect(limiter.decide('u', 60_000).kind).toBe('go');
  });

  it('releases the waiting messages at shutdown instead of holding it', async () => {
    const limiter = createRateLimiter({ burst: 1, windowMs: 60_000, clock: manual() });
    // The manual clock's sleep never ends: only release() lets the wait finish.
    const waited = limiter.wait(50_000);
    limiter.release();
    await expect(waited).resolves.toBeUndefined();
    await expect(limiter.wait(50_000)).resolves.toBeUndefined();
  });
});
