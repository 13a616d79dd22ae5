import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { CLAUSE_VERBS } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "40% of those surveyed said …", "5 per cent of those living on Tyneside reporting problems", "3% of those aged over
// 65": a share of "those" is a share of the people the words after it pick out, up to the clause's own verb. The noun
// phrase reading found no noun after "those" (a pronoun), so the share was left out, labelled "share of aged", or
// named by a noun of another clause ("country").

/** The most words after "those" the label keeps: "living on the Tyneside coast". */
const REACH = 5;

/** The words a label spends on saying it is a share: "share of those". */
const SHARE_OF = "share of those";

/** Tags of the words that may go on a phrase picking out "those" after its first word (a place, an age, a noun). */
const ON = new Set(["ADP", "PROPN", "NOUN", "NUM", "DET", "ADJ", "ADV"]);

/** A participle, by its ending, as the tagger may call "living" or "aged" a noun: "surveyed", "taking", "born", "taken". */
const PARTICIPLE = /(?:ed|ing|[ow]rn|[aeiko]en)$/;

/** Words that join an age's ends: "aged 10 to 14", "aged 30-39". */
const SPAN = new Set(["to", "-"]);

/**
 * "share of those surveyed", "share of those living on Tyneside", "share of those who have dial-up access" when the word
 * at `k` is "those" and a participle, an adjective or "who" and its verb follow; "" otherwise ("80 per cent of those
 * remain": "those" stands for a noun said before, and its verb follows).
 */
export function shareOfThose(toks: readonly Tok[], k: number): string {
  if (!isWord(toks[k], "those")) return "";
  const first = toks[k + 1];
  if (!isWord(first) || !(first.pos === "ADJ" || first.l === "who" || PARTICIPLE.test(first.l))) return "";
  let end = k + 2;
  // "those who responded", "those who have dial-up access": the relative pronoun and its verb pick them out.
  if (first.l === "who") {
    while (toks[end]?.pos === "AUX") end++;
    if (toks[end]?.pos === "VERB") end++;
    if (end === k + 2) return "";
  }
  const words: string[] = toks.slice(k + 1, end).map((t) => t.s);
  // A verb of saying or thinking is the clause's own verb, whatever the tagger calls it ("those surveyed said/ADJ no",
  // "those aged 18-24 saying/NOUN they'd never heard"): the group ends before it.
  while (end < k + 1 + REACH && (isWord(toks[end]) || toks[end]?.kind === NUM) && ON.has(toks[end]?.pos ?? "") && !CLAUSE_VERBS.has(toks[end]?.l ?? "")) {
    // "aged 10 to 14", "aged 30-39": an age's span is one word, as the card's label is kept short.
    const other = toks[end + 2];
    if (toks[end]?.kind === NUM && SPAN.has(toks[end + 1]?.s ?? "") && other?.kind === NUM) {
      words.push(`${toks[end]?.s}-${other.s}`);
      end += 3;
    } else if (toks[end]?.kind === NUM && isWord(toks[end + 1], "and") && (isWord(other, "over") || isWord(other, "older"))) {
      // "aged 65 and over": 65-plus.
      words.push(`${toks[end]?.s}-plus`);
      end += 3;
    } else {
      words.push(toks[end]?.s ?? "");
      end++;
    }
  }
  // "78 per cent of those who aren't keen on the sandwich": a phrase the reach cut short ends on no preposition or article.
  if (end >= k + 1 + REACH) {
    while (words.length > 1 && (toks[end - 1]?.pos === "ADP" || toks[end - 1]?.pos === "DET")) {
      words.pop();
      end--;
    }
  }
  // "5 per cent of those living on the Tyneside coast": a label longer than the card holds would be cut to "share of
  // those living on" (candidates.ts); the percent already says it is a share, so "share of" goes first, and the
  // people it picks out are read whole ("those living on the Tyneside coast").
  const fits = SHARE_OF.split(" ").length + words.length <= MAX_LABEL_WORDS;
  return `${fits ? SHARE_OF : "those"} ${words.join(" ")}`;
}

// "Be careful, because 70% of the time, drivers who crash are often checking a phone": "of the time" says how often,
// and the clause after its comma says what happens that often; labelled 'share of time' (card audit 55's made-up
// shape 7), the figure named nothing. The clause's subject, with the relative clause that picks it out, and what
// they are doing: "drivers who crash checking a phone".

/**
 * The clause a fronted "N% of the time," is about, with "the" at `k`: its subject ("drivers who crash") and its verb
 * and object ("checking a phone"), the subject alone when both are too long for a label; "" when no comma and
 * subject follow "of the time".
 */
export function timeShareClause(toks: readonly Tok[], k: number): string {
  if (!isWord(toks[k], "the") || !isWord(toks[k + 1], "time") || toks[k + 2]?.s !== ",") return "";
  const from = pastDeterminers(toks, k + 3);
  let end = forwardNP(toks, from);
  if (end <= from) return "";
  // "drivers who crash": the relative pronoun and its verb (the tagger may call "crash" a noun) pick them out.
  if (isWord(toks[end], "who") && isWord(toks[end + 1])) end += 2;
  const subject = phrase(toks, from, end);
  let v = end;
  while (isWord(toks[v]) && (toks[v]!.pos === "AUX" || toks[v]!.pos === "ADV")) v++;
  if (toks[v]?.pos !== "VERB") return subject;
  const o = pastDeterminers(toks, v + 1);
  const doing = phrase(toks, v, Math.max(forwardNP(toks, o), v + 1));
  const label = `${subject} ${doing}`;
  return label.split(" ").length <= MAX_LABEL_WORDS ? label : subject;
}
