// Word classes. Built once at module load; every lookup below is a Set/Map probe on a lowercased token.

const set = (words: string): ReadonlySet<string> => new Set(words.split(" "));

/** A word → class map from each class's words, one string a class: labels of one class may name one thing. */
export function wordClasses(byClass: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  return new Map(Object.entries(byClass).flatMap(([c, words]) => words.split(" ").map((w): [string, string] => [w, c])));
}

/** The class of a label: that of its first word a class holds. */
export function labelClass(classes: ReadonlyMap<string, string>, label: string): string | undefined {
  for (const w of label.toLowerCase().split(" ")) {
    const c = classes.get(w);
    if (c !== undefined) return c;
  }
  return undefined;
}

/**
 * Nouns of a change a percent is labelled by when it says how an amount moved ("a 45 per cent decrease", "an increase
 * of 61 per cent"): change-of.ts, change-in.ts and figure-anaphor.ts name what moved from the amount beside it.
 */
export const CHANGE_NOUNS = set("rise increase decrease fall drop cut jump reduction decline boost gain hike slump surge dip growth climb leap");

export const PREPOSITIONS = set(
  "of in on at for from to with by about over under after before since during into than as per between among across against through without within near off onto upon via including like amid despite toward towards behind beyond inside outside throughout until till versus vs",
);
export const CONJUNCTIONS = set("and or but nor so yet while whilst when where which who whom whose that because if though although whether");
/** The articles, which a label names a thing without: "since the first mammal was cloned" → since first mammal cloned. */
export const ARTICLES = set("the a an");
export const DETERMINERS = set("a an the this that these those its their his her our my your some any each every all both no another such other");
/** Possessive determiners: whose a noun is ("their qualifying campaign", "his second career title"). */
export const POSSESSIVES = set("my your his her its our their");
export const PRONOUNS = set("it they he she we you i them him us me there here itself themselves himself herself one ones");
export const AUXILIARIES = set(
  "is are was were be been being have has had do does did will would can could may might must shall should 's 're 'll 'd not don't doesn't didn't won't can't cannot isn't aren't wasn't weren't haven't hasn't hadn't wouldn't couldn't shouldn't",
);
export const ADVERBS = set(
  "overnight yesterday today tonight tomorrow now ago earlier later last next also still already just only even more less then again so too very almost nearly further instead respectively worldwide nationwide statewide countrywide annually globally abroad overseas alone out adrift above below clear up down away back ahead behind apart aside off rather each apiece altogether alone together previously currently recently reportedly allegedly plus year-earlier year-on-year a-year",
);
export const VERBS = set(
  "live work stay use play earn own said says say told tell according came come comes went go goes got get gets made make makes took take takes gave give gives saw see sees seen left won win wins found find held hold holds met meet sent send spent spend paid pay pays put set hit run ran fell fall falls rose rise rises grew grow grows became become becomes remain remains face faces include includes show shows want wants need needs expect expects think thinks know knows believe believes",
);
/** A year written in digits, 1900–2099: "in 2003", "from £5.2m in February 2014". */
export const YEAR_DIGITS = /^(?:19|20)\d\d$/;
export const MONTHS = set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
);
export const WEEKDAYS = set("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun");
export const TIME_WORDS = set("am pm a.m. p.m. o'clock gmt bst est edt cet cest utc pst pdt cst cdt et pt hrs local");
// Words whose number after them names one of a kind, no count: "Article 5", "phase 2", "omega 3" (a fatty acid's name,
// read as a count of the oils after it on card audit 40's sample AH).
export const IDENTIFIER_WORDS = set(
  "top no number article section chapter page room flight route platform line level grade stage phase version episode season series paragraph clause rule item gate terminal channel track act resolution bill proposition amendment highway interstate exit lot apartment suite vol volume book part psalm verse ward zone district lane junction block pier code category model type size tier division omega",
);
/** Words whose number word after them says which one, not how many: "stage three", "series two" (read.ts). */
export const STAGE_WORDS = /^(?:stage|grade|phase|category|tier|level|season|series|chapter|episode|act|part)$/;
export const AGE_BEFORE = set("aged age ages");
export const DAYPARTS = set("morning afternoon evening night");
export const SPORTS = set(
  "win wins won winning defeat defeated defeats beat beats beaten draw draws drew drawn lead led victory loss lost score scored scoreline thrashing triumph goal goals match game final half-time",
);
export const PERIOD_NOUNS = set(
  "quarter quarters half day days week weeks month months year years time times round rounds term terms minute minutes hour hours century centuries season seasons anniversary decade decades night nights morning afternoon evening generation birthday innings over overs leg stage",
);
export const DURATIONS = set(
  "quarters years year yrs yr months month weeks week days day hours hour hrs minutes minute mins seconds second secs sec decades decade centuries century nights night seasons season",
);
// A duration given to hundredths ("6.56 seconds", "21.07 secs") is a race time, which is the result of the race.
export const SECONDS = set("seconds second secs sec");
// "in 21.07 secs": the event a time belongs to is the distance named nearby ("60m", "200m", "110m hurdles").
export const EVENT = /(?<![\d,.])(\d{1,2},\d{3}|\d{2,5})m\b(?:\s+(hurdles|relay|steeplechase|freestyle|backstroke|breaststroke|butterfly|medley|sprint|final))?/g;
export const SENTENCING = /\b(?:jail|jailed|prison|imprison|imprisoned|sentenced|sentence|ban|banned|suspended|suspension)\b/i;
// The rungs a ranking is climbed or counted by: "three places below her opponent" is a gap (rank-gap.ts), "jumped over
// 20 places" more than 20, no crossing (motion-over.ts).
export const RANKING_RUNGS = set("places place spots spot positions position rungs rung steps step notches notch ranks rank slots slot");
export const MEASURE_NOUNS = set(
  "years months weeks days hours minutes seconds decades miles mile kilometres kilometers km metres meters m feet ft foot inches inch acres hectares tonnes tons tonne ton kilograms kilos kg grams pounds lbs litres liters gallons barrels degrees mph km/h knots storeys stories floors square sq points yards yard laps acre hectare metre meter kilometre kilometer litre liter gallon barrel kilogram gram grammes gramme kilogrammes kilogramme milligrammes milligramme microgrammes microgramme centimetres centimeters centimetre centimeter millimetres millimeters millimetre millimeter ounces ounce oz lb stone pints pint milligrams milligram micrograms microgram millilitres milliliters nanometres nanometers light-years light-year volts watts megawatts quarts tablespoons tablespoon teaspoons teaspoon",
);
// "g": grams ("20g of sugar"), glued only; a capital "G" after digits is a mobile network's generation ("3G", "4G"),
// which unitAfter and type.ts leave out.
export const GLUED_UNITS = set("km kg mm cm m mph ft lb lbs oz mw gw kw kwh gb mb tb ml mg g c f sq yds kph st tbsp tsp");
/**
 * Glued units that are units too when a space sets them apart ("101 mph", "5 km"); a lone "m", "c", "f", "st" or "sq"
 * after a number is as often a scale, a name's letter, or the start of "sq ft".
 */
