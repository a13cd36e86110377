/**
 * Plain text inside Markdown exports: one line (a lone CR, CRLF, LF or a Unicode line separator each
 * become a space), and nothing GFM would turn into a link by itself (a bare `https://…`, `www.…` or an
 * e-mail address): those links are made on purpose, from checked http(s) URLs, never from page text.
 */

/** Line breaks of any kind (CRLF, a lone CR, LF, U+2028, U+2029) as one space each. */
export function oneLine(text: string): string {
  return text.replace(/\r\n?|[\n\u2028\u2029]/g, ' ');
}

/**
 * Backslash-escapes the character that makes GFM autolink: the colon of `http:`/`https:`/`ftp:`/
 * `mailto:`/`xmpp:`, the dot of `www.`, every `@`. Apply after any other escaping (it adds backslashes).
 */
export function noAutolink(text: string): string {
  return text
    .replace(/\b(https?|ftp|mailto|xmpp):/gi, '$1\\:')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`)
    .replace(/@/g, '\\@');
}

/** An autolink `<url>` for an http(s) URL (with `<`, `>` and spaces percent-encoded), or null for anything else. */
export function autolink(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `<${u.href.replace(/[<>\s]/g, encodeURIComponent)}>`;
  } catch {
    return null;
  }
}
