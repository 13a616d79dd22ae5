/**
 * The forty-sixth round's mutation sweep (docs/mutation-sweep-46.md): the key-figure rules labels76 added in round 45
 * and review45b mended (a length before a compass point, money for a quantity of goods, "A and B, the two …", a run
 * stretched to a bare count, a term's bound, an area's unit before the thing), sites of labels75's rules that sweep 45
 * did not touch, and round 45's infra (a body read within a byte bound, fetchWithin's sources, a refusal's bounded
 * reason, built mrkdwn cut between its pieces, a feed run that collects each feed's failure). Run like the others:
 * `npx tsx scripts/mutants.ts R07 --bail`.
 */
import type { Mutant } from "#scripts/mutants.ts";

// The sweep's own kills (one sentence a survivor of the first pass), run with every group below.
const NEW = "test/figures-labels-46.test.ts";
const F = (...names: string[]): string[] => [NEW, ...names.map((n) => `test/figures-${n}.test.ts`)];

const B = "lib/brief/figures";
const CA = `${B}/label/measures/compass-after.ts`;
const MT = `${B}/label/measures/measured-thing.ts`;
const CN = `${B}/label/counts/label-count-noun.ts`;
const QP = `${B}/label/money/quantity-price.ts`;
const NP = `${B}/label/counts/named-pair.ts`;
const RT = `${B}/label/counts/run-to.ts`;
const UC = `${B}/label/counts/unnamed-count.ts`;
const CK = `${B}/label/counts/count-kind.ts`;
const BT = `${B}/label/durations/bound-term.ts`;
const LD = `${B}/label/durations/label-duration.ts`;
const PN = `${B}/label/counts/paired-noun.ts`;
const TF = `${B}/label/money/taken-from.ts`;
const LW = `${B}/label/ellipsis/larger-whole.ts`;
const PP = `${B}/label/ellipsis/possessed-part.ts`;
const DS = `${B}/label/counts/dwelling-size.ts`;
const RO = `${B}/label/ranks/referred-ordinal.ts`;
const PL = `${B}/label/money/payer-label.ts`;
const PW = `${B}/label/money/priced-with.ts`;

const COMPASS = F("compass-distance", "distance-units", "distance-in-time", "measures");
const QUANTITY = F("quantity-price", "prices", "money-purpose");
const NAMED = F("named-pair", "pair-together", "named-list");
const RUN = F("run-to");
const BOUND = F("bound-term", "elided-span", "term-dated", "given-term");
const AREA = F("area-compound", "measures");
const PAIR = F("run-on-pair", "paired-noun", "shared-scale", "paired-scope");
const THEM = F("them-subject", "possessed-part", "them-antecedent");

// Infra: the bound on a body, fetchWithin, a refusal's reason, built mrkdwn's cut, the feed run.
const INFRA = "test/bounds-46.test.ts";
const FETCH = [INFRA, "test/fetch-within.test.ts", "test/ingest-feeds.test.ts"];
const REASON = [INFRA, "test/ingest-endpoint.test.ts"];
const MRKDWN = [INFRA, "test/slack-blocks.test.ts", "test/slack-cut.test.ts", "test/digest.test.ts"];
const FEEDS = [INFRA, "test/poll-feeds.test.ts", "test/feeds-cli.test.ts"];
const RB = "lib/http/read-bounded.ts";
const FW = "lib/http/fetch-within.ts";
const ER = "lib/ingest/errors.ts";
const CM = "lib/slack/cut-mrkdwn.ts";
const PF = "lib/ingest/poll-feeds.ts";

