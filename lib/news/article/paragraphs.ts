// Body text as paragraphs: white space normalised, blocks cut at blank lines, a list an item a paragraph.

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
