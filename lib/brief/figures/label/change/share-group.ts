import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { AUXILIARIES, DOWN_VERBS, UP_VERBS } from "#brief/figures/language/lexicon.ts";
import { pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "the proportion of libraries offering Sunday hours has dropped from 64 per cent in 2011 to 58 per cent", "The share
// of homes with broadband is now 80 per cent": the percent is the share of the whole group the subject names, but the
// subject rule read back only to the group's last noun ('58 per cent — hours', its "Sunday" taken for a time point;
// blind sample AZ's made-up shape 8; 'broadband', 'phones' alike). Labelled with the writer's word for the share and
// the whole group, when that fits the card's label; else left to the subject rule.

/** Nouns of a share whose "of" names the group it is of. */
const SHARE_HEADS = new Set(["proportion", "share", "percentage"]);

/** Irregular pasts of rising and falling; the regular ones end in "ed" ("dropped", "increased"). */
const IRREGULAR_CHANGES = new Set(["rose", "risen", "fell", "fallen", "grew", "grown", "sank", "slid", "shrank", "shrunk", "leapt"]);

/** Verbs of standing at a level after the group: its clause's verb, as the auxiliaries and the changes are. */
const STANDING = new Set(["stood", "stands", "remained", "remains", "reached", "hit", "totalled"]);

/** Words that open a relative clause: the group's verb would then be the clause's, not the share's. */
const RELATIVES = new Set(["that", "which", "who", "whose", "whom"]);

/** Punctuation that ends a clause between the share and its percent. */
const BREAKS = new Set([",", ";", ":", "(", ")", "–", "—"]);

/** How far back from the percent its share's noun may stand. */
const REACH = 16;

/** Whether the word at k is the verb of the share's clause, which ends the group. */
function groupVerb(l: string): boolean {
  if (AUXILIARIES.has(l) || STANDING.has(l) || IRREGULAR_CHANGES.has(l)) return true;
  return l.endsWith("ed") && (UP_VERBS.has(l) || DOWN_VERBS.has(l));
}

/** The label of a percent at `s` that the share of a group said in full stands at, or undefined. */
export function shareGroup(toks: readonly Tok[], s: number): string | undefined {
  for (let k = s - 1; k >= 1 && s - k <= REACH; k--) {
    const t = toks[k]!;
    if (BREAKS.has(t.s)) return undefined;
    if (t.l !== "of" || !SHARE_HEADS.has(toks[k - 1]?.l ?? "")) continue;
    // "BBC Two's share of the audience viewing online": an owner's share is the owner's, as the subject rule names it.
    if (toks[k - 2]?.l.endsWith("'s") === true) return undefined;
    const g = pastDeterminers(toks, k + 1);
    let v = g + 1;
    while (v < s && isWord(toks[v]) && !groupVerb(toks[v]!.l) && !RELATIVES.has(toks[v]!.l)) v++;
    if (v >= s || !groupVerb(toks[v]!.l)) return undefined;
    const label = `${toks[k - 1]!.l} of ${phrase(toks, g, v)}`;
    return label.split(" ").length <= MAX_LABEL_WORDS ? label : undefined;
  }
  return undefined;
}
