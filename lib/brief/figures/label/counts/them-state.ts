import type { Raw } from "#brief/figures/card/figure.ts";
import { remainState, stillState } from "#brief/figures/label/counts/still-state.ts";
import { BE_FORMS, HAVE_FORMS, IRREGULAR_PARTICIPLES, PARTICLES, PEOPLE, participleForm, participleSpelling } from "#brief/figures/language/lexicon.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { isPlural, phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The bakery's last eight orders have been in excess of 300, three of them have been late.": a part "K of them"
// takes the noun of the count before it ('three — orders'), and the copula's predicate, the point of the part, was
// lost: the card gave 'three — orders' beside 'eight — orders' (card-audit-49's made-up shape 2). As subset-doing.ts
// reads "Only nine of the 40 beaches were clean" ('beaches clean'), the part is the carried noun in the state the
// copula gives it ('orders late'), or the predicate's noun phrase when it is one ('five — sell-outs'). Only "of them"
// right after the count and a copula right after that: "three of them died" is a fold verb's, read as before.

/** Relabels a part "K of them [have] been ADJ / NOUN" by its carried noun and the state, or by the predicate noun. */
export function themState(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.currency !== undefined || r.percent || r.unit !== undefined || r.label === "") return;
  if (!isWord(toks[r.e], "of") || !isWord(toks[r.e + 1], "them")) return;
  let k = r.e + 2;
  if (HAVE_FORMS.has(toks[k]?.l ?? "")) {
    const done = haveDone(toks, r, k + 1);
    if (done !== "") {
      r.label = done;
      return;
    }
    k++;
  }
  // "12 of them remain in hospital", "have remained missing": the state "remain" keeps (still-state.ts).
  const remaining = remainState(toks, k);
  if (remaining !== "") {
    r.label = `${carriedNoun(r.label)} ${remaining}`;
    return;
  }
  if (!BE_FORMS.has(toks[k]?.l ?? "") || !isWord(toks[k])) return;
  // "two of them are still missing", "still in hospital": any state "still" opens (still-state.ts).
  const still = stillState(toks, k + 1);
  if (still !== "") {
    r.label = `${carriedNoun(r.label)} ${still}`;
    return;
  }
  const not = isWord(toks[k + 1], "not");
  const a = k + (not ? 2 : 1);
  const t = toks[a];
  if (!isWord(t)) return;
  // "have been late", "were unpaid", "were not roadworthy": an adjective, a participle (the parse calls it a verb),
  // or a lone singular the parse calls a noun before the clause ends, is the state; "were rated inadequate" keeps the
  // adjective after its participle.
  // ("six of them were taken to hospital", "found to be unsafe": a participle with "to" after it says its state in
  // what follows; 'people taken', 'homes found' would mislead, so the part is read as before.)
  const participle = t.pos === "VERB" && participleForm(t.l);
  if (participle && isWord(toks[a + 1], "to")) return;
  // ("50 of them were children": a plural without "-s", a noun of people, is the predicate noun, not a state.)
  const lone = t.pos === "NOUN" && !t.l.endsWith("s") && !PEOPLE.has(t.l) && !isWord(toks[a + 1]);
  if (t.pos === "ADJ" || participle || lone) {
    const to = participle && toks[a + 1]?.pos === "ADJ" ? a + 2 : a + 1;
    // "Police arrested 20 people, and 12 of them have been charged": the carried label's own participle ('people
    // arrested') gives way to the part's ('people charged', not 'people arrested charged').
    r.label = `${carriedNoun(r.label)}${not ? " not" : ""} ${phrase(toks, a, to)}`;
    return;
  }
  // "have been sell-outs", "are playgrounds": a predicate noun names the part itself (a hyphened plural the parse
  // calls a verb too).
  const noun = t.pos === "NOUN" || (t.pos === "VERB" && t.l.includes("-") && t.l.endsWith("s"));
  const end = noun && !not ? Math.max(forwardNP(toks, a), a + 1) : a;
  if (end > a) r.label = phrase(toks, a, end);
}

/**
 * "The club put 40 tickets on sale and four of them have sold out": a part "K of them have" and a participle at `v`
 * ending its clause (its particle kept) is the part that did it, labelled by the carried noun ('tickets sold out'; it
 * read 'tickets', the subset lost); "" when no participle follows, an object does, or no noun was carried. "have
 * been" is the copula's, read by themState.
 */
function haveDone(toks: readonly Tok[], r: Raw, v: number): string {
  const t = toks[v];
  if (!isWord(t) || t.l === "been" || t.pos !== "VERB") return "";
  if (!participleForm(t.l)) return "";
  const end = PARTICLES.has(toks[v + 1]?.l ?? "") ? v + 2 : v + 1;
  // ("12 of them have admitted theft": an object says what was done to what, longer than a label holds.)
  if (isWord(toks[end])) return "";
  // ("Police arrested 20 people, and 12 of them have closed …": the carried label's own participle gives way.)
  const noun = carriedNoun(r.label);
  return noun === "" ? "" : `${noun} ${phrase(toks, v, end)}`;
}

/**
 * The carried label without its own participle: 'people arrested' → people. A plural ending as a participle does
 * ("40 school children", "30 pregnant women") is the noun itself, kept: 'school recovered' lost who recovered.
 */
function carriedNoun(label: string): string {
  const carried = label.split(" ");
  const last = carried.at(-1) ?? "";
  const ending = participleSpelling(last) && !isPlural(last) && !PEOPLE.has(last);
  const participle = ending || IRREGULAR_PARTICIPLES.has(last);
  if (carried.length > 1 && participle) carried.pop();
  return carried.join(" ");
}
