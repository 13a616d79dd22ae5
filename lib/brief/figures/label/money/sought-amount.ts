import type { Raw } from "#brief/figures/card/figure.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "A city judge awarded Mary Jones most of the roughly $5million she had asked for": money a relative clause says
// someone sought, after a part of it was given ("most of the", "half of the"), is the sum sought, not the award, which
// is a different figure (blind sample BA's made-up shape S3: 'roughly $5million — award to Mary Jones'). Labelled
// 'sought by Mary Jones': the clause's subject, or, for a pronoun, the name the money was given to; with neither,
// 'sum sought' ("most of the $5million claimed"). "awarded her the
// $300,000 she had asked for" (no part before it) was the award, and stays.

/** Words of a part given of a sum: "most of the", "half of the", "a fraction of the". */
const PARTS = new Set(["most", "part", "half", "some", "much", "fraction", "portion", "share", "third", "quarter"]);

/** Pronouns that stand for the name the money was given to. */
const PRONOUNS = new Set(["she", "he", "they", "it", "we"]);

/** Auxiliaries between the subject and its verb: "she had asked for", "they had been seeking". */
const AUXILIARIES = new Set(["had", "has", "have", "was", "were", "been"]);

/** Verbs of seeking money, with the particle each takes ("" for none). */
const SEEKING: ReadonlyMap<string, string> = new Map([
  ["sought", ""], ["seeking", ""], ["claimed", ""], ["demanded", ""], ["requested", ""], ["wanted", ""], ["asked", "for"],
]);

/** How many words a name as the clause's subject may have: "Mary Jones". */
const NAME_WORDS = 3;

/** Labels money sought in a relative clause after a part of it was given 'sought by NAME'. */
export function soughtAmount(toks: readonly Tok[], r: Raw): void {
  const of = isWord(toks[r.s - 1], "the") ? r.s - 2 : r.s - 1;
  if (r.currency === undefined || !isWord(toks[of], "of") || !PARTS.has(toks[of - 1]?.l ?? "")) return;
  let k = isWord(toks[r.e], "that") || isWord(toks[r.e], "which") ? r.e + 1 : r.e;
  const start = k;
  const pronoun = PRONOUNS.has(toks[k]?.l ?? "");
  if (pronoun) k++;
  else while (k < start + NAME_WORDS && isWord(toks[k]) && isCapitalised(toks[k]!)) k++;
  while (AUXILIARIES.has(toks[k]?.l ?? "")) k++;
  const particle = isWord(toks[k]) ? SEEKING.get(toks[k]!.l) : undefined;
  if (particle === undefined || (particle !== "" && !isWord(toks[k + 1], particle))) return;
  // For a pronoun, who sought it is whom the money was given to: 'award to Mary Jones' names her.
  const given = r.label.replace(/^award to /, "");
  const name = pronoun ? (given !== r.label || /^\p{Lu}/u.test(given) ? given : "") : toks.slice(start, k).filter((t) => !AUXILIARIES.has(t.l)).map((t) => t.s).join(" ");
  r.label = name === "" ? "sum sought" : `sought by ${name}`;
}
