import type { Raw } from "#brief/figures/card/figure.ts";
import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { oneName } from "#brief/figures/label/counts/one-name.ts";
import { specUnit } from "#brief/figures/label/measures/spec-unit.ts";
import { PERPETRATORS, CASUALTY_NOUNS, CASUALTY_WORDS, COLLECTIVE, DETERMINERS, DURATIONS, FOLD_PEOPLE, MEASURE_NOUNS, PEOPLE, SPEC_NOUNS } from "#brief/figures/language/lexicon.ts";
import { isPlural, plural } from "#brief/figures/language/phrase.ts";
import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";
import { durationKind } from "#brief/figures/label/durations/duration-kind.ts";

// The kind of a labelled count (label-count.ts) and how much it weighs within it.

/** "three automatic pistols": small counts in words are detail more often than news, and weigh less. */
export function smallInWords(r: Raw): void {
  if (r.words && r.value < 10) r.factor *= 0.75;
}

/** The kind of a labelled count (casualties, people, measure, rank, count) and how much it weighs within it. */
export function countKind(toks: readonly Tok[], r: Raw, c: Count, sentenceText: string): void {
  const np = c.np;
  // "21 Grams actress Naomi Watts", "Three Degrees star": a capitalised unit is a title or a name, not a unit.
  let head = isCapitalised(toks[c.npEnd - 1] ?? toks[0] as Tok) && MEASURE_NOUNS.has(c.head) ? "" : c.head;
  const first = toks[c.e];
  const firstWord = first !== undefined && isCapitalised(first) ? "" : np.slice(0, np.indexOf(" ") < 0 ? np.length : np.indexOf(" ")).toLowerCase();
  // ("At night temperatures drop to 20C": a glued unit says what its number measures, whatever the subject's words.)
  if (r.compound === undefined && r.glued === undefined && !DURATIONS.has(head) && DURATIONS.has(firstWord)) head = firstWord;
  // "656 feet high", "10 centimeters long", "2,800 feet beneath": the unit first is what the number measures; not past
  // a determiner, where it only describes the noun ("Hundreds of the barrel jellyfish").
  else if (r.compound === undefined && !MEASURE_NOUNS.has(head) && MEASURE_NOUNS.has(firstWord) && firstWord.length > 2 && !DETERMINERS.has(toks[c.e - 1]?.l ?? "")) head = firstWord;

  // Durations are background ("the three months to December") unless the story is about a sentence or a ban,
  // so they rank low, but a duration that is the news ("six days in hospital") can still reach the card. A unit glued
  // to the number says what it measures, whatever period follows "of": "the last 400m of the night" is a length
  // (window-stretch.ts). (Only over "of": "A month after …, her weight reaches 392 lbs (28st)" has a period subject
  // which would label the weight.)
  if (r.compound === undefined && !(r.glued !== undefined && isWord(toks[r.e], "of")) && DURATIONS.has(head)) {
    durationKind(toks, r, c, head, sentenceText);
    return;
  }
  // "a 12 megapixel camera": a measure of the camera in megapixels (spec-unit.ts), weighed as the number before a
  // singular noun it was read as.
  if (specUnit(toks, r, np)) {
    r.factor *= DESCRIBING_FACTOR;
    return;
  }
  if (r.ordinal) r.kind = "rank";
  // The toll leads with the victims: attackers or militants who died are counted people, not the casualty figure.
  else if (r.fold !== undefined && CASUALTY_WORDS.has(r.fold) && PERPETRATORS.has(c.head)) r.kind = "people";
  else if (r.fold !== undefined && CASUALTY_WORDS.has(r.fold)) r.kind = "casualties";
  else if (CASUALTY_NOUNS.has(head)) r.kind = "casualties";
  else if (r.kind === "measure") r.kind = "measure";
  else if ((r.fold !== undefined && FOLD_PEOPLE.has(r.fold)) || PEOPLE.has(head)) r.kind = "people";
  // "four points clear", "six points adrift": whole points are a count (of a league table, a match); an index's
  // points come with decimals ("43.305 points") and measure a level.
  else if (MEASURE_NOUNS.has(head) && !(head === "points" && Number.isInteger(r.value))) r.kind = "measure";
  // The unit of a measure: glued to it ("12ft", "5km") or the noun it quantifies ("2077 miles").
  if (r.kind === "measure" && r.unit === undefined) {
    // "2.7 square mile patch", "25 square meters": an area's unit is both words.
    // "The 1.5 million square foot Quayside Centre was sold": what was done to the thing (the verb count-verb.ts folded
    // in) is no part of its size ('size of Quayside Centre sold').
    const deed = c.fold === undefined ? "" : ` ${c.fold}`;
    const measured = deed !== "" && np.endsWith(deed) ? np.slice(0, -deed.length) : np;
    const words = measured.toLowerCase().split(" ");
    const area = (words[0] === "square" || words[0] === "cubic") && MEASURE_NOUNS.has(plural(words[1] ?? "")) ? `${words[0]} ${plural(words[1] ?? "")}` : undefined;
    const unit = r.glued ?? area ?? (MEASURE_NOUNS.has(head) ? head : undefined);
    if (unit !== undefined) r.unit = unit;
    // "the two million square foot Harbourside Mall": the unit's words join the display, the label the size of the thing
    // measured ('square foot Harbourside Mall' read the unit as a word of its name). Card audit 52's made-up shape 7.
    if (area !== undefined && words.length > 2 && r.label === np && isWord(toks[c.e], words[0])) {
      r.label = `size of ${measured.split(" ").slice(2).join(" ")}`;
      r.e = c.e + 2;
    }
  }
  smallInWords(r);
  // "2048 * 1080 pixels", "100 gigabytes": specifications, true but rarely the story; "five tube lines" are lines run.
  if (SPEC_NOUNS.has(head) && !(head === "lines" && np !== head)) {
    r.kind = "measure";
    r.factor *= 0.3;
  }
  // "the 1 CROWN bar": a venue's name, no count of one (one-name.ts).
  if (r.kind === "count" && oneName(toks, r, head)) {
    r.drop = true;
    r.type = "identifier";
  }
  // "the 777 plane", "a typical episode of 24": a number before a singular noun names or describes it.
  if (r.kind === "count" && r.compound === undefined && r.value > 1 && head !== "" && !isPlural(head) && !COLLECTIVE.has(head) && !PEOPLE.has(head)) {
    // Right after bare digits ("777 plane", "787 Dreamliner") it is a model or a name: no count at all.
    const nx = toks[r.e];
    // A scale said ("2.4 million bpd") makes it an amount, never a model's number.
    const scaled = toks[r.e - 1]?.kind !== NUM;
    if (!r.words && !scaled && r.qualifier === undefined && nx !== undefined && (c.npEnd === r.e + 1 || isCapitalised(nx))) {
      r.drop = true;
      r.type = "identifier";
    }
    else r.factor *= DESCRIBING_FACTOR;
  }
}

/** How much a number before a singular noun weighs: it describes the noun more often than it is the story's count. */
const DESCRIBING_FACTOR = 0.4;
