import { CARDINAL_WORDS, ORDINAL_WORDS } from "#news/numbers.ts";
import { atNumber } from "#brief/figures/label/ranks/at-number.ts";
import { numberPlace } from "#brief/figures/label/ranks/number-place.ts";
import { cameOrdinal } from "#brief/figures/label/ranks/came-place.ts";
import { movedPlace } from "#brief/figures/label/ranks/moved-place.ts";
import { startPlace } from "#brief/figures/label/ranks/start-place.ts";
import { type FigureKind, type NumberType, type Raw, wholeFigure } from "#brief/figures/card/figure.ts";
import { AUXILIARIES, DETERMINERS, PEOPLE, PERIOD_NOUNS, PERPETRATORS, POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { phrase, plural } from "#brief/figures/language/phrase.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { readCore } from "#brief/figures/read/amount/read-core.ts";
import { secondPlace } from "#brief/figures/label/ranks/second-place.ts";
import { secondSubject } from "#brief/figures/label/ranks/second-person.ts";
import { referredOrdinal } from "#brief/figures/label/ranks/referred-ordinal.ts";
import { ofItsKind } from "#brief/figures/label/ranks/of-its-kind.ts";
import { streak } from "#brief/figures/label/ranks/streak.ts";
import { oneMore } from "#brief/figures/label/ranks/one-more.ts";
import { thirdParty } from "#brief/figures/label/ranks/third-party.ts";
import { ordinalIdiom } from "#brief/figures/label/ranks/ordinal-idiom.ts";
import { shirtNumber } from "#brief/figures/label/ranks/shirt-number.ts";
import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";
import { tokenWords } from "#brief/figures/language/token-words.ts";

// Ordinals and ranks that are the news, which the general reader sets aside as order words, periods, editions or
// identifiers: "sacked for the second time", "quizzed a second boy", "a record eighth Olympic medal", "left
// Ceahlaul 16th in the standings", "the UK's number 1 dry shampoo brand", "brought on in the 83rd minute".

/** What a league position is "in": "16th in the standings", "fifth in the table". */
const STANDINGS = new Set(["standings", "table", "league", "rankings", "ranking", "division", "championship", "group", "standing"]);

/** Words that own the ordinal of a count ("his eighth Olympic medal", "a record eighth", "an eighth FA Cup victory": "an"
 * as "a", card-audit-33), not a named edition. */
const OWNERS = new Set(["his", "her", "their", "its", "a", "an", "record", "our", "my", "your"]);

/** Jobs named with an ordinal ("fourth official", "third umpire", "first baseman"): the ordinal is part of the name. */
const ROLES = new Set(["official", "officials", "umpire", "umpires", "baseman", "basemen", "columnist", "columnists", "mate"]);
/** An owner's ordinal ("his second career title") weighs this much of its kind, as "his 147th cap" does (label-count.ts). */
const ORDINAL_FACTOR = 0.5;

/** Verbs of winning: what their owner's "second" is the second of is a tally ("won his second title"). */
const ACHIEVED = new Set(["won", "win", "wins", "winning", "claimed", "claims", "clinched", "secured", "scored", "scores", "earned", "landed", "lifted", "captured", "collected", "bagged", "netted"]);

/** A match minute weighs this much of a rank: below every other candidate of the story. */
const MINUTE_FACTOR = 0.25;

type Found = { raw: Raw; next: number };

const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"]);

/** The token's word up to its first hyphen ("th" of "th-minute"), "" for none: no regular expression, as readRaw asks at every number. */
function suffixHead(t: Tok | undefined): string {
  if (t === undefined) return "";
  const dash = t.l.indexOf("-");
  return dash < 0 ? t.l : t.l.slice(0, dash);
}

/** The ordinal of news at token i, or undefined (the general reader then reads the token as before). */
export function readNewsOrdinal(toks: readonly Tok[], i: number): Found | undefined {
  const t = toks[i];
  if (t === undefined) return undefined;
  if (isWord(t) && (t.l === "number" || t.l === "no") && toks[i + 1]?.kind === NUM) return numberOne(toks, i);
  if (isWord(t, "number") && CARDINAL_WORDS.has(toks[i + 1]?.l ?? "")) return atNumber(toks, i);
  // Cheap test first: readRaw asks at every token, and only an ordinal word or "16th" can start one of these.
  // ("88th-minute": the suffix heads a compound.)
  if (t.kind === NUM ? !ORDINAL_SUFFIXES.has(suffixHead(toks[i + 1])) : !ORDINAL_WORDS.has(t.l)) return undefined;
  const core = readCore(toks, i);
  if (core === undefined || !core.ordinal || core.value < 2 || core.value > 1000) return undefined;
  const e = core.end;
  // "ranked 809th in the world", "as the 809th ranked player in the world": a place in the world ranking (up to a
  // thousandth), which the general reader labelled by a name near it ('809th — PGA Tour') or "position" alone.
  if (worldRanked(toks, i, e, core.compound)) return found(toks, i, e, core.value, "world ranking", "rank", "rank");
  if (core.value > 200) return undefined;
  // "his 88th-minute winner", "a 90th-minute penalty", "his 36th minute header": when in the match it happened, as
  // "in the 83rd minute"; spaced, "minute" is a noun of its own and the goal's noun follows it.
  const spaced = core.compound === undefined && isWord(toks[e], "minute") && forwardNP(toks, e + 1) > e + 1;
  if ((core.compound === "minute" || spaced) && core.digits !== undefined) {
    const from = spaced ? e + 1 : e;
    const end = forwardNP(toks, from);
    const minute = end > from ? `minute ${tokenWords(toks, from, end)}` : "minute";
    const raw = found(toks, i, from, core.value, minute, "ordinal", "rank");
    raw.raw.factor = MINUTE_FACTOR;
    return raw;
  }
  if (core.compound !== undefined) return undefined;
  const next = toks[e];
  // "by fourth official Phil Crossley", "the third umpire": a role named with an ordinal orders nothing ("his fourth
  // official visit", with a noun after it, counts visits).
  const after = toks[e + 1];
  // "an unknown third party": no rank either (third-party.ts), nor "the fourth dimension", "a sixth sense"
  // (ordinal-idiom.ts).
  const named = isWord(next) && ROLES.has(next.l) && !(isWord(after) && !isCapitalised(after) && after.pos === "NOUN");
  // "the third of its sort ever recorded": how rare a find is, the story's point (of-its-kind.ts).
  const kind = ofItsKind(toks, i, e);
  if (kind !== undefined) return found(toks, i, e, core.value, kind.label, "ordinal", "rank");
  // "a third inspector … and that the third inspector called": one told from others, as a name (referred-ordinal.ts).
  if (named || thirdParty(toks, i, e) || ordinalIdiom(toks, i, e) || referredOrdinal(toks, i, e)) return identifier(toks, i, e + 1, core.value);
  const before = toks[i - 1];
  // "for the second time", "for a third time": how often it happened is the news; the verb says what.
  if (isWord(next, "time") && isWord(toks[i - 2], "for")) {
    const verb = timesLabel(toks, i - 2);
    return verb === undefined ? undefined : found(toks, i, e + 1, core.value, verb, "ordinal", "count");
  }
  // "16th in the standings", "fifth in the table": a league position.
  if (isWord(next, "in") && isWord(toks[e + 1], "the") && STANDINGS.has(toks[e + 2]?.l ?? "")) {
    return found(toks, i, e, core.value, `position in the ${toks[e + 2]?.l}`, "rank", "rank");
  }
  // "Princess Diana came second", "finished sixth in the Derby": the place its subject took (came-place.ts); "will
  // start ninth": the place it starts from (start-place.ts).
  const place = cameOrdinal(toks, i, e) ?? movedPlace(toks, i, e) ?? startPlace(toks, i, e);
  if (place !== undefined) return found(toks, i, e, core.value, place, "rank", "rank");
  // "Rosberg clinched second place": a runner-up's place named by its holder (second-place.ts).
  const second = secondPlace(toks, i, e, core.value);
  if (second !== undefined) return found(toks, i, e, 2, second, "rank", "rank");
  // "brought on in the 83rd minute": when in the match it happened.
  if (isWord(next, "minute") && core.digits !== undefined && isWord(before, "the") && isWord(toks[i - 2], "in")) {
    const verb = verbBefore(toks, i - 2);
    const raw = found(toks, i, e + 1, core.value, verb === undefined ? "minute" : `minute ${verb}`, "ordinal", "rank");
    // A match report gives many; one is the story only when little else is counted, so it fills a card, never leads it.
    raw.raw.factor = MINUTE_FACTOR;
    return raw;
  }
  // "their fourth win in a row", "for a third year in succession": a run's length (streak.ts), ranked as the place
  // the general reader made of "fourth win" was.
  const run = streak(toks, e);
  if (run !== undefined) {
    const raw = found(toks, i, e, core.value, run, "ordinal", "rank");
    // A second in a row is barely a run ("for the second year running"): it weighs as an owner's second does.
    if (core.value === 2) raw.raw.factor = ORDINAL_FACTOR;
    return raw;
  }
  // "quizzed a second boy", "a second person has died": the second of the people the story counts; "A second man, who
  // …, was charged" opening a sentence is only one more man, no figure (second-person.ts).
  if (core.value === 2 && core.words && isWord(before, "a") && isWord(next) && isPerson(next.l)) {
    const subject = secondSubject(toks, i, e + 1);
    if (subject === "") return undefined;
    return found(toks, i, e + 1, 2, subject ?? next.l, "ordinal", "people");
  }
  // "a record eighth Olympic medal", "her 19th Grand Slam title": a count of titles named by a proper noun.
  // "Seven companies and an eighth Paris firm": one more of a count said before, no tally (one-more.ts).
  if (isWord(before) && (OWNERS.has(before.l) || before.l.endsWith("'s")) && !oneMore(toks, i, core.value)) {
    let k = e;
    while (k < e + 3 && isWord(toks[k]) && isCapitalised(toks[k] as Tok)) k++;
    const head = toks[k];
    const named = toks.slice(e, k).some((x) => x.l === "century" || x.l === "centuries");
    if (k > e && !named && isWord(head) && !isCapitalised(head) && head.pos === "NOUN") {
      return found(toks, i, e, core.value, tokenWords(toks, e, k + 1), "ordinal", "count");
    }
    // "won his second career title", "scored her second goal": a second so far of what its owner won, which the
    // general reader takes for a word of order (it reads "his 147th cap" from the third on), ranked as that is. Without
    // a verb of winning it is only the next ("its second estimate", "in its second series", "my second passion").
    // A second period ("its second half", "their second season") says when, not how many; "its second largest
    // producer" is a rank.
    const possessive = POSSESSIVES.has(before.l) || before.l.endsWith("'s");
    if (core.value === 2 && k === e && possessive && ACHIEVED.has(toks[i - 2]?.l ?? "")) {
      const end = forwardNP(toks, e);
      const nouns = toks.slice(e, end);
      if (end > e && end <= e + 3 && toks[end - 1]?.pos === "NOUN" && !PERIOD_NOUNS.has(toks[end - 1]!.l) && !/est$/.test(toks[e]!.l) && nouns.every((x) => isWord(x) && !isCapitalised(x))) {
        const raw = found(toks, i, e, 2, tokenWords(toks, e, end, true), "ordinal", "rank");
        raw.raw.factor = ORDINAL_FACTOR;
        return raw;
      }
    }
  }
  return undefined;
}

/** Whether the ordinal at i..e is a world ranking: "ranked 809th in the world", "the 809th(-)ranked player in the world". */
function worldRanked(toks: readonly Tok[], i: number, e: number, compound: string | undefined): boolean {
  if (compound === undefined && RANKED.has(toks[i - 1]?.l ?? "")) return inTheWorld(toks, e);
  let k = compound === "ranked" || compound === "rated" ? e : RANKED.has(toks[e]?.l ?? "") ? e + 1 : -1;
  if (k < 0) return false;
  // Up to two nouns ranked ("player", "tennis player") before "in the world".
  for (let n = 0; n < 2 && isWord(toks[k]) && toks[k]!.pos === "NOUN"; n++) k++;
  return inTheWorld(toks, k);
}

const RANKED = new Set(["ranked", "rated"]);

/** Whether "in the world" starts at k. */
function inTheWorld(toks: readonly Tok[], k: number): boolean {
  return isWord(toks[k], "in") && isWord(toks[k + 1], "the") && isWord(toks[k + 2], "world");
}

/** Verbs that put something at a place in a ranking, and what the place is then called: "was rated number 67". */
const PLACED: ReadonlyMap<string, string> = new Map([["rated", "rating"], ["ranked", "ranking"], ["placed", "place"], ["voted", "place in vote"], ["listed", "place on list"]]);

/**
 * "this year it was rated number 67, the second worst supermarket", "came in at No 3": a place said of the story's
 * subject, a rank labelled by the verb that placed it.
 */
function placedAt(toks: readonly Tok[], i: number): Found | undefined {
  const before = toks[i - 1];
  const cameIn = isWord(before, "at") && isWord(toks[i - 2], "in") && /^(?:came|come|comes|coming)$/.test(toks[i - 3]?.l ?? "");
  const label = cameIn ? "place" : isWord(before) ? PLACED.get(before.l) : undefined;
  const core = readCore(toks, i + 1);
  if (label === undefined || core === undefined || core.ordinal || core.value < 1 || core.value > 1000 || core.digits === undefined) return undefined;
  // "came in at number 10 in the survey": the ranking the place is in, as rank-place.ts reads "fifth place in the table".
  const e = core.end;
  // "ranked number 4 in the world": the world ranking, as "ranked 809th in the world" is.
  if (label === "ranking" && inTheWorld(toks, e)) return found(toks, i, e, core.value, "world ranking", "rank", "rank");
  const end = cameIn && isWord(toks[e], "in") && isWord(toks[e + 1], "the") ? forwardNP(toks, e + 2) : e + 2;
  return found(toks, i, e, core.value, end > e + 2 ? `place in the ${phrase(toks, e + 2, end)}` : label, "rank", "rank");
}

/** "the UK's number 1 dry shampoo brand", "Britain's No 1 player": a rank owned by a named place or body. */
function numberOne(toks: readonly Tok[], i: number): Found | undefined {
  const owner = toks[i - 1];
  const owned = isWord(owner) && isCapitalised(owner) && /'s$|s'$/.test(owner.l);
  if (!owned) return placedAt(toks, i) ?? atNumber(toks, i) ?? numberPlace(toks, i);
  const core = readCore(toks, i + 1);
  if (core === undefined || core.ordinal || core.value < 1 || core.value > 100) return undefined;
  // "Eastfield's No 7 sprints to the flag": a shirt's number names its player, no place (shirt-number.ts).
  if (shirtNumber(toks, core.end)) return identifier(toks, i, core.end, core.value);
  let k = core.end;
  while (k < core.end + 4 && isWord(toks[k]) && !isCapitalised(toks[k] as Tok) && (toks[k]?.pos === "NOUN" || toks[k]?.pos === "ADJ")) k++;
  if (k === core.end || toks[k - 1]?.pos !== "NOUN") return undefined;
  return found(toks, i, core.end, core.value, tokenWords(toks, core.end, k, true), "rank", "rank");
}

/** The singular of a noun the card counts as people ("boy", "victim", "gunman"). */
function isPerson(w: string): boolean {
  return PEOPLE.has(plural(w)) || PERPETRATORS.has(w);
}

/** The verb of the clause before token k ("have sacked … for", "was booked into … for"), its particle kept ("brought on"). */
function verbBefore(toks: readonly Tok[], k: number): string | undefined {
  for (let v = k - 1; v >= 0 && k - v <= 8; v--) {
    const t = toks[v];
    if (t === undefined || t.s === "," || t.s === ";") return undefined;
    if (t.pos !== "VERB" || AUXILIARIES.has(t.l)) continue;
    const particle = toks[v + 1];
    return isWord(particle) && (particle.l === "on" || particle.l === "off") ? `${t.l} ${particle.l}` : t.l;
  }
  return undefined;
}

/**
 * What happened "for the Nth time" (its "for" at `f`): the verb and, when the words after it start with its object,
 * the object too ("has picked up the children's fiction award for the third time" → picked up children's fiction award;
 * the verb alone, "picked", did not say what was won: card-audit-15, sample I), though a place or a time follow it
 * ("taking charge at the Primera Liga club", "steer Rovers into the quarter-finals": rev12). "sacked for the second
 * time" keeps its verb alone.
 */
function timesLabel(toks: readonly Tok[], f: number): string | undefined {
  const verb = verbBefore(toks, f);
  if (verb === undefined) return undefined;
  let v = f - 1;
  while (v >= 0 && toks[v]?.l !== verb.split(" ")[0]) v--;
  let o = v + 1;
  if (isWord(toks[o]) && /^(?:up|out|back|down|in)$/.test(toks[o]!.l) && toks[o]!.pos !== "NOUN") o++;
  const particle = o > v + 1 ? ` ${toks[v + 1]!.l}` : "";
  while (isWord(toks[o]) && DETERMINERS.has(toks[o]!.l)) o++;
  const end = forwardNP(toks, o);
  return end <= f && end > o ? `${verb}${particle} ${phrase(toks, o, end)}` : `${verb}${o === f ? particle : ""}`;
}

/** A number that names, not orders ("fourth official", "Eastfield's No 7"): read, so no reader takes it, and dropped. */
function identifier(toks: readonly Tok[], s: number, e: number, value: number): Found {
  const role = found(toks, s, e, value, "", "identifier", "rank");
  role.raw.rejected = true;
  role.raw.drop = true;
  return role;
}

function found(toks: readonly Tok[], s: number, e: number, value: number, label: string, type: NumberType, kind: FigureKind): Found {
  const raw = wholeFigure(toks, s, e, { value, label, kind, type, ordinal: true, words: toks[s]?.kind !== NUM, whole: true });
  return { raw, next: e };
}
