import type { Sentence } from "#news/sentences.ts";
import {
  CARDINAL_WORDS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  MINOR_CURRENCY,
  ORDINAL_WORDS,
  SCALE_SUFFIXES,
  SCALE_WORDS,
  VAGUE_WORDS,
  plainDigits,
  scaleDigits,
  wordsValue,
} from "#news/numbers.ts";

/** What a key figure counts, for ranking (casualties and money before incidental numbers) and display. */
export type FigureKind = "casualties" | "money" | "percent" | "people" | "count" | "measure" | "rank";

export interface KeyFigure {
  /** Normalised value: "almost 300" → 300, "$1.13bn" → 1130000000, "76%" → 76. */
  value: number;
  /** As written in the article: "at least 129", "$1.13bn", "seven". */
  display: string;
  /** "at least", "almost", "more than", "about", "up to", … when the article hedges. */
  qualifier?: string;
  /** What it counts, from its sentence: "people killed", "arrests", "quarterly profit". */
  label: string;
  kind: FigureKind;
  /** ISO 4217 code for money ("USD", "GBP", "EUR"), "%" for percentages ("pp" for percentage points). */
  unit?: string;
  /** Upper bound for ranges ("20 to 30 people"). */
  valueMax?: number;
  /** Index of the source sentence in the article's sentence list. */
  sentence: number;
  /** The change the sentence reports for this amount: "jumped 76% to $1.13bn" → up 76%. */
  change?: { value: number; unit: "%"; direction: "up" | "down" };
  /** The earlier amount it moved from: "to $11.1bn from $10.9bn" → 10900000000. */
  previous?: number;
}

export interface FigureOptions {
  /** How many to return (default 5). */
  limit?: number;
  /** Salience of each sentence (index → score in [0, 1]) from the ranking; figures in salient sentences rank first. */
  salience?: readonly number[];
}

export const DEFAULT_FIGURES = 5;

// ---------------------------------------------------------------------------------------------------------------
// Word classes. Built once at module load; every lookup below is a Set/Map probe on a lowercased token.

const set = (words: string): ReadonlySet<string> => new Set(words.split(" "));

const PREPOSITIONS = set(
  "of in on at for from to with by about over under after before since during into than as per between among across against through without within near off onto upon via including like amid despite toward towards behind beyond inside outside throughout until till versus vs",
);
const CONJUNCTIONS = set("and or but nor so yet while when where which who whom whose that because if though although whether");
const DETERMINERS = set("a an the this that these those its their his her our my your some any each every all both no another such other");
const PRONOUNS = set("it they he she we you i them him us me there here itself themselves himself herself one");
const AUXILIARIES = set(
  "is are was were be been being have has had do does did will would can could may might must shall should 's 're 'll 'd not don't doesn't didn't won't can't cannot isn't aren't wasn't weren't haven't hasn't hadn't wouldn't couldn't shouldn't",
);
const ADVERBS = set(
  "overnight yesterday today tonight tomorrow now ago earlier later last next also still already just only even more less then again so too very almost nearly further instead respectively worldwide annually globally abroad overseas alone out adrift above below clear up down away back ahead behind apart aside off rather each apiece altogether alone together previously currently recently reportedly allegedly plus year-earlier year-on-year a-year",
);
const VERBS = set(
  "live work stay use play earn own said says say told tell according came come comes went go goes got get gets made make makes took take takes gave give gives saw see sees seen left won win wins found find held hold holds met meet sent send spent spend paid pay pays put set hit run ran fell fall falls rose rise rises grew grow grows became become becomes remain remains face faces include includes show shows want wants need needs expect expects think thinks know knows believe believes",
);
const MONTHS = set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
);
const WEEKDAYS = set("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun");
const TIME_WORDS = set("am pm a.m. p.m. o'clock gmt bst est edt cet cest utc pst pdt cst cdt et pt hrs local");
const IDENTIFIER_WORDS = set(
  "top no number article section chapter page room flight route platform line level grade stage phase version episode season series paragraph clause rule item gate terminal channel track act resolution bill proposition amendment highway interstate exit lot apartment suite vol volume book part psalm verse ward zone district lane junction block pier code category model type size tier division",
);
const AGE_BEFORE = set("aged age ages");
const SPORTS = set(
  "win wins won winning defeat defeated defeats beat beats beaten draw draws drew drawn lead led victory loss lost score scored scoreline thrashing triumph goal goals match game final half-time",
);
const PERIOD_NOUNS = set(
  "quarter quarters half day days week weeks month months year years time times round rounds term terms minute minutes hour hours century centuries season seasons anniversary decade decades night nights morning afternoon evening generation birthday innings over overs leg stage",
);
const DURATIONS = set(
  "quarters years year months month weeks week days day hours hour hrs minutes minute mins seconds second secs sec decades decade centuries century nights night",
);
// A duration given to hundredths ("6.56 seconds", "21.07 secs") is a race time, which is the result of the race.
const SECONDS = set("seconds second secs sec");
// "in 21.07 secs": the event a time belongs to is the distance named nearby ("60m", "200m", "110m hurdles").
const EVENT = /(?<![\d,.])(\d{1,2},\d{3}|\d{2,5})m\b(?:\s+(hurdles|relay|steeplechase|freestyle|backstroke|breaststroke|butterfly|medley|sprint|final))?/g;
const SENTENCING = /\b(?:jail|jailed|prison|imprison|imprisoned|sentenced|sentence|ban|banned|suspended|suspension)\b/i;
const MEASURE_NOUNS = set(
  "years months weeks days hours minutes seconds decades miles mile kilometres kilometers km metres meters m feet ft foot inches inch acres hectares tonnes tons tonne ton kilograms kilos kg grams pounds lbs litres liters gallons barrels degrees mph km/h knots storeys stories floors square sq points yards yard laps",
);
const GLUED_UNITS = set("km kg mm cm m mph ft lb lbs mw gw kw kwh gb mb tb ml mg c f sq yds kph");
const PEOPLE = set(
  "people persons person others men women children kids boys girls babies adults civilians soldiers troops police officers policemen workers employees staff jobs residents voters votes ballots seats delegates members students pupils teachers doctors nurses patients passengers migrants refugees asylum-seekers fans protesters demonstrators spectators attackers gunmen militants fighters rebels insurgents suspects hostages prisoners inmates detainees victims survivors subscribers customers users viewers visitors listeners readers tourists pilgrims immigrants families households citizens nationals britons americans pensioners homeowners shareholders investors players athletes volunteers firefighters crew sailors journalists lawmakers mps senators candidates jurors arrests",
);
const GENERIC_PEOPLE = set("people persons others men women children those them");
// A count of something singular ("the 777 plane", "a typical episode of 24") names or describes; it does not count.
const COLLECTIVE = set("crowd audience staff police personnel crew cattle livestock equipment public workforce");
// Technical specifications: true, but rarely what a story is about.
const SPEC_NOUNS = set(
  "pixels megapixels resolution resolutions gigabytes megabytes terabytes kilobytes bytes bits gb mb tb kb kbps mbps gbps ghz mhz hz fps frames dpi rpm cc bhp horsepower lines cores",
);
// A streak is a count said as an ordinal: "fifth consecutive loss" is five losses.
const STREAK = set("consecutive straight successive");
// A money label that is only the verb that moved it ("sold for $52,500") says it better as a noun.
const MONEY_NOUNS: ReadonlyMap<string, string> = new Map([
  ["sold", "sale price"], ["selling", "sale price"], ["sell", "sale price"], ["fetched", "sale price"], ["fetch", "sale price"],
  ["fetching", "sale price"], ["bought", "purchase price"], ["buying", "purchase price"], ["buy", "purchase price"],
  ["paid", "payment"], ["pay", "payment"], ["paying", "payment"], ["cost", "cost"], ["costs", "cost"], ["costing", "cost"],
  ["spend", "spending"], ["spent", "spending"], ["spending", "spending"], ["earned", "earnings"], ["earn", "earnings"],
  ["lent", "loan"], ["lend", "loan"], ["borrowed", "borrowing"], ["borrow", "borrowing"], ["owed", "debt"], ["owe", "debt"],
  ["owes", "debt"], ["fined", "fine"], ["fine", "fine"], ["invested", "investment"], ["invest", "investment"],
  ["raised", "raised"], ["raising", "raised"], ["raise", "raised"], ["transferred", "transfer"], ["saved", "savings"],
  ["awarded", "award"], ["won", "winnings"], ["grossed", "box office takings"], ["gross", "box office takings"],
  ["generated", "revenue"], ["received", "received"], ["charged", "charge"], ["offered", "offer"], ["bid", "bid"],
]);
// "£102.80 a week", "$15 an hour": a rate, labelled by its period.
const RATE_PERIODS = set("hour day week month year night head person");
const CASUALTY_WORDS: ReadonlyMap<string, string> = new Map([
  ["killed", "killed"], ["kill", "killed"], ["kills", "killed"], ["killing", "killed"], ["slain", "killed"],
  ["massacred", "killed"], ["murdered", "murdered"], ["dead", "dead"], ["died", "died"], ["die", "died"],
  ["dying", "died"], ["wounded", "wounded"], ["wounding", "wounded"], ["injured", "injured"], ["injuring", "injured"],
  ["hurt", "hurt"], ["missing", "missing"], ["hospitalised", "hospitalised"], ["hospitalized", "hospitalized"],
  ["drowned", "drowned"], ["executed", "executed"],
]);
const CASUALTY_NOUNS = set("lives deaths dead casualties fatalities injuries victims bodies wounded injured death toll killed");
// Verbs whose object is what a number counts: "lost 464,000 subscribers" → "subscribers lost".
const FOLD_VERBS: ReadonlyMap<string, string> = new Map([
  ["lost", "lost"], ["lose", "lost"], ["losing", "lost"], ["cut", "cut"], ["cutting", "cut"], ["shed", "shed"],
  ["axed", "axed"], ["added", "added"], ["adding", "added"], ["created", "created"], ["creating", "created"],
  ["hired", "hired"], ["fired", "fired"], ["sacked", "sacked"], ["arrested", "arrested"], ["detained", "detained"],
  ["evacuated", "evacuated"], ["rescued", "rescued"], ["displaced", "displaced"], ["deported", "deported"],
  ["seized", "seized"], ["sold", "sold"], ["recalled", "recalled"], ["freed", "freed"], ["released", "released"],
  ["charged", "charged"], ["convicted", "convicted"], ["jailed", "jailed"], ["affected", "affected"],
  ["infected", "infected"], ["trapped", "trapped"], ["stranded", "stranded"], ["questioned", "questioned"],
  ["kidnapped", "kidnapped"], ["abducted", "abducted"], ["evicted", "evicted"], ["vaccinated", "vaccinated"],
]);
const FOLD_PEOPLE = set(
  "arrested detained evacuated rescued displaced deported freed released charged convicted jailed infected trapped stranded questioned kidnapped abducted hired fired sacked evicted vaccinated",
);
const SKIP_BEFORE_FOLD = set("have has had were was been being also reportedly now already allegedly");
const SKIP_AFTER_NP = set("still could would may might will be were was are is have has had been being reportedly also later all allegedly now who that feared believed confirmed");
const UP_VERBS = set(
  "rose rise rises risen rising jumped jump jumps jumping climbed climb climbs gained gain gains grew grow grows grown growing increased increase increases up soared soar surged surge boosted boost higher advanced rallied leapt leaped rocketed doubled swelled increasing raised raising lifted lifting hiked hiking",
);
const DOWN_VERBS = set(
  "fell fall falls fallen falling dropped drop drops declined decline declines slumped slump slumps slid slide down lower plunged plunge plummeted tumbled tumble sank sink shrank shrink decreased decrease dipped dip eased sagged shrunk contracted reduced reducing cutting lowered lowering slashed slashing",
);
const LINK_WORDS = set(
  "at was is were are stood stands remained remains reached reach reaches hit hits to of by totalled totaled totalling worth valued costing cost costs be been estimated put amounted amounting",
);
// "profits at US media giant TimeWarner", "profit before exceptional items": the head is before these.
const HEAD_JUMP = set("at of for in on from before after excluding including with among");
const MONEY_VERBS = set(
  "pay pays paid paying cost costs costing earn earns earned earning spend spends spent spending raise raised raising gross grossed sell sold selling buy bought fine fined invest invested borrow borrowed owe owes owed lend lent charge charged save saved generate generated bring brought receive received award awarded give given offer offered won win bid",
);
// Words in -ly that are adjectives or nouns, not adverbs.
const LY_WORDS = set("quarterly monthly weekly daily yearly nightly hourly early elderly friendly deadly costly family rally ally assembly supply italy july monopoly anomaly");
const ED_ADJECTIVES = set(
  "armed injured wounded suspected retired unidentified unnamed skilled registered confirmed reported alleged armoured armored unarmed undocumented talented qualified estimated combined disabled elderly",
);
const QUALIFIERS: readonly (readonly string[])[] = [
  "no fewer than", "no more than", "not more than", "in excess of", "as many as", "as much as", "as few as",
  "an estimated", "at least", "at most", "more than", "less than", "fewer than", "up to", "close to", "upwards of",
  "just over", "just under", "well over", "well under", "nearly", "almost", "about", "around", "roughly",
  "approximately", "some", "over", "under", "estimated", "only", "just", "barely", "exactly", "precisely",
  "approx", "circa",
].map((q) => q.split(" "));