export const SPACED_UNITS = set("km kg mm cm mph ft lb lbs oz mw gw kw kwh gb mb tb ml mg yds kph tbsp tsp");

/** Sizes a glued unit is hyphened to: "a 5km-long tunnel", "a 90ft-high bridge". */
const GLUED_SIZES = set("long wide high tall deep thick");

/**
 * The unit of a word glued to a number ("5km", "13lbs"), also hyphened to a size ("a 5km-long tunnel"); else
 * undefined. Hyphened to a noun it names something ("a 1,200lb-man"), and is no unit.
 */
export function gluedUnit(w: string): string | undefined {
  if (GLUED_UNITS.has(w)) return w;
  const cut = w.indexOf("-");
  return cut > 0 && GLUED_UNITS.has(w.slice(0, cut)) && GLUED_SIZES.has(w.slice(cut + 1)) ? w.slice(0, cut) : undefined;
}
/**
 * A unit hyphened to a size or an age ("minute-long", "foot-long", "year-old", "years-old"): after digits set apart
 * by a space ("The 11 minute-long video") it is the compound it would be hyphened to them ("11-minute-long").
 */
export function sizedUnit(w: string): boolean {
  const cut = w.indexOf("-");
  const unit = w.slice(0, cut);
  return cut > 0 && (DURATIONS.has(unit) || MEASURE_NOUNS.has(unit)) && (GLUED_SIZES.has(w.slice(cut + 1)) || /^olds?$/.test(w.slice(cut + 1)));
}
export const PEOPLE = set(
  "people persons person others men women children kids boys girls babies adults civilians soldiers troops police officers policemen workers employees staff jobs residents voters votes ballots delegates members students pupils teachers doctors nurses patients passengers migrants refugees asylum-seekers fans protesters demonstrators spectators attackers gunmen militants fighters rebels insurgents suspects hostages prisoners inmates detainees victims survivors subscribers customers users viewers visitors listeners readers tourists pilgrims immigrants families households citizens nationals britons americans pensioners homeowners shareholders investors players athletes volunteers firefighters crew sailors journalists lawmakers mps senators candidates jurors arrests",
);
/** Who carried out an attack: their deaths are news, but the victims' toll comes first. */
export const PERPETRATORS = set("attackers gunmen militants bombers assailants hijackers insurgents terrorists jihadists gunman attacker");
export const GENERIC_PEOPLE = set("people persons others men women children those them");
// A count of something singular ("the 777 plane", "a typical episode of 24") names or describes; it does not count.
export const COLLECTIVE = set("crowd audience staff police personnel crew cattle livestock equipment public workforce");
// Technical specifications: true, but rarely what a story is about.
export const SPEC_NOUNS = set(
  "pixels megapixels resolution resolutions gigabytes megabytes terabytes kilobytes bytes bits gb mb tb kb kbps mbps gbps ghz mhz hz fps frames dpi rpm cc bhp horsepower lines cores",
);
// A streak is a count said as an ordinal: "fifth consecutive loss" is five losses.
export const STREAK = set("consecutive straight successive");
// A money label that is only the verb that moved it ("sold for $52,500") says it better as a noun.
export const MONEY_NOUNS: ReadonlyMap<string, string> = new Map([
  ["sold", "sale price"], ["selling", "sale price"], ["sell", "sale price"], ["fetched", "sale price"], ["fetch", "sale price"],
  ["fetching", "sale price"], ["bought", "purchase price"], ["buying", "purchase price"], ["buy", "purchase price"],
  // "has been purchased for AUD $6.75 million": bought in other words (sweep 41 read the island's place instead).
  ["purchased", "purchase price"], ["purchasing", "purchase price"],
  ["paid", "payment"], ["pay", "payment"], ["paying", "payment"], ["cost", "cost"], ["costs", "cost"], ["costing", "cost"],
  ["spend", "spending"], ["spent", "spending"], ["spending", "spending"], ["earned", "earnings"], ["earn", "earnings"],
  ["lent", "loan"], ["lend", "loan"], ["borrowed", "borrowing"], ["borrow", "borrowing"], ["owed", "debt"], ["owe", "debt"],
  ["owes", "debt"], ["fined", "fine"], ["fine", "fine"], ["invested", "investment"], ["invest", "investment"],
  ["raised", "raised"], ["raising", "raised"], ["raise", "raised"], ["raises", "raised"], ["lost", "loss"], ["lose", "loss"],
  ["loses", "loss"], ["losing", "loss"], ["transferred", "transfer"], ["saved", "savings"],
  ["awarded", "award"], ["won", "winnings"], ["grossed", "box office takings"], ["gross", "box office takings"],
  ["generated", "revenue"], ["received", "sum received"], ["earns", "earnings"], ["earning", "earnings"], ["pays", "payment"], ["charged", "charge"], ["offered", "offer"], ["bid", "bid"],
  // "our last conversation he wanted $8,000 to $10,000", "Blackburn want £6m for the midfielder": money wanted is asked
  // for, as asked-for.ts names it; the reading took the frame ("conversation") or the "for" phrase instead (audit 21, O).
  ["want", "sum requested"], ["wants", "sum requested"], ["wanted", "sum requested"], ["wanting", "sum requested"],
  ["claim", "claim"], ["claimed", "claim"], ["claiming", "claim"], ["demand", "demand"], ["demanded", "demand"], ["demanding", "demand"],
  ["donate", "donation"], ["donates", "donation"], ["donated", "donation"], ["donating", "donation"],
  ["pledge", "pledge"], ["pledges", "pledge"], ["pledged", "pledge"], ["pledging", "pledge"],
  ["repay", "repayment"], ["repays", "repayment"], ["repaid", "repayment"], ["repaying", "repayment"],
  // "went on sale in mid-November priced $150" ("priced at" is valued: label.ts).
  ["priced", "price"],
]);
// "£102.80 a week", "$15 an hour": a rate, labelled by its period.
export const RATE_PERIODS = set("hour day week month year night head person");
export const CASUALTY_WORDS: ReadonlyMap<string, string> = new Map([
  ["killed", "killed"], ["kill", "killed"], ["kills", "killed"], ["killing", "killed"], ["slain", "killed"],
  ["massacred", "killed"], ["murdered", "murdered"], ["dead", "dead"], ["died", "died"], ["die", "died"],
  ["dying", "died"], ["wounded", "wounded"], ["wounding", "wounded"], ["injured", "injured"], ["injuring", "injured"],
  ["hurt", "hurt"], ["missing", "missing"], ["hospitalised", "hospitalised"], ["hospitalized", "hospitalized"],
  ["drowned", "drowned"], ["executed", "executed"], ["slaughtered", "killed"], ["slaughtering", "killed"], ["massacring", "killed"],
]);
export const CASUALTY_NOUNS = set("lives deaths dead casualties fatalities injuries victims bodies wounded injured death toll killed");
// Verbs whose object is what a number counts: "lost 464,000 subscribers" → "subscribers lost".
export const FOLD_VERBS: ReadonlyMap<string, string> = new Map([
  ["lost", "lost"], ["lose", "lost"], ["losing", "lost"], ["cut", "cut"], ["cutting", "cut"], ["shed", "shed"],
  ["axed", "axed"], ["added", "added"], ["adding", "added"], ["created", "created"], ["creating", "created"],
  ["hired", "hired"], ["fired", "fired"], ["sacked", "sacked"], ["arrested", "arrested"], ["detained", "detained"],
  ["evacuated", "evacuated"], ["rescued", "rescued"], ["displaced", "displaced"], ["deported", "deported"],
  ["seized", "seized"], ["seize", "seized"], ["seizing", "seized"], ["sold", "sold"], ["recalled", "recalled"], ["freed", "freed"], ["released", "released"],
  ["charged", "charged"], ["convicted", "convicted"], ["jailed", "jailed"], ["affected", "affected"],
  ["infected", "infected"], ["trapped", "trapped"], ["stranded", "stranded"], ["questioned", "questioned"],
  ["kidnapped", "kidnapped"], ["abducted", "abducted"], ["evicted", "evicted"], ["vaccinated", "vaccinated"],
]);
/** Nouns of a deed before "of" and the count it was done to, with the deed's label form ("the death of 412 people"). */
export const DEED_NOUNS: ReadonlyMap<string, string> = new Map([
  ["death", "died"], ["deaths", "died"], ["killing", "killed"], ["killings", "killed"], ["murder", "murdered"],
  ["murders", "murdered"], ["loss", "lost"], ["losses", "lost"], ["arrest", "arrested"], ["arrests", "arrested"],
  ["evacuation", "evacuated"], ["rescue", "rescued"], ["release", "released"], ["deportation", "deported"],
  ["sacking", "sacked"], ["creation", "created"], ["kidnapping", "kidnapped"], ["abduction", "abducted"],
  ["execution", "executed"], ["executions", "executed"],
]);
export const FOLD_PEOPLE = set(
  "arrested detained evacuated rescued displaced deported freed released charged convicted jailed infected trapped stranded questioned kidnapped abducted hired fired sacked evicted vaccinated",
);
/** Words before "to" that make the verb after it an aim, not a deed: "tried to kill", "a plot to murder", "hoped to get £9m"
 * (fold.ts, received.ts). */
