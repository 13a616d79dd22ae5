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
  | "FEED_ITEM";

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

/** `CODE: message` for an item's refusal, the form the ingest answer, dead letters and the CLI all print. */
export function rejectionReason(error: unknown): { code: string; reason: string } | undefined {
  if (error instanceof ArticleError || error instanceof IngestError) return { code: error.code, reason: error.message };
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
