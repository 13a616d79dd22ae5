import { ArticleError } from "#news/article/article-error.ts";
import { normalizeSpace } from "#news/article/paragraphs.ts";
import type { ParseOptions } from "#news/article/parse-options.ts";
import { checkOffset, normalizeTimestamp, toIso } from "#news/article/timestamp.ts";
import { BYLINE_LINE, DATE_LINE, DATE_LINE_START, DATELINE } from "#news/article/wire-lines.ts";

// The header of wire text: its headline, date line and byline, each missing part with its own error.

/**
 * How long a real headline is at most, in characters (UTF-16 units): a wire text's longer first line is a paragraph,
 * not its headline, and the search index copies no more of a headline than this (lib/store/search-index.ts).
 */
export const MAX_HEADLINE_CHARS = 300;

export interface WireHeader {
  headline: string;
  publishedAt: string;
  byline?: string;
  /** Index of the first body line. */
  bodyStart: number;
}

/**
 * Reads the header of wire text line by line: the headline (the first non-blank line), then the date line and a
 * byline in either order, each with or without blank lines around it. Wire copy often has no blank line between
 * them, so the header is found by what its lines say, not by blank-line blocks. Each missing part has its own code.
 */
export function readWireHeader(lines: readonly string[], options: ParseOptions): WireHeader {
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && normalizeSpace(lines[i]!) === "") i++;
  };
  skipBlank();
  const headline = normalizeSpace(lines[i] ?? "");
  if (DATE_LINE_START.test(headline)) {
    throw new ArticleError("NO_HEADLINE", "no headline: the text starts with its date line; put the story's headline on the line above it");
  }
  if (BYLINE_LINE.test(headline)) {
    throw new ArticleError("NO_HEADLINE", "no headline: the text starts with its byline; put the story's headline on the first line");
  }
  if (headline.length > MAX_HEADLINE_CHARS || (/[.!?]["'”’]?$/.test(headline) && headline.split(/\s+/).length > 30)) {
    throw new ArticleError("NO_HEADLINE", "no headline: the first line is a paragraph; the first line should be the story's headline");
  }
  i++;

  let dated: RegExpMatchArray | undefined;
  let byline: string | undefined;
  for (;;) {
    const before = i;
    skipBlank();
    const line = normalizeSpace(lines[i] ?? "");
    const by = line.match(BYLINE_LINE);
    if (dated === undefined && DATE_LINE_START.test(line)) {
      dated = line.match(DATE_LINE) ?? undefined;
      if (!dated) throw new ArticleError("BAD_DATE", `date line "${line.slice(0, 80)}" is not \`DD/MM/YYYY HH:MM\` (optionally \`by NAME\`)`);
      // The first byline given wins; a "By NAME" line after a date line that named one stays body text.
      if (dated[6] && byline === undefined) byline = normalizeSpace(dated[6]);
    } else if (byline === undefined && by?.[1]) byline = by[1];
    else {
      i = before;
      break;
    }
    i++;
  }

  if (dated !== undefined) {
    const [, d, m, y, hh, mm] = dated;
    const publishedAt = toIso(Number(d), Number(m), Number(y), Number(hh), Number(mm), checkOffset(options.wireOffset ?? "Z"));
    return { headline, publishedAt, bodyStart: i, ...(byline ? { byline } : {}) };
  }
  if (options.fallbackPublishedAt) {
    return { headline, publishedAt: normalizeTimestamp(options.fallbackPublishedAt), bodyStart: i, ...(byline ? { byline } : {}) };
  }
  // Neither a date line nor a headline-like first line: the headline is what is missing first (a story pasted
  // without its header opens with a dateline, "Paris: …", or with a sentence).
  const dateline = headline.match(DATELINE);
  if (/\.["'”’]?$/.test(headline) || (dateline && dateline[0].length < headline.length && /[.!?]["'”’]?$/.test(headline))) {
    throw new ArticleError(
      "NO_HEADLINE",
      "no headline and no date line: the first line reads as the story's text; start with the headline, then `DD/MM/YYYY HH:MM by NAME`",
    );
  }
  const later = lines.findIndex((line, n) => n >= i && DATE_LINE_START.test(normalizeSpace(line)));
  throw new ArticleError(
    "BAD_DATE",
    later >= 0
      ? `the date line (line ${later + 1}) must come right under the headline, before the story's text`
      : "no date line: expected `DD/MM/YYYY HH:MM by NAME` on the line under the headline",
  );
}
