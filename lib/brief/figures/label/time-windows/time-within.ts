import type { Raw } from "#brief/figures/card/figure.ts";
import { CONJUNCTIONS } from "#brief/figures/language/lexicon.ts";
import { eventBefore } from "#brief/figures/label/time-windows/event-after.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { windowClause } from "#brief/figures/label/time-windows/window-clause.ts";

// "Hardy may appeal the NFL's decision within three days", "has been ordered to leave Russia within ten days", "Within
// two years, he had lost his job": a time "within" which something is to be done is a deadline, named by the doing
// ('three — days to appeal the NFL's decision'); one within which something happened ran up to it ('two — years before
// losing his job', as event-after.ts names a past before "within" it), as does a fronted "after" ("After eight years
// Bouchard switched management companies" → years before switching management companies). The label was the unit alone.

/** Words before a verb that leave it in its base form, a doing still to come: "may appeal", "ordered to leave". */
const BASE_BEFORE = new Set(["to", "may", "might", "must", "can", "could", "will", "'ll", "shall", "should", "would"]);

/** Tags a deadline's object starts with: a thing, not a pronoun ("to win it within 90 minutes" says too little). */
const THING_TAGS = new Set(["DET", "NOUN", "PROPN", "ADJ"]);

/**
 * The label of the duration `r` (unit `unit`, its noun phrase ending at `npEnd`) after "within": a deadline's doing,
 * or a fronted past's event; "" for any other.
 */
export function timeWithin(toks: readonly Tok[], r: Raw, unit: string, npEnd: number, lead: number): string {
  // "will reply within the next ten working days": a window ahead "within" is a deadline too, only ever for a doing to
  // come (else it is a window, duration-window.ts).
  const ahead = AHEAD.has(toks[r.s - 1]?.l ?? "") && isWord(toks[r.s - 2], "the");
  const w = ahead ? r.s - 3 : r.s - 1;
  // "After eight years Bouchard also switched management companies": a fronted "after" runs up to its clause's past as
  // a fronted "within" does (one after its clause is event-after.ts').
  const after = !ahead && isWord(toks[w], "after");
  if (!isWord(toks[w], "within") && !after) return "";
  const c = windowClause(toks, w, npEnd, lead);
  if (c === undefined) return "";
  // "Within two years, he had lost his job": a fronted window's past.
  if (c.objectEnd > w) return ahead ? "" : eventBefore(toks, unit, c.verb, c.objectEnd);
  if (after) return "";
  const verb = toks[c.verb]!;
  // "will reply to the complaint within …": the object may follow the verb's preposition, one before the window's own
  // "within" ("must respond within the next 14 days" has none: 'days to respond ' named no object).
  const o = toks[c.verb + 1]?.pos === "ADP" && c.verb + 1 < w && THING_TAGS.has(toks[c.verb + 2]?.pos ?? "") ? c.verb + 2 : c.verb + 1;
  if (verb.pos !== "VERB" || !BASE_BEFORE.has(toks[c.verb - 1]?.l ?? "") || o >= w || !THING_TAGS.has(toks[o]?.pos ?? "")) return "";
  // (duration-position.ts leaves out a label longer than the card's.)
  return [unit, "to", verb.l, phrase(toks, c.verb + 1, end(toks, o, w))].join(" ");
}

/** Window words that make "within the next ten days" a time ahead, a deadline's. */
const AHEAD = new Set(["next", "coming"]);

/** Where a deadline's object ends before the "within" at `w`: before a preposition, or at a conjunction or comma. */
function end(toks: readonly Tok[], from: number, w: number): number {
  for (let k = from + 1; k < w; k++) if (!isWord(toks[k]) || toks[k]!.pos === "ADP" || CONJUNCTIONS.has(toks[k]!.l)) return k;
  return w;
}
