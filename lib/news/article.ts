import { createHash } from "node:crypto";
import * as v from "valibot";

/** A stored news story, as the rest of nutgraf sees it. */
export interface Article {
  /** Stable: derived from headline and publication time, so re-importing the same story gives the same id. */
  id: string;
  headline: string;
  /** ISO 8601 with an explicit offset, e.g. `2015-11-17T20:50:00Z`. */
  publishedAt: string;
  byline?: string;
  /** Place the story was filed from (`Paris`), without the colon; not part of the body. */
  dateline?: string;
  /** Body paragraphs, dateline and credit removed, whitespace normalised. */
  paragraphs: string[];
  /** Agency or source credit (`AP`). */
  credit?: string;
  url?: string;
  section?: string;
  /** sha256 (hex) of headline + body: a changed story gets a new hash and is stored as a new version. */
  contentHash: string;
}

/** The article's optional metadata: copied only when present, so JSON output never carries empty keys. */
export const OPTIONAL_FIELDS = ["byline", "dateline", "credit", "section", "url"] as const;
type OptionalField = (typeof OPTIONAL_FIELDS)[number];

export function copyOptionalFields<T extends Partial<Record<OptionalField, string>>>(
  from: Partial<Record<OptionalField, string | undefined>>,
  to: T,
): T {
  for (const field of OPTIONAL_FIELDS) {
    const value = from[field];
    if (value) to[field] = value as T[OptionalField];
  }
  return to;
}

export type ArticleErrorCode =
  | "EMPTY"
  | "TOO_LARGE"
  | "BINARY"
  | "HTML"
  | "NO_HEADLINE"
  | "NO_BODY"
  | "BAD_DATE"
  | "BAD_JSON";

/** Why a text could not become an Article; `code` is for programs, `message` for people. */
export class ArticleError extends Error {
  override readonly name = "ArticleError";
  constructor(
    readonly code: ArticleErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The largest article nutgraf takes, in UTF-8 bytes (350 KiB). A stored version is one DynamoDB item, and an item
 * holds at most 400 KB counting attribute names, keys and list overhead: the rest is headroom for those, so any
 * article the parser accepts can be stored (a 529 KB one used to fail at the table with a raw ValidationException).
 */
export const MAX_ARTICLE_BYTES = 350 * 1024;
const LIMIT_TEXT = `${MAX_ARTICLE_BYTES / 1024} KB`;

/**
 * The article's size as the table will count it: every field's UTF-8 bytes, plus a byte per paragraph for the
 * list element's own overhead. Checked on the built article, because a JSON article's byline, url or credit are
 * outside the body text the raw check sees.
 */
export function storedBytes(article: Article): number {
  let bytes = article.paragraphs.length;
  for (const value of Object.values(article)) {
    if (typeof value === "string") bytes += Buffer.byteLength(value, "utf8");
    else if (Array.isArray(value)) for (const p of value) bytes += Buffer.byteLength(String(p), "utf8");
  }
  return bytes;
}

function tooLarge(what: string, bytes: number): ArticleError {
  return new ArticleError(
    "TOO_LARGE",
    `${what} is ${bytes} bytes, over the ${LIMIT_TEXT} limit for an article (a stored story must fit one 400 KB DynamoDB item); split it or trim it`,
  );
}

export interface ParseOptions {
  /**
   * The offset the wire's date line is written in, as `+HH:MM`/`-HH:MM` or `Z`.
   * Wire date lines carry no zone; the default says so explicitly (UTC) instead of guessing the dateline's city.
   */
  wireOffset?: string;
  /** Used when the text has no date line at all (e.g. a pasted story); ISO 8601. */
  fallbackPublishedAt?: string;
  section?: string;
  url?: string;
}

const DATE_LINE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?:\s+by\s+(.+))?$/i;
// A dateline opens the first paragraph: "Paris:" (one to four capitalised words and a colon), or the
// all-capitals wire form "WASHINGTON (AP) —". A capitalised name before a dash ("Barack Obama — who…") is not one.
const DATELINE =
  /^(?:((?:[A-Z][\p{L}.'’-]*)(?:[ ,]+[A-Z][\p{L}.'’-]*){0,3})\s*:|((?:[A-Z][A-Z.'’-]+)(?:[ ,]+[A-Z][\p{L}.'’-]*){0,3})(?:\s*\([^)]{1,20}\))?\s+(?:[—–]|--?))\s+/u;
const DATELINE_ALONE = /^((?:[A-Z][\p{L}.'’-]*)(?:[ ,]+[A-Z][\p{L}.'’-]*){0,3})\s*:$/u;
// A trailing credit line: "- AP", "— Reuters", "(AFP)".
const CREDIT_LINE = /^(?:[-—–]\s*([A-Z][\w&.' ]{0,40})|\(([A-Z][\w&.' ]{0,40})\))$/;
const HTML_TAG =
  /<\/?(?:html|body|div|p|span|script|style|br|hr|a|b|i|em|strong|h[1-6]|ul|ol|li|img|table|tr|td|th|head|meta|link|iframe|section|article|header|footer|nav|form)\b[^>]*>|<!doctype\s+html/i;

