/**
 * What one ingest request carries, cut into items before any is parsed, so one bad item is refused on its own and
 * the rest still go in. A body is:
 * - plain text: one story in wire format;
 * - a JSON object: one story (ninjs or nutgraf JSON), or `{ "items": [ … ] }`;
 * - a JSON array: a batch.
 * A batch element that is a string is a wire-text story; an object is ninjs or nutgraf JSON.
 */

/** Items in one request; a newsroom's wire delivers far fewer at a time, and each is parsed and stored in turn. */
export const MAX_BATCH_ITEMS = 100;
/** A Lambda Function URL refuses larger request bodies (6 MB) before the function runs. */
export const MAX_BATCH_BYTES = 6 * 1024 * 1024;

/** One item of a batch, as received: `raw` is kept for the dead-letter store if the item is refused. */
export interface RawItem {
  index: number;
  raw: string;
  /** The parsed JSON value, for items that came as JSON. */
  json?: unknown;
  /** Why the body was not the JSON it looked like (the item is then refused as BAD_JSON with this message). */
  jsonError?: string;
}

/** The request as a whole cannot be read as a batch (too large, too many items). */
export class BatchError extends Error {
  override readonly name = "BatchError";
  constructor(
    readonly code: "TOO_MANY_ITEMS" | "TOO_LARGE" | "EMPTY",
    message: string,
  ) {
    super(message);
  }
}

/** Refused before anything is read when the size is known up front (a file's stat), as splitBatch refuses it read. */
export function tooLargeBatch(): BatchError {
  return new BatchError("TOO_LARGE", `the request body is over ${MAX_BATCH_BYTES} bytes (6 MB): send fewer items per request`);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A `{ "items": [...] }` envelope, told from a story by having no story fields of its own. */
function envelopeItems(value: Record<string, unknown>): unknown[] | undefined {
  if (!Array.isArray(value.items)) return undefined;
  const storyKeys = ["uri", "headline", "headlines", "title", "text", "paragraphs", "body_text", "bodies"];
  return storyKeys.some((key) => key in value) ? undefined : value.items;
}

function element(index: number, value: unknown): RawItem {
  return typeof value === "string" ? { index, raw: value } : { index, raw: JSON.stringify(value) ?? String(value), json: value };
}

/** The items of one request body, in order. Throws BatchError when the request as a whole is refused. */
export function splitBatch(body: string): RawItem[] {
  if (Buffer.byteLength(body, "utf8") > MAX_BATCH_BYTES) {
    throw tooLargeBatch();
  }
  if (body.trim() === "") throw new BatchError("EMPTY", "the request body is empty: send a story (wire text, ninjs or nutgraf JSON) or a batch of them");
  if (!/^\s*[{[]/.test(body)) return [{ index: 0, raw: body }];
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    // Kept as one refused item, not a refused request: it is dead-lettered, so it can be looked at and sent again.
    return [{ index: 0, raw: body, jsonError: `not valid JSON: ${(error as Error).message}` }];
  }
  const list = Array.isArray(value) ? value : isObject(value) ? (envelopeItems(value) ?? [value]) : [value];
  if (list.length > MAX_BATCH_ITEMS) {
    throw new BatchError("TOO_MANY_ITEMS", `${list.length} items in one request; at most ${MAX_BATCH_ITEMS}: split the batch`);
  }
  if (list.length === 0) throw new BatchError("EMPTY", "the batch has no items");
  return list.map((item, index) => element(index, item));
}
