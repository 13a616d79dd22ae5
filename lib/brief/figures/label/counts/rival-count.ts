import { markGap } from "#brief/figures/label/counts/mark-gap.ts";
import { rankGap } from "#brief/figures/label/counts/rank-gap.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { MONTHS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { isCapitalised, isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";
import { tokenWords } from "#brief/figures/language/token-words.ts";

// "it will have the widest reach, ahead of Westbridge Rail with 24 stations and Coastlink on 19": a count said of a
// rival the subject is ranked against is that rival's, named (Westbridge Rail's stations, Coastlink's stations); as
// a bare noun ('24 — stations') it read as the subject's own beside the subject's real count (card audit 51, sample
// AS's made-up shape 5).

/** How many words a rival's name may run to. */
const NAME_WORDS = 4;

/** How far back from a second rival's "and" the "ahead of" or "behind" that sets up the comparison may stand. */
const REACH = 14;

/** A rival's name and its possessive opening a label: "Westbridge Rail's ", "Northway Trams' ". */
const OWNED = /^(?:\p{Lu}\S* )*\p{Lu}\S*(?:'s|') /u;

/** Feasts and seasons a capitalised name after "ahead of" may be: a time, no rival ("fled ahead of Christmas with 3 children"). */
const HOLIDAYS = new Set(["christmas", "easter", "ramadan", "eid", "diwali", "hanukkah", "thanksgiving", "halloween", "lent"]);

/** Whether the name at a..k is a time (a month, a weekday, a feast), which "ahead of" or "behind" puts nothing beside. */
function timeName(toks: readonly Tok[], a: number, k: number): boolean {
  return toks.slice(a, k).some((t) => MONTHS.has(t.l) || WEEKDAYS.has(t.l) || HOLIDAYS.has(t.l.replace(/'s?$/, "")));
}

/** The start of a capitalised name ending before `k`, or `k` when none does (not the sentence's first word). */
function nameStart(toks: readonly Tok[], k: number): number {
  let a = k;
  while (a > 1 && k - a < NAME_WORDS && isCapitalised(toks[a - 1] as Tok)) a--;
  return a;
}

/** Whether "ahead of" or "behind" ends right before `a`. */
function ranked(toks: readonly Tok[], a: number): boolean {
  return isWord(toks[a - 1], "behind") || (isWord(toks[a - 1], "of") && isWord(toks[a - 2], "ahead"));
}

/**
 * Whether the rival at `a`, after "and" or a comma, follows a first rival that "ahead of" or "behind" named, within the
 * clause: past commas and a semicolon ("with 24 stations; and Coastlink with 19"), not a bracket, colon or dash.
 */
function secondRival(toks: readonly Tok[], a: number): boolean {
  if (!isWord(toks[a - 1], "and") && toks[a - 1]?.s !== ",") return false;
  for (let j = a - 2; j > 0 && a - j <= REACH; j--) {
    const t = toks[j];
    if (t?.kind === PUNCT && t.s !== "," && t.s !== ";") return false;
    if (ranked(toks, j)) return true;
  }
  return false;
}

// "Hull sit fourth on 52 points, six points behind Exeter and a further two adrift of Crewe": a count said as a gap to a
// named rival is the gap, not a second tally beside the subject's own ('six — points', 'two — points' beside '52 —
// points'; card audit 55's made-up shape 3). Named with the gap's words and the rival: 'points behind Exeter',
// 'points adrift of Crewe'. A gap to no name is a table's mark's (mark-gap.ts: "five points adrift of safety") or none
// ("behind schedule").

/** Words that put a gap between a count and a rival, with the preposition each takes ("" for none). */
const GAP_WORDS: ReadonlyMap<string, string> = new Map([
  ["behind", ""], ["ahead", "of"], ["clear", "of"], ["adrift", "of"], ["back", "from"], ["short", "of"],
]);

/** A gap word phrase read off a label an earlier count lent ("points behind Exeter" → "points"). */
const LENT_GAP = / (?:behind|ahead of|clear of|adrift of|back from|short of) .*$/;

/** 'points behind Exeter' when the count r is said as a gap to a named rival: "six points behind Exeter"; else none. */
function gapTo(toks: readonly Tok[], r: Raw): string | undefined {
  // "won the 6km race ahead of Masai": a glued unit's compound names a thing, whose rival is the winner's, no gap.
  if (r.glued !== undefined) return undefined;
  const noun = r.label.replace(LENT_GAP, "");
  // "just three behind Eintracht Frankfurt's Alexander Meier": a label that is a name already counts no gap's noun.
  if (noun !== noun.toLowerCase()) return undefined;
  // "six points behind": the noun said after the count; "a further two adrift of": lent by the count before.
  const g = isWord(toks[r.e]) && toks[r.e]!.l === noun ? r.e + 1 : r.e;
  const prep = isWord(toks[g]) ? GAP_WORDS.get(toks[g]!.l) : undefined;
  if (prep === undefined || (prep !== "" && !isWord(toks[g + 1], prep))) return undefined;
  const a = prep === "" ? g + 1 : g + 2;
  let k = a;
  while (k < a + NAME_WORDS && isWord(toks[k]) && isCapitalised(toks[k] as Tok)) k++;
  if (k === a || timeName(toks, a, k)) return undefined;
  // Joined in place (token-words.ts): a sliced array of a layout met late undid this reader's compiled code.
  return `${noun} ${tokenWords(toks, g, rivalEnd(toks, k))}`;
}

/**
 * The end of a rival named from a name ending before `k`: its possessive's noun ("McCall's side"), or a title noun and
 * the name it heads ("La Liga leaders Barcelona"); `k` when the name is all.
 */
function rivalEnd(toks: readonly Tok[], k: number): number {
  const next = toks[k];
  if (!isWord(next) || isCapitalised(next)) return k;
  if (/'s?$/.test(toks[k - 1]?.s ?? "")) return k + 1;
  let e = k + 1;
  while (e < k + 1 + NAME_WORDS && isWord(toks[e]) && isCapitalised(toks[e] as Tok)) e++;
  return e > k + 1 && next.pos === "NOUN" ? e : k;
}

/**
 * Names the rival whose count `r` is: "NAME with N NOUNs" or "NAME on N" after "ahead of" or "behind", or a gap to a
 * named rival "N NOUNs behind NAME" (gapTo).
 */
export function rivalCount(toks: readonly Tok[], r: Raw): void {
  if (r.currency !== undefined || r.percent || r.label === "") return;
  const gap = gapTo(toks, r) ?? markGap(toks, r) ?? rankGap(toks, r);
  if (gap !== undefined) {
    r.label = gap;
    return;
  }
  const k = r.s - 1;
  if (!isWord(toks[k], "with") && !isWord(toks[k], "on")) return;
  const a = nameStart(toks, k);
  if (a === k || timeName(toks, a, k)) return;
  const first = ranked(toks, a);
  if (!first && !secondRival(toks, a)) return;
  const name = toks.slice(a, k).map((t) => t.s).join(" ");
  // The second rival's count carried the first's label, owner and all ('Westbridge Rail's stations'): its noun only.
  const noun = first ? r.label : r.label.replace(OWNED, "");
  if (noun.includes(name)) return;
  r.label = `${name}${name.endsWith("s") ? "'" : "'s"} ${noun}`;
}
