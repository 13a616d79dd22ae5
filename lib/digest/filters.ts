import type { Article } from "#news/article.ts";
import { DurationError, DURATION_FORMS, parseDuration } from "#lib/duration.ts";

// Windows and filters editors add to `/brief digest`, `/brief latest` and `/brief subscribe`:
// `since 6h`, `section:business`, `source:AP` (quoted when the name has spaces: `section:"UK politics"`).

/** Stories in one section and/or from one source (the article's `section` and `credit`). */
export interface StoryFilter {
  section?: string;
  source?: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const FILTER_FORMS = 'section:<name> and source:<name> (quote names with spaces: section:"UK politics")';
const KEYS = ["section", "source"] as const;
const MAX_NAME = 60;
/** The longest `since` a digest on demand covers: a month of stories is already more than one message can show. */
export const MAX_WINDOW_MS = 31 * 86_400_000;

/** Words of a command, keeping `key:"quoted value"` as one token. */
export function tokenize(text: string): string[] {
  return [...text.matchAll(/[^\s:"]+:"[^"]*"|"[^"]*"|\S+/g)].map((m) => m[0]);
}

export function isFilterToken(token: string): boolean {
  return /^(?:section|source):/i.test(token);
}

/** Takes the filter tokens out of `tokens`; the rest is left for the command. Errors name the accepted forms. */
export function parseFilter(tokens: readonly string[]): ParseResult<{ filter: StoryFilter; rest: string[] }> {
  const filter: StoryFilter = {};
  const rest: string[] = [];
  for (const token of tokens) {
    if (!isFilterToken(token)) {
      rest.push(token);
      continue;
    }
    const colon = token.indexOf(":");
    const key = token.slice(0, colon).toLowerCase() as (typeof KEYS)[number];
    const value = token.slice(colon + 1).replace(/^"(.*)"$/, "$1").replace(/\s+/g, " ").trim();
    if (value === "") return { ok: false, error: `"${token}" names no ${key}: use ${FILTER_FORMS}` };
    if (value.length > MAX_NAME) return { ok: false, error: `the ${key} name is over ${MAX_NAME} characters` };
    if (filter[key] !== undefined) return { ok: false, error: `two ${key}s given ("${filter[key]}" and "${value}"): give one` };
    filter[key] = value;
  }
  return { ok: true, value: { filter, rest } };
}

/** Case-, accent- and spacing-insensitive, so "Business", "business" and "BUSINESS " are one section. */
export function foldName(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Whether a story passes. A source matches the credit, or one of the agencies of a shared credit ("AP/Reuters",
 * "AP, AFP"). A story without a section or credit never passes a filter on it.
 */
export function matchesFilter(article: Pick<Article, "section" | "credit">, filter: StoryFilter): boolean {
  if (filter.section !== undefined && (article.section === undefined || foldName(article.section) !== foldName(filter.section))) return false;
  if (filter.source !== undefined) {
    if (article.credit === undefined) return false;
    const wanted = foldName(filter.source);
    const credits = [article.credit, ...article.credit.split(/[\/,;&]| and /)].map(foldName);
    if (!credits.includes(wanted)) return false;
  }
  return true;
}

/** The filter a subscription (or anything with optional section and source) carries. */
export function filterOf(s: { section?: string | undefined; source?: string | undefined }): StoryFilter {
  return { ...(s.section !== undefined ? { section: s.section } : {}), ...(s.source !== undefined ? { source: s.source } : {}) };
}

export function isEmptyFilter(filter: StoryFilter): boolean {
  return filter.section === undefined && filter.source === undefined;
}

/** "section business, source AP"; "" for no filter. */
export function describeFilter(filter: StoryFilter): string {
  return [filter.section !== undefined ? `section ${filter.section}` : undefined, filter.source !== undefined ? `source ${filter.source}` : undefined]
    .filter((p): p is string => p !== undefined)
    .join(", ");
}

export interface DigestArgs {
  /** How far back the digest reaches from now. */
  windowMs: number;
  filter: StoryFilter;
}

export const DIGEST_USAGE = "/brief digest [since 6h] [section:<name>] [source:<name>]";

/** What follows `/brief digest`: `since <duration>` (or `last <duration>`) and filters, in any order. Default: 24 hours. */
export function parseDigestArgs(text: string, defaultWindowMs: number): ParseResult<DigestArgs> {
  const parsed = parseFilter(tokenize(text.trim()));
  if (!parsed.ok) return parsed;
  const rest = parsed.value.rest;
  let windowMs: number | undefined;
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!.toLowerCase();
    const inline = /^(?:since|last):(.+)$/.exec(word);
    if (word !== "since" && word !== "last" && !inline) return { ok: false, error: `unexpected "${rest[i]}": use since <duration> (${DURATION_FORMS}) and ${FILTER_FORMS}` };
    if (windowMs !== undefined) return { ok: false, error: "give one window (since …)" };
    let amount = inline?.[1] ?? rest[++i];
    // "since 6 hours" is one duration in two words.
    if (amount !== undefined && /^\d+$/.test(amount) && rest[i + 1] !== undefined && !inline) amount = `${amount} ${rest[++i]}`;
    if (amount === undefined) return { ok: false, error: `since what? Use since <duration>: ${DURATION_FORMS}` };
    try {
      windowMs = parseDuration(amount);
    } catch (error) {
      if (error instanceof DurationError) return { ok: false, error: error.message };
      throw error;
    }
    if (windowMs > MAX_WINDOW_MS) return { ok: false, error: `"${amount}" is longer than a digest covers: at most 31 days` };
  }
  return { ok: true, value: { windowMs: windowMs ?? defaultWindowMs, filter: parsed.value.filter } };
}
