// A duration is labelled by what it is of, not by its unit alone ("eight — years" says nothing of what the years
// were): read on the cards of unseen cnndm-dev and dev-bbc articles, each construction a one-sentence repro with the
// exact figure an editor expects. The unit stays first, so the label still names what the number counts.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, want } from "#test/helpers/figures.ts";

/** The figure of `text` with this value, as the card shows it: display, value, qualifier, unit, type and label. */
function shown(text: string, value: number) {
  const f = at(text, value);
  return { display: f.display, value: f.value, qualifier: f.qualifier, unit: f.unit, type: f.type, label: f.label };
}

describe("after 'spent' or before 'left', the words after the duration say what it was spent on", () => {
  it("'spent eight years with the Argentine side': where the years were spent", () => {
    expect(shown("The Colombia forward spent eight years with the Argentine side before leaving for Porto in 2009.", 8)).toEqual({
      display: "eight", value: 8, qualifier: undefined, unit: "years", type: "duration", label: "years with the Argentine side",
    });
  });

  it("'spent two years researching the film': what was done in them", () => {
    expect(shown("Soriano spent two years researching the film, much of it based on conversations with Pacquiao.", 2)).toEqual({
      display: "two", value: 2, qualifier: undefined, unit: "years", type: "duration", label: "years researching the film",
    });
  });

  it("'has 12 months remaining on his current deal': months left, and on what", () => {
    expect(shown("The 27-year-old has 12 months remaining on his current deal.", 12)).toEqual({
      display: "12", value: 12, qualifier: undefined, unit: "months", type: "duration", label: "months left on current deal",
    });
  });

  it("'with four minutes left in Cardiff': a name after 'in' is where, not what is left", () => {
    expect(shown("Wales were awarded a penalty with four minutes left in Cardiff.", 4)).toEqual({
      display: "four", value: 4, qualifier: undefined, unit: "minutes", type: "duration", label: "minutes left",
    });
  });
});

describe("'for N years' after a predicate: what the time was spent being or doing", () => {
  it("a copula and an adjective: 'was homeless and nameless for three years'", () => {
    expect(shown("John Helinski was homeless and nameless for three years.", 3)).toEqual({
      display: "three", value: 3, qualifier: undefined, unit: "years", type: "duration", label: "years homeless and nameless",
    });
  });

  it("a copula and a place, over its adverbs: 'was also only in the air for 14 minutes'", () => {
    expect(shown("The plane was also only in the air for 14 minutes.", 14)).toEqual({
      display: "14", value: 14, qualifier: undefined, unit: "minutes", type: "duration", label: "minutes in the air",
    });
  });

  it("a copula and a role: 'has been a late-night host for 33 years' → years as a late-night host", () => {
    expect(shown("Letterman has been a late-night host for 33 years.", 33)).toEqual({
      display: "33", value: 33, qualifier: undefined, unit: "years", type: "duration", label: "years as a late-night host",
    });
  });

  it("a passive, with its particle and a hedge: 'to be sidelined for at least two weeks', 'ruled out for up to four weeks'", () => {
    expect(shown("Diego Costa looks set to be sidelined for at least two weeks after another hamstring injury.", 2)).toEqual({
      display: "at least two", value: 2, qualifier: "at least", unit: "weeks", type: "duration", label: "weeks sidelined",
    });
    expect(shown("Benatia was ruled out for up to four weeks with a hamstring injury.", 4)).toEqual({
      display: "up to four", value: 4, qualifier: "up to", unit: "weeks", type: "duration", label: "weeks ruled out",
    });
  });

  it("a passive's time word is when, not what: 'was suspended in September for three weeks' → weeks suspended", () => {
    expect(shown("Bill Simmons was suspended in September for three weeks for calling the commissioner a liar.", 3)).toEqual({
      display: "three", value: 3, qualifier: undefined, unit: "weeks", type: "duration", label: "weeks suspended",
    });
  });

  it("a gerund after 'from' is the passive's: 'suspended from working in Kenya for six months'", () => {
    expect(shown("They said the firms would be suspended from working in Kenya for six months.", 6)).toEqual({
      display: "six", value: 6, qualifier: undefined, unit: "months", type: "duration", label: "months suspended from working in Kenya",
    });
  });

  it("a progressive, even one the tagger calls a noun: 'has been painting for more than 20 years'", () => {
    expect(shown("Mr Duesterwald has been painting for more than 20 years.", 20)).toEqual({
      display: "more than 20", value: 20, qualifier: "more than", unit: "years", type: "duration", label: "years painting",
    });
    expect(shown("Mr King had been living in France for 15 years.", 15)).toEqual({
      display: "15", value: 15, qualifier: undefined, unit: "years", type: "duration", label: "years living in France",
    });
  });

  it("an '-ing' clause with its object: 'the driver stalking the birds for 20 minutes'", () => {
    expect(shown("Surveillance video shows the driver stalking the birds for 20 minutes before he grabbed his target.", 20)).toEqual({
      display: "20", value: 20, qualifier: undefined, unit: "minutes", type: "duration", label: "minutes stalking the birds",
    });
  });
});