export function normalizeSpace(text: string): string {
  return text.replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, " ").replace(/[ \t]+/g, " ").trim();
}

const LIST_ITEM = /^(?:[-*•–]|\d{1,2}[.)])\s+\S/;

/**
 * One blank-line-separated block of text as paragraphs: wrapped lines are joined, but a list (lines opening with
 * `-`, `*`, `•` or `1.`) keeps one paragraph per item, so no sentence runs across two items.
 */
export function blockParagraphs(block: string): string[] {
  const lines = block.split("\n").map(normalizeSpace).filter(Boolean);
  if (lines.filter((l) => LIST_ITEM.test(l)).length >= 2) return lines;
  return lines.length === 0 ? [] : [lines.join(" ")];
}

/** Text cut at blank lines, whatever its newline convention: the blocks `blockParagraphs` reads. */
export function textBlocks(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").split(/\n\s*\n/);
}

function checkRaw(text: string): void {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_ARTICLE_BYTES) throw tooLarge("article text", bytes);
  if (text.trim() === "") throw new ArticleError("EMPTY", "article text is empty");
  // Control characters other than tab/newline/carriage return mean a binary file, not a story.
  const control = text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g);
  if (control && control.length > Math.max(2, text.length / 1000)) {
    throw new ArticleError("BINARY", "article text looks binary (control characters or invalid UTF-8)");
  }
  if (HTML_TAG.test(text)) {
    throw new ArticleError("HTML", "article text contains HTML markup; send the story's plain text");
  }
}

