/**
 * English number words and amounts, as a compact table.
 *
 * Why not a library: compromise (the one well-kept option that finds numbers in running text) is a 358 KB
 * build, takes ~220 ms to load and ~17 ms per article, a hundred times the figures budget; words-to-numbers
 * rewrites whole strings (no offsets) and pulls babel-runtime 6 and clj-fuzzy. News uses a few dozen number
 * words, so a table that is built once at module load is smaller and faster than either.
 */

const UNIT_WORDS = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
] as const;
const TEN_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"] as const;
const ORDINAL_UNITS = [
  "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
  "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
] as const;
const ORDINAL_TENS = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"] as const;

function table(): { cardinal: Map<string, number>; ordinal: Map<string, number> } {
  const cardinal = new Map<string, number>();
  const ordinal = new Map<string, number>();
  UNIT_WORDS.forEach((w, i) => cardinal.set(w, i));
  ORDINAL_UNITS.forEach((w, i) => ordinal.set(w, i));
  TEN_WORDS.forEach((t, i) => {
    const tens = (i + 2) * 10;
    cardinal.set(t, tens);
    ordinal.set(ORDINAL_TENS[i] ?? t, tens);
    for (let u = 1; u <= 9; u++) {
      cardinal.set(`${t}-${UNIT_WORDS[u]}`, tens + u);
      ordinal.set(`${t}-${ORDINAL_UNITS[u]}`, tens + u);
    }
  });
  ordinal.set("hundredth", 100);
  ordinal.set("thousandth", 1000);
  ordinal.set("millionth", 1e6);
  return { cardinal, ordinal };
}

const TABLES = table();

/** "three" → 3, "twenty-five" → 25; scales are separate (see SCALE_WORDS). */
export const CARDINAL_WORDS: ReadonlyMap<string, number> = TABLES.cardinal;
/** "seventh" → 7, "twenty-first" → 21. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = TABLES.ordinal;

/** Multipliers written as words after a number: "two million", "3.5 billion", "a dozen". */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["hundred", 100],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
  ["dozen", 12],
]);

/** Power of ten for the abbreviations glued to (or just after) digits: "$1.13bn", "£600m", "5 mn". */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ["bn", 9],
  ["billion", 9],
  ["b", 9],
  ["m", 6],
  ["mn", 6],
  ["mln", 6],
  ["million", 6],
  ["k", 3],
  ["thousand", 3],
  ["tn", 12],
  ["trn", 12],
  ["trillion", 12],
]);

/** Plural vagueness: "hundreds of", "tens of thousands of" → the order of magnitude, with the words as qualifier. */
export const VAGUE_WORDS: ReadonlyMap<string, number> = new Map([
  ["dozens", 12],
  ["scores", 20],
  ["hundreds", 100],
  ["thousands", 1e3],
  ["millions", 1e6],
  ["billions", 1e9],
  ["tens", 10],
]);

export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["$", "USD"],
  ["US$", "USD"],
  ["A$", "AUD"],
  ["C$", "CAD"],
  ["HK$", "HKD"],
  ["NZ$", "NZD"],
  ["S$", "SGD"],
  ["NT$", "TWD"],
  ["£", "GBP"],
  ["€", "EUR"],
  ["¥", "JPY"],
  ["₹", "INR"],
]);

/** Currency names written after the amount ("50 million euros") and ISO codes ("USD 5m", "5m EUR"). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ["dollars", "USD"],
  ["dollar", "USD"],
  ["euros", "EUR"],
  ["euro", "EUR"],
  ["pounds", "GBP"],
  ["pound", "GBP"],
  ["sterling", "GBP"],
  ["yen", "JPY"],
  ["yuan", "CNY"],
  ["renminbi", "CNY"],
  ["rupees", "INR"],
  ["rupiah", "IDR"],
  ["roubles", "RUB"],
  ["rubles", "RUB"],
  ["francs", "CHF"],
  // Where a plural names one currency: pesos are Mexico's more often than not in English news; "real" alone is a word.
  ["pesos", "MXN"],
  ["reais", "BRL"],
  ["rand", "ZAR"],
  ["lira", "TRY"],
  ["naira", "NGN"],
  ["shekels", "ILS"],
  ["dirhams", "AED"],
  ["riyals", "SAR"],
  ["kronor", "SEK"],
  ["kroner", "NOK"],
  ["zlotys", "PLN"],
  ["baht", "THB"],
  ["ringgit", "MYR"],
  // The singular names the currency in a compound, as "500-euro" and "10-dollar" do: "a 1,600-peso fine" is money, not
  // a count of pesos.
  ["peso", "MXN"],
  ["rupee", "INR"],
  ["rouble", "RUB"],
  ["ruble", "RUB"],
  ["franc", "CHF"],
  ["shekel", "ILS"],
  ["dirham", "AED"],
  ["riyal", "SAR"],
  ["usd", "USD"],
  ["gbp", "GBP"],
  ["eur", "EUR"],
  ["jpy", "JPY"],
  ["cny", "CNY"],
  ["chf", "CHF"],
  ["aud", "AUD"],
  ["cad", "CAD"],
]);

/**
 * The country or people a capitalised name before "dollars" gives ("3bn New Taiwan dollars", "500 Hong Kong dollars"):
 * not the US dollar a bare "dollars" is taken for. Keys are the name's words, lowercase, joined by a space.
 */
