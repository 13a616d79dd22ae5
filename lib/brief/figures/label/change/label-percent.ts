import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { baseDoing } from "#brief/figures/label/change/base-doing.ts";
import { changeMade } from "#brief/figures/label/change/change-made.ts";
import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { comparedLabel, priceQuote, recordOf, shareOfSuperlative } from "#brief/figures/label/change/percent-head.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, forwardNP, pastDeterminers, pastOwner, pastQuantity } from "#brief/figures/language/noun-phrase.ts";
import { subjectBefore } from "#brief/figures/language/subject.ts";
import { pollAnswer } from "#brief/figures/label/change/poll-answer.ts";
import { rankShare } from "#brief/figures/label/change/rank-share.ts";
import { averagedChange, changeTopic, changeVerb } from "#brief/figures/language/change-verb.ts";
import { relativeLabel } from "#brief/figures/label/money/relative.ts";
import { sawChange } from "#brief/figures/label/change/saw-change.ts";
import { shareDoing } from "#brief/figures/label/change/share-doing.ts";
import { shareGroup } from "#brief/figures/label/change/share-group.ts";
import { gappedShare } from "#brief/figures/label/change/gapped-share.ts";
import { shareObject } from "#brief/figures/label/change/share-object.ts";
import { shareOfThose, timeShareClause } from "#brief/figures/label/change/share-of-those.ts";
import { changeScope } from "#brief/figures/label/change/change-scope.ts";
import { changeDoers } from "#brief/figures/label/change/change-doers.ts";
import { didBetter } from "#brief/figures/label/change/did-better.ts";
import { frontedCount } from "#brief/figures/label/change/fronted-count.ts";
import { moreNounThan } from "#brief/figures/label/change/more-noun.ts";
import { isWord, type Tok, upDown } from "#brief/figures/language/tokens.ts";

// Labels for percentages: a share of what follows "of" ("40% of voters"), the noun after the percent ("a 30%
// stake", "a 500% increase in phishing e-mails"), a rise or fall in what the clause says changed, or whose record or
// share it is. Apart from label.ts' money labels because a percent is labelled by shapes of its own, not by what it
// pays for.

