import { adjacent, isCapitalised, isWord, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// A model number: a product's code written as one word of digits, letters and hyphens, which the tokenizer splits
// ("XR|480", "777|-|200|LR"). It comes in two shapes: glued to a name's capitals ("a Makita XR480 saw", "a Bosch
// DD-150 drill", "its A320neo planes", "500 COVID-19 patients"), a word of the name the label keeps; or digits first
// with a hyphen between digits ("2,000 of its 320-500GT coupes", "six of its 777-200LR planes"), no amount, passed
// over to the noun counted. One reader for both, so the count's "of its" path and the noun phrase end a model number
// at the same token (until the thirty-seventh round each had its own run, and 'XR480-B' lost its '-B').

/** Where the word written from token k with no space ends: digits and letters, a hyphen only between two of them. */
function writtenEnd(toks: readonly Tok[], k: number): number {
  let j = k + 1;
  while (j < toks.length && adjacent(toks[j - 1], toks[j])) {
    const t = toks[j]!;
    const next = toks[j + 1];
    const part = t.kind === NUM || t.kind === WORD;
    if (!part && !(t.s === "-" && adjacent(t, next) && (next?.kind === NUM || next?.kind === WORD))) break;
    j++;
  }
  return j;
}

/** Whether a name's capitals at k have a model number's digits glued on, directly or past a hyphen ("DD-150"). */
export function namedModel(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!isWord(t) || !isCapitalised(t)) return false;
  const next = toks[k + 1];
  if (next?.kind === NUM) return adjacent(t, next);
  const digits = toks[k + 2];
  return next?.s === "-" && adjacent(t, next) && digits?.kind === NUM && adjacent(next, digits);
}

/** Whether the digits-first run at k holds a hyphen between digits ("320-500GT", "777-200LR"); its end, or k. */
function digitsFirstEnd(toks: readonly Tok[], k: number): number {
  if (toks[k]?.kind !== NUM) return k;
  const end = writtenEnd(toks, k);
  for (let j = k + 1; j + 1 < end; j++) if (toks[j]!.s === "-" && toks[j + 1]!.kind === NUM) return end;
  return k;
}

/**
 * Whether token j is part of a model number glued to the name word before it: the digits, hyphens and letters written
 * on a name's capitals ("XR|480", "DD|-|150", "A|320|neo", "XR|480|-|B"); the name word itself is not.
 */
export function modelPart(toks: readonly Tok[], j: number): boolean {
  for (let k = j - 1; k >= 0 && adjacent(toks[k], toks[k + 1]); k--) {
    if (namedModel(toks, k)) return writtenEnd(toks, k) > j;
  }
  return false;
}

/** How many of the tokens from..to are a model number's, which a label counts as part of the name's word. */
export function modelTokens(toks: readonly Tok[], from: number, to: number): number {
  let n = 0;
  for (let k = from + 1; k < to; k++) if (modelPart(toks, k)) n++;
  return n;
}

/**
 * Whether tokens [from, to) are models in the plural, an item of a list of things: a name's model number with a plural
 * "s" glued on ("A4s", "XR480s"), or one before a lower-case plural noun ("Q5 models"), as in "fix 126,000 A4s, A5s
 * and Q5 models" (noun-list.ts: the list of bare plurals read only lower-case words, and the count was 'A4s' alone).
 */
export function modelItem(toks: readonly Tok[], from: number, to: number): boolean {
  if (!namedModel(toks, from)) return false;
  const end = writtenEnd(toks, from);
  if (end === to) return toks[to - 1]?.s === "s" && toks[to - 1]?.kind === WORD && toks[to - 2]?.kind === NUM;
  const head = toks[to - 1];
  return to === end + 1 && isWord(head) && !isCapitalised(head) && head.pos === "NOUN" && /[^s]s$/.test(head.l);
}

/**
 * Where a digits-first model number starting at token e ends, when a word (the counted noun) follows it: "320-500GT"
 * in "of its 320-500GT coupes"; e itself when no such model number stands there.
 */
export function pastModelNumber(toks: readonly Tok[], e: number): number {
  const end = digitsFirstEnd(toks, e);
  return end > e && toks[end]?.kind === WORD ? end : e;
}
