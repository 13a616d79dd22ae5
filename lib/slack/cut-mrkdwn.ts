/** What no cut may split in built mrkdwn: an entity, a whole `<…>` (mention, link, date) or one code point. */
const PIECE = /&(?:amp|lt|gt);|<[^<>]*>|[\s\S]/gu;
/** The mark every cut of Slack text ends with (blocks.ts' truncate and fitMrkdwn use it too, and look for it). */
export const TRUNCATION_MARK = "…";

/**
 * Mrkdwn that is built already (escaped, with `<#C…>` mentions and links) in at most `max` characters. fitMrkdwn
 * cuts raw text before escaping it; built text can only be cut between its pieces, never inside an `&amp;`, a mention
 * or a surrogate pair. The cut prefers the end of a line (a list keeps whole items), then of a word, and is marked.
 */
export function cutMrkdwn(built: string, max: number): string {
  if (built.length <= max) return built;
  const room = max - TRUNCATION_MARK.length;
  let end = 0;
  let lineEnd = 0;
  let wordEnd = 0;
  for (const [piece] of built.matchAll(PIECE)) {
    if (end + piece.length > room) break;
    if (piece === "\n") lineEnd = end;
    else if (piece === " ") wordEnd = end;
    end += piece.length;
  }
  const cut = lineEnd > room / 2 ? lineEnd : wordEnd > end * 0.8 ? wordEnd : end;
  return `${built.slice(0, cut).trimEnd()}${TRUNCATION_MARK}`;
}
