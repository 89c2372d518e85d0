// The sides a document names (SPEC: documents.parties): "between X and Y", "with X", "on behalf of
// X", and the side an enumerated item names, without its article. Invented names.
import { describe, expect, test } from "vitest";
import { partiesBetween, partiesOnBehalf, partyAfterWith, partyOfItem } from "../../../src/rules/documents/parties.js";
import { runDocumentsRule } from "../../helpers/documents.js";

describe("between X and Y", () => {
  test.each([
    ["between the Ministry of Energy of Chile and the Ministry of Mines of Peru on lithium", ["Ministry of Energy of Chile", "Ministry of Mines of Peru"]],
    ["between Valparaíso region and Busan city", ["Valparaíso region", "Busan city"]],
    ["between the Ministry of Tourism and Sports and the National Agency for Youth", ["Ministry of Tourism and Sports", "National Agency for Youth"]],
    ["between the Customs Administrations of the two countries", ["Customs Administrations of the two countries"]],
    // a title in title case: the subject after "on" is no part of the second side
    ["between the Government of Ruritania and the Government of Chile on the Mutual Recognition of Driving Licences", ["Government of Ruritania", "Government of Chile"]],
    ["between the Ghana Police Service and the Togo Gendarmerie on Joint Border Patrols", ["Ghana Police Service", "Togo Gendarmerie"]],
    ["between Accra Polytechnic and Lomé Institute of Technology on Academic Exchange", ["Accra Polytechnic", "Lomé Institute of Technology"]],
    // ... but a body named "on" something keeps it
    ["between the Committee on the Rights of Children and the Ghana Council on Trade Relations", ["Committee on the Rights of Children", "Ghana Council on Trade Relations"]],
    ["between the National Commission on Human Rights and the Bar Association", ["National Commission on Human Rights", "Bar Association"]],
    // a second clause after the sides
    ["between the Accra Technical Centre and the Lomé Institute, while the ministers of health met", ["Accra Technical Centre", "Lomé Institute"]],
    ["between the ports of Tema and Lomé, whereas the customs agreement was deferred", ["ports of Tema", "Lomé"]],
    // nobody in particular, or persons by role
    ["between the two sides on trade", []],
    // two nationalities of one plural side; a plural body of each country; a country's name with "and"
    ["between the Kenyan and Ugandan football federations on youth leagues", ["Kenyan and Ugandan football federations"]],
    ["between the Foreign Ministries of Chile and Peru on consular matters", ["Foreign Ministry of Chile", "Foreign Ministry of Peru"]],
    ["between Health Ministries of Ghana & Togo on vaccines", ["Health Ministry of Ghana", "Health Ministry of Togo"]],
    ["between the Government of Chile and the Government of the United Kingdom of Great Britain and Northern Ireland on visas", ["Government of Chile", "Government of the United Kingdom of Great Britain and Northern Ireland"]],
    // (a nationality and a country's name are two sides; a body of one country is not shared)
    ["between the Chilean Navy and Peru on rescue", ["Chilean Navy", "Peru"]],
    ["between the Ministry of Health of Chile and Peru on vaccines", ["Ministry of Health of Chile", "Peru"]],
    ["between the presidents and the ministers", []],
    ["on trade and investment", []],
  ])("%s → %j", (complement, expected) => {
    expect(partiesBetween(complement)).toEqual(expected);
  });
});

describe("with X", () => {
  test.each([
    [" with the Inter-American Development Bank on a loan", "Inter-American Development Bank"],
    [" with Kyoto University, Japan on Monday", "Kyoto University, Japan"],
    [" with the delegation on Monday", null],
    [" on ports with Ghana", null],
  ])("%j → %s", (after, expected) => {
    expect(partyAfterWith(after)).toBe(expected);
  });
});

describe("on behalf of X", () => {
  test.each([
    ["signed by Ms Ruiz, on behalf of the Andean Community, and Mr Obi, on behalf of ECOWAS", ["Andean Community", "ECOWAS"]],
    ["signed by the ministers", []],
  ])("%s → %j", (rest, expected) => {
    expect(partiesOnBehalf(rest)).toEqual(expected);
  });
});

describe("the side an enumerated item names", () => {
  test.each([
    ["with the Ministry of Health on vaccines", ["Ministry of Health"]],
    ["with the Port Authority of Mombasa on dredging", ["Port Authority of Mombasa"]],
    ["on vaccines", undefined],
    ["with the two sides on ports", undefined],
  ])("%s → %j", (subject, expected) => {
    expect(partyOfItem(subject)).toEqual(expected);
  });
});

