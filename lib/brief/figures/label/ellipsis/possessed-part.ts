import type { FigureKind, Raw } from "#brief/figures/card/figure.ts";
import { inningsOf } from "#brief/figures/label/counts/name-tally.ts";
import { largerWhole, outOfWhole } from "#brief/figures/label/ellipsis/larger-whole.ts";

// "Tesco has 3,000 stores in Britain. Tesco's 300 will close by June": a count right after a name's possessive with no
// noun of its own is a part of what the name owns, which an earlier count named ('300 — Tesco's stores'); labelled by
// the possessive alone it said only whose ('300 — tesco's'). The whole is the nearest earlier count with a noun, in its
// own sentence or the one before, larger than the part ("Smith hit 12 fours. Smith's 142 came off 200 balls" names no
// fours: 142 is no part of 12). A whole the sentence gives after the part, "Tesco's 300 will close, out of 3,000
// stores", is the one the part is of, before any said earlier ('300 — tesco's' named no stores). In a story of
// cricket the name's count is its innings, runs, no part of a whole ("Root faced 250 balls. Root's 180 …": 'Root's
// balls'; name-tally.ts).

/** The possessive right before the count: "Tesco's ", "Marks and Spencer's ". */
const POSSESSIVE = /(\p{Lu}[\p{L}&.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}&.-]*)*['’]s)\s+$/u;

/**
 * "Tesco's stores" for a count `r` labelled by the possessive before it alone, when a larger count with a noun stands
 * after it with "out of" or before it in `before` (its sentence's figures) or `previous` (the sentence before's); else
 * undefined; "Root's runs" in a sentence that says cricket or after one (`previousText`).
 */
export function possessedPart(text: string, r: Raw, before: readonly Raw[], previous: readonly Raw[], previousText?: string): { label: string; kind: FigureKind } | undefined {
  if (!/['’]s$/.test(r.label) || r.currency !== undefined || r.percent) return undefined;
  const owner = POSSESSIVE.exec(text.slice(0, r.from))?.[1];
  if (owner === undefined || owner.toLowerCase() !== r.label.toLowerCase()) return undefined;
  if (inningsOf(r, [text, previousText])) return { label: `${owner} runs`, kind: "count" };
  const whole = outOfWhole(text, r, before) ?? largerWhole(r.value, before, r.from) ?? largerWhole(r.value, previous);
  return whole?.noun === undefined ? undefined : { label: `${owner} ${whole.noun}`, kind: whole.kind };
}
