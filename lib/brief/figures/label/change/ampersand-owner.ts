import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { MONTHS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Annual dividend payments on old Crown Life & General pension plans will fall from 4% to 2.5%": a firm's name with
// "&" in it stops the noun phrase read back from the verb, so the rate was labelled by the words after the "&" ('2.5%
// — General pension plans') or the last noun ('— accounts'), and what fell, the head before "on", was lost
// (card-audit-49's made-up shape 14). When the label lies in the words after a "Name & Name" name inside a phrase
// that a preposition opens, the label is the head before that preposition, with the preposition and the name when
// that fits a label. A name with no preposition before it ("Marks & Spencer shares fell 3%") keeps its label, the name
// said whole in it ('fall in Spencer shares' → fall in Marks & Spencer shares; review42's left-over).

/** Prepositions whose phrase says what a head is of or on: "payments on …", "interest on …". */
const OPENERS = new Set(["on", "in", "of", "for", "at"]);

/** Describing words between the preposition and the name: "on old Crown Life …", "in the former Harbour …". */
const BEFORE_NAME = new Set(["old", "former", "the", "its", "their", "existing", "legacy"]);

/** How far before the figure the "&" may stand. */
const REACH = 16;

/** Relabels a figure labelled by words after a "Name & Name" name by the head of the phrase the name is inside. */
export function ampersandOwner(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.label === "") return;
  for (let amp = r.s - 1; amp > 0 && r.s - amp <= REACH; amp--) {
    if (toks[amp]?.s !== "&") continue;
    const [left, right] = [toks[amp - 1], toks[amp + 1]];
    if (left === undefined || right === undefined || !isCapitalised(left) || !isCapitalised(right)) return;
    // The label is read from the words after the "&", up to the figure: 'General pension plans', 'accounts'.
    // Only up to the clause's verb: "The merger of Standard & Poor's and Moody's would create a firm worth $40bn"
    // takes its label ('firm') from the object after the verb, not from the name's phrase.
    let verb = amp + 1;
    while (verb < r.s && toks[verb]!.pos !== "VERB" && toks[verb]!.pos !== "AUX") verb++;
    const after = phrase(toks, amp + 1, verb);
    // "Marks & Spencer shares fell 3%" → fall in Marks & Spencer shares: a label that holds the words after the "&"
    // whole ('fall in Spencer shares') gets the name's first half back (wholeName).
    if (!after.includes(r.label)) {
      wholeName(toks, r, amp, after);
      return;
    }
    let k = amp - 1;
    while (k > 0 && isCapitalised(toks[k - 1]!)) k--;
    const nameStart = k;
    while (k > 0 && isWord(toks[k - 1]) && BEFORE_NAME.has(toks[k - 1]!.l)) k--;
    const prep = toks[k - 1];
    if (!isWord(prep) || !OPENERS.has(prep.l)) return;
    // "savings held in the former Harbour Savings & Loan accounts": a participle's phrase is stepped over to the noun
    // it describes, whose own head ("Yearly interest on savings") backNP reaches; the name then goes, as "in" after
    // that head would say something else.
    const held = toks[k - 2]?.pos === "VERB" && /(?:ed|held|kept)$/.test(toks[k - 2]!.l);
    const head = held ? backNP(toks, k - 2) : backNP(toks, k - 1, false);
    if (head === undefined) return;
    let nameEnd = amp + 1;
    while (nameEnd < r.s && isCapitalised(toks[nameEnd]!)) nameEnd++;
    // phrase() leaves out the "&", a punctuation token; the name is said with it.
    const name = `${phrase(toks, nameStart, amp)} & ${phrase(toks, amp + 1, nameEnd)}`;
    const whole = `${phrase(toks, head[0], head[1])} ${prep.l} ${name}`;
    r.label = !held && whole.split(" ").length <= MAX_LABEL_WORDS ? whole : phrase(toks, head[0], head[1]);
    return;
  }
}

/**
 * Puts the words before the "&" at `amp` back into a label that holds the words after it, `after`, as a phrase of
 * its own: 'fall in Spencer shares' → 'fall in Marks & Spencer shares'; left when the name is no run of capitals or
 * the label would grow too long.
 */
function wholeName(toks: readonly Tok[], r: Raw, amp: number, after: string): void {
  const at = ` ${r.label} `.indexOf(` ${after} `);
  if (after === "" || at < 0) return;
  let k = amp - 1;
  // ("Yesterday Marks & Spencer shares", "After Marks & Spencer fell", "On Monday Marks & Spencer": a sentence's
  // capitalised adverb, conjunction, preposition or date is no part of the name; a name's words are proper nouns.)
  while (k > 0 && isCapitalised(toks[k - 1]!) && nameWord(toks[k - 1]!)) k--;
  // ("In London Marks & Spencer fell 3%": a preposition's first name is its object, a place, the firm's after it.)
  if (k < amp - 1 && toks[k - 1]?.pos === "ADP") k++;
  // (The name's words as written: phrase() lowercases a sentence's first word.)
  const first = toks.slice(k, amp).map((t) => t.s).join(" ");
  const whole = `${r.label.slice(0, at)}${first} & ${r.label.slice(at)}`;
  if (whole.split(" ").length <= MAX_LABEL_WORDS) r.label = whole;
}

/** Words that say when: capitalised at a sentence's start, tagged as names, and no part of one. */
const WHEN = new Set(["yesterday", "today", "tonight", "tomorrow"]);

/** Whether `t`, capitalised before a "Name & Name" name, is one of its words: a proper noun that says no date. */
function nameWord(t: Tok): boolean {
  return t.pos === "PROPN" && !WHEN.has(t.l) && !WEEKDAYS.has(t.l) && !MONTHS.has(t.l);
}
