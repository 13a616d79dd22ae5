// "The guards beat two of his cousins and four others", "Baker killed Mr Heenan and three others": "others" joined by
// "and" to an object no one noun names (a name, a pronoun, a part of an owner's group) took no noun (others.ts) and
// the card said 'four — others', which says who they are not, not what happened to them (card audits 8 and 38, samples
// R and AF). What the clause did to them does: the verb of the first object, as its participle, as "injuring 70
// others" gives 'others injured' ('others beaten', 'others killed', 'others thrown'). A named object may carry its age
// between commas ("killed Mr Brown, 47, and four others") and the verb may be a gerund ("jailed for killing Mr Heenan
// and three others"): both still say what was done to the others.
import type { Raw } from "#brief/figures/card/figure.ts";
import { AUXILIARIES, CASUALTY_WORDS, FOLD_VERBS } from "#brief/figures/language/lexicon.ts";
import { isWord, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";

/** Past tenses whose participle is another word; a verb in "-ed" is its own participle, any other is left. */
const PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ["beat", "beaten"], ["threw", "thrown"], ["took", "taken"], ["bit", "bitten"], ["stole", "stolen"], ["drove", "driven"],
  ["gave", "given"], ["saw", "seen"], ["shot", "shot"], ["hit", "hit"], ["hurt", "hurt"], ["struck", "struck"],
  ["caught", "caught"], ["held", "held"], ["fought", "fought"], ["sent", "sent"], ["left", "left"], ["led", "led"],
]);

/** How many words the first object may run to, back from "and" to its verb ("two of his cousins"). */
const OBJECT_REACH = 6;

/** Whether the comma at `k` closes a person's age aside (", 47,"), so the name before it is the first object. */
function ageAside(toks: readonly Tok[], k: number): boolean {
  const age = toks[k - 1];
  return toks[k]?.s === "," && toks[k - 2]?.s === "," && age?.kind === NUM && /^\d{1,3}$/.test(age.s) && Number(age.s) < 120;
}

/** Relabels a count 'others' that ends a clause after "and" with the participle of its first object's verb. */
export function othersVerb(toks: readonly Tok[], r: Raw): void {
  if (r.label !== "others" || !isWord(toks[r.e], "others") || !isWord(toks[r.s - 1], "and")) return;
  // "Another man has died and two others are fighting": "others" opening a clause of its own is its verb's subject.
  const next = toks[r.e + 1];
  if (isWord(next) && (next.pos === "VERB" || next.pos === "AUX" || AUXILIARIES.has(next.l))) return;
  for (let k = r.s - 2; k >= 0 && r.s - 2 - k < OBJECT_REACH; k--) {
    if (ageAside(toks, k)) {
      k -= 2;
      continue;
    }
    const t = toks[k]!;
    if (t.kind !== WORD && t.kind !== NUM) return;
    if (t.kind === NUM || t.pos !== "VERB") continue;
    if (AUXILIARIES.has(t.l)) return;
    const participle = t.l.endsWith("ed") ? t.l : (PARTICIPLES.get(t.l) ?? CASUALTY_WORDS.get(t.l) ?? FOLD_VERBS.get(t.l));
    if (participle !== undefined) r.label = `others ${participle}`;
    return;
  }
}
