// "Ministers backed a plan to cancel up to 80% of the loans owed by the poorest states": a share that is the object of
// a verb is the part of its base the verb acts on, so it is labelled by what was done to it ('share of loans
// cancelled'), not by the base alone ('share of loans', which says of what, never which part). The commonest bad label
// on blind samples BB to BD after the subject's case (base-doing.ts): made-up shapes BD 10, BC 3 ('cover 40% of Spain's
// towns'), BB 7. Read from the parse: the verb (and a particle: "wrote off") right before the share and its hedge, put
// in the participle. Not a verb whose subject has or is the share ("won 40% of the vote" is the vote share; "makes up
// 24% of the workforce", "reached 15% of the population"), a verb whose object is a clause ("found 40% of voters …"), a
// verb of rising or falling (a change's), a passive's retained object, a denied verb ("did not cancel 80% of the
// loans" says nothing of a part cancelled), or a share of a period ("works 90% of the time": how often).
import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { negated } from "#brief/figures/label/durations/past-doing.ts";
import { ATTRIBUTION_VERBS, BE_FORMS, CLAUSE_VERBS, PARTICLES, participleForm, PERIOD_NOUNS } from "#brief/figures/language/lexicon.ts";
import { pastParticiple } from "#brief/figures/language/participle.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok, upDown } from "#brief/figures/language/tokens.ts";

/**
 * Participles of verbs whose subject has the share or is it: the base alone names it ('share of vote' of "won 40% of
 * the vote", "owns 8% of the airline", "make up 24% of the workforce", "reached 15% of the population").
 */
const HAD_OR_BEING = new Set([
  "won", "taken", "got", "gained", "secured", "captured", "claimed", "grabbed", "scooped", "carried", "polled", "earned",
  "received", "attracted", "garnered", "commanded", "held", "had", "owned", "controlled", "kept", "retained", "enjoyed",
  "made", "represented", "comprised", "constituted", "equalled", "equaled", "totalled", "totaled", "reached", "hit",
  "topped", "exceeded", "surpassed", "cost", "formed", "accounted", "contained", "included", "shared", "provided", "supplied",
]);

/** Participles of verbs whose object is a finding: "found 40% of voters …", "the poll shows 36% of voters". */
const FINDING = new Set([
  "found", "discovered", "shown", "showed", "suggested", "revealed", "indicated", "predicted", "calculated", "reckoned", "meant",
  "seen", "heard", "noticed", "counted",
]);

/**
 * 'share of loans cancelled': the share at `s` of the base from `k` to `end` as the object of the verb before it, in
 * the participle with its particle ("written off"), after `frame` ("share of " for a percent, "" for a fraction said in
 * words, whose label is its base: 'loans cancelled'); "" when no verb acting on the share stands there.
 */
export function shareObject(toks: readonly Tok[], s: number, k: number, end: number, frame: string): string {
  // The base must end on its noun: not "of our lives asleep", "of her face black" (a complement after it), "what Frampton
  // is getting", nor an owner with nothing owned ("half the population's").
  const head = toks[end - 1];
  if (head === undefined || (head.pos !== "NOUN" && head.pos !== "PROPN") || /['’]s?$/.test(head.s)) return "";
  // "works 90% of the time", "rains on 40% of days": a share of a period says how often, no part acted on.
  if (PERIOD_NOUNS.has(head.l)) return "";
  // "in the collections that we examined almost 100 per cent of the bones had signs …": a finite verb after the base
  // makes the share its subject (base-doing.ts), the verb before it another clause's; a participle ("the loans owed by")
  // describes the base. A bracket after the base is an aside ("of the bones (pictured) had").
  const next = toks[pastAside(toks, end)];
  if (next?.pos === "AUX" || (next?.pos === "VERB" && !participleForm(next.l) && !next.l.endsWith("ing"))) return "";
  let v = s - 1;
  const particle = PARTICLES.has(toks[v]?.l ?? "") && toks[v - 1]?.pos === "VERB" ? toks[v]!.l : "";
  if (particle !== "") v--;
  const verb = toks[v];
  if (!isWord(verb) || verb.pos !== "VERB" || upDown(verb) !== undefined) return "";
  const done = pastParticiple(verb.l);
  // Every form of a verb of saying or thinking is known by its participle ("expects" → expected).
  if (HAD_OR_BEING.has(done) || FINDING.has(done) || CLAUSE_VERBS.has(done) || ATTRIBUTION_VERBS.has(done)) return "";
  // "were given 40% of the shares": a passive's object ("are cancelling" is no passive); "did not cancel": a denial
  // names no part done.
  if ((BE_FORMS.has(toks[v - 1]?.l ?? "") && verb.l === done) || negated(toks, v)) return "";
  const said = particle === "" ? done : `${done} ${particle}`;
  const room = MAX_LABEL_WORDS - wordCount(frame) - wordCount(said);
  // A base past the label's room keeps its last words, the head noun's: 'share of state highway system covered'.
  const base = phrase(toks, k, end).split(" ").slice(-room).join(" ");
  return `${frame}${base} ${said}`;
}

/** How many words a label's part holds ("share of " two, "" none). */
const wordCount = (words: string): number => words.split(" ").filter((w) => w !== "").length;

/** How many words a bracketed aside may hold: "(pictured)", "(left, with her mother)". */
const ASIDE_WORDS = 5;

/** The token after a bracketed aside at `k` ("(pictured)"), or `k` when none opens there. */
function pastAside(toks: readonly Tok[], k: number): number {
  if (toks[k]?.s !== "(") return k;
  for (let j = k + 1; j <= k + ASIDE_WORDS + 1 && j < toks.length; j++) if (toks[j]!.s === ")") return j + 1;
  return k;
}
