const TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'span',
  'tg-spoiler',
  'a',
  'tg-emoji',
  'code',
  'pre',
  'blockquote',
]);
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/**
 * Telegram's parse_mode HTML rules as documented: only the listed tags, properly nested and closed;
 * `<`, `>` and `&` outside tags must be written as &lt; &gt; &amp; (or &quot; and numeric entities).
 * Returns the visible text (what Telegram counts against the 4096-character limit) or the error.
 */
export function checkTelegramHtml(html: string): { ok: true; text: string } | { ok: false; error: string } {
  const stack: string[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) return { ok: false, error: `unexpected end of tag at byte offset ${i}` };
      const inner = html.slice(i + 1, end);
      const closing = inner.startsWith('/');
      const name = (closing ? inner.slice(1) : inner).trim().split(/\s+/)[0]!.toLowerCase();
      if (!TAGS.has(name)) return { ok: false, error: `Unsupported start tag "${name}" at byte offset ${i}` };
      if (closing) {
        if (stack.pop() !== name)
          return { ok: false, error: `Unmatched end tag at byte offset ${i}, expected "</${stack.at(-1)}>"` };
      } else {
        if (name === 'a' && !/href\s*=\s*"[^"]*"/.test(inner))
          return { ok: false, error: 'a tag without href' };
        stack.push(name);
      }
      i = end + 1;
      continue;
    }
    if (ch === '>') return { ok: false, error: `unexpected ">" at byte offset ${i}` };
    if (ch === '&') {
      const m = /^&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]+);/.exec(html.slice(i, i + 12));
      if (!m) return { ok: false, error: `Character "&" not allowed at byte offset ${i}; use &amp;` };
      const body = m[1]!;
      if (body.startsWith('#x')) text += String.fromCodePoint(Number.parseInt(body.slice(2), 16));
      else if (body.startsWith('#')) text += String.fromCodePoint(Number(body.slice(1)));
      else if (NAMED[body] !== undefined) text += NAMED[body];
      else return { ok: false, error: `Unsupported HTML entity "&${body};"` };
      i += m[0].length;
      continue;
    }
    text += ch;
    i++;
  }
  if (stack.length > 0)
    return { ok: false, error: `Can't find end tag corresponding to start tag "${stack.at(-1)}"` };
  return { ok: true, text };
}
