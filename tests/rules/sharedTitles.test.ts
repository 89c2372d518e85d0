// A plural role before coordinated names gives each of them the role, in the singular.
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { singularTitle } from "../../src/rules/people/sharedTitles.js";

const titles = (text: string) => extract(text).people.map((p) => [p.name, p.title]);

describe("a plural title shared by coordinated names", () => {
  test.each([
    ["Presidents Alberto Rojas and Miguel Torres held talks in Lima.", [["Alberto Rojas", "President"], ["Miguel Torres", "President"]]],
    ["Foreign Ministers Ana Ruiz, Tomas Berg and Leila Haddad signed the communique.", [["Ana Ruiz", "Foreign Minister"], ["Tomas Berg", "Foreign Minister"], ["Leila Haddad", "Foreign Minister"]]],
    ["The talks of Prime Ministers Kenji Watanabe and Rui Carvalho lasted two hours.", [["Kenji Watanabe", "Prime Minister"], ["Rui Carvalho", "Prime Minister"]]],
    ["Ambassadors Olga Smirnova, and Pedro dos Santos presented their letters.", [["Olga Smirnova", "Ambassador"], ["Pedro dos Santos", "Ambassador"]]],
    // each name with its country after it; and a line of the sentence that goes on under it
    ["Presidents Ama Owusu of Ghana and Tomasz Wolny of Poland held talks in Accra.", [["Ama Owusu", "President"], ["Tomasz Wolny", "President"]]],
    ["Prime Ministers Rui Carvalho of Portugal, Kenji Watanabe of Japan and Ana Ruiz of Peru met.", [["Rui Carvalho", "Prime Minister"], ["Kenji Watanabe", "Prime Minister"], ["Ana Ruiz", "Prime Minister"]]],
    ["Presidents Ama Owusu Mensah of Ghana and Tomasz Wolny of Poland held talks at the Presidential\nPalace in Accra on Monday.", [["Ama Owusu Mensah", "President"], ["Tomasz Wolny", "President"]]],
  ])("%s", (text, expected) => {
    expect(titles(text)).toEqual(expected);
  });

  test.each([
    // the second name has a title of its own
    ["Presidents Alberto Rojas and Vice President Elena Soto met.", [["Alberto Rojas", "President"], ["Elena Soto", "Vice President"]]],
    // a singular title is not shared
    ["President Alberto Rojas and Miguel Torres visited the port.", [["Alberto Rojas", "President"], ["Miguel Torres", null]]],
    // what follows is not a coordination of names
    ["Presidents Alberto Rojas spoke, while the crowd listened to Miguel Torres sing.", [["Alberto Rojas", "President"], ["Miguel Torres", null]]],
    // "of" after a name that is no country's or city's name
    ["Presidents Alberto Rojas of the senate committee and the journalist Miguel Torres spoke.", [["Alberto Rojas", "President"], ["Miguel Torres", "journalist"]]],
  ])("not shared: %s", (text, expected) => {
    expect(titles(text)).toEqual(expected);
  });

  test.each([
    ["Presidents", "President"],
    ["Foreign Ministers", "Foreign Minister"],
    ["heads", "head"],
    ["President", null],
    ["Affairs", null],
  ])("singular of %s is %s", (title, singular) => {
    expect(singularTitle(title)).toBe(singular);
  });
});
