import { SENTENCING } from "#brief/figures/lexicon.ts";
import type { Tok } from "#brief/figures/tokens.ts";

// The "-ing" form of a simple past, so a time "for N years" after it reads as the time's, not as a past: "hosted the
// show for 35 years" → years hosting the show. wink's light model tags but does not lemmatise in the POS stage this
// reader runs (pos.ts), so a regular past is undone by rule and an irregular one looked up.

/** Irregular pasts of verbs that go on for a time, and their "-ing" forms: "held the record for 20 years". */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ["held", "holding"], ["kept", "keeping"], ["led", "leading"], ["sat", "sitting"], ["stood", "standing"],
  ["slept", "sleeping"], ["fought", "fighting"], ["taught", "teaching"], ["wore", "wearing"], ["hid", "hiding"],
  ["spoke", "speaking"], ["built", "building"], ["wrote", "writing"], ["sang", "singing"], ["ran", "running"],
]);

/**
 * The "-ing" form of a past tense: "hosted" → hosting, "dated" → dating ("-ed" off and "-ing" on restores a dropped
 * "e" and keeps a doubled consonant: "stopped" → stopping), "studied" → studying, "held" → holding; "" for a word that
 * is no past this knows ("agreed", "fed", "sent").
 */
function gerund(past: string): string {
  const irregular = IRREGULAR.get(past);
  if (irregular !== undefined) return irregular;
  if (past.length < 5 || !past.endsWith("ed") || past.endsWith("eed")) return "";
  if (past.endsWith("ied")) return `${past.slice(0, -3)}ying`;
  return `${past.slice(0, -2)}ing`;
}

/** Verbs whose past goes on for a time with no object: "dated for four years", "lived in Tauranga for 30 years". */
const GO_ON = new Set(["dated", "worked", "lived", "played", "trained", "waited", "studied", "competed", "campaigned", "toured", "volunteered", "reigned", "struggled", "fought", "slept", "taught", "performed", "coached", "starred"]);

/**
 * "hosted the TV game show for 35 years" → years hosting the TV game show, "dated for four years" → years dating: a
 * simple past at `k`, before the "for" at `f`, read as what the time was spent doing, with the words `after` reads from
 * the word after it. A verb that goes on with no object (GO_ON) takes what follows it; any other needs its object ("moved back to the top of Ligue 1 for 24 hours" is where, for how long;
 * "vanished for six weeks" is no doing), and none its agent ("held by police for five hours"). A state is no doing
 * ("remained a mystery for nearly 24 hours"), a sentence says more as a term ("jailed Harkin for 12 months"), and a
 * denied doing is its absence ("hasn't worked for 20 years" is not 20 years working).
 */
export function pastDoing(toks: readonly Tok[], k: number, f: number, after: (from: number) => string): string {
  const ing = gerund(toks[k]!.l);
  const next = toks[k + 1];
  if (ing === "" || next?.l === "by" || STATES.has(toks[k]!.l) || SENTENCING.test(toks[k]!.l) || negated(toks, k)) return "";
  const goesOn = GO_ON.has(toks[k]!.l);
  if (!goesOn && !OBJECT_TAGS.has(next?.pos ?? "")) return "";
  const rest = k + 1 < f ? after(k + 1) : "";
  return rest === "" && !goesOn ? "" : [ing, rest].filter((w) => w !== "").join(" ");
}

/** Tags an object starts with. */
const OBJECT_TAGS = new Set(["DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"]);

/** Pasts that say a state went on, not a doing: "remained a mystery", "stayed on the line". */
const STATES = new Set(["remained", "stayed"]);

/** Whether the verb at `k` is denied by the two words before it: "hasn't worked", "has not played", "never dated". */
function negated(toks: readonly Tok[], k: number): boolean {
  return toks.slice(Math.max(0, k - 2), k).some((t) => t.l === "not" || t.l === "never" || t.l.endsWith("n't") || t.l.endsWith("n’t"));
}
