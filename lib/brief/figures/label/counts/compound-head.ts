import { DETERMINERS, DURATIONS, MEASURE_NOUNS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a three-judge appeals panel", "an 11-page document", "a 162-game suspension": a count inside a compound describes
// the noun after it, and was labelled by its own word alone ('11-page — pages', '34-member — members'), which loses
// what the compound describes (216 cnndm-dev and dev-bbc card figures). The label keeps the compound's word and names
// its head, as the card reads "N — label" aloud: "11 — page document", "two — match ban", "three — bedroom home", the
// form "27-point cushion" already takes ("point cushion", label-count-noun.ts). A compound of a body's members ("a
// 34-member team", "the three-man panel") counts them: "team members", "panel members".

/** Compound words that count a body's members whatever the body ("a 25-member board"). */
const MEMBERS = new Set(["member", "members"]);

/**
 * Compound words for people, who are a body's members when the head is one ("the three-man panel"); a band's "piece"
 * is a player ("the five-piece group" → group members, was 'piece group'; a "12-piece tool kit" is no body).
 */
const PERSONS = new Set(["man", "men", "woman", "women", "person", "people", "piece"]);

/** A side's compound word down to its men: "nine-man Wigan". */
const SIDE_MEN = new Set(["man"]);

/**
 * Bodies of people: "a four-person crew" counts crew members, but "the 13-man code" (rugby league) and "a five-man
 * package" are no body, so they read as any compound does ("man code").
 */
const BODIES = new Set(
  "team squad panel committee tribunal crew council board jury delegation shortlist group band gang unit force commission cabinet class contingent expedition patrol".split(" "),
);

/** Whether `head` names a body of people, whose size counts its members ("a 30-strong squad" → squad members). */
export function isBody(head: string): boolean {
  return BODIES.has(head);
}

/** Heads that say nothing of what is described: "a two-horse thing", "a two-goal one". */
const GENERIC = new Set(["one", "ones", "thing", "things", "something", "lot", "kind", "sort", "type", "way"]);

/**
 * The label of a count said by a compound (`cw`, "page") whose noun phrase after it is `start`…`end` ("document"), or
 * undefined when that phrase names no head to keep: none after it, a unit or a time ("a three-game week" stays
 * 'games'), a generic word ("a two-horse thing"), a name right after it ("10-man Watford",
 * "a six-seat Cessna 310"), an owner ("the 14-man team's").
 */
export function compoundHead(toks: readonly Tok[], cw: string, start: number, end: number): string | undefined {
  // "101-the police number", "70.8-City's pass rate": a compound that is no plain word is a glitch, not a noun.
  if (!/^[a-z]+$/.test(cw) || DETERMINERS.has(cw)) return undefined;
  end = headEnd(toks, start, end);
  // "two-goal hero Brown", "the 57-room mansion Homeden": the head is before the name it is put to.
  const name = toks.slice(start, end).findIndex((t) => isCapitalised(t));
  // "held 1-1 by nine-man Wigan", "10-man Watford": a side down to N men after a sending-off, a name and nothing after
  // it, is its players; the card said '— men', the side lost (card audit 38, sample AF).
  if (name === 0 && SIDE_MEN.has(cw) && toks.slice(start, end).every((t) => isWord(t) && isCapitalised(t) && !/['’]s?$/.test(t.s))) {
    return `${phrase(toks, start, end)} players`;
  }
  if (name >= 0) end = start + name;
  if (end <= start) return undefined;
  const words = toks.slice(start, end);
  if (words.some((t) => !isWord(t) || /['’]s?$/.test(t.s))) return undefined;
  const head = toks[end - 1]?.l ?? "";
  if (DURATIONS.has(head) || MEASURE_NOUNS.has(head) || GENERIC.has(head)) return undefined;
  const after = phrase(toks, start, end);
  return MEMBERS.has(cw) || (PERSONS.has(cw) && BODIES.has(head)) ? `${after} members` : `${cw} ${after}`;
}

/** Words that open a verb's object: a noun is not followed by one inside its phrase ("the squad that won" is). */
const ARTICLES = new Set(["the", "a", "an", "his", "her", "their", "its", "my", "our", "your"]);

/**
 * Where the head's phrase ends: before a word the phrase reader took in that starts a clause, a verb with its object
 * ("the 17-goal striker score the winner", "the 34-member team plans to depart"; "the 45-man squad to be named" and
 * "the three-man system that helped" keep theirs) or an "-ing" word ("a four-person team loading baggage"), so the
 * head is the noun before it ("striker", "team").
 */
function headEnd(toks: readonly Tok[], start: number, end: number): number {
  for (let k = start + 1; k < end; k++) {
    const next = toks[k + 1];
    const w = toks[k]?.l ?? "";
    // ("a 3-carat engagement ring": a noun in "-ing" that ends the phrase is its head; the tagger also calls "loading"
    // in "team loading baggage" a noun, so only an object after it tells the clause.)
    const participle = w.endsWith("ing") && (k < end - 1 || toks[k]?.pos !== "NOUN");
    if (participle || ARTICLES.has(next?.l ?? "") || (/[^s]s$/.test(w) && next?.l === "to")) return k;
  }
  return end;
}