export const AIMS: ReadonlySet<string> = new Set([
  "try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting", "plot", "plots", "plotted", "plotting",
  "plan", "plans", "planned", "planning", "threaten", "threatens", "threatened", "threatening", "intent", "intend", "intends",
  "intended", "intending", "designed", "aimed", "aiming", "conspired", "conspiring", "conspiracy", "want", "wants", "wanted",
  "wanting", "vowed", "vowing", "sought", "seeking", "hoping", "hoped", "ready", "willing", "prepared", "bid",
]);

export const SKIP_BEFORE_FOLD = set("have has had were was been being also reportedly now already allegedly all");
/** Forms of "get", which makes a passive ("got arrested", "three get taken out"): event-after.ts, settled-count.ts. */
export const GET_FORMS: ReadonlySet<string> = new Set(["get", "gets", "got", "getting"]);
export const SKIP_AFTER_NP = set("still could would may might will be were was are is have has had been being reportedly also later all allegedly now who that feared believed confirmed");
export const UP_VERBS = set(
  "rose rise rises risen rising jumped jump jumps jumping climbed climb climbs gained gain gains grew grow grows grown growing increased increase increases up soared soar surged surge boosted boost higher advanced rallied leapt leaped rocketed doubled swelled increasing raised raising lifted lifting hiked hiking climbing soaring surging gaining advancing rallying tripled quadrupled",
);
export const DOWN_VERBS = set(
  "fell fall falls fallen falling dropped drop drops declined decline declines reduce reduces slumped slump slumps slid slide down lower plunged plunge plummeted tumbled tumble sank sink shrank shrink decreased decrease dipped dip eased sagged shrunk contracted reduced reducing cutting lowered lowering slashed slashing slipped slip slips slipping dived dropping declining plunging tumbling sliding sinking easing halved",
);
export const LINK_WORDS = set(
  "at was is were are stood stands remained remains reached reach reaches hit hits to of by totalled totaled totalling worth valued costing cost costs be been estimated put amounted amounting",
);
// "fell 30ft", "ran 26 miles": the motion that covered a distance names it when no noun does.
export const MOTION_NOUNS: ReadonlyMap<string, string> = new Map([
  ["fell", "fall"], ["fallen", "fall"], ["plunged", "fall"], ["plummeted", "fall"], ["dropped", "drop"],
  ["jumped", "jump"], ["leapt", "leap"], ["climbed", "climb"], ["ran", "run"], ["run", "run"],
  ["walked", "walk"], ["swam", "swim"], ["cycled", "ride"], ["rode", "ride"], ["drove", "drive"],
  ["flew", "flight"], ["sailed", "voyage"], ["hiked", "hike"], ["travelled", "journey"], ["traveled", "journey"],
]);
// "24% higher than in 2003": a comparative after a percentage says which way the amount before it moved.
export const COMPARATIVES: ReadonlyMap<string, "up" | "down"> = new Map([
  ["higher", "up"], ["more", "up"], ["bigger", "up"], ["greater", "up"], ["larger", "up"], ["up", "up"],
  ["lower", "down"], ["less", "down"], ["smaller", "down"], ["fewer", "down"], ["down", "down"], ["cheaper", "down"],
]);
// "the market is likely to grow": words between a subject and the verb that says what it does.
export const RAISING = set("likely unlikely expected set forecast predicted projected due poised tipped going able certain bound supposed seen");
// "profits at US media giant TimeWarner", "profit before exceptional items", "exports to the EU", "complaints about
// late trains", "crimes against Asians": the head is before these.
export const HEAD_JUMP = set("at of for in on from to before after excluding including with among about against");
// "including 15 from abroad", "Visitors from overseas": adverbs that name a place away, as a preposition's object.
export const AWAY_ADVERBS = set("abroad overseas elsewhere");
// The same, with the adverbs of a place near or pointed at ("Spending at home", "the people there").
export const PLACE_ADVERBS = set("abroad overseas elsewhere home nearby afar there here");
export const MONEY_VERBS = set(
  "pay pays paid paying cost costs costing earn earns earned earning spend spends spent spending raise raised raising gross grossed sell sold selling buy bought fine fined invest invested borrow borrowed owe owes owed lend lent charge charged save saved generate generated bring brought receive received award awarded give given offer offered won win bid claim claimed claiming demand demanded demanding",
);
// Words in -ly that are adjectives or nouns, not adverbs.
export const LY_WORDS = set("quarterly monthly weekly daily yearly nightly hourly early elderly friendly deadly costly family rally ally assembly supply italy july monopoly anomaly");
// Words in "-ed" that are adjectives, no participles: a noun phrase runs past them ("red onion", "armed men").
export const ED_ADJECTIVES = set(
  "armed injured wounded suspected retired unidentified unnamed skilled registered confirmed reported alleged armoured armored unarmed undocumented talented qualified estimated combined disabled elderly red",
);
// "as little as $6", "a mere £20", "an average of £1,840", "in the region of £12million": hedges of the amount like
// "as much as" and "only" (and an average is no exact count), never what the number counts.
export const QUALIFIERS: readonly (readonly string[])[] = [
  "somewhere in the region of", "in the region of", "in the order of", "no fewer than", "no more than", "not more than", "no less than", "not less than", "in excess of", "as many as", "as much as", "as few as", "as little as", "as late as", "as long as", "as far as", "an average of", "a mere",
  "a minimum of", "a maximum of",
  "an estimated", "at least", "at most", "more than", "less than", "fewer than", "up to", "close to", "upwards of",
  "just over", "just under", "well over", "well under", "nearly", "almost", "about", "around", "roughly",
  "approximately", "some", "over", "under", "estimated", "only", "just", "barely", "exactly", "precisely",
  "approx", "circa",
].map((q) => q.split(" "));

