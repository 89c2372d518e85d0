import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { expectOffsetsSliceBack } from "../helpers/offsets.js";

// 2025-06-17 is a Tuesday.
const PUBLISHED = "date 2025-06-17\n";

/** The dates of a text as [value, text] pairs, without the publication date line itself. */
function datesOf(text: string, refDate?: string): [string, string][] {
  const result = extract(text, { refDate });
  expectOffsetsSliceBack(text, result);
  return result.dates.filter((d) => !d.text.startsWith("date ")).map((d) => [d.value, d.text]);
}

describe("dates: written days, months and years", () => {
  test.each([
    ["The leaders met on June 17, 2025 in Astana.", [["2025-06-17", "June 17, 2025"]]],
    ["They met on 17 June 2025.", [["2025-06-17", "17 June 2025"]]],
    ["The forum opened on 14th September 2022.", [["2022-09-14", "14th September 2022"]]],
    ["The agency reported it on 2022 Nov. 17.", [["2022-11-17", "2022 Nov. 17"]]],
    ["Signed at Tashkent, 17.06.2025.", [["2025-06-17", "17.06.2025"]]],
    ["Posted 10/26/2023 11:52 PM EDT", [["2023-10-26", "10/26/2023"]]],
    ["The notes were exchanged on 2024-03-01.", [["2024-03-01", "2024-03-01"]]],
    ["The state visit in February 2025 was a success.", [["2025-02", "February 2025"]]],
    ["Relations were established in 1992.", [["1992", "1992"]]],
    ["He has been President since 2014.", [["2014", "2014"]]],
    ["Trade should double by 2030.", [["2030", "2030"]]],
    ["© Copyright 2022 The Gazette.", [["2022", "2022"]]],
    ["Trade will grow by mid-2026.", [["2026", "2026"]]],
    ["The talks were held on Friday, 20 October 2017.", [["2017-10-20", "Friday, 20 October 2017"]]],
  ])("%j", (text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });
});

describe("dates: days and months without a year", () => {
  test.each([
    [`${PUBLISHED}The ministers met on May 13.`, undefined, [["2025-05-13", "May 13"]]],
    [`${PUBLISHED}The summit is planned for December 3.`, undefined, [["2025-12-03", "December 3"]]],
    [`${PUBLISHED}BEIJING, Sept. 6 (Xinhua) -- Talks were held.`, undefined, [["2025-09-06", "Sept. 6"]]],
    [`${PUBLISHED}The talks will continue in March.`, undefined, [["2025-03", "March"]]],
    [`${PUBLISHED}Prices rose in mid-June and since early May.`, undefined, [["2025-06", "June"], ["2025-05", "May"]]],
    [`${PUBLISHED}Work goes on by mid June.`, undefined, [["2025-06", "June"]]],
    // a month glued to the word before it is a typo, not a date to read
    [`${PUBLISHED}Prices rose inMay and midJune.`, undefined, []],
    // the long s that old typefaces print for s: still a month, and never a month of undefined
    [`${PUBLISHED}The forum met in Auguſt.`, undefined, [["2025-08", "Auguſt"]]],
    [`${PUBLISHED}The forum met on Auguſt 5.`, undefined, [["2025-08-05", "Auguſt 5"]]],
    ["The ministers met on May 13.", undefined, [["--05-13", "May 13"]]],
    ["The ministers met on May 13.", "2024-05-20", [["2024-05-13", "May 13"]]],
  ])("%j (ref %s)", (text, refDate, expected) => {
    expect(datesOf(text, refDate)).toEqual(expected);
  });
});

