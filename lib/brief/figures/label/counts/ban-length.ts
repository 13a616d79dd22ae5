import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "was suspended for 6-games", "banned the defender for 8 matches", "was suspended for six games": a ban's length in
// games, labelled by its unit alone ('6-games — games', card audit 47, sample AO). The verb of banning before the
// "for" says what the games are: the ban's ('game ban', as "a one-match ban" reads 'match ban').

/** Verbs that give a ban whose length follows "for". */
const BANNING = new Set(["banned", "suspended", "barred", "bans", "suspends", "ban", "suspend", "bar"]);

/** What a ban is counted in, by the singular a ban's label says it with ("a six-game ban"). */
const FIXTURES: ReadonlyMap<string, string> = new Map([
  ["games", "game"], ["matches", "match"], ["races", "race"], ["fixtures", "fixture"], ["tests", "test"], ["game", "game"],
  ["match", "match"], ["race", "race"],
]);

/** How far back from "for" the verb may stand: "banned the defender for", "suspended him on Tuesday for". */
const VERB_REACH = 5;

/** Relabels a count of games after "for" and a verb of banning as the ban: "game ban". */
export function banLength(toks: readonly Tok[], r: Raw): void {
  const unit = FIXTURES.get(r.label);
  if (r.currency !== undefined || r.percent || unit === undefined) return;
  if (!isWord(toks[r.s - 1], "for")) return;
  for (let k = r.s - 2; k >= 0 && r.s - 1 - k <= VERB_REACH; k--) {
    const t = toks[k];
    if (!isWord(t)) return;
    if (BANNING.has(t.l)) {
      r.label = `${unit} ban`;
      return;
    }
  }
}
