// A verb's past participle from whatever form the sentence gives it ("cancel", "covers", "wrote", "cutting"), for a
// label that names a thing by what was done to it ('share of loans cancelled', 'share of debt written off'). wink's
// light model tags but does not lemmatise in the POS stage this reader runs (pos.ts), so a regular verb is inflected by
// rule and an irregular one looked up.

/**
 * Irregular verbs that take an object, as "base past participle": the forms a regular rule would get wrong. A verb
 * whose participle is its past ("sold") is listed all the same, so that its base ("sell") finds it.
 */
const IRREGULAR_VERBS = [
  "bear bore borne", "beat beat beaten", "bid bid bid", "bite bit bitten", "blow blew blown", "break broke broken",
  "bring brought brought", "build built built", "buy bought bought", "cast cast cast", "catch caught caught",
  "choose chose chosen", "cut cut cut", "deal dealt dealt", "dig dug dug", "do did done", "draw drew drawn",
  "drink drank drunk", "drive drove driven", "eat ate eaten", "feed fed fed", "fight fought fought", "find found found",
  "fly flew flown", "forget forgot forgotten", "forgive forgave forgiven", "freeze froze frozen", "get got got",
  "give gave given", "grow grew grown", "hang hung hung", "have had had", "hear heard heard", "hide hid hidden",
  "hit hit hit", "hold held held", "hurt hurt hurt", "keep kept kept", "know knew known", "lay laid laid", "lead led led",
  "leave left left", "lend lent lent", "let let let", "light lit lit", "lose lost lost", "make made made", "mean meant meant",
  "meet met met", "pay paid paid", "put put put", "quit quit quit", "read read read", "ride rode ridden", "run ran run",
  "say said said", "see saw seen", "seek sought sought", "sell sold sold", "send sent sent", "set set set",
  "shake shook shaken", "shed shed shed", "shoot shot shot", "show showed shown", "shut shut shut", "sink sank sunk", "sit sat sat",
  "speak spoke spoken", "spend spent spent", "split split split", "spread spread spread", "steal stole stolen",
  "stick stuck stuck", "strike struck struck", "sweep swept swept", "take took taken", "teach taught taught",
  "tear tore torn", "tell told told", "think thought thought", "throw threw thrown", "wear wore worn", "win won won",
  "withdraw withdrew withdrawn", "withhold withheld withheld", "write wrote written",
];

/** Each irregular verb's base, past and participle, and the base with a prefix ("rebuild", "overtake"), to its participle. */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  IRREGULAR_VERBS.flatMap((v) => {
    const [base = "", past = "", participle = ""] = v.split(" ");
    return [base, past, participle].map((form) => [form, participle] as [string, string]);
  }),
);

/** Prefixes that leave an irregular verb irregular: "rebuilt", "undertaken", "overtaken", "mistaken". */
const PREFIX = /^(?:re|un|over|under|mis|out|with|up)(?=[a-z]{3})/;

/** The participle of an irregular verb's form, prefix and all ("rewrote" → rewritten); undefined for a regular verb. */
function irregular(form: string): string | undefined {
  const whole = IRREGULAR.get(form);
  if (whole !== undefined) return whole;
  const prefix = PREFIX.exec(form)?.[0];
  const rest = prefix === undefined ? undefined : IRREGULAR.get(form.slice(prefix.length));
  return rest === undefined ? undefined : `${prefix}${rest}`;
}

/** A regular base's "-ed" form: "cover" → covered, "close" → closed, "carry" → carried, "stop" → stopped, "cancel" → cancelled. */
function regularPast(base: string): string {
  if (base.endsWith("e")) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  // One vowel before a last consonant: a one-syllable verb doubles it ("stopped"), and British spelling any "-l" ("cancelled").
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(base) || /[^aeiou][aeiou]l$/.test(base)) return `${base}${base.at(-1)}ed`;
  return `${base}ed`;
}

/**
 * The past participle of a verb form, lowercased: "cancel" → cancelled, "covers" → covered, "affects" → affected,
 * "wrote" → written, "cutting" → cut, "reaches" → reached; a form already a participle is itself.
 */
export function pastParticiple(form: string): string {
  const known = irregular(form);
  if (known !== undefined) return known;
  if (form.endsWith("ed")) return form;
  if (form.endsWith("ing") && form.length > 4) {
    // "-ing" already spells what "-ed" does, a doubled consonant ("cancelling", "stopping") or a dropped "e" ("closing"):
    // "-ed" goes on the stem as it stands, or an irregular base is found in it ("writing", "cutting", "selling").
    const stem = form.slice(0, -3);
    const known = irregular(stem) ?? irregular(`${stem}e`) ?? (/([bdgmnpt])\1$/.test(stem) ? irregular(stem.slice(0, -1)) : undefined);
    if (known !== undefined) return known;
    return /[^aeiou]y$/.test(stem) ? `${stem.slice(0, -1)}ied` : `${stem}${stem.endsWith("e") ? "d" : "ed"}`;
  }
  if (/ies$/.test(form)) return `${form.slice(0, -3)}ied`;
  if (/(?:ch|sh|ss|x|z)es$/.test(form)) return `${form.slice(0, -2)}ed`;
  if (form.endsWith("s") && !form.endsWith("ss")) {
    const base = form.slice(0, -1);
    return irregular(base) ?? regularPast(base);
  }
  return regularPast(form);
}
