import type { Raw } from "#brief/figures/card/figure.ts";
import { POSSIBILITY_MODALS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// An ordinal that names a run or a tally not reached. Avoided: "United, trying to avoid a sixth straight loss, pressed"
// printed 'sixth — straight loss' (sample BD's junk row), yet the sixth loss never happened: the ordinal is dropped.
// Only sought: "looking for a third straight win", "will try to win for the eighth consecutive game", "could win a
// sixth title" are aims, not places the story reports: ranked low, as a rank hoped for is (prospect.ts), since an aim
// can still be all a story has. Read from the verb that governs the ordinal's noun phrase, past its determiner and
// describing words and one particle ("prevented from", "looking for", "stave off").

/** Verbs whose object did not happen: "avoid a sixth straight loss", "were denied a third title", "stave off a fifth". */
const AVOID = new Set(
  ("avoid avoids avoided avoiding prevent prevents prevented preventing avert averts averted averting stave staves staved " +
    "staving fend fends fended fending escape escapes escaped escaping spare spares spared sparing deny denies denied denying").split(" "),
);
/** Verbs that seek their object: "wants a fifth straight win", "chasing a third title". */
const SEEK = new Set("want wants wanted wanting seek seeks seeking chase chases chasing eye eyes eyeing target targets targeting".split(" "));
/** Words that seek their object with "for": "looking for", "going for", "playing for", "began his bid for". */
const SEEK_FOR = new Set("look looks looking go goes going push pushes pushing aim aims aiming bid bids bidding hunt hunting play plays playing".split(" "));
/** Words that put an infinitive as an aim or a chance: "try to win", "hoping to claim", "a chance to win". */
const AIM = new Set(
  "try tries tried trying hope hopes hoped hoping aim aims aiming bid bids bidding attempt attempts attempting seek seeks seeking want wants wanting plan plans planning chance going".split(" "),
);

/** The token before the ordinal's noun phrase: past its determiner, an owner and describing words ("a", "their", "an unwanted"). */
function beforePhrase(toks: readonly Tok[], s: number): number {
  let k = s - 1;
  while (k > 0 && isWord(toks[k]) && (toks[k]!.pos === "DET" || toks[k]!.pos === "ADJ" || toks[k]!.pos === "PRON")) k--;
  return k;
}

/** Whether the verb at `v` is put as an aim: an infinitive after a word of aiming, or a bare verb after "could". */
function aimed(toks: readonly Tok[], v: number): boolean {
  // "could win": the modal the tagger reads as one ("last May when his 16th goal …" is a month).
  if (toks[v - 1]?.pos === "AUX" && POSSIBILITY_MODALS.has(toks[v - 1]!.l)) return true;
  return isWord(toks[v - 1], "to") && AIM.has(toks[v - 2]?.l ?? "");
}

/** "avoided" for an ordinal a verb of avoiding governs, "sought" for one only aimed at, else undefined. */
export function unmetRank(toks: readonly Tok[], r: Raw): "avoided" | "sought" | undefined {
  if (!r.ordinal) return undefined;
  let v = beforePhrase(toks, r.s);
  const particle = toks[v]?.pos === "ADP" ? toks[v]!.l : undefined;
  if (particle !== undefined) v--;
  const verb = toks[v];
  if (!isWord(verb)) return undefined;
  if (AVOID.has(verb.l) && (particle === undefined || particle === "from" || particle === "off")) return "avoided";
  const seeks = particle === undefined ? SEEK.has(verb.l) : particle === "for" && SEEK_FOR.has(verb.l);
  // "try to win for the eighth consecutive game": an aimed verb's object, or its "for"; not "try to play in the fifth".
  const aim = (particle === undefined || particle === "for") && aimed(toks, v);
  return seeks || aim ? "sought" : undefined;
}
