import type { Raw } from "#brief/figures/card/figure.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Peru especially is a worry, with piracy put at 81%": a rate in an absolute "with" clause is the rate in the
// subject the main clause is about, a place. Labelled by its noun alone ('81% — piracy') the rate read as the whole
// market's, the place dropped (card-audit-54's made-up shape 4): the place is kept, 'piracy in Peru'.

/** Verbs of an estimate between a rate's noun and its "at": "piracy put at 81%", "unemployment running at 12%". */
const ESTIMATES = new Set(["put", "estimated", "running", "standing", "set", "reckoned", "pegged", "measured"]);

/** The main clause's verbs a place subject is said with: "Peru is a worry", "Chile remains a concern". */
const COPULAS = new Set(["is", "was", "remains", "remained", "has", "had", "looks", "seems"]);

/** Whether the capitalised words at a..b follow a title ("Ms Ortega"): a person, no place. */
const TITLES = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady"]);

/**
 * The place opening the sentence before the comma at `comma`: capitalised words after a quotation mark or none, then
 * at most one adverb, then a copula ("Peru especially is a worry"); undefined when the clause opens otherwise.
 */
function placeSubject(toks: readonly Tok[], comma: number): string | undefined {
  const a = toks[0]?.s === '"' || toks[0]?.s === "“" || toks[0]?.s === "'" ? 1 : 0;
  let b = a;
  while (b < comma && isWord(toks[b]) && isCapitalised(toks[b]!) && !toks[b]!.l.endsWith("'s")) b++;
  if (b === a || TITLES.has(toks[a]!.l)) return undefined;
  const v = toks[b]?.pos === "ADV" ? b + 1 : b;
  if (!COPULAS.has(toks[v]?.l ?? "")) return undefined;
  return toks.slice(a, b).map((t) => t.s).join(" ");
}

/** Adds the place a "with NOUN put at N%" rate is said of, when the sentence opens on that place. */
export function placeRate(toks: readonly Tok[], r: Raw): void {
  if (!r.percent || !isWord(toks[r.s - 1], "at")) return;
  const n = ESTIMATES.has(toks[r.s - 2]?.l ?? "") ? r.s - 3 : r.s - 2;
  // "with software piracy estimated at 92%": the label's words, its head last, right after "with".
  const a = n + 1 - r.label.split(" ").length;
  const noun = toks[n];
  if (!isWord(noun) || a < 2 || toks.slice(a, n + 1).map((t) => t.s).join(" ") !== r.label || !isWord(toks[a - 1], "with") || toks[a - 2]?.s !== ",") return;
  const place = placeSubject(toks, a - 2);
  if (place !== undefined) r.label = `${r.label} in ${place}`;
}
