// A signing dated before the reported event is not one of its documents: the day nearest the
// signing in its sentence, against the event's day (the lead's earliest day, or the publication
// date). Invented releases.
import { describe, expect, test } from "vitest";
import { titles } from "../../helpers/documents.js";

describe("a signing dated before the event", () => {
  test.each([
    "LIMA, 20 May 2024 – The President of Chile arrived in Lima on Monday for a three-day state visit. On 4 March the foreign ministers signed an agreement on visa facilitation in Santiago.",
    "VIENNA, 10 October 2023. The Chancellor received the Prime Minister of Slovenia on 9 October. The two countries signed a memorandum on energy on 2 February, the Chancellor recalled.",
    "OSLO, 3 December 2024. The ministers met in Oslo today. Back on 12 August, the sides signed an agreement on research, which is now being implemented.",
    "ACCRA, 28 June 2024 — President Mahama received the Prime Minister of Portugal on 27 June. The two governments had signed a protocol on health in Lisbon on 15 January.",
  ])("%s", (text) => {
    expect(titles(text)).toEqual([]);
  });
});

describe("a signing on the event's day, or dated by the lead itself", () => {
  test.each([
    ["SOFIA, 15 April 2024. Ministers signed an agreement on road transport on 14 April, during the meeting of the joint commission.", ["an agreement on road transport"]],
    ["BERLIN, 22 June 2024 — During the visit, the ministers signed a memorandum on hydrogen. Back on 12 January, the sides signed an agreement on research.", ["a memorandum on hydrogen"]],
    // a release published days after the event, whose lead dates it
    ["QUITO, 30 May 2024. On 21 May, the foreign ministers of Ecuador and Peru signed an agreement on border crossings in Quito.", ["an agreement on border crossings"]],
    // a state visit over several days: a signing on one of them
    ["HANOI, 9 March 2024. The President paid a state visit to Vietnam from 5 to 8 March. On 6 March, the two leaders signed a treaty on legal assistance.", ["a treaty on legal assistance"]],
    // today's signing after the mention of an earlier meeting
    ["ROME, 20 May 2024. The ministers, who first met on 2 February, today signed a memorandum on culture.", ["a memorandum on culture"]],
  ])("%s", (text, expected) => {
    expect(titles(text)).toEqual(expected);
  });
});

describe("a signing dated by a year or a month that ended before the event", () => {
  test.each([
    // the publication date gives the year
    ["TBILISI, 12 May 2024. The ministers met today and recalled the treaty on friendship signed by the two states in 1996.", []],
    ["TBILISI, 12 May 2024. The ministers signed a protocol on customs today. They praised the air services agreement signed in March 2019.", ["a protocol on customs"]],
    // no year in the dateline: the text's own past years date the event
    ["QUITO, Sept. 9 – The ministers met on Tuesday. Trade reached 2 billion dollars in 2023. They praised the treaty of peace signed by the two countries in 1998.", []],
  ])("%s", (text, expected) => {
    expect(titles(text)).toEqual(expected);
  });

  test.each([
    // the event's own year
    ["TBILISI, 12 May 2024. The two ministers signed a protocol on customs in May 2024 in the presence of the press.", ["a protocol on customs"]],
    // a deadline is not a past year: the signing in the text's last past year stands
    ["QUITO, Sept. 9 – Trade reached 2 billion dollars in 2023. The agreement on fisheries, signed by the ministers in Quito in 2024, runs until 2030.", ["The agreement on fisheries"]],
  ])("%s", (text, expected) => {
    expect(titles(text)).toEqual(expected);
  });
});
