/** C0 controls other than tab, newline and carriage return, DEL, and U+FFFD (what broken UTF-8 decodes to). */
export function isJunk(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f || code === 0xfffd;
}

export function countControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isJunk(text.charCodeAt(i))) count++;
  return count;
}

/** Drops control characters and zero-width marks that only make a question look different. */
export function stripInvisible(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if ((isJunk(code) && code !== 0xfffd) || (code >= 0x200b && code <= 0x200f) || code === 0xfeff) continue;
    out += char;
  }
  return out;
}