describe("dates: ranges", () => {
  test.each([
    ["The visit runs from 5 to 7 February 2025.", [["2025-02-05/2025-02-07", "5 to 7 February 2025"]]],
    ["The forum was held September 14 to 16, 2022.", [["2022-09-14/2022-09-16", "September 14 to 16, 2022"]]],
    ["He visits Tajikistan from 18-21 June 2018.", [["2018-06-18/2018-06-21", "18-21 June 2018"]]],
    [`${PUBLISHED}The session is set for April 18-19.`, [["2025-04-18/2025-04-19", "April 18-19"]]],
    [`${PUBLISHED}Talks are set for December 13 and 14.`, [["2025-12-13/2025-12-14", "December 13 and 14"]]],
    [`${PUBLISHED}Talks were held on May 1 and 9.`, [["2025-05-01", "May 1"], ["2025-05-09", "9"]]],
    ["Talks were held on 1 and 9 May 2025.", [["2025-05-01", "1"], ["2025-05-09", "9 May 2025"]]],
    ["Weekly digest (19.10- 24.10.2009)", [["2009-10-19/2009-10-24", "19.10- 24.10.2009"]]],
    ["The next session is due in June/July 2014.", [["2014-06/2014-07", "June/July 2014"]]],
    ["An exchange programme for 2022-2025 was signed.", [["2022/2025", "2022-2025"]]],
    ["A plan for the years 2015-18 was adopted.", [["2015/2018", "2015-18"]]],
    ["The forum takes place on 17-18.06.2025 in Tashkent.", [["2025-06-17/2025-06-18", "17-18.06.2025"]]],
    ["The talks were held between 5 and 7 June 2025.", [["2025-06-05/2025-06-07", "5 and 7 June 2025"]]],
    ["The mission ran December 2024 – January 2025.", [["2024-12/2025-01", "December 2024 – January 2025"]]],
    ["The conference runs 30 May - 2 June 2025.", [["2025-05-30/2025-06-02", "30 May - 2 June 2025"]]],
    // "last October", "next May": the nearest such month before or after the publication date
    [`${PUBLISHED}The minister visited Lima last October and will return next May.`, [["2024-10", "last October"], ["2026-05", "next May"]]],
    [`${PUBLISHED}The talks resume next August, after they failed last March.`, [["2025-08", "next August"], ["2025-03", "last March"]]],
    // a day's year in words right after it
    [`${PUBLISHED}The rules take effect on January 1 next year.`, [["2026-01-01", "January 1 next year"]]],
    [`${PUBLISHED}Talks began on 4 March last year.`, [["2024-03-04", "4 March last year"]]],
    // months joined by a dash take the text's year, as a month alone does
    [`${PUBLISHED}Trade grew by a third in January-May.`, [["2025-01/2025-05", "January-May"]]],
    [`${PUBLISHED}In the Jan–Mar quarter exports rose.`, [["2025-01/2025-03", "Jan–Mar"]]],
  ])("%j", (text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });
});

