import * as v from "valibot";
import { ArticleError } from "#news/article/article-error.ts";
import { build } from "#news/article/build.ts";
import { fieldProblem, jsonObject, optionalText } from "#news/article/json-schema.ts";
import type { Article } from "#news/article/model.ts";
import { blockParagraphs, textBlocks } from "#news/article/paragraphs.ts";
import type { ParseOptions } from "#news/article/parse-options.ts";
import { checkRaw, MAX_ARTICLE_BYTES, tooLarge } from "#news/article/raw-checks.ts";
import { normalizeTimestamp } from "#news/article/timestamp.ts";

// Article JSON, the form nutgraf accepts beside wire text (and the eval sets use): its shape, then an Article.

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