describe("'for N years' after a participle that opens a reduced passive clause: the state it names", () => {
  it("'16 weeks in prison, suspended for two years' → two — years suspended", () => {
    expect(exact(at("He was given 16 weeks in prison, suspended for two years.", 2))).toEqual({ value: 2, qualifier: undefined, unit: "years", label: "years suspended", type: "duration" });
  });

  it("'The team, coached by Smith for two years, won the league' → years coached by Smith (was the unit alone: read as an active past, its 'by' stopped it)", () => {
    expect(at("The team, coached by Smith for two years, won the league.", 2)).toMatchObject({ unit: "years", label: "years coached by Smith" });
  });

  it("not after a comma that ends a clause of its own: 'He moved to Spain, played for two years at Barca' keeps its doing", () => {
    expect(at("He moved to Spain, played for two years at Barca.", 2)).toMatchObject({ label: "years playing" });
  });
});

describe("'for N years' after a simple past: what the time was spent doing, as its '-ing'", () => {
  it("a past and its object: 'hosted the TV game show for 35 years' → years hosting the TV game show", () => {
    expect(shown("Instead, there was Bob Barker, who hosted the TV game show for 35 years before stepping down in 2007.", 35)).toEqual({
      display: "35", value: 35, qualifier: undefined, unit: "years", type: "duration", label: "years hosting the TV game show",
    });
  });

  it("an irregular past, after 'have': 'who have held the seat for more than 30 years' → years holding the seat", () => {
    expect(shown("He hopes to oust the Lib Dems who have held the seat for more than 30 years.", 30)).toEqual({
      display: "more than 30", value: 30, qualifier: "more than", unit: "years", type: "duration", label: "years holding the seat",
    });
  });

  it("a past that goes on with no object, alone or with where: 'dated for four years', 'had lived in South Africa for 35 years'", () => {
    expect(shown("The pair became firm friends and dated for four years before they got married in 2002.", 4)).toEqual({
      display: "four", value: 4, qualifier: undefined, unit: "years", type: "duration", label: "years dating",
    });
    expect(shown("She had lived in South Africa for 35 years and is survived by two daughters.", 35)).toEqual({
      display: "35", value: 35, qualifier: undefined, unit: "years", type: "duration", label: "years living in South Africa",
    });
  });

  // (A sentence is read as a prison term instead: "jailed Harkin for 12 months" → Harkin's prison term, prison-term.ts
  // and role-owner.ts; a denied perfect as a time without, time-without.ts.)
  it("not a denied passive: 'Her killer has not been identified for two decades', 'was never questioned for two weeks'", () => {
    expect(at("Her killer has not been identified for two decades.", 2)).toMatchObject({ unit: "decades", label: "decades without being identified" });
    expect(at("He was never questioned for two weeks.", 2)).toMatchObject({ unit: "weeks", label: "weeks" });
    expect(at("He was questioned for two weeks.", 2)).toMatchObject({ unit: "weeks", label: "weeks questioned" });
  });

  it("not a denied doing, a state, a sentence, nor a past with no object that does not go on", () => {
    expect(at("Taylor, who hasn't worked for 20 years, was at home.", 20)).toMatchObject({ unit: "years", label: "years without working" });
    expect(at("Warnock remained a mystery for nearly 24 hours as the photo went viral online.", 24)).toMatchObject({ unit: "hours", label: "hours" });
    expect(at("Ms Lewis asked for any sentence to be suspended but the judge refused her plea and jailed Harkin for 12 months.", 12)).toMatchObject({ unit: "months", label: "Harkin's prison term" });
    expect(at("Lyon moved back to the top of the table for 24 hours after a 3-1 win.", 24)).toMatchObject({ unit: "hours", label: "hours" });
  });
});