describe("dates: relative to the publication date", () => {
  test.each([
    [`${PUBLISHED}The President said today, June 17, that talks went well.`, [["2025-06-17", "today, June 17"]]],
    [`${PUBLISHED}Today's talks were held in Astana.`, [["2025-06-17", "Today's"]]],
    [`${PUBLISHED}Yesterday the ministers met.`, [["2025-06-16", "Yesterday"]]],
    [`${PUBLISHED}The sides signed a memorandum today.`, [["2025-06-17", "today"]]],
    [`${PUBLISHED}The guest arrived in the country the day before.`, [["2025-06-16", "the day before"]]],
    [`${PUBLISHED}The leaders will meet tomorrow.`, [["2025-06-18", "tomorrow"]]],
    [`${PUBLISHED}The ministers met on Monday.`, [["2025-06-16", "on Monday"]]],
    [`${PUBLISHED}The ministers met on Tuesday.`, [["2025-06-17", "on Tuesday"]]],
    [`${PUBLISHED}The President left Luanda Wednesday afternoon.`, [["2025-06-11", "Wednesday"]]],
    [`${PUBLISHED}The President will travel to Rome on Thursday.`, [["2025-06-19", "on Thursday"]]],
    [`${PUBLISHED}The ministers, who met on Monday, said they will go on.`, [["2025-06-16", "on Monday"]]],
    [`${PUBLISHED}He will meet the Premier on Monday.`, [["2025-06-23", "on Monday"]]],
    [`${PUBLISHED}He will meet the Premier next Monday.`, [["2025-06-23", "next Monday"]]],
    [`${PUBLISHED}The ministers met last Tuesday.`, [["2025-06-10", "last Tuesday"]]],
    [`${PUBLISHED}Trade grew by 20 percent last year.`, [["2024", "last year"]]],
    [`${PUBLISHED}The forum will be held next year.`, [["2026", "next year"]]],
    [`${PUBLISHED}He attended this year's summit.`, [["2025", "this year"]]],
    [`${PUBLISHED}The decree was signed in July this year.`, [["2025-07", "July this year"]]],
    [`${PUBLISHED}The sides met last month.`, [["2025-05", "last month"]]],
    [`${PUBLISHED}The talks open next month.`, [["2025-07", "next month"]]],
    // `the next month` after the verb of a future clause: the month after publication
    [`${PUBLISHED}The ministers will meet again the next month in Quito.`, [["2025-07", "the next month"]]],
    [`${PUBLISHED}The second round of talks is scheduled to take place the next month.`, [["2025-07", "the next month"]]],
    [`${PUBLISHED}The joint commission is expected to convene the next month, the ministry said.`, [["2025-07", "the next month"]]],
    // the present of a journey tells a schedule
    [`${PUBLISHED}The minister travels on to Brussels on Sunday.`, [["2025-06-22", "on Sunday"]]],
    [`${PUBLISHED}He is set to tour a factory in Osaka on Friday.`, [["2025-06-20", "on Friday"]]],
    [`${PUBLISHED}The minister travelled on to Brussels on Sunday.`, [["2025-06-15", "on Sunday"]]],
    // a weekday with its day of the month in brackets, as Brazilian outlets write it
    [`${PUBLISHED}The delegation travels on Thursday (19) to Luanda.`, [["2025-06-19", "on Thursday (19)"]]],
    [`${PUBLISHED}The ministers met on Wednesday (11) in Lima.`, [["2025-06-11", "on Wednesday (11)"]]],
    // a number in brackets that is no day of that weekday changes nothing
    [`${PUBLISHED}The ministers met on Monday (3) sessions.`, [["2025-06-16", "on Monday"]]],
  ])("%j", (text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });
});

describe("dates: counted back, and ranges between weekdays", () => {
  test.each([
    [`${PUBLISHED}The bridge was opened three years ago.`, [["2022", "three years ago"]]],
    [`${PUBLISHED}Relations were set up 30 years ago in Vienna.`, [["1995", "30 years ago"]]],
    [`${PUBLISHED}The line opened a year ago.`, [["2024", "a year ago"]]],
    [`${PUBLISHED}The mission arrived two months ago.`, [["2025-04", "two months ago"]]],
    [`${PUBLISHED}The fair runs from Monday, June 23, to Thursday, June 26.`, [["2025-06-23/2025-06-26", "Monday, June 23, to Thursday, June 26"]]],
    [`${PUBLISHED}The games ran from 3 June, until 8 June 2025.`, [["2025-06-03/2025-06-08", "3 June, until 8 June 2025"]]],
    // two days in a row are one range, as the corpus writes "December 13 and 14"
    [`${PUBLISHED}Talks were held on Monday and Tuesday.`, [["2025-06-16/2025-06-17", "on Monday and Tuesday"]]],
  ])("%j", (text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });

  test.each([
    // no publication date: nothing to count back from
    ["The bridge was opened three years ago."],
    // an age of a comment on the page, a vague count, a year inside a name
    [`${PUBLISHED}Amina | 7 years ago | Reply`],
    [`${PUBLISHED}The bridge was opened many years ago.`],
    [`${PUBLISHED}The plan serves Agenda 2063 and Vision 2030.`],
    // two days with something else between them are two dates, not a range
    [`${PUBLISHED}Monday, June 23, was busy, and so was Thursday, June 26.`],
  ])("no counted-back date or range in %j", (text) => {
    expect(datesOf(text).filter(([v, t]) => v.includes("/") || /ago/u.test(t))).toEqual([]);
  });
});

