import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { BE_FORMS, DETERMINERS, POSSESSIVES, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "Of the crew and passengers, 57 were Greeks.", "Of the victims, 12 were British.": a bare count after a fronted
// "Of the WHOLE," whose clause says only what the subset was ("were NOUNs", "were ADJ") had no label at all and was no
// candidate (card-audit-53's made-up shape 8: '· 57'). It counts that kind among the whole: 'Greeks among the crew
// and passengers'. Only a label left empty by every other reading and a predicate that ends its clause: "Of those, 12
// were hurt" is a fold's, and "Of the 30 riders, three were banned for a year" is read as before.

/** Pronouns a whole may be said by, which add nothing to the label: "Of those, 12 were Britons" → Britons. */
const POINTING = new Set(["those", "these", "them", "whom", "which"]);

/** The fronted whole of "Of WHOLE, N …" when the number at n opens the clause after its comma: [from, to), or undefined. */
function frontedWhole(toks: readonly Tok[], n: number): [number, number] | undefined {
  if (toks[n - 1]?.s !== ",") return undefined;
  let of = 0;
  // An opening quotation mark may stand before "Of".
  while (of < n && !isWord(toks[of])) of++;
  if (!isWord(toks[of], "of") || of + 1 >= n - 1) return undefined;
  // "Of the crew", "Of its 90 passengers", "Of those": a whole is pointed at; "Of course," is no whole.
  const first = toks[of + 1]!;
  if (!DETERMINERS.has(first.l) && !POSSESSIVES.has(first.l) && !POINTING.has(first.l)) return undefined;
  // The whole holds no comma of its own; it may hold its own count ("Of the 90 people on board"), left out of the label.
  for (let k = of + 1; k < n - 1; k++) if (!isWord(toks[k]) && toks[k]!.kind !== NUM) return undefined;
  return [of + 1, n - 1];
}

/** The label of a bare count after a fronted "Of the WHOLE," that is "were PREDICATE": "Greeks among the crew"; else "". */
export function frontedSubset(toks: readonly Tok[], r: Raw): string {
  if (r.label !== "" || r.currency !== undefined || r.percent || r.unit !== undefined) return "";
  const whole = frontedWhole(toks, r.s);
  if (whole === undefined || !BE_FORMS.has(toks[r.e]?.l ?? "")) return "";
  const p = r.e + 1;
  const pos = toks[p]?.pos;
  // "were Greeks", "were British", "were Filipino nationals": a noun or an adjective (and what it opens), not a
  // participle, which the fold reads ("were hurt").
  if (!isWord(toks[p]) || (pos !== "NOUN" && pos !== "PROPN" && pos !== "ADJ")) return "";
  const end = Math.max(forwardNP(toks, p), p + 1);
  const closes = toks[end] === undefined || toks[end]!.s === "." || toks[end]!.s === "," || toks[end]!.s === ";";
  if (!closes) return "";
  const predicate = phrase(toks, p, end);
  const words = toks.slice(whole[0], whole[1]);
  if (words.length === 1 && (POINTING.has(words[0]!.l) || PRONOUNS.has(words[0]!.l))) return predicate;
  // "Of the 90 people on board": phrase() leaves the whole's count out ('Greeks among the people on board').
  const among = `${predicate} among ${phrase(toks, whole[0], whole[1])}`;
  // A whole too long for a label would be cut mid-phrase ('Norwegians among the pilots and cabin'): the kind alone.
  return among.split(" ").length <= MAX_LABEL_WORDS ? among : predicate;
}