export const SWEEP_46: readonly Mutant[] = [
  // compass-after.ts and its calls: "60 miles east of Dakar" → distance from Dakar
  { id: "R01", file: CA, find: ' && before?.pos === "NOUN" && !MEASURE_NOUNS.has(before.l);', replace: ' && before?.pos === "NOUN";', what: "compass-after: a compass point cut after any unit, not only a distance's or a counted noun's ('40 degrees east' a bearing)", tests: COMPASS },
  { id: "R02", file: CA, find: "if (end <= e || !isWord(last) || !COMPASS.has(last.l)) return end;", replace: "if (end <= e || !isWord(last)) return end;", what: "compass-after: any last word after a length unit cut ('the 10 km race')", tests: COMPASS },
  { id: "R03", file: CA, find: 'if (!COMPASS.has(toks[k]?.l ?? "") || !isWord(toks[k + 1], "of")) return "";', replace: 'if (!COMPASS.has(toks[k]?.l ?? "")) return "";', what: "compass-after: a place read without 'of' ('20 miles south near Leeds')", tests: COMPASS },
  { id: "R04", file: CA, find: "const NAME_WORDS = 4;", replace: "const NAME_WORDS = 2;", what: "compass-after: a place's name two words at most", tests: COMPASS },
  { id: "R05", file: CA, find: "(isCapitalised(toks[j + 1]!) || NAME_JOINS.has(toks[j + 1]!.s))", replace: "isCapitalised(toks[j + 1]!)", what: "compass-after: a joining word runs on to a capitalised one only ('Rio de la Plata' cut)", tests: COMPASS },
  { id: "R06", file: CA, find: "(j > first && (PREPOSITIONS.has(t.l) || CONJUNCTIONS.has(t.l)))", replace: "(j > first && PREPOSITIONS.has(t.l))", what: "compass-after: a headline's capitalised 'And' a word of the place", tests: COMPASS },
  { id: "R07", file: CA, find: "const cut = toks[j]?.kind === NUM || ", replace: "const cut = ", what: "compass-after: a numbered point ('south of Junction 4') a place", tests: COMPASS },
  { id: "R08", file: CA, find: " || nameWord(toks, j, k + 2);", replace: ";", what: "compass-after: a name longer than four words cut to four a place", tests: COMPASS },
  { id: "R09", file: MT, find: '  return place === "" ? "distance" : `distance from ${place}`;', replace: '  return "distance";', what: "measured-thing: no place a distance is from", tests: COMPASS },
  { id: "R10", file: CN, find: "    c.npEnd = beforeCompass(toks, c.e, c.npEnd);\n", replace: "", what: "label-count-noun: 'miles east' a noun phrase again", tests: COMPASS },
  // quantity-price.ts: "£7 for 250g" → price of 250g
  { id: "R11", file: QP, find: 'if (before?.s === ",") return isNoun(toks[s - 2]);', replace: 'if (before?.s === ",") return true;', what: "quantity-price: any comma before the price a product's", tests: QUANTITY },
  { id: "R12", file: QP, find: '(isWord(before, "for") || isWord(before, "at"))', replace: 'isWord(before, "for")', what: "quantity-price: 'sells at £7 for 250g' no subject's product", tests: QUANTITY },
  { id: "R13", file: QP, find: '(t.pos === "NOUN" || t.pos === "PROPN")', replace: '(t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON")', what: "quantity-price: a pronoun the product ('It retails at £4.20 for 750ml')", tests: QUANTITY },
  { id: "R14", file: QP, find: 'isWord(toks[a], "a") || isWord(toks[a], "an") ? a + 1 : a', replace: 'isWord(toks[a], "a") ? a + 1 : a', what: "quantity-price: 'for an 800g bag' no quantity", tests: QUANTITY },
  { id: "R15", file: QP, find: "(number.kind === NUM || (isWord(number) && CARDINAL_WORDS.has(number.l)))", replace: "(number.kind === NUM)", what: "quantity-price: 'for two litres' no quantity", tests: QUANTITY },
  { id: "R16", file: QP, find: "else if (isWord(toks[end], \"of\") && forwardNP(toks, end + 1) > end + 1) end = forwardNP(toks, end + 1);", replace: "", what: "quantity-price: the goods after 'of' left out", tests: QUANTITY },
  { id: "R17", file: QP, find: 'return full.split(" ").length <= MAX_LABEL_WORDS ? full : `${verb} for ${written(toks, a, unitEnd)}`;', replace: "return full;", what: "quantity-price: a verb's label past the label's words kept whole", tests: QUANTITY },
  { id: "R18", file: QP, find: "const glued = k > a && (toks[k - 1] as Tok).end === t.start;", replace: "const glued = false;", what: "quantity-price: '250g' written '250 g'", tests: QUANTITY },
  // named-pair.ts: "Red Kite and Blue Heron, the two most popular books" → no figure
  { id: "R19", file: NP, find: ' || toks[s - 2]?.s !== ",") return false;', replace: ") return false;", what: "named-pair: names right before 'the N' without a comma a restatement ('Smith and Jones won the two titles')", tests: NAMED },
  { id: "R20", file: NP, find: 'if (!and && !(sep?.s === "," && names > 1)) return { names, first: start };', replace: 'if (!and && sep?.s !== ",") return { names, first: start };', what: "named-pair: a comma before the last name a list joint ('Ashby, Hale, the two …')", tests: NAMED },
  { id: "R21", file: NP, find: "const restated = listed.names === n || (listed.names === n + 1 && frontedAdverbial(toks, listed.first));", replace: "const restated = listed.names >= n;", what: "named-pair: more names than the count a restatement, not only a sentence's opening place or time besides", tests: NAMED },
  { id: "R22", file: NP, find: "const DEED_REACH = 4;", replace: "const DEED_REACH = 2;", what: "named-pair: a deed three words past the count ('the two men later charged') not seen", tests: NAMED },
  { id: "R23", file: NP, find: "if (FOLD_PEOPLE.has(toks[k]!.l) || CASUALTY_WORDS.has(toks[k]!.l)) return true;", replace: "if (FOLD_PEOPLE.has(toks[k]!.l)) return true;", what: "named-pair: 'the two men killed' no deed", tests: NAMED },
  { id: "R24", file: NP, find: "if (n === undefined || n < 2 || ", replace: "if (n === undefined || n < 3 || ", what: "named-pair: 'the two' never a restatement", tests: NAMED },
  // run-to.ts: "stretched their run without a win to seven" → games without a win
  { id: "R25", file: RT, find: '  if (!isWord(toks[to], "to")) return "";\n', replace: "", what: "run-to: a bare count after any word a run's length", tests: RUN },
  { id: "R26", file: RT, find: "if (!opens(toks[k - 1]) || k === head) return \"\";", replace: "if (!opens(toks[k - 1])) return \"\";", what: "run-to: a run with no describing word ('their run to seven') labelled 'run'", tests: RUN },
  { id: "R27", file: RT, find: "const MODIFIER_WORDS = 3;", replace: "const MODIFIER_WORDS = 1;", what: "run-to: one describing word at most ('their longest winless streak' none)", tests: RUN },
  { id: "R28", file: RT, find: '|| /[\'’]s$/.test(t.s) || t.pos === "VERB");', replace: '|| t.pos === "VERB");', what: "run-to: a possessive opens no run ('the club's longest winless streak' reads back over the owner)", tests: RUN },
  { id: "R29", file: UC, find: 'const run = c.np === "" && !r.ordinal && countedAfter(toks, r.e) === "" ? runTo', replace: 'const run = c.np === "" && !r.ordinal ? runTo', what: "unnamed-count: a run's length even when a plural the tagger calls a verb follows", tests: RUN },
  { id: "R30", file: RT, find: "for (let k = to - 1; k >= to - 3 && k >= 0; k--)", replace: "for (let k = to - 1; k >= to - 2 && k >= 0; k--)", what: "run-to: 'without a win' out of reach", tests: RUN },
  // bound-term.ts: "serving a minimum of 22 years" → minimum term
  { id: "R31", file: BT, find: 'new Set(["years", "year", "months", "month", "weeks", "week"])', replace: 'new Set(["years", "year", "weeks", "week"])', what: "bound-term: months no term's unit", tests: BOUND },
  { id: "R32", file: BT, find: 't.s !== "\'" && t.s !== "’"', replace: 't.s !== "\'"', what: "bound-term: a curly owner's apostrophe ('weeks’ notice') ends the term", tests: BOUND },
  { id: "R33", file: BT, find: 'new Set(["for", "and", "or", ', replace: 'new Set(["and", "or", ', what: "bound-term: 'for the murder' after the unit no term", tests: BOUND },
  { id: "R34", file: BT, find: ' && BOUND_OPENERS.has(toks[s - 2 - of]?.l ?? "") ? bound.l : undefined;', replace: ' ? bound.l : undefined;', what: "bound-term: any word before the bound ('faces no minimum of 5 years' a term)", tests: BOUND },
  { id: "R35", file: BT, find: "  if (t === undefined) return true;\n", replace: "  if (t === undefined) return false;\n", what: "bound-term: a term at the text's very end (no stop) no term", tests: BOUND },
  { id: "R36", file: LD, find: "    r.placed = bound;\n    return;", replace: "    r.label = bound;\n    return;", what: "label-duration: the bound the label, not shown (an elided second span takes it)", tests: BOUND },
  { id: "R37", file: BT, find: "  if (TERM_VERBS.has(verb)) return `${bound} term`;", replace: "  return `${bound} term`;", what: "bound-term: any verb's bound a term ('must wait a minimum of four years')", tests: BOUND },
  // count-kind.ts' area compound (label-count.ts' when round 45 wrote it): "the 1.5 million square foot Quayside Centre" → size of Quayside Centre
  { id: "R38", file: CK, find: "if (area !== undefined && words.length > 2 && ", replace: "if (area !== undefined && words.length > 1 && ", what: "count-kind: an area with no thing after it 'size of '", tests: AREA },
  { id: "R39", file: CK, find: " && r.label === np && isWord(toks[c.e], words[0])) {", replace: " && isWord(toks[c.e], words[0])) {", what: "count-kind: a label other than the noun phrase replaced by the size", tests: AREA },
  { id: "R40", file: CK, find: " && r.label === np && isWord(toks[c.e], words[0])) {", replace: " && r.label === np) {", what: "count-kind: the area's words anywhere, not right after the number", tests: AREA },
  // labels75's rules, sites sweep 45 left: scales, the source's label, the whole's kind, a home's size, a toll, takings, a plan
  { id: "R41", file: PN, find: "  while (isWord(toks[k]) && (SCALE_WORDS.has(toks[k]!.l) || SCALE_SUFFIXES.has(toks[k]!.l))) k++;\n", replace: "", what: "paired-noun: a scale after the second ('3 and 4 million jobs') taken for its noun", tests: PAIR },
  { id: "R42", file: TF, find: "for (const from of [e + 1, head, Math.max(head, end - 2), end - 1])", replace: "for (const from of [e + 1])", what: "taken-from: a long source not shortened to fit a label", tests: F("taken-from", "takings") },
  { id: "R43", file: LW, find: "p.noun !== undefined && p.currency === undefined && ", replace: "p.noun !== undefined && ", what: "larger-whole: money a whole", tests: THEM },
  { id: "R44", file: LW, find: ' && p.kind !== "measure"', replace: "", what: "larger-whole: a measure a whole", tests: THEM },
  { id: "R45", file: PP, find: "(?:\\s+(?:and\\s+)?\\p{Lu}", replace: "(?:\\s+\\p{Lu}", what: "possessed-part: 'Marks and Spencer's' no possessive", tests: [...THEM, ...F("joined-owner")] },
  { id: "R46", file: DS, find: "if (!ROOMS.has(cw) || value > ORDINARY) return false;", replace: "if (!ROOMS.has(cw) || value >= ORDINARY) return false;", what: "dwelling-size: a six-bedroom house a figure", tests: F("dwelling-size", "compound-head") },
  { id: "R47", file: RO, find: "(CASE_VERBS.has(t.l) || CASUALTY_WORDS.has(t.l))", replace: "CASE_VERBS.has(t.l)", what: "referred-ordinal: a toll ('a third soldier was killed') no running count", tests: F("referred-ordinal") },
  { id: "R48", file: RO, find: "if (!PERSON.has(toks[noun]!.l) && !PERSON_NOUNS.has(toks[noun]!.l)) return false;", replace: "if (!PERSON.has(toks[noun]!.l)) return false;", what: "referred-ordinal: a person noun outside PERSON ('player', 'friend') no running count", tests: F("referred-ordinal") },
  { id: "R49", file: PL, find: '[...MONEY_NOUNS.values(), "takings"]', replace: "[...MONEY_NOUNS.values()]", what: "payer-label: 'Ironvale's takings' a bare party", tests: F("named-takings", "takings") },
  { id: "R50", file: PW, find: "    side = counted(toks, backNP(toks, side[0] - 1, false));", replace: "    side = backNP(toks, side[0] - 1, false);", what: "priced-with: a counted side before the last not counted", tests: F("priced-plan", "priced-with") },
  // read-bounded.ts, fetch-within.ts
  { id: "R51", file: RB, find: "if (total > maxBytes) throw", replace: "if (total >= maxBytes) throw", what: "read-bounded: a body of exactly maxBytes refused", tests: FETCH },
  { id: "R52", file: RB, find: "    reader.cancel(error).catch(() => undefined);\n", replace: "", what: "read-bounded: a refused body's stream not cancelled (its connection read on)", tests: FETCH },
  { id: "R53", file: RB, find: "await Promise.race([reader.read(), aborted])", replace: "await reader.read()", what: "read-bounded: a bounded body that stalls outlasts the timeout", tests: FETCH },
  { id: "R54", file: FW, find: ", init?.signal ?? undefined]", replace: "]", what: "fetch-within: the call's own signal ignored", tests: FETCH },
  { id: "R55", file: FW, find: "      if (already) throw already.reason;\n", replace: "", what: "fetch-within: a source aborted before the call still calls", tests: FETCH },
  { id: "R56", file: FW, find: "NULL_BODY.has(response.status) ? null", replace: "response.status === 204 ? null", what: "fetch-within: a 304 answer's body rebuilt", tests: FETCH },
  // errors.ts' boundReason
  { id: "R57", file: ER, find: "if (reason.length <= MAX_REASON_CHARS) return reason;", replace: "if (reason.length < MAX_REASON_CHARS) return reason;", what: "boundReason: a reason of exactly the limit cut", tests: REASON },
  { id: "R58", file: ER, find: "  if (splitsPair(reason, tail)) tail += 1;\n", replace: "", what: "boundReason: the tail may start on half a surrogate pair", tests: REASON },
  { id: "R59", file: ER, find: "let head = MAX_REASON_CHARS - REASON_TAIL - mark.length;", replace: "let head = MAX_REASON_CHARS - REASON_TAIL;", what: "boundReason: the mark's length not paid for (a cut reason over the limit)", tests: REASON },
  // cut-mrkdwn.ts
  { id: "R60", file: CM, find: "if (end + piece.length > room) break;", replace: "if (end + piece.length >= room) break;", what: "cutMrkdwn: a piece that just fits the room left out", tests: MRKDWN },
  { id: "R61", file: CM, find: "lineEnd > room / 2 ? lineEnd :", replace: "lineEnd > 0 ? lineEnd :", what: "cutMrkdwn: any line end preferred, however early", tests: MRKDWN },
  { id: "R62", file: CM, find: "wordEnd > end * 0.8 ? wordEnd : end", replace: "wordEnd > 0 ? wordEnd : end", what: "cutMrkdwn: any word end preferred, however early", tests: MRKDWN },
  { id: "R63", file: CM, find: "${built.slice(0, cut).trimEnd()}", replace: "${built.slice(0, cut)}", what: "cutMrkdwn: the space before the mark kept", tests: MRKDWN },
  // poll-feeds.ts
  { id: "R64", file: PF, find: "error: error instanceof Error ? error.message : String(error)", replace: "error: String(error)", what: "pollFeeds: an Error named with its class ('Error: …')", tests: FEEDS },
  { id: "R65", file: PF, find: "      reports.push({ url, status: \"error\", counts: emptyCounts(), error:", replace: "      if (urls.length > 0) throw error;\n      reports.push({ url, status: \"error\", counts: emptyCounts(), error:", what: "pollFeeds: one feed's throw stops the run", tests: FEEDS },
];