describe("left as the unit when the clause says no more", () => {
  it("a time point is labelled by the event it dates: 'left for Pakistan three years later' (dated-event.ts)", () => {
    expect(at("He converted to Islam in 1995 and left for Pakistan three years later.", 3)).toMatchObject({ unit: "years", type: "duration", label: "years before leaving for Pakistan" });
  });

  it("a superlative's 'for' is since when: 'is at its highest for five months'", () => {
    expect(at("Consumers' confidence in the economy is at its highest for five months.", 5)).toMatchObject({ unit: "months", type: "duration", label: "months" });
  });

  it("a 'for' after a preposition: 'closed all next week instead of for just two days'", () => {
    expect(at("The Dingolfing site will now be closed all next week instead of for just two days.", 2)).toMatchObject({ unit: "days", label: "days" });
  });

  it("an '-ing' noun: 'a staple of Sunday night listening for almost 50 years'", () => {
    expect(at("It has been a staple of Sunday night listening for almost 50 years.", 50).label).not.toBe("years listening");
  });
});

describe("a time after or before an event is labelled by the event, when a noun phrase or a gerund names it", () => {
  it("'two days after the massacre', 'just 26 days until the election'", () => {
    expect(shown("A survivor of the killings was found yesterday two days after the massacre.", 2)).toEqual({
      display: "two", value: 2, qualifier: undefined, unit: "days", type: "duration", label: "days after the massacre",
    });
    expect(shown("With just 26 days until the election, the Prime Minister is showing the strain.", 26)).toEqual({
      display: "just 26", value: 26, qualifier: "just", unit: "days", type: "duration", label: "days until the election",
    });
  });

  it("a gerund and its object, cut where a phrase ends: 'after coming on with what looked like a hamstring injury'", () => {
    expect(shown("Costa hobbled off 10 minutes after replacing Oscar at half-time.", 10)).toEqual({
      display: "10", value: 10, qualifier: undefined, unit: "minutes", type: "duration", label: "minutes after replacing Oscar at half-time",
    });
    expect(shown("His game was curtailed 10 minutes after coming on with what looked like a hamstring injury.", 10)).toEqual({
      display: "10", value: 10, qualifier: undefined, unit: "minutes", type: "duration", label: "minutes after coming on",
    });
    // A subject pronoun starts a clause of its own.
    expect(shown("The club made an offer six months before announcing they wanted to sign him.", 6)).toEqual({
      display: "six", value: 6, qualifier: undefined, unit: "months", type: "duration", label: "months before announcing",
    });
  });

  // (A time after a clause is "later", or after its short subject and verb: duration-position.ts.)
  it("not a clause's subject alone (its passive names it), a person, a name cut at its full stop, nor a 'for' time's event", () => {
    expect(at("Four days after another man's remains were found in a bag, a man is facing charges.", 4).label).toBe("days after another man's remains found");
    expect(at("It comes six months after buildings and polling stations were defaced.", 6).label).toBe("months later");
    expect(at("He has not said a word in five days after a classmate who had bullied him gave him the water.", 5).label).toBe("days without saying a word");
    expect(at("Nearly three months after a U.S. official said troops would return, nothing has happened.", 3).label).toBe("months after a U.S. official said");
    expect(at("The judge suspended the sentence for two years after highlighting her personal mitigation.", 2).label).toBe("years");
  });
});