export const DOLLAR_NAMES: ReadonlyMap<string, string> = new Map([
  ["us", "USD"],
  ["american", "USD"],
  ["australian", "AUD"],
  ["canadian", "CAD"],
  ["hong kong", "HKD"],
  ["new zealand", "NZD"],
  ["singapore", "SGD"],
  ["new taiwan", "TWD"],
  ["taiwan", "TWD"],
  ["taiwanese", "TWD"],
]);

/**
 * A currency other than a dollar named by the country or people before its word ("3,000 Philippine pesos", "20 Swiss
 * francs"): a bare "pesos" is taken for Mexico's, so a name that says otherwise must be read, else the amount was
 * counted ('3,000 — Philippine pesos'). Keys are the name's words and the currency word, lowercase, joined by a space.
 */
export const NAMED_CURRENCIES: ReadonlyMap<string, string> = new Map([
  ["philippine pesos", "PHP"],
  ["mexican pesos", "MXN"],
  ["argentine pesos", "ARS"],
  ["argentinian pesos", "ARS"],
  ["chilean pesos", "CLP"],
  ["colombian pesos", "COP"],
  ["swiss francs", "CHF"],
  ["indian rupees", "INR"],
  ["pakistani rupees", "PKR"],
  ["sri lankan rupees", "LKR"],
  ["south african rand", "ZAR"],
  ["turkish lira", "TRY"],
  ["chinese yuan", "CNY"],
  ["japanese yen", "JPY"],
  ["russian roubles", "RUB"],
  ["russian rubles", "RUB"],
  ["saudi riyals", "SAR"],
  ["israeli shekels", "ILS"],
  ["nigerian naira", "NGN"],
  ["thai baht", "THB"],
  ["malaysian ringgit", "MYR"],
  ["swedish kronor", "SEK"],
  ["norwegian kroner", "NOK"],
  ["danish kroner", "DKK"],
  ["polish zlotys", "PLN"],
  ["brazilian reais", "BRL"],
  ["indonesian rupiah", "IDR"],
  // "2,000 Egyptian pounds": a country's pounds are its money, never a weight (pounds-weigh.ts reads bare "pounds").
  ["egyptian pounds", "EGP"],
  ["syrian pounds", "SYP"],
  ["lebanese pounds", "LBP"],
  ["sudanese pounds", "SDG"],
  ["kenyan shillings", "KES"],
  ["ugandan shillings", "UGX"],
  ["tanzanian shillings", "TZS"],
]);

/** Hundredths of a currency: "50p", "99 cents". */
export const MINOR_CURRENCY: ReadonlyMap<string, string> = new Map([
  ["p", "GBP"],
  ["pence", "GBP"],
  ["cents", "USD"],
  ["cent", "USD"],
]);

const PLAIN = /^\d+(?:\.\d+)?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** "1,200" → "1200", "3.5" → "3.5"; undefined for what is not one number ("17.11.2015", "1,2"). */
export function plainDigits(token: string): string | undefined {
  if (PLAIN.test(token)) return token;
  if (GROUPED.test(token)) return token.replace(/,/g, "");
  return undefined;
}

/**
 * Decimal digits times a power of ten, parsed as one decimal literal so "1.13" × 10⁹ is exactly 1130000000
 * (multiplying the float 1.13 gives 1129999999.9999998).
 */
export function scaleDigits(digits: string, exponent: number): number {
  return exponent === 0 ? Number(digits) : Number(`${digits}e${exponent}`);
}

/**
 * Folds a run of number words into a value: "two hundred and fifty thousand" → 250000. `words` are lowercase;
 * returns undefined when they do not form a number.
 */
export function wordsValue(words: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w === "and") continue;
    if (w === "a" || w === "an") {
      current = current || 1;
      continue;
    }
    const small = CARDINAL_WORDS.get(w);
    if (small !== undefined) {
      current += small;
      seen = true;
      continue;
    }
    const scale = SCALE_WORDS.get(w);
    if (scale === undefined) return undefined;
    seen = true;
    if (scale < 1000) {
      current = (current || 1) * scale;
    } else {
      total += (current || 1) * scale;
      current = 0;
    }
  }
  return seen ? total + current : undefined;
}