function toIso(day: number, month: number, year: number, hour: number, minute: number, offset: string): string {
  const d = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (d.getUTCDate() !== day || d.getUTCMonth() !== month - 1 || hour > 23 || minute > 59) {
    throw new ArticleError("BAD_DATE", `date line ${day}/${month}/${year} ${hour}:${minute} is not a real date`);
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${offset === "+00:00" ? "Z" : offset}`;
}

function checkOffset(offset: string): string {
  if (offset === "Z") return "+00:00";
  if (!/^[+-](?:0\d|1[0-4]):[0-5]\d$/.test(offset)) {
    throw new ArticleError("BAD_DATE", `wire offset ${offset} is not of the form +HH:MM`);
  }
  return offset;
}

/** Normalises an ISO 8601 timestamp with an explicit zone; rejects ones without. */
export function normalizeTimestamp(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.exec(value);
  // Date.parse accepts "2015-02-30" (rolling into March), so check the calendar day exists.
  const real = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDate() === Number(m[3]);
  if (!m || !real || Number.isNaN(Date.parse(value))) {
    throw new ArticleError("BAD_DATE", `publishedAt "${value}" is not ISO 8601 with a zone (e.g. 2015-11-17T20:50:00Z)`);
  }
  return value;
}

export function articleId(headline: string, publishedAt: string): string {
  const key = `${normalizeSpace(headline).toLowerCase()}\n${new Date(publishedAt).toISOString()}`;
  return createHash("sha256").update(key).digest("hex").slice(0, 12);
}

export function contentHash(headline: string, paragraphs: readonly string[]): string {
  return createHash("sha256").update([headline, ...paragraphs].join("\n")).digest("hex");
}

interface Parts {
  headline: string;
  publishedAt: string;
  paragraphs: string[];
  id?: string;
  byline?: string;
  dateline?: string;
  credit?: string;
  url?: string;
  section?: string;
}

function build(parts: Parts): Article {
  const paragraphs = parts.paragraphs.map(normalizeSpace).filter((p) => p !== "");
  if (paragraphs.length === 0) throw new ArticleError("NO_BODY", "article has a headline but no body text");
  const headline = normalizeSpace(parts.headline);
  const article: Article = {
    id: parts.id ?? articleId(headline, parts.publishedAt),
    headline,
    publishedAt: parts.publishedAt,
    paragraphs,
    contentHash: contentHash(headline, paragraphs),
  };
  copyOptionalFields(parts, article);
  const bytes = storedBytes(article);
  if (bytes > MAX_ARTICLE_BYTES) throw tooLarge("article", bytes);
  return article;
}

/**
 * How long a real headline is at most, in characters (UTF-16 units): a wire text's longer first line is a paragraph,
 * not its headline, and the search index copies no more of a headline than this (lib/store/search-index.ts).
 */
export const MAX_HEADLINE_CHARS = 300;

/** A line that opens like a wire date line (`17/11/2015 …`), whether or not the rest of it is right. */
const DATE_LINE_START = /^\d{1,2}\/\d{1,2}\/\d{4}(?:\s|$)/;
// A byline on a line of its own ("By Jane Smith", "by Lyse Doucet and Jon Sopel"): capitalised name words only, so a
// body sentence that opens with "By Monday evening, …" is never taken for one.
const BYLINE_LINE = /^[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|der|al))*)$/u;

interface WireHeader {
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
function readWireHeader(lines: readonly string[], options: ParseOptions): WireHeader {
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

/** The JSON form nutgraf accepts (and the eval sets use): `text` is split on blank lines into paragraphs. */
export interface ArticleJson {
  id?: string;
  headline?: string;
  title?: string;
  publishedAt?: string;
  byline?: string;
  dateline?: string;
  paragraphs?: string[];
  text?: string;
  credit?: string;
  url?: string;
  section?: string;
}

/**
 * One wording for a schema problem at every boundary that reads untrusted data (JSON files, eval sets, DynamoDB
 * items): `field "paragraphs.2" must be a string`, naming the path so the sender can find the bad value.
 */
export function fieldProblem(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  return path ? `field "${path}" ${issue.message}` : issue.message;
}

/** JSON `null` means "not given", like a missing key; anything else must be text. */
export const optionalText = v.pipe(
  v.nullish(v.string("must be a string")),
  v.transform((value) => value ?? undefined),
);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The message for `v.object`'s own issues: with a path it is a required key that is absent (valibot's default,
 * `Invalid key: Expected "x" but received undefined`, would read badly after `field "x"`); without, not an object.
 */
export function objectProblem(notObject: string): (issue: v.ObjectIssue) => string {
  return (issue) => (issue.path ? "is missing" : notObject);
}

/** valibot's `object` lets arrays through (they are objects to `typeof`); a JSON document must be a real object. */
export function jsonObject<const T extends v.ObjectEntries>(entries: T, message: string) {
  return v.pipe(v.custom<Record<string, unknown>>(isRecord, message), v.object(entries, objectProblem(message)));
}

const ARTICLE_ID = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * The shape of `ArticleJson`. Only shape lives here (a BAD_JSON problem); the rules with codes of their own
 * (NO_HEADLINE, EMPTY, BAD_DATE, size, HTML, binary) are checked after it, on the typed value.
 */
const ARTICLE_JSON = jsonObject(
  {
    id: v.pipe(
      optionalText,
      v.check(
        (id) => id === undefined || ARTICLE_ID.test(id),
        // The id becomes part of a table key, so its charset is a shape rule; show (a bounded slice of) what came.
        (issue) => `must be 1–64 letters, digits, '.', '_' or '-' (got "${String(issue.input).slice(0, 80)}")`,
      ),
    ),
    headline: optionalText,
    title: optionalText,
    publishedAt: optionalText,
    byline: optionalText,
    dateline: optionalText,
    // Unlike the text fields, `paragraphs: null` is not "absent": it would silently fall back to `text`.
    paragraphs: v.optional(v.array(v.string("must be a string"), "must be an array of strings")),
    text: optionalText,
    credit: optionalText,
    url: optionalText,
    section: optionalText,
  },
  "article JSON must be an object",
) satisfies v.GenericSchema<unknown, ArticleJson>;

export function parseJsonArticle(input: string | unknown, options: ParseOptions = {}): Article {
  let value: unknown = input;
  if (typeof input === "string") {
    const bytes = Buffer.byteLength(input, "utf8");
    if (bytes > MAX_ARTICLE_BYTES) throw tooLarge("article JSON", bytes);
    if (input.trim() === "") throw new ArticleError("EMPTY", "article text is empty");
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new ArticleError("BAD_JSON", `not valid JSON: ${(error as Error).message}`);
    }
  }
  // abortEarly: the first problem, found in declaration order, so the same bad input always gives the same message.
  const parsed = v.safeParse(ARTICLE_JSON, value, { abortEarly: true });
  if (!parsed.success) throw new ArticleError("BAD_JSON", fieldProblem(parsed.issues[0]));
  const o = parsed.output;
  const headline = o.headline ?? o.title;
  if (!headline || headline.trim() === "") throw new ArticleError("NO_HEADLINE", "article JSON has no headline (or title)");
  const paragraphs = o.paragraphs ?? textBlocks(o.text ?? "");
  const body = paragraphs.join("\n\n");
  if (body.trim() === "") throw new ArticleError("EMPTY", "article JSON has no body text (paragraphs or text)");
  checkRaw(`${headline}\n\n${body}`);
  const rawDate = o.publishedAt ?? options.fallbackPublishedAt;
  if (!rawDate) throw new ArticleError("BAD_DATE", "article JSON has no publishedAt");
  return build({
    headline,
    publishedAt: normalizeTimestamp(rawDate),
    paragraphs: paragraphs.flatMap(blockParagraphs),
    id: o.id,
    byline: o.byline,
    dateline: o.dateline,
    credit: o.credit,
    url: o.url ?? options.url,
    section: o.section ?? options.section,
  });
}

/** Wire text or JSON, told apart by the first non-blank character. */
export function parseArticle(text: string, options: ParseOptions = {}): Article {
  return /^\s*[{[]/.test(text) ? parseJsonArticle(text, options) : parseWireText(text, options);
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