const KIND_WEIGHT: Readonly<Record<FigureKind, number>> = {
  casualties: 1,
  money: 0.9,
  people: 0.75,
  percent: 0.7,
  count: 0.6,
  measure: 0.35,
  rank: 0.3,
};

// ---------------------------------------------------------------------------------------------------------------
// Tokens: numbers, words (hyphenated compounds and possessives kept whole), currency symbols, single punctuation.

const NUM = 0;
const WORD = 1;
const CUR = 2;
const PUNCT = 3;
type TokKind = typeof NUM | typeof WORD | typeof CUR | typeof PUNCT;

interface Tok {
  s: string;
  l: string;
  start: number;
  end: number;
  kind: TokKind;
}

const TOKEN = /(US\$|A\$|C\$|HK\$|NZ\$|S\$|[$£€¥₹])|(\d+(?:[.,]\d+)*)|([aApP]\.[mM]\.)|(\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*)|(\S)/gu;
// Sentences with neither a digit nor a number word are skipped before tokenising: most sentences.
const HAS_NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|tens|scores|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+tieth)\b/i;

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const s = m[0];
    const kind: TokKind = m[1] !== undefined ? CUR : m[2] !== undefined ? NUM : m[3] !== undefined || m[4] !== undefined ? WORD : PUNCT;
    toks.push({ s, l: s.toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + s.length, kind });
  }
  return toks;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading one number at a token.

interface Core {
  value: number;
  /** Token after the number (and its scale or ordinal suffix). */
  end: number;
  digits?: string;
  exponent: number;
  ordinal: boolean;
  /** Written in words ("seven", "a dozen"). */
  words: boolean;
  /** "hundreds of" → its text, used as the qualifier. */
  vague?: string;
  /** Rest of a hyphenated word token: "three-day" → "day", "third-largest" → "largest". */
  compound?: string;
  /** "5m" without a currency: metres, not millions, unless people follow. */
  bareM: boolean;
}

