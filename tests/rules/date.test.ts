import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { expectOffsetsSliceBack } from "../helpers/offsets.js";

function dateOf(text: string, refDate?: string) {
  const result = extract(text, { refDate });
  expectOffsetsSliceBack(text, result);
  return result.date ? { value: result.date.value, text: result.date.text } : null;
}

describe("publication date", () => {
  test.each([
    ["date 2025-06-17 President of Kyrgyzstan met the Chinese leader.", "2025-06-17", "date 2025-06-17"],
    ["date 2021-03-01 19:38\nJaparov tells why he plans a visit\n\nText.", "2021-03-01", "date 2021-03-01"],
    ["\uFEFFdate 2022-08-08 UZBEKISTAN, August 8 - President chairs a meeting\n", "2022-08-08", "date 2022-08-08"],
    ["Japan-Uzbekistan Summit Telephone Talk\n\nJune 9, 2022\n[Provisional translation]\n\nOn June 9, the leaders talked.", "2022-06-09", "June 9, 2022"],
    ["POLITICS | 19:42 / 05.04.2024\n2229\n2 min read\n\nLeaders meet in Khiva today\n\nOn April 5, they met.", "2024-04-05", "05.04.2024"],
    ["Headline about the talks here\n\nMonday, 02 December 2019 12:10\n\nThe President took part.", "2019-12-02", "02 December 2019"],
    ["Blinken meets Wang Yi in Washington today\n8/19/2024 9:25:30 AM\n\nThe two met.", "2024-08-19", "8/19/2024"],
    // a dateline with the agency's name after the date, on a line of its own
    ["Two regions sign a charter\n\nTashkent, 3 March, UzA\n\nThe forum ended on Monday.", "--03-03", "3 March"],
    // a Hijri date before the Gregorian one
    ["Jeddah, Jumada al-Akhirah 2, 1446 H., Dec 4, 2024, SPA -- The minister received the envoy today.", "2024-12-04", "Dec 4, 2024"],
    // the year first with dots; the day first with dashes (the month first only where the day cannot be)
    ["Home » News\n2023.10.04.\nSzeged welcomes a delegation from Ulsan\n\nThe delegation arrived on Tuesday.", "2023-10-04", "2023.10.04"],
    ["Local | Politics\n14-03-2025 09:15\nAmir receives envoy\n\nThe Amir received the envoy today.", "2025-03-14", "14-03-2025"],
    ["Local | Politics\n03-14-2025\nAmir receives envoy\n\nThe Amir received the envoy today.", "2025-03-14", "03-14-2025"],
    ["All news\n\nRussia, Turkmenistan sign a treaty\n\nASHGABAT, October 2. /TASS/. The presidents signed a treaty.", "--10-02", "October 2"],
    ["BEIJING, Sept. 6 (Xinhua) -- Chinese Premier Li Qiang on Friday held talks.", "--09-06", "Sept. 6"],
    // the item's date in a metadata line of labels, above the dateline
    ["Home | World\nPremier holds talks with Fijian prime minister\nSource: Ruritanian News | 2024-07-09 21:48:16 | Editor: Ana Lima\nBEIJING, July 9 (RNA) -- The premier held talks here on Tuesday.", "2024-07-09", "2024-07-09"],
    // a date with a space after each point, as Slovene and Czech sites write it
    ["GOV.RT\nHome > News\n9. 10. 2025\nRuritania and Chile sign a visa agreement\n\nThe ministers signed it on Thursday.", "2025-10-09", "9. 10. 2025"],
    // the page's summary above its metadata: the date alone on a line under it
    ["Home\nPress release\nRuritania and Chile deepen ties\nThe foreign secretary and her Chilean counterpart signed a declaration in Lima.\nFrom:\nForeign Office\nPublished\n12 May 2025\nThe foreign secretary signed the declaration on Monday.", "2025-05-12", "12 May 2025"],
    ["Leaders meet in the capital today\n\nTashkent, Uzbekistan, Nov. 3\n\nBy Diana Aliyeva Trend:\n\nThe President met them.", "--11-03", "Nov. 3"],
    // the dateline and the byline on one line, which ends in a colon as page chrome lines do
    ["Ministers open a forum in Baku\n\nBAKU, Azerbaijan, June 12. By Leyla Huseynova – Trend:\n\nThe ministers opened the forum.", "--06-12", "June 12"],
    ["Islamabad, June 20, 2018 (PPI-OT): The President is visiting Tajikistan.", "2018-06-20", "June 20, 2018"],
    ["DUSHANBE, 21.06.2018. /NIAT «Khovar»/. The President held talks.", "2018-06-21", "21.06.2018"],
    ["Cabinet approves MoU between India and Egypt, New Delhi, 12 September 2018.\n\nThe Cabinet approved it.", "2018-09-12", "12 September 2018"],
    // the date a site prints on every page gives way to the article's own
    ["Government Portal\nLast updated: Wed 12 Mar 2025, 10:02\n\nMinisters meet in Lima\n\n9 March 2025\n\nThe ministers met on Sunday.", "2025-03-09", "9 March 2025"],
    ["Today: 4 June 2024 | Weather 21°C\nPresident receives envoy\n\n2 June 2024\n\nThe president received the envoy.", "2024-06-02", "2 June 2024"],
    // a time after a dash is no range, and a Spanish "p. m." no sentence's end
    ["Site of the Ministry\nPublished on 09/05/2024 - 11:40 | Updated on 09/05/2024 - 12:10\nThe minister opened the fair on Thursday.", "2024-05-09", "09/05/2024"],
    ["Notas de prensa\nMinisters of Chile and Peru sign a fisheries protocol\n14 de marzo de 2024 - 6:30 p. m.\nThe ministers signed the protocol on Thursday.", "2024-03-14", "14 de marzo de 2024"],
    // the label before the date is the one that counts, not an "Updated" after it
    ["Ruritania News Agency\nLocal | World | Economy\nPublished: 08/09/2024 21:05  |  Updated: 09/09/2024 14:20\n\nMinisters issue a joint statement\n\nLima, Sept. 8 (RNA) -- The ministers issued a joint statement on Sunday.", "2024-09-08", "08/09/2024"],
    // a byline's metadata line, its date between pipes
    ["Embassy of Ruritania\n\nRuritania and Chile sign a memorandum\n\nBy Embassy Lima | 12 September, 2024 | Topics: Energy, News\n\nLIMA – The ambassador signed a memorandum on Wednesday.", "2024-09-12", "12 September, 2024"],
    // a dateline without its year under the page's own date: the year is the page's
    ["news.example | World | Business\nSource: Agency | Editor: Li Na\nUpdated: 2025-03-19 22:41\n\nPremier meets Fiji's prime minister\n\nBEIJING, March 19 (Agency) -- The premier met the prime minister on Wednesday.", "2025-03-19", "March 19"],
    // an agency's name before a dash and the date
    ["NEWS AGENCY\nLATEST | WORLD | BUSINESS\n\nChile to fund a radar network in Peru\n\nANDES NEWS - Mar 4, 2025 - 10:15 | Politics\n\nLIMA - Chile and Peru on Tuesday exchanged notes on a grant for radar stations on the coast.", "2025-03-04", "Mar 4, 2025"],
    // … and stands when the article gives none
    ["Government Portal\nLast updated: Wed 12 Mar 2025\n\nMinisters meet in Lima\n\nThe ministers met on Sunday.", "2025-03-12", "12 Mar 2025"],
  ])("%j → %s", (text, value, source) => {
    expect(dateOf(text)).toEqual({ value, text: source });
  });

  test.each([
    ["President Mirziyoyev held talks with the Prime Minister. The visit began on June 17, 2025."],
    ["Weekly political digest (19.10- 24.10.2009)\n\nOfficial news\n\nThe President arrived in Bern."],
    ["Official visit of the President to Tajikistan 18-21 June 2018\n\nThe President arrived on a visit."],
    ["Foreign Secretary meets Egyptian Foreign Minister [September 2023]\n\nThe press release issued by the Foreign Office on 20 September 2023.\n\nThe Foreign Secretary met the minister."],
    ["The delegation arrived on Monday.\n\nApril 18\n\nThe talks took place."],
    ["Kenya and Ethiopia sign trade deal\n\nThe leaders signed it on 5 May 2023 in Nairobi."],
    ["WASHINGTON: Spokesperson Ned Price on Saturday confirmed the meeting."],
    [""],
  ])("no publication date in %j", (text) => {
    expect(dateOf(text)).toBeNull();
  });

  test("--ref-date gives the year to a dateline without one", () => {
    expect(dateOf("MOSCOW, November 28. /TASS/. Talks were held.", "2024-12-02")).toEqual({ value: "2024-11-28", text: "November 28" });
  });

  test("a bad reference date is refused as a bad option", () => {
    expect(() => extract("text", { refDate: "2024-13-01" })).toThrow(/YYYY-MM-DD/);
  });
});
