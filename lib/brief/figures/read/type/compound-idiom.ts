import { gluedUnit } from "#brief/figures/language/lexicon.ts";
import { isWord } from "#brief/figures/language/tokens.ts";
import type { Reading, Rejection } from "#brief/figures/read/amount/reading.ts";

// Compounds whose number counts nothing, each found on cnndm-dev's cards labelled by its own word: a golf club ("threw
// his 3-iron in the lake": 'irons'), a match or a shot named by its worth or length ("a six-pointer at Liverpool",
// "missed a 3-pointer", "pushed to three-setters": 'pointers', 'setters'), a bed ("her four-poster bed"), an age group
// ("a group of 20-somethings"), a stomach's muscles ("his six-pack"), a phone number's letters ("call (800) 577-TIPS").

/** A golf club's word: "3-iron", "5-wood", "a seven-iron". */
const CLUB = /^(?:iron|wood)s?$/;

/**
 * Things named by a number of points, sets, posts or driven wheels: one match, one shot, one bed, one car ("retrieved the
 * four-wheel-drive": '4 — wheel-drives' took a freed card slot), never that many of anything.
 */
const NAMED_BY = /^(?:pointer|setter|poster|wheel-drive)s?$/;

/** Whether a word is written in capitals, as a phone number's letters are ("TIPS", "FLOWERS"). */
const CAPITALS = /^[A-Z]{3,}$/;

/** The least number a phone number's letters follow: its exchange, three digits ("577-TIPS"). */
const PHONE_EXCHANGE = 100;

/** The compound read as no figure, with what it is instead; undefined for a compound that counts. */
export function compoundIdiom(r: Reading): Rejection | undefined {
  const cw = r.compound;
  if (cw === undefined) return undefined;
  // A club is numbered 1 to 9 ("a 12-wood fence" is wood).
  if (CLUB.test(cw) && r.value <= 9) return { next: r.j, type: "identifier" };
  if (NAMED_BY.test(cw)) return { next: r.j, type: "other" };
  // "20-somethings", "a thirty-something": people of an age, no count; so is "30-something's", its plural written with
  // an apostrophe (card audit 38, sample AF: '30-something's — something's' as a count).
  if (/^something(?:s|['’]s)?$/.test(cw)) return { next: r.j, type: "age" };
  // "his six-pack": the muscles; "a six-pack of beer" holds six, "a 24-pack" is a pack.
  if (cw === "pack" && r.value === 6 && !isWord(r.toks[r.j], "of")) return { next: r.j, type: "other" };
  // "577-TIPS": the letters of a phone number, in capitals, after its exchange's three digits; "a 100-MW plant" is a
  // unit, and "a 3-DVD set" counts discs (an acronym after a small number is a noun).
  const word = r.toks[r.j - 1];
  if (isWord(word) && CAPITALS.test(word.s) && r.value >= PHONE_EXCHANGE && gluedUnit(cw) === undefined) return { next: r.j, type: "identifier" };
  return undefined;
}