describe("'lasted', 'took' and 'served': what the time was the length of, needed for or served for", () => {
  it("the subject of 'lasted', over a relative pronoun: 'the show, which lasted about 15 minutes'", () => {
    expect(shown("Music boomed throughout the space for the duration of the show, which lasted about 15 minutes.", 15)).toEqual({
      display: "about 15", value: 15, qualifier: "about", unit: "minutes", type: "duration", label: "minutes of show",
    });
    expect(shown("Hubers' trial is expected to last two weeks.", 2)).toEqual({
      display: "two", value: 2, qualifier: undefined, unit: "weeks", type: "duration", label: "weeks of trial",
    });
  });

  it("over a 'for': 'the concert which lasted for three hours' → hours of concert; none for a pronoun ('It lasted for only one or two seconds')", () => {
    expect(exact(at("He played piano throughout the concert which lasted for three hours without an interval.", 3))).toEqual(want(3, undefined, "hours", "hours of concert", "duration"));
    expect(exact(at("It lasted for only one or two seconds.", 1))).toEqual(want(1, "only", "seconds", "seconds", "duration"));
  });

  it("over a range's 'between': 'the trial is expected to last between seven and 10 days' → days of trial; none for a pronoun", () => {
    expect(exact(at("Once the jury is selected, the trial is expected to last between seven and 10 days.", 7))).toEqual(want(7, undefined, "days", "days of trial", "duration"));
    expect(exact(at("These can last anywhere between 10 and 90 minutes.", 10))?.label).toBe("minutes");
  });

  it("the purpose of 'took': 'Leeds took two months to appoint Thompson'; none for a name, a pronoun or a verb cut from its number", () => {
    expect(shown("Leeds took two months to appoint Thompson.", 2)).toEqual({
      display: "two", value: 2, qualifier: undefined, unit: "months", type: "duration", label: "months to appoint Thompson",
    });
    expect(at("Costa lasted just over 10 minutes as he pulled up with a hamstring injury.", 10).label).toBe("minutes");
    // A pronoun's time taken is named by what it took, when a doer and a "to" follow (time-taken.ts).
    expect(at("It took nine hours for crews to remove enough debris.", 9).label).toBe("hours to remove enough debris");
    expect(at("Officers in the United States took 30 years to kill 11,000 people.", 30).label).toBe("years");
  });

  it("'is serving 14 years for Mr Kelly's manslaughter': what the term is for; an owner cut short names nothing, so the verb does", () => {
    expect(shown("The 21-year-old is serving 14 years for Mr Kelly's manslaughter.", 14)).toEqual({
      display: "14", value: 14, qualifier: undefined, unit: "years", type: "duration", label: "years for Mr Kelly's manslaughter",
    });
    // The role "as the UK's most senior policeman" is cut at its owner; the time is still what he served (duration-served.ts).
    expect(at("He served five years as the UK's most senior policeman.", 5).label).toBe("years served");
  });
});

describe("a length a motion covered is labelled by the motion: 'ran 26 miles' → miles run", () => {
  it("'ran 26 miles', 'walked for two miles', 'stalled after moving about 10 meters'", () => {
    expect(shown("He ran 26 miles.", 26)).toEqual({ display: "26", value: 26, qualifier: undefined, unit: "miles", type: "measure", label: "miles run" });
    expect(shown("Members of the church walked for two miles throughout the city.", 2)).toEqual({
      display: "two", value: 2, qualifier: undefined, unit: "miles", type: "measure", label: "miles walked",
    });
    expect(shown("The robot stalled after moving about 10 meters, according to a statement.", 10)).toEqual({
      display: "about 10", value: 10, qualifier: "about", unit: "meters", type: "measure", label: "meters moved",
    });
  });

  it("not a speed, nor a noun the tagger calls a verb after an owner", () => {
    expect(at("It will need to travel in excess of 21.39 miles per hour to beat the record.", 21.39).label).not.toBe("miles travelled");
    expect(at("One of his runs over three miles was when he was second.", 3).label).toBe("distance");
  });
});

describe("a duration is a prison term or a ban only as its own clause says it", () => {
  it("'who was six months pregnant at the time, … but now will serve three and a half years in prison': months pregnant, not in prison", () => {
    const text = "Solomon, who was six months pregnant at the time, originally pleaded not guilty to charges of aggravated assault, but now will serve three and a half years in prison following a plea deal.";
    expect(exact(at(text, 6))).toEqual({ value: 6, qualifier: undefined, unit: "months", label: "months pregnant", type: "duration" });
  });

  it("'also received eight years … while John Powell was sentenced': a term verb right before the years makes them a prison term", () => {
    const text = "Thomas Britteon, 28, also received eight years for the same charges while John Powell, 70, was sentenced for 10.";
    expect(exact(at(text, 8))).toEqual({ value: 8, qualifier: undefined, unit: "years", label: "years in prison", type: "duration" });
  });

  it("'jailed for six years and banned from driving for ten years': the ten years are the ban", () => {
    expect(exact(at("He was jailed for six years and banned from driving for ten years.", 10))).toEqual({ value: 10, qualifier: undefined, unit: "years", label: "years ban", type: "duration" });
  });

  it("'handed him eight years, while his brother was sentenced': over the object pronoun, the term verb makes a prison term", () => {
    const text = "The judge handed him eight years, while his brother was sentenced to community service.";
    expect(exact(at(text, 8))).toEqual({ value: 8, qualifier: undefined, unit: "years", label: "years in prison", type: "duration" });
  });

  it("'sentenced to two years, suspended for 12 months': a suspension past the comma makes no prison term", () => {
    expect(exact(at("He was sentenced to two years, suspended for 12 months.", 2))).toEqual({ value: 2, qualifier: undefined, unit: "years", label: "years", type: "duration" });
  });

  it("'She left prison five days later': a time point, no term", () => {
    expect(exact(at("She left prison five days later.", 5))).toEqual({ value: 5, qualifier: undefined, unit: "days", label: "days before leaving prison", type: "duration" });
  });
});

