/**
 * The forty-third round's mutation sweep (docs/mutation-sweep-43.md): the label rules and readers added in rounds 41
 * and 42 (labels63–labels68: slang and elided money, split shares, stone and pounds, numbered places, sums named by a
 * relative clause, a pronoun's sum, scopes of a pair, anniversaries, present-since, milestones, the last N items, parts
 * "of them", parts of a kilo, '&' owners, priced owners, parts spent, cash purposes, speakers after a frame) and the
 * mend pass's order where its nine new calls meet older rules. Run like the others:
 * `npx tsx scripts/mutants.ts K07 --bail`.
 */
import type { Mutant } from "#scripts/mutants.ts";

// The sweep's own kills (one sentence a survivor of the first pass), run with every group below.
const NEW = "test/figures-labels-43.test.ts";
const F = (...names: string[]): string[] => [NEW, ...names.map((n) => `test/figures-${n}.test.ts`)];

const B = "lib/brief/figures";
const TH = `${B}/card/sentence/threshold.ts`;
const LI = `${B}/label/counts/last-items-level.ts`;
const AO = `${B}/label/change/ampersand-owner.ts`;
const OS = `${B}/label/durations/on-state.ts`;
const PU = `${B}/label/measures/part-of-unit.ts`;
const TS = `${B}/label/counts/them-state.ts`;
const PS = `${B}/label/durations/present-since.ts`;
const PO = `${B}/label/money/priced-owner.ts`;
const SP = `${B}/label/money/part-spent.ts`;
const CP = `${B}/label/money/cash-purpose.ts`;
const AN = `${B}/label/durations/anniversary-offset.ts`;
const SA = `${B}/label/money/speaker-after.ts`;
const IE = `${B}/card/instead-earlier.ts`;
const LS = `${B}/label/ellipsis/lead-scope.ts`;
const IS = `${B}/read/type/inner-stop.ts`;
const NP = `${B}/label/ranks/number-place.ts`;
const PR = `${B}/label/money/pronoun-sum.ts`;
const RS = `${B}/label/money/relative-sum.ts`;
const CO = `${B}/read/type/colon-opening.ts`;
const WA = `${B}/language/worth-aside.ts`;
const FC = `${B}/label/change/fronted-count.ts`;
const RP = `${B}/label/time-windows/relative-past.ts`;
const HM = `${B}/label/money/home-money.ts`;
const ST = `${B}/read/amount/stone-pounds.ts`;
const CN = `${B}/label/counts/coordinated-nationality.ts`;
const SS = `${B}/read/amount/split-share.ts`;
const EC = `${B}/read/amount/elided-currency.ts`;
const SL = `${B}/read/amount/slang-currency.ts`;
const SC = `${B}/label/change/saw-change.ts`;
const CT = `${B}/label/change/compared-than.ts`;
const MO = `${B}/label/change/made-object.ts`;
const MP = `${B}/card/sentence/mend-pass.ts`;

// The mend pass's lines the order mutants move, as they stand in mend-pass.ts.
const AMPERSAND = "    ampersandOwner(toks, r); " +
  '// "payments on Crown Life & General plans fell to 2.5%": the head (ampersand-owner.ts).\n';
const LEVEL_AFTER = "    // \"proposed an increase to 3.5%\": " +
  "the level the change reaches, not the change (level-after.ts).\n" +
  "    levelAfter(toks, r);\n";
const SUBSET = "    const subset = subsetDoing(toks, r) || subsetState(toks, r);\n";
const LAST_THEM = "    lastItemsLevel(toks, r); " +
  "// \"last eight orders have been over 300\": each order's size (last-items-level.ts).\n" +
  '    themState(toks, r); // "three of them have been late": the carried noun in that state (them-state.ts).\n';