const adjacent = (a: Tok | undefined, b: Tok | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;
const isWord = (t: Tok | undefined, w?: string): t is Tok => t !== undefined && t.kind === WORD && (w === undefined || t.l === w);

function readCore(toks: readonly Tok[], i: number): Core | undefined {
  const t = toks[i];
  if (t === undefined) return undefined;
  if (t.kind === NUM) {
    const digits = plainDigits(t.s);
    if (digits === undefined) return undefined;
    const n = toks[i + 1];
    let exponent = 0;
    let end = i + 1;
    let ordinal = false;
    let bareM = false;
    if (isWord(n) && adjacent(t, n) && (n.l === "st" || n.l === "nd" || n.l === "rd" || n.l === "th")) {
      ordinal = true;
      end++;
    } else if (isWord(n)) {
      const e = SCALE_SUFFIXES.get(n.l);
      const glued = adjacent(t, n);
      // One-letter scales only when glued ("$5m"); "5 m" is rarer than "5 m people" is ambiguous.
      if (e !== undefined && (n.l.length > 1 || glued)) {
        exponent = e;
        bareM = n.l === "m";
        end++;
      }
    }
    return { value: scaleDigits(digits, exponent), end, digits, exponent, ordinal, words: false, bareM };
  }
  if (t.kind !== WORD) return undefined;
  const l = t.l;
  const ord = ORDINAL_WORDS.get(l);
  if (ord !== undefined) return { value: ord, end: i + 1, exponent: 0, ordinal: true, words: true, bareM: false };
  const vague = VAGUE_WORDS.get(l);
  if (vague !== undefined && isWord(toks[i + 1], "of")) {
    // "tens of thousands of", "hundreds of millions of"
    const inner = toks[i + 2];
    const innerScale = inner && VAGUE_WORDS.get(inner.l);
    if (innerScale !== undefined && innerScale >= 1000 && isWord(toks[i + 3], "of")) {
      return { value: vague * innerScale, end: i + 4, exponent: 0, ordinal: false, words: true, vague: `${l} of ${inner?.l} of`, bareM: false };
    }
    if (l === "tens" || l === "scores") return undefined;
    return { value: vague, end: i + 2, exponent: 0, ordinal: false, words: true, vague: `${l} of`, bareM: false };
  }
  if (l === "several" || l === "many") {
    const scale = toks[i + 1] && SCALE_WORDS.get(toks[i + 1]?.l ?? "");
    if (scale !== undefined && scale >= 100) {
      return { value: scale, end: i + 2, exponent: 0, ordinal: false, words: true, vague: l, bareM: false };
    }
    return undefined;
  }
  if (l === "half" && (isWord(toks[i + 1], "a") || isWord(toks[i + 1], "an"))) {
    const scale = SCALE_WORDS.get(toks[i + 2]?.l ?? "");
    if (scale !== undefined && toks[i + 2]?.kind === WORD) {
      return { value: scale / 2, end: i + 3, exponent: 0, ordinal: false, words: true, bareM: false };
    }
    return undefined;
  }
  // Hyphenated token: "twenty-five" is one number; "three-day" is a number and a compound.
  let compound: string | undefined;
  let head = l;
  if (l.includes("-") && !CARDINAL_WORDS.has(l)) {
    const dash = l.indexOf("-");
    const second = l.indexOf("-", dash + 1);
    const two = second > 0 ? l.slice(0, second) : "";
    if (two !== "" && (CARDINAL_WORDS.has(two) || ORDINAL_WORDS.has(two))) {
      head = two;
      compound = l.slice(second + 1);
    } else {
      head = l.slice(0, dash);
      compound = l.slice(dash + 1);
    }
    const ordHead = ORDINAL_WORDS.get(head);
    if (ordHead !== undefined) return { value: ordHead, end: i + 1, exponent: 0, ordinal: true, words: true, compound, bareM: false };
    const v = CARDINAL_WORDS.get(head);
    if (v === undefined) return undefined;
    return { value: v, end: i + 1, exponent: 0, ordinal: false, words: true, compound, bareM: false };
  }
  const words: string[] = [];
  let j = i;
  if ((l === "a" || l === "an") && SCALE_WORDS.has(toks[i + 1]?.l ?? "") && toks[i + 1]?.kind === WORD) {
    words.push(l);
    j++;
  }
  for (; j < toks.length; j++) {
    const w = toks[j];
    if (!isWord(w)) break;
    if (CARDINAL_WORDS.has(w.l) || SCALE_WORDS.has(w.l)) {
      words.push(w.l);
      continue;
    }
    // "two hundred and fifty": "and" only between a hundred and what follows it.
    const nx = toks[j + 1];
    if (w.l === "and" && words[words.length - 1] === "hundred" && isWord(nx) && CARDINAL_WORDS.has(nx.l)) {
      words.push("and");
      continue;
    }
    break;
  }
  if (words.length === 0) return undefined;
  // "dozen" alone is not a number ("a dozen" is); nor is a bare scale word like "hundred".
  const first = words[0] ?? "";
  if (words.length === 1 && SCALE_WORDS.has(first)) return undefined;
  const value = wordsValue(words);
  if (value === undefined) return undefined;
  // Scale words after digits were consumed by readCore's digit branch; here "two million" folds in.
  return { value, end: j, exponent: 0, ordinal: false, words: true, bareM: false };
}

// ---------------------------------------------------------------------------------------------------------------
// One figure as found, before ranking.

interface Raw {
  /** First token of the display (qualifier included). */
  s: number;
  /** First token of the amount (currency symbol included). */
  core: number;
  /** Token after the display. */
  e: number;
  value: number;
  valueMax?: number;
  qualifier?: string;
  currency?: string;
  percent: boolean;
  points: boolean;
  ordinal: boolean;
  words: boolean;
  compound?: string;
  glued?: string;
  label: string;
  kind: FigureKind;
  /** Weight within its kind: descriptive compounds and small word counts matter less. */
  factor: number;
  change?: { value: number; unit: "%"; direction: "up" | "down" };
  previous?: number;
  drop: boolean;
  /** Casualty or fold verb found around it. */
  fold?: string;
  /** A race time whose event is not named in its sentence: findFigures looks in the sentences before. */
  raceTime?: boolean;
  /** Character offsets of the display in the sentence. */
  from: number;
  to: number;
}

function qualifierBefore(toks: readonly Tok[], k: number): { start: number; text: string } | undefined {
  for (const q of QUALIFIERS) {
    const start = k - q.length;
    if (start < 0) continue;
    let ok = true;
    for (let n = 0; n < q.length; n++) {
      const t = toks[start + n];
      if (!isWord(t, q[n])) {
        ok = false;
        break;
      }
    }
    if (ok) return { start, text: q.join(" ") };
  }
  return undefined;
}

const isCapitalised = (t: Tok): boolean => t.kind === WORD && t.s[0] !== t.l[0];

/** Sentence-initial (possibly after an opening quote or bracket): its capital says nothing about proper nouns. */
function atSentenceStart(toks: readonly Tok[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = toks[j];
    if (t === undefined || t.kind !== PUNCT) return false;
  }
  return true;
}

/** Why a digit amount is not a key figure (date, time, year, age, score, phone, identifier), or undefined. */
function excludedDigits(toks: readonly Tok[], ci: number, core: Core, hasQualifier: boolean): boolean {
  const t = toks[ci];
  if (t === undefined || core.digits === undefined) return true;
  const prev = toks[ci - 1];
  const next = toks[core.end];
  const digits = core.digits;
  // Glued to letters or symbols: "G20", "#7", "+44", "Covid-19", "mid-2015", the 11 of "17/11", the 50 of "20:50".
  if (prev && adjacent(prev, t) && prev.kind !== CUR && prev.s !== "(" && !/^["'“‘]$/.test(prev.s)) {
    if (prev.s !== "-" && prev.s !== "–") return true;
    const pp = toks[ci - 2];
    if (pp && adjacent(pp, prev) && (pp.kind === WORD || pp.kind === NUM)) return true;
  }
  // Dates, times, ratios, versions: "17/11", "20:50", "17.11.2015".
  if (next && adjacent(toks[core.end - 1], next) && (next.s === "/" || next.s === ":" || next.s === ".") && toks[core.end + 1]?.kind === NUM && adjacent(next, toks[core.end + 1])) {
    return true;
  }
  if (next && next.kind === WORD && TIME_WORDS.has(next.l)) return true;
  if (next && next.kind === WORD && adjacent(toks[core.end - 1], next) && !core.ordinal && core.exponent === 0) {
    // "1990s", "4G", "3D"; a glued unit ("5km") is read by the caller.
    if (!GLUED_UNITS.has(next.l) && !MINOR_CURRENCY.has(next.l)) return true;
  }
  // "May 2 and 3", "2 and 3 May": the second day of a pair.
  if (prev && prev.kind === WORD && (prev.l === "and" || prev.l === "or" || prev.l === "to") && toks[ci - 2]?.kind === NUM) {
    const m = toks[ci - 3];
    if (m && m.kind === WORD && MONTHS.has(m.l) && isCapitalised(m)) return true;
  }
  // Days of month: "November 17", "Nov. 17", "17 November", "the 17th of November", "Friday 13".
  const before = prev?.s === "." ? toks[ci - 2] : prev;
  if (before && before.kind === WORD && (MONTHS.has(before.l) || WEEKDAYS.has(before.l)) && isCapitalised(before)) return true;
  if (next && next.kind === WORD && MONTHS.has(next.l) && isCapitalised(next)) return true;
  if (isWord(next, "of") && toks[core.end + 1] && MONTHS.has(toks[core.end + 1]?.l ?? "")) return true;
  // Years: a bare four-digit integer between 1800 and 2099.
  if (core.exponent === 0 && /^(?:18|19|20)\d\d$/.test(t.s)) return true;
  // Leading zero: phone numbers, codes, "007".
  if (digits.length > 1 && digits[0] === "0" && digits[1] !== ".") return true;
  const value = core.value;
  if (value < 130 && !digits.includes(".")) {
    if (prev && prev.kind === WORD && AGE_BEFORE.has(prev.l)) return true;
    // "Smith, 25, said" and "Smith (25)": ages after a name.
    const name = toks[ci - 2];
    if (prev && name && isCapitalised(name) && !atSentenceStart(toks, ci - 2)) {
      if (prev.s === "," && next && (next.s === "," || next.s === ")" || next.s === ".")) return true;
      if (prev.s === "(" && next?.s === ")") return true;
    }
    if (isWord(next, "years") && isWord(toks[core.end + 1], "old")) return true;
  }
  if (!hasQualifier && prev && prev.kind === WORD) {
    if (IDENTIFIER_WORDS.has(prev.l) && !(prev.l === "no" && !isCapitalised(prev) && prev.s !== "no")) return true;
    // "Boeing 737", "Article 5", "Apollo 11": a proper name inside the sentence, not a possessive.
    if (isCapitalised(prev) && !atSentenceStart(toks, ci - 1) && !prev.l.endsWith("'s") && !prev.l.endsWith("s'")) {
      if (!MONTHS.has(prev.l) && !WEEKDAYS.has(prev.l)) return true;
    }
  }
  if (prev?.s === "#" || prev?.s === "№") return true;
  return false;
}

function readRaw(toks: readonly Tok[], i: number, text: string): { raw?: Raw; next: number } {
  const t = toks[i];
  if (t === undefined) return { next: i + 1 };
  let currency: string | undefined;
  let ci = i;
  if (t.kind === CUR) {
    currency = CURRENCY_SYMBOLS.get(t.s);
    ci = i + 1;
    if (toks[ci]?.kind !== NUM) return { next: i + 1 };
  } else if (t.kind === WORD && t.s.length === 3 && t.s === t.s.toUpperCase() && CURRENCY_WORDS.has(t.l) && toks[i + 1]?.kind === NUM) {
    currency = CURRENCY_WORDS.get(t.l);
    ci = i + 1;
  }
  const core = readCore(toks, ci);
  if (core === undefined) return { next: Math.max(ci, i) + 1 };
  const skip = { next: core.end };
  let j = core.end;
  let value = core.value;
  let percent = false;
  let points = false;
  let glued: string | undefined;
  let qualifier = core.vague;
  const q = qualifierBefore(toks, i);
  if (q && !qualifier) qualifier = q.text;
  let s = q && !core.vague ? q.start : i;

  if (core.ordinal) {
    if (core.digits !== undefined && currency === undefined) {
      // "17th" next to a month, "the 17th", "on the 17th": a day of the month.
      const nx = toks[j];
      if (!isWord(nx) || MONTHS.has(nx.l) || nx.l === "of") return skip;
    }
    if (currency !== undefined) return skip;
  }

  if (!core.ordinal) {
    let n = toks[j];
    if (n && n.s === "%") {
      percent = true;
      j++;
    } else if (isWord(n, "per") && isWord(toks[j + 1], "cent")) {
      percent = true;
      j += 2;
    } else if (isWord(n, "percent") || isWord(n, "pc") && adjacent(toks[j - 1], n)) {
      percent = true;
      j++;
    }
    if (percent && isWord(toks[j - 1], "percentage") === false && isWord(toks[j], "points")) {
      // "5 percent points" is rare; "percentage points" below is the common form.
    }
    n = toks[j];
    if (!percent && isWord(n, "percentage") && isWord(toks[j + 1], "points")) {
      percent = true;
      points = true;
      j += 2;
    }
    if (!percent && currency === undefined) {
      n = toks[j];
      if (isWord(n)) {
        if (n.s === "US" && isWord(toks[j + 1], "dollars")) {
          currency = "USD";
          j += 2;
        } else if (CURRENCY_WORDS.has(n.l) && (n.l.length !== 3 || n.s === n.s.toUpperCase() || n.l === "yen")) {
          // "10 pounds of cocaine" is a weight.
          if (!((n.l === "pounds" || n.l === "pound") && isWord(toks[j + 1], "of") && core.vague === undefined && value < 1e6)) {
            currency = CURRENCY_WORDS.get(n.l);
            j++;
          }
        } else if (MINOR_CURRENCY.has(n.l) && core.exponent === 0 && (n.l !== "p" || adjacent(toks[j - 1], n))) {
          currency = MINOR_CURRENCY.get(n.l);
          value = value / 100;
          j++;
        }
      }
    }
    if (core.bareM && currency === undefined) {
      // "100m" without a currency is metres unless people follow ("5m people", BBC style).
      const nx = toks[j];
      if (!(isWord(nx) && PEOPLE.has(nx.l))) {
        if (core.digits === undefined) return skip;
        value = Number(core.digits);
        glued = "m";
      }
    }
    if (core.exponent > 0 && currency === undefined && !percent && core.bareM === false) {
      // "$1-2bn" style scales are fine; a bare "b" or "k" without currency ("3b", "10k run") is not an amount.
      const suffix = toks[core.end - 1]?.l;
      if (suffix === "b") return skip;
      // Without money or people, "2k projectors" and "a 10k run" name a resolution or a race, not 2,000 of anything.
      if (suffix === "k" && !(isWord(toks[j]) && PEOPLE.has(toks[j]?.l ?? ""))) return skip;
    }
  }

  // Ranges: "20-30", "20 to 30", "between 20 and 30"; a hyphen pair that is not rising, or sits in a sports
  // context, is a score ("0-0", "2-1 win").
  let valueMax: number | undefined;
  const sep = toks[j];
  if (!core.ordinal && sep) {
    const hyphen = (sep.s === "-" || sep.s === "–") && adjacent(toks[j - 1], sep) && adjacent(sep, toks[j + 1]);
    // "rose from 5% to 7%" is a change; "anywhere from $300,000 to $600,000" is a range.
    const to = isWord(sep, "to") && !isWord(toks[s - 1], "up") && !(isWord(toks[s - 1], "from") && upDown(toks[s - 2]) !== undefined);
    const and = isWord(sep, "and") && isWord(toks[s - 1], "between");
    if (hyphen || to || and) {
      let k = j + 1;
      if (currency !== undefined && toks[k]?.kind === CUR) k++;
      const second = readCore(toks, k);
      if (second && !second.ordinal && second.vague === undefined) {
        if (hyphen && core.digits !== undefined && second.digits !== undefined) {
          const sports = [-4, -3, -2, -1].some((d) => SPORTS.has(toks[s + d]?.l ?? "")) || [0, 1].some((d) => SPORTS.has(toks[second.end + d]?.l ?? ""));
          if (second.value <= value || sports) return { next: second.end };
          // "123-4567": a phone number, not a range.
          if (core.digits.length >= 3 && second.digits.length >= 4 && !second.digits.includes(".")) return { next: second.end };
        }
        let after = second.end;
        let secondPercent = false;
        if (toks[after]?.s === "%") {
          secondPercent = true;
          after++;
        } else if (isWord(toks[after], "per") && isWord(toks[after + 1], "cent")) {
          secondPercent = true;
          after += 2;
        } else if (isWord(toks[after], "percent")) {
          secondPercent = true;
          after++;
        }
        let secondCurrency: string | undefined;
        const cw = toks[after];
        if (currency === undefined && isWord(cw) && CURRENCY_WORDS.has(cw.l) && cw.l.length > 3) {
          secondCurrency = CURRENCY_WORDS.get(cw.l);
          after++;
        }
        // Both ends must be the same kind of amount: "fell 36% to 2.9bn euros" is a change, not a range.
        const sameKind = (percent ? secondPercent : true) && !(percent && secondCurrency) ;
        const low = core.exponent === 0 && second.exponent > 0 && core.digits !== undefined ? scaleDigits(core.digits, second.exponent) : value;
        if (sameKind && second.value > low && !(core.exponent > 0 && second.exponent > 0 && core.exponent !== second.exponent)) {
          value = low;
          valueMax = core.exponent > 0 && second.exponent === 0 && second.digits !== undefined ? scaleDigits(second.digits, core.exponent) : second.value;
          if (secondPercent) percent = true;
          if (secondCurrency !== undefined) currency = secondCurrency;
          j = after;
        }
      }
    }
  }

  // Compounds: "28-nation bloc", "10-year sentence", "a 200-strong crowd"; "25-year-old" is an age.
  let compound = core.compound;
  if (compound === undefined && toks[j]?.s === "-" && adjacent(toks[j - 1], toks[j]) && isWord(toks[j + 1]) && adjacent(toks[j], toks[j + 1])) {
    compound = toks[j + 1]?.l;
    j += 2;
  }
  if (compound !== undefined && /^(?:years?|months?|weeks?|days?)-old\b/.test(compound)) return { next: j };
  if (compound !== undefined && isWord(toks[j], "old") && /^(?:year|month|week)s?$/.test(compound)) return { next: j };

  // Glued units: "5km", "40C".
  const gl = toks[j];
  if (!glued && core.digits !== undefined && isWord(gl) && adjacent(toks[j - 1], gl) && GLUED_UNITS.has(gl.l) && !percent && currency === undefined) {
    glued = gl.l;
    j++;
  }

  if (core.digits !== undefined && currency === undefined && !percent) {
    if (excludedDigits(toks, ci, core, q !== undefined)) return { next: Math.max(j, core.end) };
  }
  // "one in five boys", "1 in 4 adults": the second number is a ratio's denominator, not a count.
  if (isWord(toks[s - 1], "in") && currency === undefined && !percent) {
    const p = toks[s - 2];
    if (p !== undefined && (p.kind === NUM || CARDINAL_WORDS.has(p.l))) return { next: j };
  }
  // "five out of five stars", "three out of four": a ratio or rating, not a count.
  if (isWord(toks[j], "out") && isWord(toks[j + 1], "of")) {
    const second = readCore(toks, j + 2);
    return { next: second ? second.end : j + 2 };
  }
  // "Three Lions", "the Big Four": a capitalised number word inside the sentence is part of a name.
  if (core.words && isCapitalised(t) && !atSentenceStart(toks, ci) && core.vague === undefined) return skip;
  if (core.words && isWord(toks[ci - 1]) && (toks[ci - 1]?.l === "number" || toks[ci - 1]?.l === "top")) return skip;
  if (core.words && !core.ordinal && core.vague === undefined && currency === undefined && !percent) {
    // "one" alone is an article or a pronoun far more often than a count ("one of the attackers").
    if (core.value === 1 && (q === undefined || q.text === "just" || q.text === "only")) return skip;
    if (core.value === 0) return skip;
  }
  if (core.ordinal) {
    const nx = toks[j];
    if (core.value <= 2) return skip;
    // "a third of", "two thirds": fractions; "fourth quarter", "83rd minute": periods, not figures.
    if (isWord(nx, "of") && (isWord(toks[s - 1], "a") || isWord(toks[s - 1], "one"))) return skip;
    if (isWord(nx) && PERIOD_NOUNS.has(nx.l)) return skip;
    if (compound !== undefined && PERIOD_NOUNS.has(compound)) return skip;
    // "third-party" is not a rank; "third-largest" is.
    if (compound !== undefined && !compound.endsWith("est")) return skip;
    // "the 50th Academy of Country Music Awards": an edition of a named event.
    if (nx && nx.kind === WORD && isCapitalised(nx)) return skip;
  }

  // Trailing hedges: "300 or more", "300 or so".
  if (qualifier === undefined && isWord(toks[j], "or") && (isWord(toks[j + 1], "more") || isWord(toks[j + 1], "so"))) {
    qualifier = `or ${toks[j + 1]?.l}`;
    j += 2;
  }
  if (core.vague) s = i;

  const raw: Raw = {
    s,
    core: i,
    e: j,
    value,
    percent,
    points,
    ordinal: core.ordinal,
    words: core.words,
    label: "",
    kind: "count",
    factor: 1,
    drop: false,
    from: toks[s]?.start ?? 0,
    to: toks[j - 1]?.end ?? 0,
  };
  if (valueMax !== undefined) raw.valueMax = valueMax;
  if (qualifier !== undefined) raw.qualifier = qualifier;
  if (currency !== undefined) raw.currency = currency;
  if (compound !== undefined) raw.compound = compound;
  if (glued !== undefined) raw.glued = glued;
  void text;
  return { raw, next: j };
}

// ---------------------------------------------------------------------------------------------------------------
// Labels: what each figure counts, in a few of the sentence's own words.

function nounStop(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t === undefined || t.kind !== WORD) return true;
  const l = t.l;
  if (PREPOSITIONS.has(l) || CONJUNCTIONS.has(l) || DETERMINERS.has(l) || AUXILIARIES.has(l)) return true;
  // "US" is a country, "us" a pronoun.
  if (PRONOUNS.has(l) && !(t.s.length > 1 && t.s === t.s.toUpperCase())) return true;
  if (ADVERBS.has(l) || VERBS.has(l) || CASUALTY_WORDS.has(l) || FOLD_VERBS.has(l) || UP_VERBS.has(l) || DOWN_VERBS.has(l)) return true;
  if (WEEKDAYS.has(l) || MONTHS.has(l) && isCapitalised(t)) return true;
  if (l.endsWith("ly") && l.length > 4 && !LY_WORDS.has(l)) return true;
  if (CARDINAL_WORDS.has(l) || SCALE_WORDS.has(l)) return true;
  return false;
}

/** The noun phrase starting at k: "police raids" in "128 police raids overnight". */
function forwardNP(toks: readonly Tok[], k: number): number {
  let j = k;
  while (j < toks.length && j - k < 4) {
    if (nounStop(toks, j)) break;
    const l = toks[j]?.l ?? "";
    if (l.endsWith("ed") && !ED_ADJECTIVES.has(l) && !(j === k && !nounStop(toks, j + 1) && !(toks[j + 1]?.l ?? "").endsWith("ed"))) break;
    if (l.endsWith("ing") && (nounStop(toks, j + 1) || (toks[j + 1]?.l ?? "").endsWith("ed"))) break;
    j++;
  }
  return j;
}

/** The noun phrase ending before k, read backwards; "X at/of/for Y" gives X, the head. */
function backNP(toks: readonly Tok[], k: number, jump = true): [number, number] | undefined {
  // "exports - including goods and services - rose": step over the aside to reach the subject.
  const close = toks[k - 1]?.s;
  if (jump && (close === ")" || close === "-" || close === "–" || close === "—")) {
    const open = close === ")" ? "(" : close;
    for (let o = k - 2; o >= 0 && k - o < 16; o--) {
      if (toks[o]?.s === open) return backNP(toks, o, false);
    }
  }
  let j = k - 1;
  while (j >= 0 && k - 1 - j < 6) {
    const t = toks[j];
    if (t === undefined || nounStop(toks, j)) break;
    const before = toks[j - 1];
    if (t.l.endsWith("ed") && !ED_ADJECTIVES.has(t.l) && !(before && DETERMINERS.has(before.l))) break;
    if (t.l.endsWith("ing") && before && (AUXILIARIES.has(before.l) || PRONOUNS.has(before.l) || (isCapitalised(before) && !before.l.endsWith("'s") && !atSentenceStart(toks, j - 1)))) break;
    j--;
  }
  const start = j + 1;
  if (start >= k) return undefined;
  const boundary = toks[j];
  if (jump && boundary && boundary.kind === WORD && HEAD_JUMP.has(boundary.l)) {
    const head = backNP(toks, j, false);
    if (head) return head;
  }
  return [Math.max(start, k - 4), k];
}

function word(toks: readonly Tok[], k: number): string {
  const t = toks[k];
  if (t === undefined) return "";
  // Capitals inside a sentence mark proper nouns and acronyms; the sentence's first word is lowercased.
  if (isCapitalised(t) && (!atSentenceStart(toks, k) || (t.s.length > 1 && t.s === t.s.toUpperCase()))) return t.s;
  return t.l;
}

function phrase(toks: readonly Tok[], from: number, to: number): string {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t === undefined || t.kind !== WORD) continue;
    out.push(word(toks, k));
  }
  return out.join(" ");
}

