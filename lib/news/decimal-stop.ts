import type { Span } from "#news/sentence-breaks.ts";

// sbd reads a word whose second character is a stop as a dotted abbreviation ("U.S."), and so a one-digit decimal
// ending a sentence ("rose 2.8%.", "fell to 4.5m.") closes nothing before a word sbd does not take for a sentence's
// start: "A", "I", a capital run ("UK", "BBC"). The two sentences stayed one, and the card's label search reached into
// the next ("2.8%. A number of shops reported weak trade." → '2.8% — number'; card audit 41). "rose 2.8 per cent. A
// number" was already split, and so was "rose 12.8%. A number".

/** A one-digit decimal, with a percent or a short unit glued on, and the stop ending its sentence; then a capital. */
const DECIMAL_STOP = /(?:^|\s)\d\.\d+(?:%|[a-z]{1,2})?\.(\s+)(?=["'“‘(]?\p{Lu})/gu;

/** Whether DECIMAL_STOP can match: it needs a digit, a stop and a space in a row; most pieces have none. */
function mayHold(text: string): boolean {
  for (let at = text.indexOf(". "); at >= 0; at = text.indexOf(". ", at + 1)) {
    const c = text.charCodeAt(at - 1);
    if ((c >= 48 && c <= 57) || c === 37 || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

/** sbd's pieces, each cut again after a one-digit decimal's closing stop before a capital. */
export function splitDecimalStops(paragraph: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const text = paragraph.slice(span.start, span.end);
    if (!mayHold(text)) {
      out.push(span);
      continue;
    }
    let from = 0;
    for (const m of text.matchAll(DECIMAL_STOP)) {
      const gap = m.index + m[0].length - (m[1]?.length ?? 0);
      out.push({ start: span.start + from, end: span.start + gap });
      from = gap + (m[1]?.length ?? 0);
    }
    out.push({ start: span.start + from, end: span.end });
  }
  return out;
}
