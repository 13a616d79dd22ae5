import { CARDINAL_WORDS } from "#news/numbers.ts";
import { type Raw, wholeFigure } from "#brief/figures/card/figure.ts";
import { isWord, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// "a father-of-three", "the single mother of six", "Father-of-four Gavin Thorman": a parent named by how many children
// they have. The number counts children; read alone it had no noun ("six" ends the phrase) or was never read at all
// (the hyphenated "father-of-three" is one word token whose number comes last).

/** A parent, and what a grandparent's number counts instead. */
const PARENTS = new Set(["father", "mother", "dad", "mum", "mom", "parent"]);
const GRANDPARENTS = new Set(["grandfather", "grandmother", "grandad", "granddad", "grandma", "grandpa", "grandparent"]);

/**
 * How the card weighs it (Raw.factor): who a person is, not what happened, so it ranks below the story's own figures
 * and reaches a card where they leave room: at full weight 106 of cnndm-dev's 3,000 cards took one, over "2,515 people
 * injured" and "nearly 600,000 followers"; at 0.3 (specifications, count-kind.ts) it still beat "a five-year
 * restraining order".
 */
const BACKGROUND = 0.1;

/** More children than this is no family size but a year or a name ("father of 1970s punk"). */
const MOST = 30;

/** What the parent noun's number counts, or undefined when the word is no parent noun. */
function childrenOf(parent: string): string | undefined {
  const last = parent.slice(parent.lastIndexOf("-") + 1);
  if (PARENTS.has(last)) return parent.includes("grand") ? "grandchildren" : "children";
  if (GRANDPARENTS.has(last)) return "grandchildren";
  return undefined;
}

/**
 * A count of children at token i, or undefined: a parent compound ("father-of-three"), or the number after "<parent>
 * of" ("mother of six") or after a compound's hyphen ("mother-of-2").
 */
export function readParentOf(toks: readonly Tok[], i: number): { raw: Raw; next: number } | undefined {
  const t = toks[i];
  if (t === undefined) return undefined;
  const at = t.kind === WORD ? t.l.lastIndexOf("-of-") : -1;
  if (at > 0) {
    const label = childrenOf(t.l.slice(0, at));
    const value = CARDINAL_WORDS.get(t.l.slice(at + 4));
    return label === undefined || value === undefined ? undefined : children(toks, i, i, value, label);
  }
  const value = t.kind === NUM ? (/^\d{1,2}$/.test(t.s) ? Number(t.s) : undefined) : CARDINAL_WORDS.get(t.l);
  const before = toks[i - 1];
  const parent = toks[i - 2];
  if (value === undefined || before === undefined || !isWord(parent)) return undefined;
  const of = before.l === "of" ? parent.l : before.s === "-" && parent.l.endsWith("-of") ? parent.l.slice(0, -3) : undefined;
  const label = of === undefined ? undefined : childrenOf(of);
  return label === undefined ? undefined : children(toks, i - 2, i, value, label);
}

/**
 * The count of children read from tokens s..n. None for one ("mother-of-one" says little and "one" is mostly a
 * pronoun), for more than a family holds, or before "of" ("the mother of two of the victims" counts victims) or a
 * noun of its own after "of" ("father of three boys", "father of four grown-up children": the ordinary reading names
 * them; the compound "father-of-four" never takes one).
 */
function children(toks: readonly Tok[], s: number, n: number, value: number, label: string): { raw: Raw; next: number } | undefined {
  if (value < 2 || value > MOST || !Number.isInteger(value)) return undefined;
  const after = toks[n + 1];
  if (after !== undefined && after.kind === WORD && (after.l === "of" || (s < n && after.s === after.l && (after.pos === "NOUN" || after.pos === "ADJ" || after.l.includes("-"))))) return undefined;
  const raw = wholeFigure(toks, s, n + 1, { core: n, value, label, kind: "count", type: "count", words: toks[n]?.kind !== NUM, whole: true, factor: BACKGROUND });
  return { raw, next: n + 1 };
}
