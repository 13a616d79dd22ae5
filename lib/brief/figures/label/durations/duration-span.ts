import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { pastDescribed } from "#brief/figures/language/change-verb.ts";
import { WHOLE } from "#brief/figures/label/durations/for-words.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// What a duration spans when the clause names it with no "for" (label-duration.ts reads "for N years" and "spent N
// years in …"): the verb whose object the time is ("waited 21 hours for a flight" → hours waiting for flight, "played
// 64 minutes" → minutes played), or the role it was spent in ("his five years as Labour leader" → years as Labour
// leader). A bare unit ("21 — hours") was about 9% of every sample's card figures (card audits 11–13).

/** Verbs that take a time as their object, and the word the time is labelled by: "waited 21 hours" → hours waiting. */
const SPANNING: ReadonlyMap<string, string> = new Map([
  ["waited", "waiting"], ["wait", "waiting"], ["waits", "waiting"], ["waiting", "waiting"],
  ["queued", "queuing"], ["queue", "queuing"], ["queuing", "queuing"], ["queueing", "queuing"],
  ["played", "played"], ["play", "played"], ["plays", "played"], ["playing", "played"],
  ["worked", "worked"], ["work", "worked"], ["works", "worked"], ["working", "worked"],
  ["slept", "slept"], ["sleep", "slept"], ["sleeps", "slept"], ["sleeping", "slept"],
  ["trained", "training"], ["train", "training"], ["trains", "training"], ["training", "training"],
  // "He missed five months due to calf issues", "after completing 90 minutes for the under 21 side", "survived four
  // nights alone in the bush": a time missed, completed or lived through (labels48; 'five — months' before).
  ["missed", "missed"], ["miss", "missed"], ["misses", "missed"], ["missing", "missed"],
  ["completed", "completed"], ["complete", "completed"], ["completes", "completed"], ["completing", "completed"],
  ["survived", "survived"], ["survive", "survived"], ["survives", "survived"], ["surviving", "survived"],
]);

/**
 * "waited 21 hours for a flight", "left her waiting almost two hours", "played only 60": the verb right before the
 * duration (over its article and judging word) whose object it is, with what was waited for; "" when none stands there
 * ("a 21-hour wait" is a compound, read elsewhere; "the wait" is a noun, no verb).
 */
export function spanningVerb(toks: readonly Tok[], s: number, npEnd: number): string {
  // "played the full 90 minutes": over the words that take the time whole.
  const b = pastDescribed(toks, s) - 1;
  const whole = WHOLE.has(toks[b]?.l ?? "") && isWord(toks[b]) && isWord(toks[b - 1], "the");
  const verb = toks[whole ? b - 2 : b];
  const word = isWord(verb) && verb.pos === "VERB" ? SPANNING.get(verb.l) : undefined;
  if (word === undefined) return "";
  if (word !== "waiting" || !isWord(toks[npEnd], "for")) return word;
  // "would wait more than 12 months for an outpatient appointment": what was waited for, when it is a thing.
  const k = pastDeterminers(toks, npEnd + 1);
  const end = forwardNP(toks, k);
  return end > k && toks[k]?.pos !== "PRON" ? `${word} for ${phrase(toks, k, Math.min(end, k + 3))}` : word;
}

/** Words after "as" that start no role: "as part of", "as of April", "as well", "as long as", "as much". */
const NO_ROLE = new Set(["part", "of", "well", "long", "much", "many", "soon", "far", "if", "though", "such", "usual", "ever"]);

/**
 * "his five years as Labour leader", "four years as secretary of state", "two days as a spectator": the role the time
 * was spent in; "" when "as" starts a clause ("lasted just over 10 minutes as he pulled up", "for nearly 24 hours as the
 * photo … went viral") or no noun follows.
 */
export function asRole(toks: readonly Tok[], npEnd: number): string {
  if (!isWord(toks[npEnd], "as")) return "";
  const first = toks[npEnd + 1];
  if (!isWord(first) || first.pos === "PRON" || NO_ROLE.has(first.l)) return "";
  const k = pastDeterminers(toks, npEnd + 1);
  let end = forwardNP(toks, k);
  // "secretary of state", "leader of the opposition": a role runs on over its "of".
  if (end > k && isWord(toks[end], "of")) {
    const o = pastDeterminers(toks, end + 1);
    const more = forwardNP(toks, o);
    if (more > o) end = more;
  }
  if (end === k || toks[end - 1]?.pos !== "NOUN") return "";
  // "as the photo of the rescue went viral": after "the", a verb makes the phrase a clause's subject.
  const after = toks[end];
  if (first.l === "the" && (after?.pos === "VERB" || after?.pos === "AUX")) return "";
  return `as ${phrase(toks, k, Math.min(end, k + 4))}`;
}
