// "would cost millions of pounds-as the price of its support", "six million Jews-was murdered", "its $13.6 billion in
// profit-and the rest": a dash typed as a hyphen between a word and the next clause's first word. Read as one word, the
// compound was a count's noun ('millions of — pounds-as') or a label's tail ('profit-and'). The words here open a
// clause or a phrase and end no compound of the dev texts: 'the' (cut since 13lbs-the), articles, conjunctions,
// relatives, auxiliaries. Left out for the compounds they end: 'to' (lean-to), 'in'/'on' (built-in, take-on), 'by'
// (passer-by), 'or' (either-or), 'not' (forget-me-not), 'so' (so-so), 'is' (as-is), 'have' (must-have), 'after'
// (sought-after), 'before' (never-before), 'if' (what-if: cut, "200 what-if tests" lost its count, and no dev card
// needed it).

/** Words that, after a hyphen ending a word, are the next clause's first word, not the end of a compound. */
const CLAUSE_WORDS = new Set([
  "the", "a", "an", "as", "and", "but", "which", "who", "whose", "was", "were", "are", "with", "while", "where", "when",
  "from", "that", "this", "its", "his", "their", "has", "had", "including", "although", "though", "because", "then",
]);

/** A conjunction after a suspended hyphen ("double-and triple-checked", "first- and second-degree") belongs to it. */
const SUSPENDING = new Set(["and", "but"]);

/**
 * Where the dash of a word `l` (lowercased) stands, when its last hyphened part is a clause word and the part before it
 * is a word of two letters or more ("R-M-B-A" is spelt out); else -1. `after` is the text following the word: a
 * conjunction followed by a hyphened word is a suspended hyphen, left whole.
 */
export function clauseDash(l: string, after: string): number {
  const cut = l.lastIndexOf("-");
  if (cut < 0 || !CLAUSE_WORDS.has(l.slice(cut + 1))) return -1;
  const head = l.slice(l.lastIndexOf("-", cut - 1) + 1, cut);
  if (!/^[\p{L}']{2,}$/u.test(head)) return -1;
  if (SUSPENDING.has(l.slice(cut + 1)) && /^\s+[\p{L}\d]+-/u.test(after)) return -1;
  return cut;
}
