import { atSentenceStart, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The deal, agreed by two airlines that operate the northern route, could be worth millions of euros": what is worth
// the amount is the sentence's subject before the aside commas set off, not the last noun inside the aside ('northern
// route', 'airlines'; card audit 48's shape 6). An aside opens with a participle ("agreed by", "signed by") or a
// relative ("which", "who"); the subject it follows opens the sentence.

/** Words that open an aside after a subject, beside participles in -ed and -en. */
const OPENERS = new Set(["which", "who", "whose", "first", "once", "now", "already", "reportedly", "thought", "said", "seen"]);

/** The "(" matching the ")" at `c` (nested pairs counted), or `c` when none stands within the aside's reach. */
function openingBracket(toks: readonly Tok[], c: number): number {
  let depth = 0;
  for (let b = c; b >= 0 && c - b <= ASIDE_WORDS; b--) {
    if (toks[b]?.s === ")") depth++;
    else if (toks[b]?.s === "(" && --depth === 0) return b;
  }
  return c;
}

/** How far back the aside's opening comma may stand. */
const ASIDE_WORDS = 30;

/**
 * With `k` at (or right after) the comma closing an aside before "could be worth", the comma opening it when the aside
 * follows the sentence's subject ("The deal, agreed by …,"), else `k`.
 */
export function pastSubjectAside(toks: readonly Tok[], k: number): number {
  // The closing comma at k, or right before it when the words before "worth" ran long ("…, is expected to be worth").
  const close = toks[k]?.s === "," ? k : toks[k - 1]?.s === "," ? k - 1 : -1;
  if (close < 0) return k;
  for (let c = close - 1; c > 0 && close - c <= ASIDE_WORDS; c--) {
    // A bracketed list inside the aside ("the route (SkyNor, Baltic Air and Nord)") is passed whole: its commas
    // separate the list's names, not the aside from the subject.
    if (toks[c]?.s === ")") c = openingBracket(toks, c);
    if (toks[c]?.s !== ",") continue;
    const open = toks[c + 1];
    if (!isWord(open) || !(OPENERS.has(open.l) || /(?:ed|en)$/.test(open.l))) return k;
    // The subject: a determiner and a noun or two from the sentence's start ("The deal", "The copper find").
    let s = c - 1;
    while (s > 0 && c - s < 4 && isWord(toks[s - 1]) && !atSentenceStart(toks, s)) s--;
    return atSentenceStart(toks, s) ? c : k;
  }
  return k;
}