/** A share said in words: "half", "a third", "two-thirds", "three quarters". */
const FRACTION = /^(?:half|halves|(?:[a-z]+-)?(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?)$/;

export function labelPercent(toks: readonly Tok[], r: Raw): void {
  r.kind = "percent";
  if (r.label) return;
  // "more than two-thirds (69 per cent) of people taking antidepressants": a percentage in brackets that restates a
  // share is a share of what follows the bracket, not of the words before it.
  // ("double the number of responses (22.6 per cent) of second-place finisher Patrick Reed" restates no share.)
  if (toks[r.s - 1]?.s === "(" && FRACTION.test(toks[r.s - 2]?.l ?? "") && toks[r.e]?.s === ")" && isWord(toks[r.e + 1], "of")) {
    const k = pastDeterminers(toks, r.e + 2);
    const end = forwardNP(toks, k);
    if (end > k) {
      r.label = `share of ${phrase(toks, k, end)}`;
      return;
    }
  }
  const nx = toks[r.e];
  if (isWord(nx, "of")) {
    // "70% of the time, drivers who crash are checking a phone": how often the clause after it happens (share-of-those.ts).
    r.label = shareOfThose(toks, r.e + 1) || timeShareClause(toks, r.e + 1);
    if (r.label !== "") return;
    const k = r.e + 1 + (DETERMINERS.has(toks[r.e + 1]?.l ?? "") ? 1 : 0);
    // "70 to 95 per cent of the industry's most important positions": a share of what the owner has.
    const end = pastOwner(toks, k, forwardNP(toks, k));
    // "61 per cent of voters backed the bypass": the part of the base that did it (base-doing.ts); "cancel up to 80% of
    // the loans": the part done to (share-object.ts); "3% of the most well off": a group said as a superlative
    // (percent-head.ts).
    r.label = end > k ? baseDoing(toks, r.s, k, end) || shareObject(toks, r.s, k, end, "share of ") || `share of ${phrase(toks, k, end)}` : shareOfSuperlative(toks, r.e);
    if (r.label !== "") return;
  }
  // "52% expect their town's services to improve": the answer a poll share gave (poll-answer.ts).
  r.label = pollAnswer(toks, r.e);
  if (r.label !== "") return;
  // "did a bit worse on the spelling quiz, by about 4 per cent": a fall on the quiz (did-better.ts).
  r.label = didBetter(toks, r.s);
  if (r.label !== "") return;
  // "30 per cent more rain than average": a difference in the noun after the comparative (more-noun.ts).
  r.label = moreNounThan(toks, r.e);
  if (r.label !== "") return;
  // "…, and 64% a bank account": the verb of the share before, gapped (gapped-share.ts).
  r.label = gappedShare(toks, r);
  if (r.label !== "") return;
  const end = forwardNP(toks, r.e);
  if (end > r.e) {
    // "a 30% shareholder in Mitsubishi Motors": the percentage is the holder's stake, not a count of holders.
    const holder = end === r.e + 1 && HOLDERS.has(toks[r.e]?.l ?? "");
    // "almost 6% higher": a comparative alone says how, the clause says what (percent-head.ts).
    const compared = holder || end !== r.e + 1 ? "" : comparedLabel(toks, r.s, r.e);
    let text = holder ? "stake" : compared || phrase(toks, r.e, end);
    const p = toks[end];
    // "closed 3% higher in Tokyo trade": a quoted price's "in" says where it traded, no part of what rose.
    if (isWord(p) && (p.l === "in" || p.l === "of") && !(compared !== "" && priceQuote(toks, r.s))) {
      const k = end + 1 + (DETERMINERS.has(toks[end + 1]?.l ?? "") ? 1 : 0);
      const e2 = forwardNP(toks, k);
      // "a 500% increase in the number of phishing e-mails": an increase in the e-mails.
      const [from, to] = pastQuantity(toks, k, e2);
      if (e2 > k) text = `${text} ${holder ? "in" : p.l} ${phrase(toks, from, to)}`;
      // "a 6.5% rise in orders outside Asia": the change's scope (change-scope.ts); "a 45% rise in farmers using organic
      // feed": what they do (change-doers.ts).
      if (e2 > k) text += changeScope(toks, e2, text) || changeDoers(toks, e2, text);
    }
    r.label = text;
    return;
  }
  r.label = relativeLabel(toks, r.e);
  if (r.label !== "") return;
  // "The album saw its sales rise by a third": a change in what was seen to change (saw-change.ts).
  r.label = sawChange(toks, r.s);
  if (r.label !== "") return;
  const v = changeVerb(toks, r.s);
  const dir = upDown(toks[v]);
  if (dir) {
    const subject = changeTopic(toks, r.s, v);
    if (subject) {
      // "bills are to go up on average by about 2%": an average rise in them (change-verb.ts).
      const average = averagedChange(toks, r.s) ? "average " : "";
      r.label = `${average}${dir === "up" ? "rise" : "fall"} in ${phrase(toks, subject[0], subject[1])}`;
      // "Sales rose 4% outside Europe": the change's scope (change-scope.ts).
      r.label += changeScope(toks, r.e, r.label);
      return;
    }
    // "Of the shares listed, 12 rose by 5%": a bare count's fronted group (fronted-count.ts).
    const counted = frontedCount(toks, v);
    if (counted !== "") {
      r.label = `${dir === "up" ? "rise" : "fall"} in ${counted}`;
      return;
    }
  }
  // "lowered the risk of a stroke by nine per cent": a change made to the verb's object (change-made.ts), when the
  // verb's subject said no rise or fall in it.
  const made = changeMade(toks, r.s, MAX_LABEL_WORDS, true);
  if (made !== undefined) {
    // A label the card would cut mid-phrase ('cut in size of its beloved') keeps the object's head before its "of".
    const whole = `${made.change} in ${made.object}`;
    r.label = whole.split(" ").length <= MAX_LABEL_WORDS ? whole : `${made.change} in ${made.object.split(" of ")[0]}`;
    return;
  }
  if (isWord(toks[r.s - 1], "of")) {
    const np = backNP(toks, r.s - 1, false);
    if (np) {
      // "reaching a new record of 21.9 per cent": whose record (percent-head.ts).
      r.label = recordOf(toks, np) || phrase(toks, np[0], np[1]);
      return;
    }
  }
  const after = upDown(toks[r.e]);
  // "…, only eight per cent keep a spare copy online": a share that is its clause's subject (share-doing.ts).
  const doing = after === undefined ? shareDoing(toks, r) : "";
  if (doing !== "") {
    r.label = doing;
    return;
  }
  // "is a distant second at 22 percent": the share of whoever holds that place (rank-share.ts); "the proportion of
  // libraries offering Sunday hours is 58 per cent": the share of the whole group, not its last noun (share-group.ts).
  const subject = rankShare(toks, r.s) || (shareGroup(toks, r.s) ?? subjectBefore(toks, r.s));
  if (subject) r.label = after ? `${after === "up" ? "rise" : "fall"} in ${subject}` : subject;
}

/** Who holds a share of a firm: a percentage before one is their stake. */
const HOLDERS = new Set(["shareholder", "stakeholder", "owner", "co-owner"]);
