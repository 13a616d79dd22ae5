import { createHash } from "node:crypto";
import { ArticleError } from "#news/article.ts";

export type IngestErrorCode =
  /** A ninjs item that is a picture, video, audio or graphic: nothing to brief. */
  | "NOT_TEXT"
  /** ninjs `pubstatus` withheld or canceled: the source asks that it not be used. */
  | "WITHDRAWN"
  /** An older version of a story that already has a newer one stored (a wire redelivering out of order). */
  | "OUT_OF_ORDER"
  /** A feed item without a title, a body or a date. */
  | "FEED_ITEM"
  /** The story's stored item is damaged past what a new version can replace (it has no version number). */
  | "DAMAGED_STORY";

/** Why an ingested item was refused, beyond what `ArticleError` covers for the article itself. */
export class IngestError extends Error {
  override readonly name = "IngestError";
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The longest refusal reason kept. Messages quote the field at fault ("publishedAt "…" is not ISO 8601"), and a
 * sender can put a whole body there: unbounded, a 300 KB quote made its dead letter (raw item + reason) pass
 * DynamoDB's 400 KB item, so the letter's put threw and the whole batch answered 502 with nothing kept.
 */
export const MAX_REASON_CHARS = 500;
/** Of a cut reason, the characters kept from its end: where messages say what was expected. */
const REASON_TAIL = 200;

/** Whether a cut at `at` would leave half a surrogate pair either side (the character there is a low surrogate). */
function splitsPair(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A reason of at most MAX_REASON_CHARS: its start and its end, the quoted middle cut out and marked. */
export function boundReason(reason: string): string {
  if (reason.length <= MAX_REASON_CHARS) return reason;
  const mark = " […] ";
  let head = MAX_REASON_CHARS - REASON_TAIL - mark.length;
  if (splitsPair(reason, head)) head -= 1;
  let tail = reason.length - REASON_TAIL;
  if (splitsPair(reason, tail)) tail += 1;
  return `${reason.slice(0, head)}${mark}${reason.slice(tail)}`;
}

/** How many items a one-line summary of a long list names before it only counts the rest. */
export const NAMED_IN_SUMMARY = 3;

/**
 * A list as one bounded line: its first NAMED_IN_SUMMARY items, then how many more (`a; b; c; and 9 more`), so a
 * message about many feeds stays as short as one about three. Callers keep the whole list elsewhere (a report).
 */
export function boundList(items: readonly string[], separator = "; "): string {
  const named = items.slice(0, NAMED_IN_SUMMARY).join(separator);
  return items.length > NAMED_IN_SUMMARY ? `${named}${separator}and ${items.length - NAMED_IN_SUMMARY} more` : named;
}

/** `CODE: message` for an item's refusal, the form the ingest answer, dead letters and the CLI all print. */
export function rejectionReason(error: unknown): { code: string; reason: string } | undefined {
  if (error instanceof ArticleError || error instanceof IngestError) return { code: error.code, reason: boundReason(error.message) };
  return undefined;
}

/**
 * The article id of a story that its source identifies (a ninjs `uri`, a feed's `guid`, a CMS id): every version
 * the source sends under that id is a version of one story, whatever its headline. 12 hex digits, like the ids of
 * stories read from files; the `source\n` prefix keeps the two kinds of id from ever colliding.
 */
export function storyId(sourceId: string): string {
  return createHash("sha256").update(`source\n${sourceId.trim()}`).digest("hex").slice(0, 12);
}