describe("a time 'for' after a perfect or an irregular past is the doing's", () => {
  it("'the authorities have known for 14 months': the months its subject has known", () => {
    expect(exact(at("The evidence proves the authorities have known for 14 months that the gas had leaked into the home.", 14))).toEqual({ value: 14, qualifier: undefined, unit: "months", label: "months authorities have known", type: "duration" });
  });

  it("'drove a taxi for 12 years': an irregular past read as its -ing", () => {
    expect(exact(at("He drove a taxi for 12 years.", 12))).toEqual({ value: 12, qualifier: undefined, unit: "years", label: "years driving a taxi", type: "duration" });
  });
});

describe("a participle sharing a passive's auxiliary is passive, and its duration the time it was so (J: 'five — days' of 'held for five days')", () => {
  it("'was kidnapped in Syria with his crew and held for five days' (a highlight): days held", () => {
    expect(exact(at("Richard Engel was kidnapped in Syria with his crew and held for five days.", 5))).toEqual({ value: 5, qualifier: undefined, unit: "days", label: "days held", type: "duration" });
  });

  it("'is cancelled or delayed for more than two hours': an 'or' shares the auxiliary too: hours delayed", () => {
    expect(exact(at("If a flight is cancelled or delayed for more than two hours, every passenger must be paid.", 2))).toEqual({ value: 2, qualifier: "more than", unit: "hours", label: "hours delayed", type: "duration" });
  });

  it("'Airlines cancelled or delayed …': an active 'or' with no auxiliary before it shares no passive: the past's participle", () => {
    expect(exact(at("Airlines cancelled or delayed for more than two hours about 300 flights.", 2))).toEqual({ value: 2, qualifier: "more than", unit: "hours", label: "hours delayed", type: "duration" });
  });

  it("'the kidnapping, which saw him held for five days': days held", () => {
    expect(exact(at("The 2012 kidnapping of Mr Engel, which saw him held for five days and expecting to be killed, was carried out by rebels.", 5))).toEqual({ value: 5, qualifier: undefined, unit: "days", label: "days held", type: "duration" });
  });
});

describe("passive-participle.ts", () => {
  it("'He walked in and held the door for five minutes.': an 'and' after an active verb shares no passive (mutant: any participle before it)", () => {
    expect(exactOnly("He walked in and held the door for five minutes.")).toEqual({ value: 5, qualifier: undefined, unit: "minutes", label: "minutes holding the door", type: "duration" });
  });
});

describe("the years of a partner 'of N years' count the marriage or the couple, not the partner", () => {
  it.each([
    ["Last month, Flowers's wife of over 56 years, Flora, spoke of her wish for him to regain his health.", 56, "over 56 years", "years married"],
    ["He is tying the knot with his partner of six years Heather Martin, 26, today.", 6, "six years", "years together"],
  ])("%s", (text, value, display, label) => {
    expect(at(text, value)).toMatchObject({ display, type: "duration", unit: "years", label });
  });
});

describe("a duration says where it was spent, past the determiner", () => {
  it("'four days in a hospital', '15 years at the club' say where; a name, 'at a time' and a duration 'of' a noun do not", () => {
    expect(at("The pair spent four days in a hospital after the crash.", 4)).toMatchObject({ display: "four", unit: "days", type: "duration", label: "days in hospital" });
    expect(at("He has spent 15 years at the club.", 15)).toMatchObject({ unit: "years", type: "duration", label: "years at club" });
    expect(at("Players were allowed 30 seconds at a time.", 30)).toMatchObject({ unit: "seconds", label: "seconds" });
    // The name after the time is not taken as where; the past before it says what was done (past-doing.ts).
    expect(at("He lived for two years in the United States.", 2)).toMatchObject({ unit: "years", label: "years living" });
    expect(at("Morris is described as Mitchell's friend of more than 44 years in the legal documents.", 44)).toMatchObject({ display: "more than 44 years", label: "Mitchell's friend" });
  });
});