const SUBSET_TO_THEM = `${SUBSET}    if (subset !== "") r.label = subset;
    // "Only 300 members voted for the plan": what the few did, not the noun alone (only-doing.ts).
    const few = subset === "" ? onlyDoing(toks, r) : "";
    if (few !== "") r.label = few;
    // "700 and 400 jobs will go in Wales and Scotland": each of a pair with its shared noun keeps its scope, as a bare
    // pair does (paired-scope.ts). "About 60 and 30 people were hurt in Paris and Lyon": with its verb folded in, the
    // noun alone is what stands after the numbers (paired-noun.ts).
    const shared = r.fold === undefined ? r.label : r.noun;
    if (shared !== undefined && r.currency === undefined && !r.percent && r.label !== "") r.label += pairedScope(toks, r, r.label, shared);
${LAST_THEM}`;

export const SWEEP_43: readonly Mutant[] = [
  // threshold.ts: "would … once SUBJ gets to N" a milestone
  { id: "K01", file: TH, find: 'const OPENERS = new Set(["once", "when",', replace: 'const OPENERS = new Set(["when",', what: "threshold: 'once' dropped from the openers", tests: F("threshold") },
  { id: "K02", file: TH, find: " || !toks.slice(0, o).some((t) => HYPOTHETICAL_MODALS.has(t.l))", replace: "", what: "threshold: no modal asked before the opener", tests: F("threshold") },
  { id: "K03", file: TH, find: '  if (toks[r.e]?.pos === "NOUN") return false;\n', replace: "", what: "threshold: a number with its own noun made a milestone", tests: F("threshold") },
  { id: "K04", file: TH, find: "const SUBJECT_WORDS = 4;", replace: "const SUBJECT_WORDS = 2;", what: "threshold: the clause's subject 4 → 2 words", tests: F("threshold") },
  { id: "K05", file: TH, find: "  if (!toks.slice(o + 1, v).some((t) => t.l === last)) r.label = \"milestone\";", replace: '  r.label = "milestone";', what: "threshold: a label the clause's subject gave replaced too", tests: F("threshold") },
  // last-items-level.ts: "last eight orders have been over 300"
  { id: "K06", file: LI, find: 'const SERIES = new Set(["last", "past",', replace: 'const SERIES = new Set(["past",', what: "last-items-level: 'last' dropped from the series words", tests: F("last-items-level") },
  { id: "K07", file: LI, find: '  if (BOUNDS.has(toks[k - 1]?.l ?? "")) k--;\n', replace: "", what: "last-items-level: a bound ('over', 'above') stops the verb walk", tests: F("last-items-level") },
  { id: "K08", file: LI, find: "  if (k === bound) return;\n", replace: "", what: "last-items-level: no verb asked between the noun and the number", tests: F("last-items-level") },
  { id: "K09", file: LI, find: " || phrase(toks, n + 1, k) !== r.label", replace: "", what: "last-items-level: a label not the series' noun replaced", tests: F("last-items-level") },
  // ampersand-owner.ts: a rate whose subject holds a "Name & Name" firm
  { id: "K10", file: AO, find: "    if (!after.includes(r.label)) {\n      wholeName(toks, r, amp, after);\n      return;\n    }\n", replace: "", what: "ampersand-owner: any label replaced, not only words after the '&'", tests: F("ampersand-owner") },
  { id: "K11", file: AO, find: "const REACH = 16;", replace: "const REACH = 8;", what: "ampersand-owner: the '&' window 16 → 8 tokens", tests: F("ampersand-owner") },
  { id: "K12", file: AO, find: "!held && whole.split", replace: "whole.split", what: "ampersand-owner: a held head takes the whole name too", tests: F("ampersand-owner") },
  // on-state.ts: "days on sale in Japan"
  { id: "K13", file: OS, find: '  if (toks[k + 2]?.pos === "NOUN") return "";\n', replace: "", what: "on-state: a state noun before a noun ('on sale items') read as the state", tests: F("on-state") },
  { id: "K14", file: OS, find: "const NAME_WORDS = 2;", replace: "const NAME_WORDS = 1;", what: "on-state: the place's name 2 → 1 words", tests: F("on-state") },
  { id: "K15", file: OS, find: '  "sale", "strike",', replace: '  "strike",', what: "on-state: 'sale' dropped from the states", tests: F("on-state") },
  // part-of-unit.ts: "shed 0.6 of a kilo"
  { id: "K16", file: PU, find: " || r.value >= 1", replace: " || r.words || r.value >= 1", what: "part-of-unit: a part in words ('three-quarters of a kilo') left out again (the guard sweep 43 found blocking a right reading, since removed)", tests: F("part-of-unit") },
  { id: "K17", file: PU, find: '  if (unit === "lb" && change === "" && !/^weigh/.test(toks[r.s - 1]?.l ?? "")) return;\n', replace: "", what: "part-of-unit: a 'pound' with no change or weighing read as a weight", tests: F("part-of-unit") },
  // them-state.ts: "three of them have been late"
  { id: "K18", file: TS, find: '  if (participle && isWord(toks[a + 1], "to")) return;\n', replace: "", what: "them-state: a participle before 'to' ('been sent to') read as the state", tests: F("them-state") },
  // present-since.ts: "Six years after the flood, engineers say …" → since
  { id: "K19", file: PS, find: "    if (toks.slice(comma + 1).some((w) => isWord(w) && HABITUAL.has(w.l))) return what;\n", replace: "", what: "present-since: a habitual present ('usually') read as now", tests: F("present-since") },
  { id: "K20", file: PS, find: '  "due", "set",', replace: '  "set",', what: "present-since: 'due' dropped from the words that point ahead", tests: F("present-since") },
  { id: "K21", file: PS, find: '    if (t.pos === "VERB" && toks[v + 1]?.pos === "NOUN") continue;\n', replace: "", what: "present-since: a verb before a noun (a fronted participle) read as the main verb", tests: F("present-since") },
  // priced-owner.ts: "The €899 scooter's app"
  { id: "K22", file: PO, find: ' || !DETERMINERS.has(toks[r.s - 1]?.l ?? "")) return;', replace: ") return;", what: "priced-owner: no determiner asked before the price", tests: F("priced-owner") },
  { id: "K23", file: PO, find: '    if (!isWord(t) || (t.pos', replace: '    if (!isWord(t) || /^[A-Z]/.test(t.s) || (t.pos', what: "priced-owner: a capitalised word stops the owner again (the guard sweep 43 found blocking a right reading, since removed)", tests: F("priced-owner") },
  { id: "K24", file: PO, find: "const OWNER_WORDS = 3;", replace: "const OWNER_WORDS = 1;", what: "priced-owner: the priced phrase 3 → 1 words", tests: F("priced-owner") },
  // part-spent.ts: "used some of the €64,000 on holidays"
  { id: "K25", file: SP, find: '  if (prep.l === "in" && FORMS_OF_MONEY.has(toks[end - 1]!.l)) return;\n', replace: "", what: "part-spent: 'in prize money' (the sum's form) read as what it was spent in", tests: F("part-spent") },
  { id: "K26", file: SP, find: '  ["some", "partly"], ["part", "partly"],', replace: '  ["part", "partly"],', what: "part-spent: 'some' dropped from the parts", tests: F("part-spent") },
  // cash-purpose.ts: "£4,000 in cash to finish the roof"
  { id: "K27", file: CP, find: ' && !PURPOSE_WORDS.has(past.label.split(" ")[0] ?? "")', replace: "", what: "cash-purpose: a purpose label that is only 'to …'/'for …' taken", tests: F("cash-purpose") },
  { id: "K28", file: CP, find: 'const PURPOSE_WORDS = new Set(["to", "for"]);', replace: 'const PURPOSE_WORDS = new Set(["to"]);', what: "cash-purpose: 'for' dropped", tests: F("cash-purpose") },
  // anniversary-offset.ts: "three days before the 10th anniversary of the fire"
  { id: "K29", file: AN, find: '  if (isWord(toks[end], "of")) return "";\n', replace: "", what: "anniversary-offset: an event phrase running on with 'of' cut", tests: F("anniversary-offset") },
  { id: "K30", file: AN, find: 'return said.split(" ").length < MAX_LABEL_WORDS ? said : "";', replace: 'return said.split(" ").length <= MAX_LABEL_WORDS ? said : "";', what: "anniversary-offset: a label of the card's full length let through", tests: F("anniversary-offset") },
  // speaker-after.ts: "a yearly return of 6% Norbank said"
  { id: "K31", file: SA, find: "  if (r.label !== phrase(toks, r.e, n)) return;\n", replace: "", what: "speaker-after: any label replaced, not only the speaker's name", tests: F("speaker-after") },
  // instead-earlier.ts: "ten days instead of 24 days last year"
  { id: "K32", file: IE, find: " && !(SHORT.has(toks[k + 1]!.l) && !thisPeriod(toks, k))", replace: "", what: "instead-earlier: 'last week/month' an earlier time with no 'this' before", tests: F("instead-earlier") },
  { id: "K33", file: IE, find: "  return singular(a.l) === singular(b.l);", replace: "  return true;", what: "instead-earlier: two amounts of different nouns linked", tests: F("instead-earlier") },
  // lead-scope.ts: "About 1,100 jobs will go in the north, while 700 and 400 …"
  { id: "K34", file: LS, find: "  if (j !== r.s) return;\n", replace: "", what: "lead-scope: the pair need not follow the lead's place", tests: F("lead-scope") },
  { id: "K35", file: LS, find: "  return head !== undefined && isTime(head.l) ? k : end;", replace: "  return end;", what: "lead-scope: a time read as a place", tests: F("lead-scope") },
  // inner-stop.ts: a number word after a full stop inside a quotation opens a sentence
  { id: "K36", file: IS, find: "  if (NAMING_ABBREVIATIONS.has(word.l) && word.end === toks[ci - 1]!.start) return false;\n", replace: "", what: "inner-stop: 'no. Three' read as a sentence's start", tests: F("inner-stop") },
  // number-place.ts: "No 3 in the world rankings"
  { id: "K37", file: NP, find: '  if (NUMBERED.has(toks[i - 1]?.l ?? "")) return undefined;\n', replace: "", what: "number-place: 'wore No 9' read as a place", tests: F("number-place") },
  { id: "K38", file: NP, find: "  if (/'s$|s'$/.test(toks[k - 1]?.l ?? \"\")) return \"\";\n", replace: "", what: "number-place: 'No 2 behind Smith's …' a place behind a possessive", tests: F("number-place") },
  // pronoun-sum.ts: "the $120 million he will be paid for the fight"
  { id: "K39", file: PR, find: '  if (isWord(toks[k + 1], "to") && toks[k + 2]?.pos === "VERB") return undefined;\n', replace: "", what: "pronoun-sum: a verb before an infinitive ('he wants to spend') read", tests: F("pronoun-sum") },
  { id: "K40", file: PR, find: "TAKE_FORMS.has(verb.l) ? undefined : ", replace: "", what: "pronoun-sum: 'the $2.5 million he took' read as takings", tests: F("pronoun-sum") },
  // relative-sum.ts: "the £45 million the council spent on consultants"
  { id: "K41", file: RS, find: ' || PRONOUN_SUBJECTS.has(toks[from]?.l ?? "")) return undefined;', replace: ") return undefined;", what: "relative-sum: a pronoun after the determiner a subject", tests: F("relative-sum", "pronoun-sum") },
  { id: "K42", file: RS, find: " || SPEECH_VERBS.has(verb.l)) return undefined;", replace: ") return undefined;", what: "relative-sum: a verb of saying ('the £5m the council says') read", tests: F("relative-sum") },
  // colon-opening.ts, worth-aside.ts, fronted-count.ts, relative-past.ts, home-money.ts
  { id: "K43", file: CO, find: '  const before = OPENING_QUOTES.has(toks[ci - 1]?.s ?? "") ? ci - 2 : ci - 1;', replace: "  const before = ci - 1;", what: "colon-opening: a quote mark after the colon hides it", tests: F("colon-opening") },
  { id: "K44", file: WA, find: "    return atSentenceStart(toks, s) ? c : k;", replace: "    return c;", what: "worth-aside: an aside not after the sentence's subject skipped", tests: F("worth-aside") },
  { id: "K45", file: FC, find: '  if (j >= 0 && toks[j]?.s === ",") return "";\n', replace: "", what: "fronted-count: a group after a comma (not opening the sentence) read", tests: F("fronted-count") },
  { id: "K46", file: RP, find: '  return toks[v - 1]?.l !== "that" || ["NOUN", "PROPN"].includes(toks[v - 2]?.pos ?? "");', replace: "  return true;", what: "relative-past: 'that' after a verb ('said that shot') a relative", tests: F("relative-past") },
  // stone-pounds.ts, coordinated-nationality.ts, split-share.ts
  { id: "K47", file: ST, find: "Number(n.s) >= STONE_POUNDS) return;", replace: "Number(n.s) > STONE_POUNDS) return;", what: "stone-pounds: 14 pounds folded into the stone", tests: F("stone-pounds") },
  { id: "K48", file: CN, find: "  if (/[^s]s$/.test(adjective.l)) return;\n", replace: "", what: "coordinated-nationality: a plural capitalised noun ('Saints') read as an adjective", tests: F("coordinated-nationality") },
  { id: "K49", file: SS, find: "  if (isWord(noun) && RESULTS.has(noun.l)) return undefined;\n", replace: "", what: "split-share: 'a 58-42 win' read as a split", tests: F("split-share") },
  { id: "K50", file: SS, find: "(!(percent && a > b) || ranged)", replace: "!(percent && a > b)", what: "split-share: 'from 65-35 per cent' read as a split", tests: F("split-share") },
  // elided-currency.ts, slang-currency.ts
  { id: "K51", file: EC, find: "  return next?.kind !== WORD || !ownVerbAfter(toks, e);\n", replace: "  return true;\n", what: "elided-currency: '300 in the town lost their jobs' a sum", tests: F("elided-currency") },
  { id: "K52", file: EC, find: "      if (!bracketed(toks, r)) currency = r.currency;", replace: "      currency = r.currency;", what: "elided-currency: the bracketed conversion's currency taken", tests: F("elided-currency") },
  { id: "K53", file: SL, find: "  return toks.some((t) => isWord(t) && MONEY_WORDS.has(t.l));", replace: "  return true;", what: "slang-currency: 'bucks' always dollars", tests: F("slang-currency") },
  { id: "K54", file: SL, find: "  if (isWord(next) && !AFTER_GRAND.has(next.l)) return undefined;\n", replace: "", what: "slang-currency: 'grand' before a noun ('grand slams') money", tests: F("slang-currency") },
  // saw-change.ts, compared-than.ts, made-object.ts
  { id: "K55", file: SC, find: '  "saw", "see",', replace: '  "see",', what: "saw-change: 'saw' dropped", tests: F("saw-change") },
  { id: "K56", file: CT, find: "  return end > k && !verb ?", replace: "  return end > k ?", what: "compared-than: a 'than' clause with a verb read as a noun phrase", tests: F("made-object") },
  { id: "K57", file: MO, find: "if (head !== undefined && (percent || !tally))", replace: "if (head !== undefined)", what: "made-object: a count's tally 'of' read through", tests: F("made-object") },
  // mend-pass.ts: where the new calls meet older rules
  { id: "K58", file: MP, find: "    possessiveTail(toks, r);\n    pricedOwner(toks, r);", replace: "    pricedOwner(toks, r);\n    possessiveTail(toks, r);", what: "mend-pass: priced-owner before possessive-tail", tests: F("priced-owner") },
  { id: "K59", file: MP, find: `${AMPERSAND}${LEVEL_AFTER}`, replace: `${LEVEL_AFTER}${AMPERSAND}`, what: "mend-pass: ampersand-owner after level-after", tests: F("ampersand-owner") },
  { id: "K60", file: MP, find: SUBSET_TO_THEM, replace: `${LAST_THEM}${SUBSET_TO_THEM.slice(0, -LAST_THEM.length)}`, what: "mend-pass: last-items-level and them-state before the subset readers", tests: F("last-items-level", "them-state") },
];
