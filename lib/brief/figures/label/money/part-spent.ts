import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { PARTICLES } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The tribunal heard the clerk used some of the €64,000 on holidays in Spain.": the sum is a whole said before ("the"
// €64,000), of which only a part went on what follows; the card said '€64,000 — on holidays', as if all of it had
// (card-audit-49's made-up shape 4). A part ("some of", "part of", "most of") of a definite sum that a verb of spending
// moved is labelled as that sum, partly spent on the thing: '€64,000 — sum partly spent on holidays'. The whole spent
// ("He spent the £30,000 on a new kitchen") names no part and is left alone.

/** Words of a part before "of the": how much of the sum went, as the label's adverb says it. */
const PART_ADVERB: ReadonlyMap<string, string> = new Map([
  ["some", "partly"], ["part", "partly"], ["most", "mostly"], ["much", "mostly"],
]);

/** Verbs that spend or sink money, by any form, and the participle the label says it with. */
const SPENDING: ReadonlyMap<string, string> = new Map([
  ...["spend", "spends", "spending", "spent"].map((w): [string, string] => [w, "spent"]),
  ...["use", "uses", "using", "used"].map((w): [string, string] => [w, "used"]),
  ...["invest", "invests", "investing", "invested"].map((w): [string, string] => [w, "invested"]),
  ...["waste", "wastes", "wasting", "wasted"].map((w): [string, string] => [w, "wasted"]),
  ...["squander", "squanders", "squandering", "squandered"].map((w): [string, string] => [w, "squandered"]),
  ...["blow", "blows", "blowing", "blew", "blown"].map((w): [string, string] => [w, "blown"]),
]);

/** The prepositions a spending verb's thing follows: "on holidays", "in a nightclub". */
const SPENT_ON = new Set(["on", "in", "for"]);

/** Heads of a noun phrase that say what form a sum took ("£1,000 in prize money", "the £2m in aid"). */
const FORMS_OF_MONEY = new Set([
  "money", "cash", "aid", "funding", "funds", "grants", "loans", "donations", "compensation", "damages", "winnings",
  "savings", "benefits", "bonuses", "wages", "payments", "cheques", "coins", "notes", "credit", "taxes", "fees",
]);

/** Relabels a definite sum a part of which "VERB some of the £N on X" spent as that sum, partly spent on X. */
export function partSpent(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.currency === undefined) return;
  if (!isWord(toks[r.s - 1], "the") || !isWord(toks[r.s - 2], "of")) return;
  const adverb = PART_ADVERB.get(toks[r.s - 3]?.l ?? "");
  const verb = SPENDING.get(toks[r.s - 4]?.l ?? "");
  const prep = toks[r.e];
  if (adverb === undefined || verb === undefined || !isWord(prep) || !SPENT_ON.has(prep.l)) return;
  const end = forwardNP(toks, pastDeterminers(toks, r.e + 1));
  if (end <= r.e + 1) return;
  // "blew some of the £1,000 in prize money on a holiday": "in" a form of money says what the sum is, not where it
  // went.
  if (prep.l === "in" && FORMS_OF_MONEY.has(toks[end - 1]!.l)) return;
  const words = `sum ${adverb} ${verb} ${phrase(toks, r.e, end)}`.split(" ");
  // "sum mostly spent on a sports car": over the limit, the articles go before the head would be cut.
  r.label = (words.length <= MAX_LABEL_WORDS ? words : words.filter((w) => !/^(?:the|a|an)$/.test(w))).join(" ");
}

/**
 * "The council spent £2m of the grant on road repairs": the sum is the part, the whole after "of the", and the "of"
 * owner an older rule reads first gave '£2m — grant', where went it lost. Relabelled as the whole spent on the thing
 * ('grant spent on road repairs'), or without the whole when that is too long, as "spent £2m on road repairs" reads
 * 'spending on road repairs'. "spent £2m of the grant" with nothing after keeps its owner.
 */
export function sumOfSpent(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.currency === undefined || !isWord(toks[r.e], "of")) return;
  const verb = SPENDING.get(toks[r.s - 1]?.l ?? "");
  const start = pastDeterminers(toks, r.e + 1);
  if (verb === undefined || start === r.e + 1) return;
  const wholeEnd = forwardNP(toks, start);
  const prep = toks[wholeEnd];
  if (wholeEnd <= start || !isWord(prep) || prep.l !== "on") return;
  const thing = pastDeterminers(toks, wholeEnd + 1);
  const np = forwardNP(toks, thing);
  if (np <= wholeEnd + 1 || onIdiom(toks, thing, np)) return;
  // ("blew £500 of the prize on a night out": the particle ends the thing, 'on a night' would cut it.)
  const end = PARTICLES.has(toks[np]?.l ?? "") && isWord(toks[np]) ? np + 1 : np;
  const spent = `${verb} ${phrase(toks, wholeEnd, end)}`;
  const whole = `${phrase(toks, start, wholeEnd)} ${spent}`;
  if (whole.split(" ").length <= MAX_LABEL_WORDS) r.label = whole;
  else if (spent.split(" ").length <= MAX_LABEL_WORDS) r.label = spent;
}

/** Bare nouns that make "on" an idiom's, no thing money went on: "on average", "on time", "on top of". */
const ON_IDIOMS = new Set([
  "average", "time", "top", "behalf", "hold", "purpose", "record", "balance", "paper", "schedule", "course", "track",
  "budget", "target", "end", "board", "trial", "appeal",
]);

/**
 * Whether the words from `thing` to `np` after "on" are an idiom's, not what was spent on: a bare idiom noun ("spent
 * £30 of the money on average"), or a phrase "of" continues ("on behalf of residents", "on top of the £1m").
 */
function onIdiom(toks: readonly Tok[], thing: number, np: number): boolean {
  return isWord(toks[np], "of") || (np === thing + 1 && ON_IDIOMS.has(toks[thing]!.l));
}