function plural(w: string): string {
  if (w === "person") return "people";
  if (w.endsWith("man")) return `${w.slice(0, -3)}men`;
  if (w === "child") return "children";
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

function upDown(t: Tok | undefined): "up" | "down" | undefined {
  if (t === undefined || t.kind !== WORD) return undefined;
  if (UP_VERBS.has(t.l)) return "up";
  if (DOWN_VERBS.has(t.l)) return "down";
  return undefined;
}

/** Subject of the verb at v, over auxiliaries: "laptops" in "lost laptops has leapt". */
function verbSubject(toks: readonly Tok[], v: number): [number, number] | undefined {
  let k = v;
  while (k > 0 && AUXILIARIES.has(toks[k - 1]?.l ?? "") && toks[k - 1]?.kind === WORD) k--;
  return backNP(toks, k);
}

/** The rising or falling verb before a percentage: "fell 5%", "fell by 5%", "increasing its dividend by 26%"; -1 if none. */
function changeVerb(toks: readonly Tok[], s: number): number {
  let v = s - 1;
  if (isWord(toks[v], "by")) v--;
  if (upDown(toks[v])) return v;
  if (isWord(toks[s - 1], "by")) {
    const object = backNP(toks, s - 1, false);
    if (object) {
      let w = object[0] - 1;
      while (w >= 0 && DETERMINERS.has(toks[w]?.l ?? "")) w--;
      if (upDown(toks[w])) return w;
    }
  }
  return -1;
}

/** What a change at the percentage starting at s is about: the object before "by", else the verb's subject. */
function changeTopic(toks: readonly Tok[], s: number, v: number): [number, number] | undefined {
  if (isWord(toks[s - 1], "by")) {
    const object = backNP(toks, s - 1, false);
    if (object) return object;
  }
  return verbSubject(toks, v);
}

/** Subject of the verb or link chain before k: "death toll" in "the death toll rose to 300". */
function subjectBefore(toks: readonly Tok[], k: number): string {
  let j = k;
  let links = 0;
  while (j > 0 && links < 3) {
    const t = toks[j - 1];
    if (!t || t.kind !== WORD) break;
    if (LINK_WORDS.has(t.l) || UP_VERBS.has(t.l) || DOWN_VERBS.has(t.l) || AUXILIARIES.has(t.l) || ADVERBS.has(t.l) || t.l === "by" || t.l === "a" || t.l === "an" || t.l === "the") {
      j--;
      links++;
      continue;
    }
    break;
  }
  if (j === k) return "";
  // "in recovering the $2.6m": a participle before the amount is its verb, not its subject.
  const v = toks[j - 1];
  if (v && v.kind === WORD && (v.l.endsWith("ing") || (v.l.endsWith("ed") && !ED_ADJECTIVES.has(v.l)))) return "";
  const np = backNP(toks, j);
  return np ? phrase(toks, np[0], np[1]) : "";
}

function label(toks: readonly Tok[], r: Raw, sentenceText: string): void {
  if (r.currency !== undefined) {
    labelMoney(toks, r);
    // Whatever path found it, a lone verb ("£1.4bn — reported", "$11bn — overseeing") is no label: its noun if
    // it moves money ("sold" → "sale price"), else nothing, and the amount is left out.
    const l = r.label.toLowerCase();
    if (!l.includes(" ") && (l.endsWith("ed") || l.endsWith("ing")) && !ED_ADJECTIVES.has(l)) r.label = MONEY_NOUNS.get(l) ?? "";
    return;
  }
  if (r.percent) return labelPercent(toks, r);
  labelCount(toks, r, sentenceText);
}

function labelMoney(toks: readonly Tok[], r: Raw): void {
  r.kind = "money";
  if (r.label) return;
  const prev = toks[r.s - 1];
  if (isWord(prev, "of")) {
    const np = backNP(toks, r.s - 1, false);
    if (np) {
      r.label = phrase(toks, np[0], np[1]);
      return;
    }
  }
  // "£16.9bn worth of goods"
  if (isWord(toks[r.e], "worth") && isWord(toks[r.e + 1], "of")) {
    const end = forwardNP(toks, r.e + 2);
    if (end > r.e + 2) {
      r.label = phrase(toks, r.e + 2, end);
      return;
    }
  }
  // "£102.80 a week", "$15 an hour", "£5 per head": a rate, and its period is what tells it from a total.
  const per = toks[r.e];
  // "compared with $1.13bn a year earlier" is a time, not a rate.
  const when = toks[r.e + 2]?.l ?? "";
  if (isWord(per) && (per.l === "a" || per.l === "an" || per.l === "per") && RATE_PERIODS.has(toks[r.e + 1]?.l ?? "") && toks[r.e + 1]?.kind === WORD && when !== "earlier" && when !== "ago" && when !== "before" && when !== "later") {
    r.label = phrase(toks, r.e, r.e + 2);
    return;
  }
  const np = forwardNP(toks, r.e);
  if (np > r.e) {
    r.label = phrase(toks, r.e, np);
    return;
  }
  // "at least £110m in profit", "$2bn in damages": what the money is counted in.
  if (isWord(per, "in") && isWord(toks[r.e + 1]) && !isCapitalised(toks[r.e + 1] as Tok)) {
    const end = forwardNP(toks, r.e + 1);
    if (end > r.e + 1) {
      r.label = phrase(toks, r.e + 1, end);
      return;
    }
  }
  // "share price rose 4p … in morning trading to 548p": the level reached by what rose.
  if (isWord(prev, "to")) {
    for (let v = r.s - 2; v >= 0 && r.s - v < 10; v--) {
      const t = toks[v];
      if (t === undefined || t.s === "," || t.s === ";" || (t.kind === WORD && CONJUNCTIONS.has(t.l))) break;
      if (upDown(t)) {
        const subject = verbSubject(toks, v);
        if (subject) {
          r.label = phrase(toks, subject[0], subject[1]);
          return;
        }
        break;
      }
    }
  }
  const subject = subjectBefore(toks, r.s);
  if (subject) {
    r.label = subject;
    return;
  }
  // "offered to pay $300m to settle charges": the purpose is what the money is for.
  const nx = toks[r.e];
  if (isWord(nx) && (nx.l === "to" || nx.l === "for" || nx.l === "on") && isWord(toks[r.e + 1])) {
    const end = nx.l === "to" ? forwardNP(toks, r.e + 2) : forwardNP(toks, r.e + 1 + (DETERMINERS.has(toks[r.e + 1]?.l ?? "") ? 1 : 0));
    const from = r.e;
    if (end > r.e + (nx.l === "to" ? 2 : 1) && end - from <= 5) r.label = phrase(toks, from, end);
    else if (nx.l === "to" && isWord(toks[r.e + 1])) {
      // "to make a copy": the verb alone ("to make") does not say what the money buys; take its object too.
      const object = r.e + 2 + (DETERMINERS.has(toks[r.e + 2]?.l ?? "") ? 1 : 0);
      const objectEnd = forwardNP(toks, object);
      r.label = phrase(toks, from, objectEnd > object ? Math.min(objectEnd, from + 4) : r.e + 2);
    }
    if (r.label) return;
  }
  // "would cost taxpayers about £2m", "joined Rangers … for £1.2m": the verb that moves the money, and its object.
  for (let v = r.s - 1; v >= 0 && r.s - v <= 6; v--) {
    const t = toks[v];
    if (t === undefined || t.kind !== WORD || CONJUNCTIONS.has(t.l) || PRONOUNS.has(t.l) || AUXILIARIES.has(t.l) || t.l === "said") break;
    if (isCapitalised(t)) continue;
    if (MONEY_VERBS.has(t.l) || (t.l.endsWith("ed") && t.l.length > 4 && !ED_ADJECTIVES.has(t.l)) || (t.l.endsWith("ing") && t.l.length > 5)) {
      // "delivery fees beginning at $5": a participle after a noun describes that noun.
      if (t.l.endsWith("ing") && !MONEY_VERBS.has(t.l)) {
        const owner = backNP(toks, v, false);
        if (owner) {
          r.label = phrase(toks, owner[0], owner[1]);
          return;
        }
      }
      let end = v + 1;
      while (end < r.s && end - v < 3 && isWord(toks[end]) && !PREPOSITIONS.has(toks[end]?.l ?? "") && !nounStopForObject(toks, end)) end++;
      r.label = phrase(toks, v, end).split(" ").filter((w) => !DETERMINERS.has(w)).join(" ");
      // A verb alone ("sold", "fetched") reads better as its noun ("sale price"); a verb that does not move
      // money ("compared with $1.13bn", "followed by") labels nothing, and the amount is left out.
      if (end === v + 1) r.label = MONEY_NOUNS.get(t.l) ?? "";
      return;
    }
  }
}

function nounStopForObject(toks: readonly Tok[], k: number): boolean {
  const l = toks[k]?.l ?? "";
  return CONJUNCTIONS.has(l) || AUXILIARIES.has(l) || ADVERBS.has(l);
}

function labelPercent(toks: readonly Tok[], r: Raw): void {
  r.kind = "percent";
  if (r.label) return;
  const nx = toks[r.e];
  if (isWord(nx, "of")) {
    const k = r.e + 1 + (DETERMINERS.has(toks[r.e + 1]?.l ?? "") ? 1 : 0);
    const end = forwardNP(toks, k);
    if (end > k) {
      r.label = `share of ${phrase(toks, k, end)}`;
      return;
    }
  }
  const end = forwardNP(toks, r.e);
  if (end > r.e) {
    let text = phrase(toks, r.e, end);
    const p = toks[end];
    if (isWord(p) && (p.l === "in" || p.l === "of")) {
      const k = end + 1 + (DETERMINERS.has(toks[end + 1]?.l ?? "") ? 1 : 0);
      const e2 = forwardNP(toks, k);
      if (e2 > k) text = `${text} ${p.l} ${phrase(toks, k, e2)}`;
    }
    r.label = text;
    return;
  }
  const v = changeVerb(toks, r.s);
  const dir = upDown(toks[v]);
  if (dir) {
    const subject = changeTopic(toks, r.s, v);
    if (subject) {
      r.label = `${dir === "up" ? "rise" : "fall"} in ${phrase(toks, subject[0], subject[1])}`;
      return;
    }
  }
  if (isWord(toks[r.s - 1], "of")) {
    const np = backNP(toks, r.s - 1, false);
    if (np) {
      r.label = phrase(toks, np[0], np[1]);
      return;
    }
  }
  const after = upDown(toks[r.e]);
  const subject = subjectBefore(toks, r.s);
  if (subject) r.label = after ? `${after === "up" ? "rise" : "fall"} in ${subject}` : subject;
}

function foldBefore(toks: readonly Tok[], s: number): string | undefined {
  let k = s - 1;
  for (let skipped = 0; skipped < 2 && isWord(toks[k]) && SKIP_BEFORE_FOLD.has(toks[k]?.l ?? ""); skipped++) k--;
  const t = toks[k];
  if (!isWord(t)) return undefined;
  const casualty = CASUALTY_WORDS.get(t.l);
  if (casualty !== undefined && t.l !== "dead" && t.l !== "missing") return casualty;
  return FOLD_VERBS.get(t.l);
}

function foldAfter(toks: readonly Tok[], k: number): string | undefined {
  let j = k;
  for (let skipped = 0; skipped < 3 && isWord(toks[j]) && SKIP_AFTER_NP.has(toks[j]?.l ?? ""); skipped++) j++;
  const t = toks[j];
  if (!isWord(t)) return undefined;
  return CASUALTY_WORDS.get(t.l) ?? FOLD_VERBS.get(t.l);
}

function labelCount(toks: readonly Tok[], r: Raw, sentenceText: string): void {
  let e = r.e;
  // "three of the attackers", "19 of them"
  if (isWord(toks[e], "of") && !r.words) e++;
  else if (isWord(toks[e], "of") && r.words && r.ordinal === false) e++;
  if (e > r.e && DETERMINERS.has(toks[e]?.l ?? "")) e++;
  let np = "";
  let npEnd = e;
  let head = "";
  if (r.compound !== undefined && r.compound !== "") {
    const c = r.compound;
    // "two-thirds", "three-quarters": a fraction of something, not a count.
    if (ORDINAL_WORDS.has(c.replace(/s$/, "")) || c === "quarters" || c === "quarter" || c === "halves") {
      r.drop = true;
      return;
    }
    const end = forwardNP(toks, e);
    const after = end > e ? phrase(toks, e, end) : "";
    npEnd = end;
    if (c === "strong" || c === "time") {
      np = after;
      // "Four-time Olympic champion Bradley Wiggins": the title is the label; the name after it is who holds it.
      if (c === "time") {
        const words = np.split(" ");
        const name = words.findIndex((w, k) => k > 0 && /^\p{Lu}/u.test(w) && !/^\p{Lu}/u.test(words[k - 1] ?? ""));
        if (name > 0) np = words.slice(0, name).join(" ");
      }
      head = toks[end - 1]?.l ?? "";
      if (c === "strong") r.kind = "people";
    } else if (MEASURE_NOUNS.has(c.split("-")[0] ?? c) || DURATIONS.has(c) || MEASURE_NOUNS.has(plural(c))) {
      // The display already says the unit ("10-year"), so the label is what it measures: "10-year — sentence";
      // with nothing after it, the unit spelled out is all there is ("10-feet-tall" → "feet tall").
      const unit = c.replace(/-/g, " ");
      np = after ? after : c.includes("-") ? unit : plural(c);
      r.kind = "measure";
      head = plural(c);
    } else {
      np = plural(c);
      head = np;
    }
    // A number inside a modifier describes rather than reports: "the 28-nation bloc".
    r.factor *= 0.6;
  } else {
    npEnd = forwardNP(toks, e);
    if (npEnd > e) {
      np = phrase(toks, e, npEnd);
      head = toks[npEnd - 1]?.l ?? "";
    }
  }
  // A glued unit ("5,000m", "35mm") is already in the display: the label is what follows ("35mm — print",
  // "60m — hurdles"), or, failing that, a subject found below; a bare "m" is never a label.
  if (r.glued) r.kind = "measure";

  let fold: string | undefined = foldBefore(toks, r.s);
  if (fold === undefined && np !== "") fold = foldAfter(toks, npEnd);
  if (np === "" && !r.ordinal) {
    // "the 350 wounded", "20 dead", "127 arrested": the participle is the noun.
    const nx = toks[e];
    if (isWord(nx)) {
      const c = CASUALTY_WORDS.get(nx.l);
      if (c !== undefined && (nx.l.endsWith("ed") || nx.l === "dead" || nx.l === "missing" || nx.l === "hurt" || nx.l === "slain" || nx.l === "died")) {
        np = c;
        head = c;
        fold = undefined;
        r.fold = c;
      } else if (FOLD_VERBS.has(nx.l) && nx.l.endsWith("ed")) {
        np = FOLD_VERBS.get(nx.l) ?? nx.l;
        head = np;
        fold = undefined;
        r.fold = np;
      }
    }
  }
  if (np !== "" && fold !== undefined && !CASUALTY_NOUNS.has(head)) {
    np = `${np} ${fold}`;
    r.fold = fold;
  } else if (np !== "" && fold !== undefined) {
    r.fold = fold;
  }
  const clauseStart = r.s === 0 || toks[r.s - 1]?.kind === PUNCT || CONJUNCTIONS.has(toks[r.s - 1]?.l ?? "") || atSentenceStart(toks, r.s);
  if (np !== "" && fold === undefined && GENERIC_PEOPLE.has(head) && clauseStart) {
    // "300 people attended": the verb says what the people are.
    const v = toks[npEnd];
    if (isWord(v) && v.l.endsWith("ed") && !ED_ADJECTIVES.has(v.l)) np = `${np} ${v.l}`;
  }
  if (np === "" && !r.ordinal) {
    // "19 participated in the attack": no noun, so the verb phrase says what the number did.
    const v = toks[e];
    if (isWord(v) && v.l.endsWith("ed") && !ED_ADJECTIVES.has(v.l) && !SPORTS.has(v.l)) {
      let end = e + 1;
      while (end < toks.length && end - e < 4 && isWord(toks[end]) && !CONJUNCTIONS.has(toks[end]?.l ?? "")) end++;
      np = phrase(toks, e, end);
      head = v.l;
    }
  }
  if (np === "" && !r.ordinal && !r.words) {
    const subject = subjectBefore(toks, r.s);
    if (subject) {
      np = subject;
      head = subject.slice(subject.lastIndexOf(" ") + 1).toLowerCase();
    }
  }
  if (head === "times" && fold === undefined) {
    const v = toks[r.s - 1];
    if (isWord(v) && v.l.endsWith("ed") && !ED_ADJECTIVES.has(v.l)) np = `${np} ${v.l}`;
  }
  // "before the age of 18", "by two years-old": an age, not a count.
  if (head === "age" || head === "aged" || /^(?:years?|months?|weeks?)-old$/.test(head)) {
    r.drop = true;
    return;
  }
  if (r.ordinal) {
    // An ordinal counts only in a streak ("fifth consecutive loss") or when it stands for the last count
    // ("six after …, a seventh from police gunfire", labelled by the caller); "the sixth book" ranks.
    if (STREAK.has(toks[r.e]?.l ?? "") && r.compound === undefined) {
      r.label = np;
      r.kind = "rank";
    } else if (np !== "" || r.compound !== undefined || !(isWord(toks[r.s - 1], "a") || isWord(toks[r.s - 1], "the"))) {
      r.drop = true;
    }
    return;
  }
  // Labels that explain nothing: "almost three — times" (as many as what?), a bare unit, a glued unit with
  // nothing after it ("won the 5,000m").
  if (np === "times" || (r.glued !== undefined && np === "") || (np !== "" && np.split(" ").every((w) => GLUED_UNITS.has(w.toLowerCase())))) {
    r.drop = true;
    return;
  }
  // "10 Downing Street", "died in Germany at 50": a label that is only a proper name is an address or a name,
  // not what is counted; plural names ("Britons", "MPs") do count people.
  if (np !== "" && np.split(" ").every((w) => /^\p{Lu}/u.test(w)) && !np.endsWith("s")) {
    r.drop = true;
    return;
  }
  // "more than one rival": a count of one says nothing, unless someone died.
  if (r.words && r.value === 1 && fold === undefined && !CASUALTY_NOUNS.has(head)) {
    r.drop = true;
    return;
  }
  // "crossed the line in 6.67 secs": a time to hundredths is a race result, labelled by its event.
  if (SECONDS.has(head) && !Number.isInteger(r.value) && r.compound === undefined) {
    const event = eventIn(sentenceText, r.from);
    r.kind = "measure";
    // The unit joins the display ("6.56 seconds"), and "14 minutes 32.93 seconds" is one time, not 32.93.
    r.e = npEnd;
    const minutes = toks[r.s - 1];
    const m = toks[r.s - 2];
    if (isWord(minutes) && /^min(?:ute)?s?$/.test(minutes.l) && m !== undefined && m.kind === NUM) {
      const n = plainDigits(m.s);
      if (n !== undefined) {
        r.s -= 2;
        r.value = Math.round((r.value + Number(n) * 60) * 1000) / 1000;
      }
    }
    r.label = event === undefined ? "time" : `${event} time`;
    r.raceTime = event === undefined;
    return;
  }
  r.label = np;
  if (np === "") return;
  const firstWord = np.slice(0, np.indexOf(" ") < 0 ? np.length : np.indexOf(" ")).toLowerCase();
  if (r.compound === undefined && !DURATIONS.has(head) && DURATIONS.has(firstWord)) head = firstWord;

  // Durations are background ("the three months to December") unless the story is about a sentence or a ban.
  if (r.compound === undefined && DURATIONS.has(head)) {
    if (!SENTENCING.test(sentenceText)) {
      r.drop = true;
      return;
    }
    r.kind = "measure";
    const m = SENTENCING.exec(sentenceText);
    const what = m ? m[0].toLowerCase() : "";
    if (what === "prison" || what === "jail" || what === "jailed" || what === "imprisoned" || what === "imprison") r.label = `${np} in prison`;
    else if (what === "ban" || what === "banned") r.label = `${np} ban`;
    return;
  }
  if (r.ordinal) r.kind = "rank";
  else if (r.fold !== undefined && CASUALTY_WORDS.has(r.fold)) r.kind = "casualties";
  else if (CASUALTY_NOUNS.has(head)) r.kind = "casualties";
  else if (r.kind === "measure") r.kind = "measure";
  else if ((r.fold !== undefined && FOLD_PEOPLE.has(r.fold)) || PEOPLE.has(head)) r.kind = "people";
  else if (MEASURE_NOUNS.has(head)) r.kind = "measure";
  // "three automatic pistols": small counts in words are detail more often than news.
  if (r.words && r.value < 10 && r.kind !== "casualties") r.factor *= 0.75;
  // "2048 * 1080 pixels", "100 gigabytes": specifications, true but rarely the story.
  if (SPEC_NOUNS.has(head)) {
    r.kind = "measure";
    r.factor *= 0.3;
  }
  // "the 777 plane", "a typical episode of 24": a number before a singular noun names or describes it.
  if (r.kind === "count" && r.compound === undefined && r.value > 1 && head !== "" && !head.endsWith("s") && !COLLECTIVE.has(head) && !PEOPLE.has(head)) {
    // Right after bare digits ("777 plane", "787 Dreamliner") it is a model or a name: no count at all.
    const nx = toks[r.e];
    if (!r.words && r.qualifier === undefined && nx !== undefined && (npEnd === r.e + 1 || isCapitalised(nx))) r.drop = true;
    else r.factor *= 0.4;
  }
}

/**
 * The race a time belongs to: the last distance named before `at` in the sentence ("won the 60m in 6.56"),
 * else the first after it ("third in 7.27 seconds in the women's 60m").
 */
function eventIn(text: string, at = text.length): string | undefined {
  let found: string | undefined;
  EVENT.lastIndex = 0;
  for (let m = EVENT.exec(text); m !== null; m = EVENT.exec(text)) {
    const event = m[2] ? `${m[1]}m ${m[2]}` : `${m[1]}m`;
    if (m.index >= at) return found ?? event;
    found = event;
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Per sentence: read figures, tie changes and conversions to their amounts, label, inherit elliptical labels.

function sentenceFigures(sentence: Sentence): Raw[] {
  const text = sentence.text;
  if (!HAS_NUMBER.test(text)) return [];
  const toks = tokenize(text);
  const raws: Raw[] = [];
  for (let i = 0; i < toks.length; ) {
    const { raw, next } = readRaw(toks, i, text);
    if (raw) raws.push(raw);
    i = Math.max(next, i + 1);
  }
  if (raws.length === 0) return raws;

  for (let n = 0; n < raws.length; n++) {
    const r = raws[n];
    if (r === undefined) continue;
    const before = raws[n - 1];
    // "$1.13bn (£600m)": a conversion of the same amount.
    if (r.currency !== undefined && before?.currency !== undefined && toks[r.s - 1]?.s === "(" && before.e === r.s - 1) {
      r.drop = true;
      continue;
    }
    const after = raws[n + 1];
    // "rose from 5% to 7%", "grew from $2m to $3m": one figure, the new level, that moved from the old.
    if (after && isWord(toks[r.s - 1], "from") && isWord(toks[r.e], "to") && after.s === r.e + 1 && after.percent === r.percent && after.currency === r.currency) {
      after.previous = r.value;
      const v = r.s - 2;
      if (upDown(toks[v])) {
        const subject = verbSubject(toks, v);
        if (subject) after.label = phrase(toks, subject[0], subject[1]);
      }
      r.drop = true;
      continue;
    }
    // "jumped 76% to $1.13bn": the percentage is the amount's change.
    if (r.percent && after?.currency !== undefined && isWord(toks[r.e], "to") && after.s === r.e + 1) {
      const v = changeVerb(toks, r.s);
      const dir = upDown(toks[v]);
      if (dir) {
        after.change = { value: r.value, unit: "%", direction: dir };
        const subject = changeTopic(toks, r.s, v);
        if (subject) after.label = phrase(toks, subject[0], subject[1]);
        r.drop = true;
        continue;
      }
    }
    // "$3.36bn, up 27% from …"
    if (r.percent && before?.currency !== undefined && !before.drop && toks[before.e]?.s === "," && r.s === before.e + 2) {
      const dir = upDown(toks[before.e + 1]);
      if (dir && before.change === undefined) {
        before.change = { value: r.value, unit: "%", direction: dir };
        r.drop = true;
        continue;
      }
    }
    // "… to $11.1bn from $10.9bn": the earlier amount.
    const fromAt = toks[r.s - 1]?.l.endsWith("'s") ? r.s - 2 : r.s - 1;
    if (r.currency !== undefined && isWord(toks[fromAt], "from")) {
      for (let m = n - 1; m >= 0; m--) {
        const earlier = raws[m];
        if (earlier && !earlier.drop && earlier.currency === r.currency && earlier.previous === undefined) {
          earlier.previous = r.value;
          r.drop = true;
          break;
        }
      }
    }
  }

  let lastCount: Raw | undefined;
  for (const r of raws) {
    if (r.drop) continue;
    label(toks, r, text);
    if (r.drop) continue;
    if (r.label === "" && r.currency === undefined && !r.percent) {
      // "Seven attackers died — six after …, a seventh from …": the elided noun is the last one counted.
      // Only "a seventh"/"the third" ellipses inherit among ordinals; "ranked fourth in the world" does not.
      const elided = !r.ordinal || isWord(toks[r.s - 1], "a") || isWord(toks[r.s - 1], "the");
      if (lastCount !== undefined && elided) {
        r.label = lastCount.label;
        r.kind = lastCount.kind;
        // A breakdown of the number just given ("six after …"), so detail.
        r.factor = lastCount.factor * 0.5;
      }
    } else if (r.currency === undefined && !r.percent && r.kind !== "rank") {
      lastCount = r;
    }
    if (r.label === "") r.drop = true;
  }
  return raws.filter((r) => {
    if (r.drop) return false;
    r.from = toks[r.s]?.start ?? 0;
    r.to = toks[r.e - 1]?.end ?? 0;
    return r.to > r.from;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Ranking and de-duplication across the article.

const MAX_LABEL_WORDS = 6;

function shortLabel(label: string): string {
  const words = label.split(" ");
  return words.length <= MAX_LABEL_WORDS ? label : words.slice(0, MAX_LABEL_WORDS).join(" ");
}

function labelWords(label: string): Set<string> {
  const out = new Set<string>();
  for (const w of label.toLowerCase().split(" ")) {
    if (w.length < 2 || DETERMINERS.has(w) || PREPOSITIONS.has(w)) continue;
    out.add(w.endsWith("s") ? w.slice(0, -1) : w);
  }
  return out;
}

function sameFact(a: KeyFigure, b: KeyFigure): boolean {
  if (a.value !== b.value || a.unit !== b.unit) return false;
  if (a.kind === b.kind && (a.kind === "casualties" || a.kind === "money")) return true;
  const wa = labelWords(a.label);
  const wb = labelWords(b.label);
  if (wa.size === 0 || wb.size === 0) return a.label === b.label;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size) >= 0.5;
}

function salienceOf(salience: readonly number[] | undefined, index: number, count: number): number {
  if (salience !== undefined) {
    const s = salience[index];
    return typeof s === "number" && Number.isFinite(s) ? Math.min(1, Math.max(0, s)) : 0;
  }
  // Without the ranking, the inverted pyramid: earlier sentences matter more.
  return count <= 1 ? 1 : 1 - index / count;
}

interface Scored {
  figure: KeyFigure;
  score: number;
  position: number;
  /** The label as the repeat penalty compares it, lowercased once rather than on every pass of the pick. */
  key: string;
}

/**
 * The key figures of an article: every number that counts something, labelled from its sentence, ranked by
 * what it counts (casualties, money, people before incidental counts and measures) times the salience of its
 * sentence, the same fact said twice kept once. Dates, times, years, ages, scores, phone numbers and
 * identifiers ("Boeing 737", "Covid-19") are never figures. Deterministic; never throws on any text.
 */
export function findFigures(sentences: readonly Sentence[], options: FigureOptions = {}): KeyFigure[] {
  const limit = options.limit === undefined ? DEFAULT_FIGURES : Math.max(0, Math.floor(Number.isFinite(options.limit) ? options.limit : DEFAULT_FIGURES));
  const scored: Scored[] = [];
  const count = sentences.length;
  let byIndex: Map<number, Sentence> | undefined;
  for (const sentence of sentences) {
    const raws = sentenceFigures(sentence);
    if (raws.length === 0) continue;
    const sal = salienceOf(options.salience, sentence.index, count);
    for (const r of raws) {
      if (r.raceTime) {
        // "Gardener won the 60m … He clocked 6.56 seconds": the event is often named a sentence or two before.
        // Looked up by index, so the answer does not depend on the order the sentences arrive in.
        byIndex ??= new Map(sentences.map((x) => [x.index, x]));
        for (let k = sentence.index - 1; k >= sentence.index - 3 && k >= 0; k--) {
          const text = byIndex.get(k)?.text;
          const event = text === undefined ? undefined : eventIn(text);
          if (event !== undefined) {
            r.label = `${event} time`;
            break;
          }
        }
      }
      const figure = toFigure(sentence, r);
      if (figure === undefined) continue;
      scored.push({ figure, score: KIND_WEIGHT[r.kind] * r.factor * (0.5 + 0.5 * sal), position: r.from, key: figure.label.toLowerCase() });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.figure.sentence - b.figure.sentence || a.position - b.position);
  // Greedy pick: each figure whose label is already on the card counts for less, so four race times or four
  // "rise in X sales" percentages do not crowd out everything else; ties keep the sorted order.
  const out: KeyFigure[] = [];
  const uses = new Map<string, number>();
  const taken = new Array<boolean>(scored.length).fill(false);
  while (out.length < limit) {
    let best = -1;
    let bestScore = -1;
    for (let k = 0; k < scored.length; k++) {
      const s = scored[k];
      if (taken[k] || s === undefined) continue;
      const effective = s.score * REPEAT_PENALTY ** (uses.get(s.key) ?? 0);
      if (effective > bestScore) {
        best = k;
        bestScore = effective;
      }
    }
    const pick = scored[best];
    if (pick === undefined) break;
    taken[best] = true;
    if (out.some((f) => sameFact(f, pick.figure))) continue;
    out.push(pick.figure);
    uses.set(pick.key, (uses.get(pick.key) ?? 0) + 1);
  }
  return out;
}

const REPEAT_PENALTY = 0.6;

function toFigure(sentence: Sentence, r: Raw): KeyFigure | undefined {
  if (!Number.isFinite(r.value)) return undefined;
  const figure: KeyFigure = {
    value: r.value,
    display: sentence.text.slice(r.from, r.to),
    label: shortLabel(r.label),
    kind: r.kind,
    sentence: sentence.index,
  };
  if (r.qualifier !== undefined) figure.qualifier = r.qualifier;
  if (r.currency !== undefined) figure.unit = r.currency;
  else if (r.percent) figure.unit = r.points ? "pp" : "%";
  if (r.valueMax !== undefined) figure.valueMax = r.valueMax;
  if (r.change !== undefined) figure.change = r.change;
  if (r.previous !== undefined) figure.previous = r.previous;
  return figure;
}

// ---------------------------------------------------------------------------------------------------------------
// Captions: the label with the change the article reports, for the card.

// The amount as the display writes it: currency before, digits, scale, then what follows ("euros", "%", "p").
const DISPLAY_AMOUNT = /^(US\$|A\$|C\$|HK\$|NZ\$|S\$|[$£€¥₹]|[A-Z]{3} )?(\d[\d,]*(?:\.\d+)?)(\s?)(?:(bn|billion|mn|mln|million|m|k|thousand|tn|trn|trillion)\b)?(.*)$/;
const WORD_SCALES = new Set(["billion", "million", "thousand", "trillion"]);

/** Digits grouped by thousands; `fixed` keeps trailing zeros ("$0.90" beside "$1.20"), else they are trimmed. */
function grouped(n: number, decimals: number, fixed = false): string {
  const [whole = "0", fraction] = (fixed ? n.toFixed(decimals) : String(Number(n.toFixed(decimals)))).split(".");
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? digits : `${digits}.${fraction}`;
}

/**
 * An earlier amount written the way the figure's display writes its own: same currency sign or word, same
 * style of scale ("$1.13bn" → "$639m", "2.9bn euros" → "3.1bn euros", "50 million euros" → "45 million euros",
 * "7%" → "5%", "8.5 cents" → "6.8 cents"), so the two read side by side.
 */
function formatLike(f: KeyFigure, amount: number): string | undefined {
  if (!Number.isFinite(amount)) return undefined;
  const q = f.qualifier;
  const display = q !== undefined && f.display.toLowerCase().startsWith(`${q} `) ? f.display.slice(q.length + 1) : f.display;
  const m = DISPLAY_AMOUNT.exec(display);
  if (m === null) return grouped(amount, 2);
  const [, prefix = "", digits = "", space = "", scale, rest = ""] = m;
  const places = digits.includes(".") ? (digits.split(".")[1] ?? "").length : 0;
  // Pence and cents: the value is in pounds or dollars, the display in hundredths.
  const minor = f.unit !== undefined && f.unit !== "%" && f.unit !== "pp" && /^\s?(?:p|pence|cents?)\b/.test(rest);
  const n = minor ? amount * 100 : amount;
  // Without a scale the space the pattern took belongs to what follows ("1,400 yen").
  if (scale === undefined) return `${prefix}${places > 0 ? grouped(n, places, true) : grouped(n, 2)}${space}${rest}`;
  const words = WORD_SCALES.has(scale);
  const steps: [number, string, string][] = [
    [1e12, "tn", "trillion"],
    [1e9, "bn", "billion"],
    [1e6, "m", "million"],
  ];
  if (scale === "k" || scale === "thousand") steps.push([1e3, "k", "thousand"]);
  const a = Math.abs(n);
  const step = steps.find(([size]) => a >= size);
  if (step === undefined) return `${prefix}${grouped(n, 2)}${rest}`;
  const [size, abbreviation, word] = step;
  const scaled = String(Number((n / size).toFixed(3)));
  return `${prefix}${scaled}${words ? `${space || " "}${word}` : `${space}${abbreviation}`}${rest}`;
}

/**
 * What the card prints beside a figure: its label, and the change and earlier amount when the article gives
 * them, "quarterly profits (up 76%, from $639m)"; the label alone otherwise.
 */
export function figureCaption(f: KeyFigure): string {
  const parts: string[] = [];
  if (f.change !== undefined && Number.isFinite(f.change.value)) parts.push(`${f.change.direction} ${grouped(f.change.value, 2)}%`);
  const previous = f.previous === undefined ? undefined : formatLike(f, f.previous);
  if (previous !== undefined) parts.push(`from ${previous}`);
  if (parts.length === 0) return f.label;
  return f.label === "" ? parts.join(", ") : `${f.label} (${parts.join(", ")})`;
}
