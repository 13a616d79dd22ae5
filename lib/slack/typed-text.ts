/**
 * What the user typed, from a slash command's `text`. Slack's clients send `&`, `<` and `>` in all text as `&amp;`,
 * `&lt;` and `&gt;`; read as it came, "AT&T" was searched for as "AT&amp;T" (and found nothing), a filter was stored
 * as "R&amp;D" (and matched no story), and an echo showed "&amp;amp;". `&amp;` goes last: "&amp;lt;" is a typed "&lt;".
 */
export function typedText(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