/**
 * Singular nouns of a person, whose "was 13" is an age ("their little girl was about three", type.ts) and whose
 * "under 16" is one too ("a girl under 16", age-bound.ts).
 */
export const PERSON_NOUNS = new Set([
  "man", "woman", "boy", "girl", "son", "daughter", "husband", "wife", "child", "kid", "baby", "teenager", "teen", "brother",
  "sister", "mother", "father", "mum", "mom", "dad", "victim", "person", "player", "student", "pupil", "suspect", "friend",
]);

/** Nouns that say how much of something there is, not what: "the number of mobile users", "the amount of debt". */
export const QUANTITY_NOUNS = set("number numbers amount amounts total level levels volume count");
/** Nouns of kinds, sets or containers, which say what is counted or priced only with the thing after their "of". */
export const KIND_NOUNS = set("type types kind kinds sort sorts variety varieties brand brands flavour flavours flavor flavors species strain strains pair pairs set sets bottle bottles glass glasses cup cups can cans packet packets box boxes bag bags piece pieces");

/** Words between a part's "of the" and the whole it is out of: "two of their last 10 games", "three of the first five". */
export const WHOLE_WINDOWS = set("last first next past previous final opening");
// Forms of "be": a participle after one is passive ("were seen"), an amount after one is what the subject is.
export const BE_FORMS = set("is are was were be been being 's 're");
// Forms of "have" as a perfect's auxiliary: "have been approved", "has since", "had seen".
export const HAVE_FORMS = set("have has had");

