import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "The siege cost 140 French and 320 Spanish lives", "claimed 45 Dutch and 90 German lives": two counts of one noun,
// each with its own nationality, the noun said once after the second. The first count's phrase was the adjective
// alone, a capitalised word read as a name ("140 — French", then typed an identifier and dropped). It counts the
// noun the second count's phrase ends with: "French lives", as the second's is "Spanish lives".

/** Joins of two coordinated counts. */
const JOINS = new Set(["and", "or"]);

/** Takes the noun shared with the coordinated count after it when the count's phrase is one capitalised word. */
export function pastCoordinatedNationality(toks: readonly Tok[], c: Count): void {
  const adjective = toks[c.e];
  if (!isWord(adjective) || !isCapitalised(adjective) || c.npEnd !== c.e + 1 || !JOINS.has(toks[c.npEnd]?.l ?? "")) return;
  // A nationality is no plural ("Swiss" aside): "5 Grammys and 2 Brit awards" are counts of their own nouns.
  if (/[^s]s$/.test(adjective.l)) return;
  const second = toks[c.npEnd + 1];
  if (second === undefined || !(second.kind === NUM || CARDINAL_WORDS.has(second.l))) return;
  // The second count's own adjective, then the shared noun phrase ("Spanish lives", "German civilian lives").
  const other = toks[c.npEnd + 2];
  if (!isWord(other) || !isCapitalised(other)) return;
  const end = forwardNP(toks, c.npEnd + 2);
  if (end <= c.npEnd + 3) return;
  const shared = phrase(toks, c.npEnd + 3, end);
  const head = toks[end - 1];
  if (shared === "" || !isWord(head) || isCapitalised(head)) return;
  c.np = `${c.np} ${shared}`;
  c.head = head.l;
}
