import { createHash } from "node:crypto";
import { boundReason } from "#ingest/errors.ts";

/**
 * A refused item, kept so nothing sent to nutgraf is lost without a trace: the reason, where it came from and the
 * raw input, until it expires. `nutgraf deadletters` lists them; `nutgraf ingest --retry <id>` sends one through
 * again (after the sender or a parser fix made it good).
 */
export interface DeadLetter {
  /** `<received, compact UTC>-<hash of the raw input>`: time-ordered, and the same item refused twice in one second is kept once. */
  id: string;
  receivedAt: string;
  /** Where it came from: `endpoint`, `feed <url>`, `file <path>`. */
  origin: string;
  code: string;
  reason: string;
  /** The item as received, cut at MAX_RAW_BYTES (then `truncated`). */
  raw: string;
  truncated: boolean;
  /** Epoch seconds; DynamoDB's TTL deletes the item after this. */
  expiresAt: number;
}

/** Dead letters are kept two weeks: long enough for a weekend and a fix, short enough not to become an archive. */
export const DEAD_LETTER_DAYS = 14;
/**
 * A DynamoDB item holds 400 KB and the rest of the letter is small (the reason is cut to MAX_REASON_CHARS, the
 * origin is ours: well under 10 KB), so the raw input is kept whole up to 380 KB: every article the store accepts
 * (350 KB of text) fits, markup aside.
 */
export const MAX_RAW_BYTES = 380_000;

export interface DeadLetterStore {
  /**
   * Keeps a refused item; answers the id of the letter that keeps it: this one's, or an earlier letter's for the same
   * item from the same origin (`letterKey`), refreshed, so an item refused again (a batch resent after a 503) is one
   * letter, not one per refusal.
   */
  put(letter: DeadLetter): Promise<string>;
  get(id: string): Promise<DeadLetter | undefined>;
  /** Newest first. */
  list(limit?: number): Promise<DeadLetter[]>;
  remove(id: string): Promise<void>;
}

/** The prefix of `text` that fits in `bytes` of UTF-8, never splitting a character. */
function cutUtf8(text: string, bytes: number): string {
  const buffer = Buffer.from(text, "utf8");
  if (buffer.length <= bytes) return text;
  let end = bytes;
  // Back off continuation bytes (10xxxxxx) so the cut lands on a character boundary.
  while (end > 0 && ((buffer[end] ?? 0) & 0xc0) === 0x80) end--;
  return buffer.subarray(0, end).toString("utf8");
}

export function deadLetter(input: { raw: string; origin: string; code: string; reason: string; receivedAt: Date }): DeadLetter {
  const receivedAt = input.receivedAt.toISOString();
  const compact = receivedAt.replace(/[-:]/g, "").replace(/\.\d+/, "");
  const hash = createHash("sha256").update(input.raw).digest("hex").slice(0, 10);
  const raw = cutUtf8(input.raw, MAX_RAW_BYTES);
  return {
    id: `${compact}-${hash}`,
    receivedAt,
    origin: input.origin,
    code: input.code,
    // Bounded here too, whoever built the reason: the letter must always fit its item.
    reason: boundReason(input.reason),
    raw,
    truncated: raw.length < input.raw.length,
    expiresAt: Math.floor(input.receivedAt.getTime() / 1000) + DEAD_LETTER_DAYS * 86_400,
  };
}

/**
 * What makes two letters one refused item: its origin and its raw input, by the hash the id ends with (taken of the
 * whole input, not the part kept). The id itself cannot be made of the item alone: it begins with the time received,
 * which is what lists letters newest first with no index.
 */
export function letterKey(letter: Pick<DeadLetter, "id" | "origin">): string {
  const rawHash = letter.id.slice(letter.id.lastIndexOf("-") + 1);
  return createHash("sha256").update(`${letter.origin}\n${rawHash}`).digest("hex").slice(0, 32);
}