/**
 * Whether a word is spelt as a regular past participle ("-ed", "-en": "stolen", "earmarked"): a guess by spelling, for
 * the rules that ask it of a word the tagger has already called a verb or that stands where a participle would.
 */
export function participleSpelling(word: string): boolean {
  return /(?:ed|en)$/.test(word);
}

/** Participles that end in neither "-ed" nor "-en": "have been lost", "were sold", "still held", "still stuck". */
export const IRREGULAR_PARTICIPLES = set(
  "lost sold held made paid found built hit hurt shut cut kept left sent spent won caught bought brought taught set stuck bred shot dug shown grown flown drawn known thrown blown",
);

/**
 * Whether a word reads as a past participle by its form, regular ("charged", "taken") or not ("sold", "held"): one
 * list for the rules that read a state after a copula (them-state.ts, still-state.ts), which each kept their own.
 */
export function participleForm(word: string): boolean {
  return participleSpelling(word) || IRREGULAR_PARTICIPLES.has(word);
}
// Particles of a phrasal verb: "taken away", "paid out", "set aside", "carried on".
export const PARTICLES = set("out off up down away back aside");

/** The forms of "take": money or a time they govern is what a thing cost or took ("take £40m to stage", "took nine
 * hours for crews to remove"). */
export const TAKE_FORMS = set("take takes took taking taken");
/** Verbs a duration after is the length of their subject, or the time their purpose took: "lasted", "took". */
export const LASTING = set("lasted last lasts lasting took take takes taking taken");
/** Verbs that spend a duration on what follows it: "spent eight years with the Argentine side", "is serving 14 years for manslaughter". */
export const SPENDING = set("spent spend spends spending served serve serves serving");

