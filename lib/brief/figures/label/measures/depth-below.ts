import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "about 14 feet below the waterline", "roughly 30 centimetres under the sand", "200 metres underground": a length
// followed by a word of lying under something is a depth, and was labelled by its unit alone ('about 14 — feet';
// card-audit-50's made-up shape 2) or by "distance". Read by unit-dimension.ts's side(), beside "deep", "tall" and
// "wide", so any length unit, feet too, says it.
// Only under a surface of ground, water, ice or a road: a depth is how far down into something a thing lies. Below
// anything else a length is a gap: to a mark ("30 cm below the record", "under par", "below the summit"), to a thing
// over it ("20 feet below the bridge", "30 centimetres below the flood defences"), or what allows it ("2 metres under
// the plan"). A list of marks to refuse kept missing the next one ('3 miles under the bridge' read a depth).

/** Words after a length that put something under a surface: the surface follows all but "underground". */
const UNDER = new Set(["below", "beneath", "under", "underneath"]);

/** Heads of a surface something can lie deep under: ground, water, ice, the floor of a sea or a road over a tunnel. */
const SURFACES = new RegExp(
  "^(?:surface|waterline|water|waters|seas?|oceans?|seabed|seafloor|floor|riverbed|lakebed|waves|lakes?|rivers?" +
    "|ground|earth|soil|topsoil|sand|sands|mud|silt|rock|rocks|bedrock|permafrost|crust|rubble|debris|snow|ice|glaciers?" +
    "|roads?|streets?|pavements?|tarmac" +
    // What stands on the ground is over it too: "1.2 kilometres beneath the town", "60 feet under the White House",
    // "6 feet under the patio" are how deep (they read 'kilometres beneath', 'feet' with surfaces alone).
    "|towns?|city|cities|villages?|centre|center|capital|houses?|homes?|buildings?|headquarters|palace|castle" +
    "|church|cathedral|patio|gardens?|floorboards|foundations|basement|cellar|mountains?|hills?|desert)$",
);

/** Heads that are a surface only after a word of water or ground: "sea level", "the sea bed", "the ice sheet". */
const COMPOUND_SURFACES = /^(?:level|bed|sheet|cap|shelf)$/;

/** How many words the surface may hold: "the waterline", "the sea bed", "the frozen lake". */
const SURFACE_WORDS = 3;

/** Whether the noun phrase ending at `end` names a surface a thing can lie deep under. */
function isSurface(toks: readonly Tok[], end: number): boolean {
  const head = toks[end - 1]!.l;
  if (SURFACES.test(head)) return true;
  // "below sea level", "under the sea bed", "beneath the ice sheet"; not "below the flood level" or "under the bed".
  return COMPOUND_SURFACES.test(head) && SURFACES.test(toks[end - 2]?.l ?? "");
}

/** The depth the words at k say ("depth below waterline", "depth underground"), or "" when they say none. */
export function depthAt(toks: readonly Tok[], k: number): string {
  const t = toks[k];
  if (!isWord(t)) return "";
  if (t.l === "underground") return "depth underground";
  if (!UNDER.has(t.l)) return "";
  const from = pastDeterminers(toks, k + 1);
  const end = forwardNP(toks, from);
  if (end <= from || end - from > SURFACE_WORDS || !isSurface(toks, end)) return "";
  return `depth ${phrase(toks, k, end)}`;
}
