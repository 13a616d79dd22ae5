import * as v from "valibot";
import { ArticleError, fieldProblem, optionalText, parseJsonArticle, type Article, type ArticleJson } from "#news/article.ts";
import { IngestError, storyId } from "#ingest/errors.ts";
import { htmlParagraphs } from "#ingest/html.ts";

/**
 * IPTC ninjs ("News in JSON"), the format AP's, dpa's and NTB's APIs deliver, read into nutgraf's Article.
 * 1.x puts text in `headline`, `body_text`, `body_html`/`body_xhtml`, `byline`, `subject`; 2.x in `headlines[]`,
 * `bodies[]` (each with a role and a content type), `by`, `subjects`. Both carry `uri` (the story's identity across
 * versions), `version`, `versioncreated` and `located`. Only the fields nutgraf uses are checked; the standard's
 * many others (renditions, rights, associations…) pass through unread.
 */

/** Keys only ninjs uses: an object with any of them is read as ninjs, never as nutgraf's own JSON. */
const NINJS_KEYS = ["uri", "body_text", "body_html", "body_xhtml", "bodies", "headlines", "versioncreated", "firstcreated", "located", "by", "pubstatus"];

export function looksLikeNinjs(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && NINJS_KEYS.some((key) => key in value);
}

const text = v.string("must be a string");
/** A role/value pair, as 2.x `headlines[]` and `bodies[]` hold them (and the 2.0 drafts' `{ name, text }`). */
const PART = v.looseObject({
  role: optionalText,
  name: optionalText,
  contenttype: optionalText,
  value: optionalText,
  text: optionalText,
});
const CONCEPT = v.looseObject({ name: optionalText, literal: optionalText });

const NINJS = v.looseObject({
  uri: v.pipe(text, v.check((uri) => uri.trim() !== "", "must not be empty")),
  type: optionalText,
  pubstatus: optionalText,
  version: v.optional(v.union([text, v.number()], "must be a string")),
  versioncreated: optionalText,
  firstcreated: optionalText,
  contentcreated: optionalText,
  headline: v.optional(v.union([text, v.array(PART)], "must be a string or a list of headlines")),
  headlines: v.optional(v.array(PART, "must be a list of headlines")),
  body_text: optionalText,
  body_html: optionalText,
  body_xhtml: optionalText,
  bodies: v.optional(v.array(PART, "must be a list of bodies")),
  body: v.optional(v.array(PART, "must be a list of bodies")),
  byline: optionalText,
  by: optionalText,
  bylines: v.optional(v.array(v.union([text, v.looseObject({ byline: optionalText, name: optionalText })]), "must be a list of bylines")),
  located: optionalText,
  subject: v.optional(v.array(CONCEPT, "must be a list of subjects")),
  subjects: v.optional(v.array(CONCEPT, "must be a list of subjects")),
  copyrightholder: optionalText,
});
type Ninjs = v.InferOutput<typeof NINJS>;
type Part = v.InferOutput<typeof PART>;

/** What a ninjs item said about itself beyond the article: the source's id and version label. */
export interface NinjsSource {
  uri: string;
  version?: string;
}

const partText = (part: Part) => part.value ?? part.text;
const isHtml = (part: Part) => /html/i.test(part.contenttype ?? "") || /html/i.test(part.role ?? part.name ?? "");

function mainHeadline(item: Ninjs): string | undefined {
  const parts = item.headlines ?? (Array.isArray(item.headline) ? item.headline : undefined);
  if (parts) {
    const main = parts.find((p) => (p.role ?? p.name) === "main" && partText(p)) ?? parts.find((p) => partText(p));
    return main ? partText(main) : undefined;
  }
  return typeof item.headline === "string" ? item.headline : undefined;
}

/** The body as paragraphs: HTML first (it keeps the paragraph breaks plain text often loses), else plain text. */
function bodyParagraphs(item: Ninjs): Pick<ArticleJson, "paragraphs" | "text"> | undefined {
  const parts = item.bodies ?? item.body ?? [];
  const html = parts.find((p) => isHtml(p) && partText(p))?.value ?? item.body_html ?? item.body_xhtml ?? parts.find((p) => isHtml(p))?.text;
  if (html !== undefined) {
    const paragraphs = htmlParagraphs(html);
    if (paragraphs.length > 0) return { paragraphs };
  }
  const plain = parts.find((p) => !isHtml(p) && partText(p));
  const body = (plain ? partText(plain) : undefined) ?? item.body_text;
  return body !== undefined && body.trim() !== "" ? { text: body } : undefined;
}

function byline(item: Ninjs): string | undefined {
  const names = item.bylines?.map((b) => (typeof b === "string" ? b : (b.byline ?? b.name ?? ""))).filter((b) => b.trim() !== "");
  const raw = item.by ?? item.byline ?? (names && names.length > 0 ? names.join(", ") : undefined);
  return raw?.replace(/^\s*by\s+/i, "");
}

/** A ninjs object as an Article whose id comes from its `uri`; refuses, with a typed error, what cannot be briefed. */
export function parseNinjs(value: unknown): { article: Article; source: NinjsSource } {
  const parsed = v.safeParse(NINJS, value, { abortEarly: true });
  if (!parsed.success) throw new ArticleError("BAD_JSON", `ninjs ${fieldProblem(parsed.issues[0])}`);
  const item = parsed.output;
  if (item.type !== undefined && item.type !== "text" && item.type !== "composite") {
    throw new IngestError("NOT_TEXT", `ninjs item ${item.uri} is of type "${item.type}": only text stories can be briefed`);
  }
  if (item.pubstatus === "withheld" || item.pubstatus === "canceled") {
    throw new IngestError("WITHDRAWN", `ninjs item ${item.uri} has pubstatus "${item.pubstatus}": the source says not to use it`);
  }
  const headline = mainHeadline(item);
  if (!headline || headline.trim() === "") throw new ArticleError("NO_HEADLINE", `ninjs item ${item.uri} has no headline (headline or headlines[].value)`);
  const body = bodyParagraphs(item);
  if (!body) throw new ArticleError("EMPTY", `ninjs item ${item.uri} has no body text (body_text, body_html or bodies[].value)`);
  // The version's own time: a rewrite is dated when it was written, so "what changed" can say when.
  const publishedAt = item.versioncreated ?? item.firstcreated ?? item.contentcreated;
  if (!publishedAt) throw new ArticleError("BAD_DATE", `ninjs item ${item.uri} has no versioncreated or firstcreated`);
  const subject = [...(item.subjects ?? []), ...(item.subject ?? [])].find((s) => s.name)?.name;
  const article = parseJsonArticle({
    id: storyId(item.uri),
    headline,
    publishedAt,
    ...body,
    byline: byline(item),
    dateline: item.located,
    credit: item.copyrightholder,
    section: subject,
  } satisfies ArticleJson);
  const source: NinjsSource = { uri: item.uri };
  if (item.version !== undefined) source.version = String(item.version);
  return { article, source };
}
