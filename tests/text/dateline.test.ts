import { describe, expect, test } from "vitest";
import { readDateline } from "../../src/text/dateline.js";

/** What follows the dateline, and the date it names. */
function read(s: string, strict = false) {
  const d = readDateline(s, strict);
  if (!d) return null;
  return { body: s.slice(d.bodyStart), date: d.date ? s.slice(d.date.start, d.date.end) : null };
}

describe("readDateline", () => {
  test.each([
    ["MOSCOW, November 28. /TASS/. Russia and China…", "Russia and China…", "November 28"],
    ["BEIJING, May 13 (Xinhua) -- Chinese President…", "Chinese President…", "May 13"],
    ["Port Louis, 3 May (RNA) --- The Republic of Mauritius…", "The Republic of Mauritius…", "3 May"],
    ["Tashkent, Uzbekistan, May 12", "", "May 12"],
    ["BAKU, Azerbaijan, April 4. The EU will sign…", "The EU will sign…", "April 4"],
    ["ASTANA. KAZINFORM - Head of State…", "Head of State…", null],
    ["Baku / 22.02.20 / Turan:, Approximately 20 documents…", "Approximately 20 documents…", "22.02.20"],
    ["Tianjin [China], August 31 (ANI): Prime Minister…", "Prime Minister…", "August 31"],
    ["KIEV/MOSCOW, January 23, 2004. /RIA Novosti/ -- On Friday…", "On Friday…", "January 23, 2004"],
    ["Tokyo, Aug. 28 (Jiji Press)--Japanese Foreign Minister…", "Japanese Foreign Minister…", "Aug. 28"],
    ["New Delhi, July 30 Three Memorandums were signed…", "Three Memorandums were signed…", "July 30"],
    ["Hyderabad: Maulana Azad National Urdu University…", "Maulana Azad National Urdu University…", null],
    ["New Delhi: Prime Minister Narendra Modi…", "Prime Minister Narendra Modi…", null],
    ["RIYADH — Crown Prince…", "Crown Prince…", null],
    ["PanARMENIAN.Net - Presidents met…", "Presidents met…", null],
    ["(MENAFN) On Wednesday, seven agreements…", "On Wednesday, seven agreements…", null],
    ["Sunday, October 22, 2023 – President William Ruto…", "President William Ruto…", "October 22, 2023"],
    ["Addis Ababa, Ethiopia 31 January 2014- The 22nd Ordinary Session…", "The 22nd Ordinary Session…", "31 January 2014"],
    ["Washington, DC (STL.News) Secretary of State…", "Secretary of State…", null],
  ])("%s", (s, body, date) => {
    expect(read(s)).toEqual({ body, date });
  });

  test.each([
    ["The EU will sign a joint declaration, said von der Leyen."],
    ["North South University (NSU) signed a Memorandum of Understanding."],
    ["President Gurbanguly Berdimuhamedov: Our region is an energy centre"],
    ["Chinese Premier Li Qiang (R) meets with Prime Minister Mikhail Mishustin."],
    ["Following is the text of the joint declaration: the sides…"],
    ["On June 9, commencing at 5:40 p.m., the Prime Minister…"],
    ["According to the Ministry of Foreign Affairs, the sides met."],
    ["Sadyr Japarov, in turn, emphasized that China is a key partner."],
  ])("no dateline in «%s»", (s) => {
    expect(read(s)).toBeNull();
  });

  test("on a headline line only a dated or capitalised prefix counts", () => {
    expect(read("UZBEKISTAN, August 8 - President chairs a meeting", true)).toEqual({ body: "President chairs a meeting", date: "August 8" });
    expect(read("Serdar Berdimuhamedov: Turkmenistan will continue the course", true)).toBeNull();
    expect(read("Hyderabad: University signs MoU", true)).toBeNull();
  });
});