describe("dates: not dates", () => {
  test.each([
    [`${PUBLISHED}The talks began at 19:42 and ended at 21:00.`],
    [`${PUBLISHED}The two countries have been partners for 30 years.`],
    [`${PUBLISHED}The President, 67, opened the 22nd meeting of the council.`],
    [`${PUBLISHED}Some 2000 participants attended; trade reached 2025 tonnes.`],
    [`${PUBLISHED}The plan serves the Kingdom's Vision 2030 and Agenda 2063.`],
    [`${PUBLISHED}He spoke at the 2024 Summit of the Forum and at Expo 2025 Osaka.`],
    [`${PUBLISHED}Under Law No. 1 of 2019 and Resolution 2231, the fund was set up.`],
    // an agency's code at the foot of the text
    [`${PUBLISHED}The talks ended.\n\n**2049\nFollow us on X`],
    [`${PUBLISHED}The ministers met last week and will meet again this week.`],
    [`${PUBLISHED}Trade has grown over the last year.`],
    [`${PUBLISHED}Both sides believe in a brighter tomorrow.`],
    [`${PUBLISHED}The delegates may meet again; the troops march on.`],
    [`${PUBLISHED}Version 2.5.1 costs $2025 and weighs 2,020 kg.`],
    [`${PUBLISHED}Delegates attended the Shiksha Samagam-2023 in Delhi.`],
    [`${PUBLISHED}The sessions opened at 10.30 and closed at 12.45 local time.`],
    [`${PUBLISHED}About 1500 people and over 2000 delegates took part.`],
    [`${PUBLISHED}For accreditation call +1 202 2023 1999.`],
    [`${PUBLISHED}The price of the project rose by 2025%.`],
    [`${PUBLISHED}He spent 2 days, 3 weeks and 5 months abroad.`],
    [`${PUBLISHED}The UN Security Council adopted resolution 2231 unanimously.`],
    [`${PUBLISHED}Flight 2021 landed; the ministry sits in room 2019.`],
    [`${PUBLISHED}The 2030 Agenda for Sustainable Development was discussed.`],
    [`${PUBLISHED}The Uzbekistan-2030 Strategy was presented.`],
    [`${PUBLISHED}The Hijri date was Dhul-Hijjah 28, 1438 H.`],
    [`${PUBLISHED}The ministers will meet again this week.`],
    [`${PUBLISHED}Trade grew tenfold over the past decade.`],
    [`${PUBLISHED}Youth is the hope of a more beautiful tomorrow.`],
    [`${PUBLISHED}Trade reached 2,024 tons, with a growth of 2.5%.`],
    [`${PUBLISHED}The delegates may 5 times raise the issue.`],
    [`${PUBLISHED}Of the proposals, 2 may be adopted and 3 march on.`],
    [`${PUBLISHED}They will meet for the 3rd time on the 17th floor.`],
    [`${PUBLISHED}The meeting lasted from 10:00 to 12:30.`],
    [`${PUBLISHED}The President hopes to visit this spring.`],
    [`${PUBLISHED}Over 1,000 projects worth $2.5 billion were signed.`],
    [`${PUBLISHED}The 75th anniversary of the 2nd session was marked.`],
    [`${PUBLISHED}The new road is 2024 km long.`],
    [`${PUBLISHED}The agreement was signed for a period of five years.`],
    [`${PUBLISHED}The working groups meet every two weeks.`],
    [`${PUBLISHED}The COP29 conference opened in Baku.`],
    [`${PUBLISHED}He thanked the EXPO-2025 organisers.`],
    [`${PUBLISHED}They discussed the Kazakhstan 2050 Strategy.`],
    [`${PUBLISHED}The Tashkent 2024 Forum opened its doors.`],
    [`${PUBLISHED}Order No. 2019 was issued by the ministry.`],
    [`${PUBLISHED}The parcel carries code 2020-XY.`],
    [`${PUBLISHED}He has worked there for the last year.`],
    [`${PUBLISHED}Over the next month, the talks continue.`],
    // `the next month` as a stretch, or counted from another date than publication
    [`${PUBLISHED}The embassy will issue visas within the next month.`],
    [`${PUBLISHED}Prices will be monitored for the next month.`],
    [`${PUBLISHED}The experts will meet twice during the next month.`],
    [`${PUBLISHED}The plan will be finalised in the next month or so.`],
    [`${PUBLISHED}The treaty was signed in the spring and ratified the next month.`],
    [`${PUBLISHED}The next month will be decisive for the talks.`],
    [`${PUBLISHED}The talks took place last weekend.`],
    [`${PUBLISHED}Marchers gathered and Mayors met.`],
    [`${PUBLISHED}The score was 20:25 and the ratio 19/20.`],
    [`${PUBLISHED}Version 2019.1 and build 2020.3.4 were released.`],
    [`${PUBLISHED}Tel.: (+998 71) 239-20-21, fax 239-2019.`],
    [`${PUBLISHED}Each of the 2030 participants received a badge.`],
    [`${PUBLISHED}The minister was born in the 1960s.`],
    ["The agreement signed this year enters into force next month."], // no publication date
    ["The President said today that talks went well."], // no publication date
    ["The ministers met last Monday."], // no publication date
    ["The ministers met on Monday and agreed to meet again next year."], // no publication date
    ["The decree was signed in July."], // a month without any year
  ])("%j", (text) => {
    expect(datesOf(text)).toEqual([]);
  });
});