describe("the sides that sign, in a lead that opens with a dateline", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => d.parties);
  test.each([
    ["Chile, Peru sign water deal\n\nLIMA (EFE) – Chile and Peru signed an agreement on water management on Monday.", [["Chile", "Peru"]]],
    ["Ghana, Togo sign MoU\n\nACCRA, May 4 (GNA) - Ghana and Togo on Friday signed a memorandum on border trade.", [["Ghana", "Togo"]]],
    // no dateline: the subject as before
    ["Chile and Peru signed an agreement on water management on Monday.", [["Chile", "Peru"]]],
    // the subject of a second clause, after its conjunction, signs with the side after "with"
    ["The mayors signed a twinning agreement, while the Chamber of Commerce of Accra concluded a cooperation agreement with the Lomé Chamber of Commerce.", [[], ["Chamber of Commerce of Accra", "Lomé Chamber of Commerce"]]],
    ["The ministers met on Monday, and the Port Authority of Tema signed a memorandum with the Port of Lomé.", [["Port Authority of Tema", "Port of Lomé"]]],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("the subject of a clause of its own after \"while\"", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => [d.title, d.parties]);
  test.each([
    [
      "The Ghana Ports Authority and the Port of Lomé signed a memorandum on dredging, while the two presidents signed a joint declaration on transit.",
      [["a memorandum on dredging", ["Ghana Ports Authority", "Port of Lomé"]], ["a joint declaration on transit", []]],
    ],
    [
      "Chile and Peru signed an agreement on fisheries, while Bolivia and Paraguay signed a protocol on rivers.",
      [["an agreement on fisheries", ["Chile", "Peru"]], ["a protocol on rivers", ["Bolivia", "Paraguay"]]],
    ],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("countries of two words, a series of fields in a side's name, and a second verb of the same subject", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => [d.title, d.parties]);
  test.each([
    ["The UAE and Sri Lanka signed an agreement on investments.", [["an agreement on investments", ["UAE", "Sri Lanka"]]]],
    ["Sri Lanka and Costa Rica signed a protocol on tea exports.", [["a protocol on tea exports", ["Sri Lanka", "Costa Rica"]]]],
    [
      "Later, the Ministry of Energy, Mines and Water of Ruritania and the Ministry of Energy of Chile signed a memorandum on hydrogen.",
      [["a memorandum on hydrogen", ["Ministry of Energy, Mines and Water of Ruritania", "Ministry of Energy of Chile"]]],
    ],
    [
      "Ghana and Togo exchanged notes on the border and signed a letter of intent on fisheries.",
      [["notes on the border", ["Ghana", "Togo"]], ["a letter of intent on fisheries", ["Ghana", "Togo"]]],
    ],
    // two people who sign are no parties, and a second subject signs for itself
    ["Maria Lopez and Ana Ruiz signed an agreement on trade.", [["an agreement on trade", []]]],
    ["Chile and Peru signed an agreement on trade, and the ministers signed a protocol on fisheries.", [["an agreement on trade", ["Chile", "Peru"]], ["a protocol on fisheries", []]]],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("a series of three sides or more as the subject, and countries whose names hold an and", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => [d.title, d.parties]);
  test.each([
    ["Chile, Peru and Colombia signed a protocol on fisheries.", [["a protocol on fisheries", ["Chile", "Peru", "Colombia"]]]],
    ["In Lima, Ecuador, Bolivia, and Paraguay signed an agreement on rivers.", [["an agreement on rivers", ["Ecuador", "Bolivia", "Paraguay"]]]],
    ["Grenada, Belize, Dominica and Antigua and Barbuda also signed the Protocol on Free Movement.", [["the Protocol on Free Movement", ["Grenada", "Belize", "Dominica", "Antigua and Barbuda"]]]],
    ["Trinidad and Tobago and Suriname signed a memorandum on gas.", [["a memorandum on gas", ["Trinidad and Tobago", "Suriname"]]]],
    ["The Ministry of Health, the Drug Agency and the University of Lima signed a memorandum on vaccines.", [["a memorandum on vaccines", ["Ministry of Health", "Drug Agency", "University of Lima"]]]],
    // a place before the series is no side, nor an opening adverbial
    ["After talks at the State House, Accra, Ghana and Togo signed an agreement on roads.", [["an agreement on roads", ["Ghana", "Togo"]]]],
    ["On Monday, Chile and Peru signed a protocol on fisheries.", [["a protocol on fisheries", ["Chile", "Peru"]]]],
    // an institution named by common words is no person who signs
    ["The Cooperation Agency and the Institute of Agricultural Research signed a memorandum on seeds.", [["a memorandum on seeds", ["Cooperation Agency", "Institute of Agricultural Research"]]]],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("where the second side ends", () => {
  test.each([
    ["between the Republic of Chile and Peru, and this is a day to remember", ["Republic of Chile", "Peru"]],
    ["between the Government of Ghana and the Government of Togo to the Agreement on Roads", ["Government of Ghana", "Government of Togo"]],
    ["between Accra Mills Ltd. and Lima Grain Trading Co. The parties also discussed prices", ["Accra Mills Ltd.", "Lima Grain Trading Co."]],
    ["between the Ministry of Transport of Chile and the Ministry of Roads of Peru on the Andean freight corridor", ["Ministry of Transport of Chile", "Ministry of Roads of Peru"]],
    ["between the Ministry of Health of Chile and the Ministry of Health of Peru, and witnessed the signing of a protocol", ["Ministry of Health of Chile", "Ministry of Health of Peru"]],
    ["between the Republic of Chile and the Republic of Peru\nThe treaty sets out the principles", ["Republic of Chile", "Republic of Peru"]],
    // a hard-wrapped line inside a side is no end
    ["between the Cabinet of Ministers of the Republic\nof Chile and the Government of Peru on roads", ["Cabinet of Ministers of the Republic of Chile", "Government of Peru"]],
    // a title-case subject of two capitalised words still ends the side
    ["between the Government of Ghana and the Government of Togo on the Mutual Recognition of Licences", ["Government of Ghana", "Government of Togo"]],
  ])("%j", (complement, expected) => {
    expect(partiesBetween(complement)).toEqual(expected);
  });
});

describe("the bodies of both sides named together, and a subject of one side", () => {
  test.each([
    ["between the two foreign ministries for 2025-2026", ["two foreign ministries"]],
    ["between the education ministries of the two countries on exchanges", ["education ministries of the two countries"]],
    ["between the two countries on sports", []],
    ["between Chile and Peru at the Palacio de la Moneda", ["Chile", "Peru"]],
    ["between the Government of Chile and the Government of Peru yesterday (23)", ["Government of Chile", "Government of Peru"]],
  ])("%j", (complement, expected) => {
    expect(partiesBetween(complement)).toEqual(expected);
  });

  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => [d.title, d.parties]);
  test.each([
    ["After the talks, the foreign ministries of the two countries signed a plan of consultations.", [["a plan of consultations", ["foreign ministries of the two countries"]]]],
    ["At a joint session of the two governments in Arica, ministers of the two countries signed an agreement on roads.", [["an agreement on roads", []]]],
    ["The two governments signed an agreement on roads.", [["an agreement on roads", []]]],
    [
      "The ministries signed a plan on trade, and the Ministry of Industry of Chile and the Andean Export Bank signed a memorandum on machinery.",
      [["a plan on trade", []], ["a memorandum on machinery", ["Ministry of Industry of Chile", "Andean Export Bank"]]],
    ],
    ["Chile and ANDESCOM, the state mining company of Peru, signed a memorandum on copper.", [["a memorandum on copper", ["Chile", "ANDESCOM"]]]],
    ["Kenya and Rwanda, on Monday, signed an agreement on roads.", [["an agreement on roads", ["Kenya", "Rwanda"]]]],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("a joint statement's own name", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => [d.title, d.parties]);
  test.each([
    ["The following documents were signed:\n1) Joint Statement of Ruritania and the Republic of Chile;\n2) Agreement on roads.", [["Joint Statement of Ruritania and the Republic of Chile", ["Ruritania", "Republic of Chile"]], ["Agreement on roads", []]]],
    // heads of state in the name are no parties
    ["The presidents signed the Joint Declaration of the Heads of State and the Leaders.", [["the Joint Declaration of the Heads of State and the Leaders", []]]],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("the last clause of a long sentence signs, and regions by their kind", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => [d.title, d.parties]);
  test.each([
    [
      "In the presence of the two prime ministers, who had met for three hours at the government's residence on the coast to review trade, energy and the new ferry line, the Trade Agency of Chile and the Export Council of Peru signed a memorandum on joint trade missions, while the Region of Tarapacá and Tacna Governorate concluded an agreement on tourism.",
      [["a memorandum on joint trade missions", ["Trade Agency of Chile", "Export Council of Peru"]], ["an agreement on tourism", ["Region of Tarapacá", "Tacna Governorate"]]],
    ],
    ["Arica Municipality and Tacna Governorate signed a twinning agreement.", [["a twinning agreement", ["Arica Municipality", "Tacna Governorate"]]]],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("sides shared, named after the verb, counted, and inside names", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => [d.title, d.parties]);
  test.each([
    // a second object of the verb has the subject's sides too
    [
      "Chile and Peru have signed an agreement on fisheries and a protocol on customs.",
      [["an agreement on fisheries", ["Chile", "Peru"]], ["a protocol on customs", ["Chile", "Peru"]]],
    ],
    [
      "The African Union and Ruritania signed the Host Agreement for the new office, together with a Memorandum of Understanding on staff.",
      [["the Host Agreement for the new office", ["African Union", "Ruritania"]], ["a Memorandum of Understanding on staff", ["African Union", "Ruritania"]]],
    ],
    [
      "Chile and Peru signed a memorandum of understanding on the storage of carbon under the sea, alongside a joint statement on energy security.",
      [["a memorandum of understanding on the storage of carbon under the sea", ["Chile", "Peru"]], ["a joint statement on energy security", ["Chile", "Peru"]]],
    ],
    // … but not the sides a "between" gave the first
    [
      "The ministry signed an agreement between the ports of Arica and Callao and a protocol on customs.",
      [["an agreement between the ports of Arica and Callao", []], ["a protocol on customs", []]],
    ],
    // the other side between the verb and the document
    ["Estonia signed with Latvia a protocol on the border rivers.", [["a protocol on the border rivers", ["Estonia", "Latvia"]]]],
    ["The Ministry of Health signed with the World Bank an agreement on a loan.", [["an agreement on a loan", ["Ministry of Health", "World Bank"]]]],
    ["The minister signed with his counterpart Jan Berg a memorandum on trade.", [["a memorandum on trade", []]]],
    // a subject that counts the sides a document before it named
    [
      "Chile, Peru and Bolivia signed a treaty on the lake. The three countries also adopted a joint declaration on water.",
      [["a treaty on the lake", ["Chile", "Peru", "Bolivia"]], ["a joint declaration on water", ["Chile", "Peru", "Bolivia"]]],
    ],
    [
      "The European Union and Serbia signed an agreement on customs. Both sides also adopted a joint statement on migration.",
      [["an agreement on customs", ["European Union", "Serbia"]], ["a joint statement on migration", ["European Union", "Serbia"]]],
    ],
    // as many sides as it counts, or none
    [
      "Chile, Peru and Bolivia signed a treaty on the lake. The two sides also adopted a joint statement on water.",
      [["a treaty on the lake", ["Chile", "Peru", "Bolivia"]], ["a joint statement on water", []]],
    ],
    ["The two sides adopted a joint statement on trade.", [["a joint statement on trade", []]]],
    // a series of fields before "and", an ampersand inside a name, a possessive before a side
    [
      "They signed an MoU between the Ministry of Trade, Industry and Energy and Chile's Ministry of Economy on supply chains.",
      [["an MoU between the Ministry of Trade, Industry and Energy and Chile's Ministry of Economy on supply chains", ["Ministry of Trade, Industry and Energy", "Chile's Ministry of Economy"]]],
    ],
    [
      "They signed a memorandum on training between Andes Hydro & Solar Power and Peru Electricity.",
      [["a memorandum on training between Andes Hydro & Solar Power and Peru Electricity", ["Andes Hydro & Solar Power", "Peru Electricity"]]],
    ],
    [
      "The Department of Agriculture signed an agreement on seeds with its Peruvian counterpart.",
      [["an agreement on seeds", ["Department of Agriculture", "Peruvian counterpart"]]],
    ],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("an arrangement is a document of its own kind", () => {
  const typesAndTitles = (text: string) => runDocumentsRule(text).documents.map((d) => [d.type, d.title]);
  test.each([
    ["Chile and Peru signed an Arrangement on Geothermal Cooperation.", [["other", "an Arrangement on Geothermal Cooperation"]]],
    ["The agency signed a Grant Funding Arrangement for the river defences.", [["other", "a Grant Funding Arrangement for the river defences"]]],
    ["The ministers discussed the arrangements for the summit.", []],
    ["Security arrangements for the visit were signed off by the police.", []],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("a statement signed under a name of its own, a city and years after the sides", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => [d.type, d.title, d.parties]);
  test.each([
    [
      "The ministers have today signed the Statement of Partnership between Peru and Chile 2025–2030 in Lima.",
      [["statement", "the Statement of Partnership between Peru and Chile 2025–2030", ["Peru", "Chile"]]],
    ],
    // a city inside a name stays in it; a field in title case is no city
    ["They signed an agreement on cooperation in Education.", [["agreement", "an agreement on cooperation in Education", []]]],
    // the statement of someone is what he said, signed or not
    ["The President read the Statement of the Government in Lima.", []],
    // named twice word for word: one document, with the sides the second naming gives
    [
      "The ministers signed a joint statement on energy security in Lima.\n\nPeru and Chile signed a memorandum on mining, alongside a joint statement on energy security.",
      [["statement", "a joint statement on energy security", ["Peru", "Chile"]], ["memorandum", "a memorandum on mining", ["Peru", "Chile"]]],
    ],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("a subject in capitals after a country", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => d.parties);
  test.each([
    ["The ministers signed the Agreement between the Republic of Kenya and the Republic of Finland for the Avoidance of Double Taxation.", [["Republic of Kenya", "Republic of Finland"]]],
    // a body named for its task keeps the task
    ["They signed a memorandum between the Ministry for the Protection of the Environment of Chile and the Agency for the Development of Tourism of Peru.", [["Ministry for the Protection of the Environment of Chile", "Agency for the Development of Tourism of Peru"]]],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("a joint plan of two bodies, and a company's abbreviation inside a side", () => {
  const docs = (text: string) => runDocumentsRule(text).documents.map((d) => [d.title, d.parties]);
  test.each([
    [
      "The following documents were signed:\n1) Joint action plan of the State Customs Committee of Ruritania and the Customs Service of Peru on simplified procedures;\n2) Agreement on air services.",
      [["Joint action plan of the State Customs Committee of Ruritania and the Customs Service of Peru on simplified procedures", ["State Customs Committee of Ruritania", "Customs Service of Peru"]], ["Agreement on air services", []]],
    ],
    [
      "The ministers signed a memorandum on rail cooperation between Andean Railroad Corp. and Pacific Railways Ltd. on Monday.",
      // (a title keeps no final full stop)
      [["a memorandum on rail cooperation between Andean Railroad Corp. and Pacific Railways Ltd", ["Andean Railroad Corp.", "Pacific Railways Ltd."]]],
    ],
  ])("%s", (text, expected) => {
    expect(docs(text)).toEqual(expected);
  });

  test("a joint plan of one side names no two", () => {
    expect(docs("The ministry signed the Joint plan of action for 2025 on tourism.").map((d) => d[1])).toEqual([[]]);
  });
});

describe("a subject's sides after a dateline, an adverbial or with an apposition, and a company that looks like a name", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => d.parties);
  test.each([
    // a dateline with a comma before the dash
    ["Quito, 4 June 2025 – The Ecuador Trade Office and Pacific Cacao Ltd, a grower based in Guayaquil, today signed a supply agreement on beans.", [["Ecuador Trade Office", "Pacific Cacao Ltd"]]],
    // an apposition after the second side
    ["The Port of Gdańsk and Baltic Ferries AB, a Swedish operator, on Friday signed a memorandum on shore power.", [["Port of Gdańsk", "Baltic Ferries AB"]]],
    // an adverbial before the subject, and a side with an adjective in lower case before its name
    ["Besides the treaty, the provincial Ministry of Water and the Gansu Department of Forestry signed a memorandum on irrigation.", [["provincial Ministry of Water", "Gansu Department of Forestry"]]],
    ["At the same ceremony, the federal Office of Statistics and the Chilean National Statistics Institute signed a protocol on census data.", [["federal Office of Statistics", "Chilean National Statistics Institute"]]],
    // a company of common nouns joined by "and": one side
    ["Meanwhile, the Andean Oil and Gas Company signed a memorandum on exploration.", [["Andean Oil and Gas Company"]]],
    // a nationality and a kind of place describe the name
    ["Queensland and the Chinese province of Hainan have signed an agreement on tourism.", [["Queensland", "Hainan"]]],
    // negatives: two persons, a pronoun after a clause, an adjective before no organisation
    ["Maria Lopez and Carlos Mendez signed a memorandum on schools.", [[]]],
    ["Our ministers signed the Lomé Protocol on cotton prices, and we adopted a Joint Declaration on trade.", [[], []]],
    ["Today the local farmers and the Andes Growers signed a contract on seeds.", [[]]],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("sides named after a comma, by a description, and an organisation named before by a common noun", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => d.parties);
  test.each([
    ["The second, a protocol on student grants, was signed between Lima University and the Kyoto Institute of Technology.", [["Lima University", "Kyoto Institute of Technology"]]],
    ["A memorandum on trade fairs, signed between the Ghana Export Authority and the Togo Chamber of Commerce, will open two offices.", [["Ghana Export Authority", "Togo Chamber of Commerce"]]],
    ["A lease contract was also signed between the company and the park's manager, Accra Industrial Estates.", [["Accra Industrial Estates"]]],
    ["An agreement on pilots was signed between the ministry and the Air Navigation Authority.", [["Air Navigation Authority"]]],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("a listed item that opens with its two sides", () => {
  const docs = (text: string) => runDocumentsRule(text).documents.map((d) => [d.type, d.parties]);
  test.each([
    [
      "The memoranda signed are:\n1. Punjab Industrial Corporation and Green Fields Pvt Ltd – a food park at Ludhiana\n2. Punjab Port Trust and Sutlej Logistics Ltd – a dry port",
      [["memorandum", ["Punjab Industrial Corporation", "Green Fields Pvt Ltd"]], ["memorandum", ["Punjab Port Trust", "Sutlej Logistics Ltd"]]],
    ],
    // a colon after the sides; a document noun in what they agreed on is no kind of the item's
    [
      "Three agreements were signed:\n- Bank of Lagos and Sahel Trade Bank: payments in local currencies\n- Department of Roads and Coastal Survey Institute: a repair programme for two bridges",
      [["agreement", ["Bank of Lagos", "Sahel Trade Bank"]], ["agreement", ["Department of Roads", "Coastal Survey Institute"]]],
    ],
    // negatives: a ministry of two fields, fields and no sides
    ["Two memoranda were signed:\n- Ministry of Youth and Sports: joint camps\n- Culture and Tourism – festivals", [["memorandum", []], ["memorandum", []]]],
  ])("%s", (text, expected) => {
    expect(docs(text)).toEqual(expected);
  });
});

describe("sides a counting subject takes from an earlier document", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => d.parties);
  test.each([
    // the two governments are the states that signed before
    ["Chile and Peru signed an agreement on ports. The two governments also adopted a joint declaration on water.", [["Chile", "Peru"], ["Chile", "Peru"]]],
    // not two agencies
    ["They signed a memorandum between the Lima Port Authority and the Callao Dock Company. The two governments also adopted a joint declaration on water.", [["Lima Port Authority", "Callao Dock Company"], []]],
    // "the two sides" are whoever signed before
    ["They signed a memorandum between the Lima Port Authority and the Callao Dock Company. The two sides also adopted a plan on dredging.", [["Lima Port Authority", "Callao Dock Company"], ["Lima Port Authority", "Callao Dock Company"]]],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("a side ends before a participle's phrase, and a route between two places is no pair of sides", () => {
  test.each([
    ["between the Republic of Chile and Peru amending the Convention on fishing", ["Republic of Chile", "Peru"]],
    ["between Ghana and Togo, covering border markets, customs and policing.", ["Ghana", "Togo"]],
    ["between the Port of Tema and Lomé Container Terminal establishing a joint berth plan", ["Port of Tema", "Lomé Container Terminal"]],
    // capitalised words stay in a name
    ["between the Mining Company of Peru and the Trading House of Chile", ["Mining Company of Peru", "Trading House of Chile"]],
  ])("%s", (complement, expected) => {
    expect(partiesBetween(complement)).toEqual(expected);
  });

  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => d.parties);
  test.each([
    // the subject signs; the route a verb inside the title has for its object lies between two places
    ["The Lagos Port Authority and the Accra Harbour Authority signed a letter of intent to study a shipping corridor between Lagos and Tema.", [["Lagos Port Authority", "Accra Harbour Authority"]]],
    ["The Bavarian Transport Ministry and the Plzeň Regional Authority concluded an agreement on rebuilding the line between Cham and Domažlice.", [["Bavarian Transport Ministry", "Plzeň Regional Authority"]]],
    // a body a verb inside the title creates may well be between the sides
    ["The ministers signed a memorandum to create a joint council between the governments of Chile and Peru.", [["governments of Chile", "Peru"]]],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("sides after a bracketed date, before a venue and its day; unnamed and document sides", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => d.parties);
  test.each([
    ["Chile and Peru on Monday (local time) signed a letter of intent on fisheries.", [["Chile", "Peru"]]],
    ["The mayors signed an agreement on tourism between Busan City and Fukuoka City in Fukuoka on April 2.", [["Busan City", "Fukuoka City"]]],
    // a body's seat stays in its name
    ["The ministers signed a memorandum on art between the Embassy of France in Ghana and the Ghana Museum.", [["Embassy of France in Ghana", "Ghana Museum"]]],
    // the two governments unnamed; a document after "and" is no side
    ["The ministers signed an agreement on air services between the two governments.", [[]]],
    ["The ministers signed a memorandum on mining between their ministries and an implementing arrangement on the Green Fund.", [[], []]],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("sides described before their names, represented, signed by, or after the verb's adverbials", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => d.parties);
  test.each([
    // a description of the company before its name is none of it
    ["Chile's state copper firm Andes Copper Ltd and Japan's Minato Mining Corporation signed a memorandum on smelting.", [["Andes Copper Ltd", "Minato Mining Corporation"]]],
    ["The ministers signed a memorandum on smelting between Chile's state copper firm Andes Copper Ltd and Japan's Minato Mining Corporation.", [["Andes Copper Ltd", "Minato Mining Corporation"]]],
    ["The ministers signed an agreement on clinics between Lagos State Government and the Denmark-based Nordlys Health Foundation.", [["Lagos State Government", "Nordlys Health Foundation"]]],
    ["The ministers signed a contract on drilling between Petrobras's subsidiary Petro Andes Energia and Kitami.", [["Petro Andes Energia", "Kitami"]]],
    // ... but a ministry keeps its country
    ["The ministers signed a memorandum on seeds between the UAE Ministry of Climate Change and Environment and Rwanda's Ministry of Agriculture.", [["UAE Ministry of Climate Change and Environment", "Rwanda's Ministry of Agriculture"]]],
    // the bodies that representatives, officials or delegations stand for
    ["Representatives of Andes Power (ANP) and Pacific Grid (PGC) exchanged a power purchase agreement for the Rio Claro plant.", [["Andes Power (ANP)", "Pacific Grid (PGC)"]]],
    // the verb before its adverbials of day and place
    ["The Region of Murcia and the Council of Tangier signed on Friday in Murcia a framework agreement on water.", [["Region of Murcia", "Council of Tangier"]]],
    // a listed item "…, signed by A and B", bodies only
    ["The documents signed were:\n1. A protocol on ports, signed by the Port Authority of Chile and the Peruvian Ports Agency.\n2. A memorandum on water, signed by Ana Ruiz and Tomas Lind.", [["Port Authority of Chile", "Peruvian Ports Agency"], []]],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("companies whose names look like people's, a series with particles, and sides across commas", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => d.parties);
  test.each([
    // a company's word makes a run of capitalised words no person
    ["At the ceremony, the Coastal Power Company and Amber Fields Limited signed a power purchase agreement.", [["Coastal Power Company", "Amber Fields Limited"]]],
    ["At the ceremony, Electricidade do Norte and Kwanza Solar Energia signed a power purchase agreement.", [["Electricidade do Norte", "Kwanza Solar Energia"]]],
    // three sides, one of them with a particle
    ["The Government of Valle del Cauca, Andes Invest and Banco Rural de Colombia signed on Monday a letter of intent on credit.", [["Government of Valle del Cauca", "Andes Invest", "Banco Rural de Colombia"]]],
    // the other side between commas, and after a word for what it is
    ["Kwanza Solar Energia also signed, with the Huila Provincial Government, a memorandum on training.", [["Kwanza Solar Energia", "Huila Provincial Government"]]],
    ["The Ministry of Energy signed today, in Luanda, a concession contract with the company Kwanza Solar Energia for a new plant.", [["Ministry of Energy", "Kwanza Solar Energia"]]],
    // two people sign for nobody named
    ["Ana Ruiz and Tomas Lind signed a memorandum on ports.", [[]]],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("a subject with an aside between commas, and two companies counted", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => d.parties);
  test.each([
    ["The Lima Regional Government, through its Health Directorate, has signed a memorandum on clinics with the Andes Care Foundation.", [["Lima Regional Government", "Andes Care Foundation"]]],
    ["Andes Copper Ltd and Minato Mining Corporation signed a contract on smelting. The two companies also signed a memorandum on carbon capture.", [["Andes Copper Ltd", "Minato Mining Corporation"], ["Andes Copper Ltd", "Minato Mining Corporation"]]],
    // two regions counted take no sides from before, as the annotations have it
    ["The Region of Murcia and the Council of Tangier signed a framework agreement on water. The two regions also adopted a joint programme of exchanges.", [["Region of Murcia", "Council of Tangier"], []]],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("bodies named through their signatories, plural descriptions, abbreviations that span an and, and names of no person's words", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => d.parties);
  test.each([
    // the body before its signatory's role and name
    ["Lakeshore Rail managing director Peter Olsen and representatives of Harbin Rolling Stock Works signed a contract for twenty wagons.", [["Lakeshore Rail", "Harbin Rolling Stock Works"]]],
    ["Kivu Power chief executive Grace Uwase and Nile Grid Company CEO Samuel Okello signed a power purchase agreement.", [["Kivu Power", "Nile Grid Company"]]],
    ["Andes Water director general Rosa Quispe and Pacific Desal Ltd chairman Ken Mori signed a concession contract.", [["Andes Water", "Pacific Desal Ltd"]]],
    // a nationality and a field before the role are no body; a role first is a person's
    ["Peruvian Trade Commissioner Rosa Quispe and Chilean Trade Commissioner Jorge Vidal signed a memorandum on fairs.", [[]]],
    ["Governor of Upper Nile Province Peter Deng and Governor of Kassala State Amna Idris signed a memorandum on grazing.", [[]]],
    // a plural description before the two names, and a clause's conjunction before them
    ["The ministries signed a plan on roads, while the state railway companies Ferronor and Ferrosur concluded an agreement on freight.", [[], ["Ferronor", "Ferrosur"]]],
    ["The state banks Bancoval and Finandes signed a syndicated loan agreement.", [["Bancoval", "Finandes"]]],
    ["Separately, the Kivu Export Agency and the Ministry of Investment, Industry and Trade signed a memorandum on fairs.", [["Kivu Export Agency", "Ministry of Investment, Industry and Trade"]]],
    ["Today Nile Payment and Clearing Services (NPCS) signed a service contract with the Kivu Switch.", [["Nile Payment and Clearing Services (NPCS)", "Kivu Switch"]]],
    // (two sides, the second with its abbreviation; not one name)
    ["Chile and Papua New Guinea (PNG) signed an agreement on fisheries.", [["Chile", "Papua New Guinea (PNG)"]]],
    ["The Water and Sanitation Authority (WSA) and the Bank of Kivu (BoK) signed a memorandum on loans.", [["Water and Sanitation Authority (WSA)", "Bank of Kivu (BoK)"]]],
    // two capitalised words with no given name or surname among them, unknown to the people rule
    ["Khanh Hoa and Champasak signed a memorandum on tourism.", [["Khanh Hoa", "Champasak"]]],
    // two people, by given names the lexicon knows
    ["Maria Lopez and John Carter signed a memorandum on ports.", [[]]],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe("sides a later sentence gives a document named before without them", () => {
  const parties = (text: string) => runDocumentsRule(text).documents.map((d) => d.parties);
  test.each([
    ["The two ministers attended the signing of a memorandum on glacier research. The memorandum, concluded between the Andes Ice Institute and the Alpine Snow Centre (ASC), covers joint field trips.", [["Andes Ice Institute", "Alpine Snow Centre (ASC)"]]],
    ["The delegations signed a letter of intent on ferries. The letter, signed on behalf of the Port of Tema and the Port of Lomé, sets out a timetable.", [["Port of Tema", "Port of Lomé"]]],
    ["The governors signed an agreement on grazing routes. Later that day they toured the market. The agreement was signed by the Kassala State Government and the Upper Nile Province.", [["Kassala State Government", "Upper Nile Province"]]],
    // the people who sign are no sides
    ["The governors signed an agreement on grazing routes. The agreement was signed by Governor Amna Idris and Governor Peter Deng.", [[]]],
    // two documents of the type: the sentence could mean either
    ["The ministers signed an agreement on roads and an agreement on rail. The agreement was concluded between the Roads Agency and the Rail Board.", [[], []]],
    // sides the first naming gave stand
    ["Chile and Peru signed an agreement on fisheries. The agreement, concluded between the Chilean Fisheries Service and the Peruvian Sea Institute, runs for five years.", [["Chile", "Peru"]]],
    // a sentence that does not open with the head
    ["The ministers signed a memorandum on health. Officials said a memorandum concluded between the Lima Clinic and the Quito Hospital in 2019 had worked well.", [[]]],
  ])("%s", (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});
