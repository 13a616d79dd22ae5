import type { KeyFigure } from "#brief/figures/card/figure.ts";
import { contentTerms } from "#news/terms.ts";

// "one in four renters who turn 60 this year will be behind on their rent" / "nearly one in four renters will live on
// nest eggs of less than £5,000": two shares in words of one value and one group, each with its own predicate, are two
// facts; as the same percentage twice they were one and the card dropped one ('one in four — renters' kept, the other
// listed and never carded; card audit 51, sample AS's made-up shape 16). What the group does is read from the words
// after the share and its label, in each sentence; shares with nothing after them, or whose words meet, stay one fact.

/** How many words after the share and its group are read as its predicate. */
const PREDICATE_WORDS = 8;

/**
 * The content stems of the words after `f`'s display and its group in its sentence, or undefined when not found there.
 * The group is what both labels open with: a label that names what its group did ('renters will retire as renters',
 * base-doing.ts) holds the predicate itself, and the words after the group are read as they are for a bare label.
 */
function predicate(f: KeyFigure, group: string, sentenceText: string): Set<string> | undefined {
  const text = sentenceText.toLowerCase();
  const at = text.indexOf(`${f.display.toLowerCase()} ${group}`);
  if (at < 0) return undefined;
  const after = text.slice(at + f.display.length + group.length + 1).split(/\s+/).slice(0, PREDICATE_WORDS).join(" ");
  const own = new Set(contentTerms(`${f.display} ${group}`));
  return new Set(contentTerms(after).filter((t) => !own.has(t)));
}

/** The words two labels open with, lowercased: 'renters' of 'renters counted' and 'renters will live'. */
function sharedOpening(a: string, b: string): string {
  const wa = a.toLowerCase().split(" ");
  const wb = b.toLowerCase().split(" ");
  let n = 0;
  while (n < wa.length && wa[n] === wb[n]) n++;
  return wa.slice(0, n).join(" ");
}

/** Whether two shares said in words (type other), of one value and group, give their group different predicates. */
export function sharePredicatesDiffer(a: KeyFigure, aText: string, b: KeyFigure, bText: string): boolean {
  if (a.type !== "other" || b.type !== "other" || a.kind !== "percent" || b.kind !== "percent" || a.sentence === b.sentence) return false;
  const group = sharedOpening(a.label, b.label);
  if (group === "") return false;
  const pa = predicate(a, group, aText);
  const pb = predicate(b, group, bText);
  if (pa === undefined || pb === undefined || pa.size === 0 || pb.size === 0) return false;
  return ![...pa].some((t) => pb.has(t));
}