/**
 * Verbs that report speech: "said they were", "told police that", "warned the figure would". Only the forms that are no
 * noun too: "claims", "reports", "states" name things as often as they say them.
 */
export const SPEECH_VERBS = set("say says said saying tell told claim claimed insist insisted admitted agreed announced reported revealed stated warned confirmed added");
/** Verbs of belief, knowing and wishing: "think they will", "knew the Duke had", "wanted the club to". */
export const MIND_VERBS = set("think thinks thought believe believes believed know knows knew feel feels felt fear feared expect expected want wants wanted");
/** Verbs of taking a side: "21 per cent backed Mr Miliband", "30 per cent favoured a ban", "12 per cent opposed it". */
export const STANCE_VERBS = set(
  "back backed backing support supports supported supporting favour favours favoured favouring favor favors favored favoring oppose opposes opposed opposing reject rejects rejected rejecting endorse endorsed endorsing prefer prefers preferred",
);
/** Verbs whose object is a clause: what follows them is the thing said or thought, not the verb's own object. */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...MIND_VERBS]);

/** Modal verbs: what follows them has not happened ("will sell out in an hour", "could have finished in a day"). */
/** Verbs of saying or thinking an attribution is made with: "critics say", "analysts believe", "rescuers say". */
export const ATTRIBUTION_VERBS = set(
  "say says said claim claims claimed believe believes believed argue argues argued warn warns warned estimate estimates estimated fear fears feared think thinks thought",
);

/** Words that deny a verb or an infinitive: "pledging not to apply", "never to return". */
export const DENIALS = set("not never");
/** Adverbs that deny what their verb says: a label that left one out would say the opposite ("have never sent"). */
export const NEGATIVE_ADVERBS = set("never hardly rarely seldom barely scarcely");
export const MODALS = set("will would can could may might should must shall 'll 'd");
/** Modals of possibility: their verb is a chance, not a fact ("could be cut", "could win a sixth title"). */
export const POSSIBILITY_MODALS = set("could may might");
/** Quotation marks, straight and curly, opening and closing. */
export const QUOTE_MARKS = set(`' " ‘ ’ “ ”`);
/** The quotation marks that open a quote (a curly closing mark opens none). */
export const OPENING_QUOTES = set(`' " ‘ “`);
