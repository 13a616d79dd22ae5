import { build, type Parts } from "#news/article/build.ts";
import type { Article } from "#news/article/model.ts";
import { blockParagraphs, textBlocks } from "#news/article/paragraphs.ts";
import type { ParseOptions } from "#news/article/parse-options.ts";
import { checkRaw } from "#news/article/raw-checks.ts";
import { readWireHeader } from "#news/article/wire-header.ts";
import { CREDIT_LINE, DATELINE, DATELINE_ALONE } from "#news/article/wire-lines.ts";

// Wire text, the newsroom's own format: read into an Article and written back.

/**
 * Parses raw wire text: a headline line, `DD/MM/YYYY HH:MM by NAME` (and/or a `By NAME` line) under it, then
 * paragraphs separated by blank lines, the first opening with a dateline (`Paris:`), and an optional trailing
 * credit (`- AP`). Any newline convention (LF, CRLF, CR), tabs and leading blank lines are fine.
 */
export function parseWireText(text: string, options: ParseOptions = {}): Article {
  checkRaw(text);
  const lines = text.split(/\r\n?|\n/);
  const { headline, publishedAt, byline, bodyStart } = readWireHeader(lines, options);
  const blocks = textBlocks(lines.slice(bodyStart).join("\n")).flatMap(blockParagraphs);

  let credit: string | undefined;
  const last = blocks[blocks.length - 1];
  const creditMatch = last?.match(CREDIT_LINE);
  if (creditMatch) {
    blocks.pop();
    credit = (creditMatch[1] ?? creditMatch[2] ?? "").trim();
  }

  let dateline: string | undefined;
  const first = blocks[0];
  const datelineMatch = first?.match(DATELINE);
  const place = datelineMatch?.[1] ?? datelineMatch?.[2];
  const alone = blocks.length > 1 ? first?.match(DATELINE_ALONE) : undefined;
  if (first && datelineMatch && place && datelineMatch[0].length < first.length) {
    dateline = place.replace(/,$/, "");
    blocks[0] = first.slice(datelineMatch[0].length);
  } else if (alone?.[1]) {
    // "Paris:" as a paragraph of its own is still the dateline, not body text.
    dateline = alone[1].replace(/,$/, "");
    blocks.shift();
  }

  return build({ headline, publishedAt, paragraphs: blocks, byline, dateline, credit, ...pick(options) });
}

function pick(options: ParseOptions): Pick<Parts, "url" | "section"> {
  const out: Pick<Parts, "url" | "section"> = {};
  if (options.url) out.url = options.url;
  if (options.section) out.section = options.section;
  return out;
}

/** Renders an article back to the wire format `parseWireText` reads (for seeds and round trips). */
export function toWireText(article: Article): string {
  const d = new Date(article.publishedAt);
  const pad = (n: number) => String(n).padStart(2, "0");
  const dateLine = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  const [first = "", ...rest] = article.paragraphs;
  const lead = article.dateline ? `${article.dateline}: ${first}` : first;
  const parts = [article.headline, article.byline ? `${dateLine} by ${article.byline}` : dateLine, lead, ...rest];
  if (article.credit) parts.push(`- ${article.credit}`);
  return `${parts.join("\n\n")}\n`;
}