describe("dates: the publication date line", () => {
  test.each([
    ["date 2025-06-17 President met the delegation.", "2025-06-17", "date 2025-06-17"],
    ["date 2021-03-01 19:38\nThe President met the delegation.", "2021-03-01", "date 2021-03-01"],
  ])("%j", (text, value, source) => {
    const result = extract(text);
    expectOffsetsSliceBack(text, result);
    expect(result.dates).toEqual([{ value, text: source, start: 0, end: source.length }]);
  });
});

describe("dates: two weekdays in a row, and a month alone after for", () => {
  test.each([
    // 2025-06-17 is a Tuesday: the last Monday and Tuesday before it
    [`${PUBLISHED}The forum met on Monday and Tuesday in Astana.`, [["2025-06-16/2025-06-17", "on Monday and Tuesday"]]],
    // not in a row: two days
    [`${PUBLISHED}The ministers met on Monday and Thursday.`, [["2025-06-16", "on Monday"], ["2025-06-12", "Thursday"]]],
    [`${PUBLISHED}The next session is set for October in Baku.`, [["2025-10", "October"]]],
    // a month in lower case is a word
    [`${PUBLISHED}The plan is set for march approval.`, []],
  ])("%s", (text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });

  test("a month alone is left out when the publication year is unknown", () => {
    expect(datesOf("The next session is set for October in Baku.")).toEqual([]);
  });
});

describe("dates: a year before 1900, where only a year can stand", () => {
  test.each([
    ["The town, founded in 1711, lies in the hills.", [["1711", "1711"]]],
    ["Relations date back to a treaty of friendship; the port has traded since 1648 and still does.", [["1648", "1648"]]],
    ["The cathedral was built in the year 1350.", [["1350", "1350"]]],
  ])("%s", (text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });

  test.each([
    // a count after "in" and "from"
    "In 1500 schools the new lessons began.",
    "The fund grew from 1200 members to 1800 members.",
    "Room 1204 of the palace hosted the talks.",
  ])("%s", (text) => {
    expect(datesOf(text)).toEqual([]);
  });
});

test("months joined by a word or a slash without a year make no range", () => {
  for (const text of [`${PUBLISHED}The fair moved from May to October.`, `${PUBLISHED}In May/October the talks resume.`]) {
    expect(datesOf(text).filter(([value]) => value.includes("/"))).toEqual([]);
  }
});

describe("dates: a month name between dashes, and a comma after the month", () => {
  test.each([
    ["Updated 09:15, 03-Mar-2025", [["2025-03-03", "03-Mar-2025"]]],
    ["The fair closed on 7-Sep-2024 in Lima.", [["2024-09-07", "7-Sep-2024"]]],
    ["March, 09, 2025 - 11:40 World news", [["2025-03-09", "March, 09, 2025"]]],
    // a comma after the month with no year is a count, not a day
    ["In November, 4 ministers met in Lima.", []],
    // a code of letters and numbers is no date
    ["The order was filed as 12-ABC-2025.", []],
  ])("%s", (text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });

  test("the publication date from a stamp at the top of the page", () => {
    const text = "Updated 19:42, 21-Apr-2025\n\nMinisters meet in Quito\n\nThe ministers met on Monday.";
    expect(extract(text).date?.value).toBe("2025-04-21");
  });
});
