import { CONJUNCTIONS, DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastOwner } from "#brief/figures/language/noun-phrase.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// Money paid "to" do something is labelled by the purpose clause: "paid nearly £40 to see the singer" → to see the
// singer. The clause's verb alone ("to be", "to buy") says nothing of what the money buys, and its object cut at a
// fixed count of words names half a thing: "paid $20 to perform a sexual", "forked out thousands of pounds to restore
// a public", "sold it for $9.3bn to offset a massive", "pay $6.5m to settle criminal" (dev cards, money27's "Left").
// Here the clause reads on to its object's head: "to perform a sexual act", "to offset back tax bill", "to settle
// criminal and civil claims", "to be buried", "to buy two Indian cement firms".

/** The most words an object's noun phrase runs to before its label is cut to the head's end. */
const OBJECT_REACH = 8;

/** Pronouns that are a verb's whole object. */
const OBJECT_PRONOUNS = new Set(["him", "them", "it", "us", "me", "you"]);

/**
 * The label of the purpose clause whose "to" is at k, right after an amount, in at most `most` words: "to", its verb
 * and the verb's object, whose head's end stays when it is too long; undefined when no verb follows the "to".
 */
export function purposeClause(toks: readonly Tok[], k: number, most: number): string | undefined {
  const verb = toks[k + 1];
  if (!isWord(verb) || (verb.pos !== "VERB" && verb.pos !== "AUX")) return undefined;
  let head = k + 2;
  // "to be buried in a family plot": a passive's participle is what the verb means.
  if (/^(?:be|get)$/.test(verb.l) && isWord(toks[head]) && toks[head]!.pos === "VERB") head++;
  // "to keep him at Old Trafford": an object pronoun is named as it is ("to fund his masterplan" reads on to the noun;
  // "her" is an object only with no noun after it).
  const pronoun = toks[head];
  // "to assist US allies": the country, not "us".
  const objectPronoun = isWord(pronoun) && pronoun.s === pronoun.l && (OBJECT_PRONOUNS.has(pronoun.l) || (pronoun.l === "her" && forwardNP(toks, head + 1) === head + 1));
  if (objectPronoun) return phrase(toks, k, head + 1);
  const verbWords = phrase(toks, k, head).split(" ");
  const object = objectOf(toks, head, most - verbWords.length);
  return object === undefined ? verbWords.join(" ") : `${verbWords.join(" ")} ${object}`;
}

/**
 * The object noun phrase at k in at most `most` words: "a sexual act", "two Indian cement firms", "one of the fight's
 * sponsors", "criminal and civil claims"; a longer one loses its determiners and then its first words ("a massive back
 * tax bill" → massive back tax bill); undefined when no noun phrase starts there.
 */
function objectOf(toks: readonly Tok[], k: number, most: number): string | undefined {
  // "to be one of the fight's sponsors", "to buy two Indian cement firms": over a count and its "of" to the things.
  let start = k;
  while (isWord(toks[start]) && DETERMINERS.has(toks[start]!.l)) start++;
  // "to land a 767-400 jet": a number read as several tokens is one count.
  const count = start;
  while (toks[start]?.kind === NUM || toks[start]?.pos === "NUM") start++;
  if (start > count && isWord(toks[start], "of")) start++;
  while (isWord(toks[start]) && DETERMINERS.has(toks[start]!.l)) start++;
  // "to be buried beside her husband": a preposition opens no object.
  if (toks[start]?.pos === "ADP") return undefined;
  let end = pastOwner(toks, start, forwardNP(toks, start));
  if (end <= start) return undefined;
  // "to help the Russian government renationalise the unit": a word before a determiner is the next clause's verb,
  // whatever the tagger called it.
  while (end - start > 1 && isWord(toks[end]) && DETERMINERS.has(toks[end]!.l) && toks[end]!.pos === "DET") end--;
  // "South Korea's main retail banks": a phrase longer than forwardNP's reach runs on to its head noun; so does one
  // that stops on an adjective before words the tagger misread ("a massive back/ADV tax/VERB bill").
  const head = headAfter(toks, end, start + OBJECT_REACH);
  if ((toks[end - 1]?.pos !== "NOUN" || toks[end]?.pos === "NOUN") && head !== undefined) end = head + 1;
  // "to settle criminal and civil claims": adjectives joined by "and" or "or" share the noun after them.
  if (toks[end - 1]?.pos === "ADJ" && (isWord(toks[end], "and") || isWord(toks[end], "or"))) {
    const after = forwardNP(toks, end + 1);
    if (after > end + 1) end = after;
  }
  const whole = phrase(toks, k, end).split(" ");
  if (whole.length <= most) return whole.join(" ");
  if (most < 1) return undefined;
  const words = phrase(toks, start, end).split(" ").slice(-most);
  // "to settle criminal and civil claims" → civil claims, "one of New Zealand's main retail banks" → main retail
  // banks: a cut conjunction or the end of a cut owner's name opens nothing.
  while (words.length > 1 && (CONJUNCTIONS.has(words[0]!.toLowerCase()) || /['’]s$/.test(words[0]!))) words.shift();
  return words.join(" ");
}

/** The head noun an object stopped short of at `end` runs on to, over words of no other phrase, before `limit`. */
function headAfter(toks: readonly Tok[], end: number, limit: number): number | undefined {
  for (let j = end; j < limit; j++) {
    const t = toks[j];
    if (!isWord(t) || DETERMINERS.has(t.l) || (t.pos !== "NOUN" && t.pos !== "ADJ" && t.pos !== "ADV" && t.pos !== "VERB")) return undefined;
    // "the Russian government renationalise/NOUN the unit": a "noun" before a determiner is the next clause's verb.
    if (t.pos === "NOUN" && toks[j + 1]?.pos !== "NOUN") return DETERMINERS.has(toks[j + 1]?.l ?? "") ? undefined : j;
  }
  return undefined;
}
