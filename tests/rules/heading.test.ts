import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { expectOffsetsSliceBack } from "../helpers/offsets.js";

function headingOf(text: string) {
  const result = extract(text);
  expectOffsetsSliceBack(text, result);
  return result.heading ? { source: result.heading.source, text: result.heading.text } : null;
}

const title = (text: string) => ({ source: "title", text });
const lead = (text: string) => ({ source: "lead", text });

describe("heading", () => {
  test.each([
    // a headline line wins
    ["Jeddah, Jumada al-Akhirah 2, 1446 H., Dec 4, 2024, SPA -- The minister received the envoy of Chile today.\nThey discussed trade.", lead("The minister received the envoy of Chile today.")],
    ["Russia, U.S. agree on arms reduction, Afghanistan\n\nPanARMENIAN.Net - Presidents met.", title("Russia, U.S. agree on arms reduction, Afghanistan")],
    ["date 2021-03-01 19:38\nJaparov tells why he plans visit to Kazakhstan\n\n«I plan a trip,» he said.", title("Japarov tells why he plans visit to Kazakhstan")],
    ["date 2017-05-01 Uzbek, Japanese FMs mull development of relations\n\nTashkent, May 1\n\nThe ministers met.", title("Uzbek, Japanese FMs mull development of relations")],
    ["date 2022-08-08 UZBEKISTAN, August 8 - President chairs a meeting on new projects\n\nOn August 8, he chaired it.", title("President chairs a meeting on new projects")],
    ["All news\n\nRussian, Turkmen presidents sign treaty\n\nA subheadline about the sea\n\nASHGABAT, October 2. /TASS/. They signed it.", title("Russian, Turkmen presidents sign treaty")],
    ["Stay up to date with the latest news\nSubscribe to our telegram channel\nThe sides considered issues of the relations.", lead("The sides considered issues of the relations.")],
    ["Connect with us\n\nPolitics\n\nThe Crown Prince and the US President co-chair the summit\n\nThe summit opened.", title("The Crown Prince and the US President co-chair the summit")],
    ["Press Conferences\n\nExtraordinary Press Conference by Foreign Minister IWAYA Takeshi\n\nWednesday, August 27, 2025", title("Extraordinary Press Conference by Foreign Minister IWAYA Takeshi")],
    ["Xi meets Putin in Kremlin. Xi is on a visit.(Photo/Xinhua)\nJoint statement of Xi, Putin meets expectations\nChina and Russia signed statements.", title("Joint statement of Xi, Putin meets expectations")],
    ["... for openness and credibility....\n\nCabinet approves MoU between India and Egypt on agriculture, New Delhi, 12 September 2018.\n\nThe Union Cabinet approved it.", title("Cabinet approves MoU between India and Egypt on agriculture")],
    ["Secretary Blinken’s Meeting with Foreign Minister Wang Yi 10/26/2023 11:52 PM EDT\n\nThe Secretary met Wang Yi.", title("Secretary Blinken’s Meeting with Foreign Minister Wang Yi")],
    ["Tag: Foreign Office\n\n  • PRESS RELEASE : Foreign Secretary meets Egyptian Foreign Minister [September 2023]\n\nThe release.", title("Foreign Secretary meets Egyptian Foreign Minister")],
    ["Text of Joint declaration of the trilateral meeting |\nSource: |\nAPP |\nISLAMABAD:- Following is the text.", title("Text of Joint declaration of the trilateral meeting")],
    ["and what did the presidents agree on in Dushanbe?\n\nThe President paid a visit.", title("and what did the presidents agree on in Dushanbe?")],
    // otherwise the first sentence of the body, without dateline, outlet or byline
    ["date 2023-05-06 Leaders met in Tashkent.", lead("Leaders met in Tashkent.")],
    ["date 2025-06-17 President Japarov met Xi Jinping in Astana, Kazakhstan. They discussed trade.", lead("President Japarov met Xi Jinping in Astana, Kazakhstan.")],
    ["By Eurasia Review\n\nTalks between Putin and Xi have been held in Vladivostok.\n\nThe talks covered trade.", lead("Talks between Putin and Xi have been held in Vladivostok.")],
    ["date 2025-08-28 Newsfrom Japan\n\nTokyo, Aug. 28 (Jiji Press)--Japanese Foreign Minister Takeshi Iwaya and Bakhtiyor Saidov agreed Wednesday to enhance cooperation.", lead("Japanese Foreign Minister Takeshi Iwaya and Bakhtiyor Saidov agreed Wednesday to enhance cooperation.")],
    ["New Delhi, July 30 Three MoUs were signed in the presence of Chairman M. Jagadesh Kumar on Sunday. More followed.", lead("Three MoUs were signed in the presence of Chairman M. Jagadesh Kumar on Sunday.")],
    ["F.P Report\n\nWASHINGTON: Spokesperson Ned Price on Saturday confirmed the meeting.", lead("Spokesperson Ned Price on Saturday confirmed the meeting.")],
    ["Russian Prime Minister welcomes his counterpart in Moscow on May 22 (Photo: VNA)\n\n– Vietnamese Prime Minister met his Russian counterpart on May 22.The host welcomed him.", lead("Vietnamese Prime Minister met his Russian counterpart on May 22.")],
    ["date 2023-12-13 (MENAFN- The Peninsula) QNA\n\nDoha, Qatar: The Prime Minister chaired the Cabinet's regular meeting.", lead("The Prime Minister chaired the Cabinet's regular meeting.")],
    ["An Integrated, Prosperous and Peaceful Africa.\n\nTop Slides\n\n  • Event\n    22nd Ordinary Session of the Assembly concludes: A summary of key decisions\n", title("22nd Ordinary Session of the Assembly concludes: A summary of key decisions")],
  ])("%j", (text, expected) => {
    expect(headingOf(text)).toEqual(expected);
  });

  // page chrome told by its shape: no list of sites
  test.each([
    ["en | fr | ar\n\nGhana and Togo agree to reopen border posts\n\nACCRA – The two governments agreed.", title("Ghana and Togo agree to reopen border posts")],
    ["English / Français / Português\n\nCabinet approves the new fisheries law\n\nThe Cabinet met.", title("Cabinet approves the new fisheries law")],
    ["Ministère des Affaires étrangères وزارة الخارجية\n\nTunisia and Mali sign a trade accord\n\nThe accord was signed.", title("Tunisia and Mali sign a trade accord")],
    ["Министерство иностранных дел Ministry of Foreign Affairs\n\nForeign ministers hold talks in Minsk\n\nTalks were held.", title("Foreign ministers hold talks in Minsk")],
    ["12 Independence Avenue, Accra, Ghana\n\nMinister receives credentials of new envoy\n\nThe Minister received the envoy.", title("Minister receives credentials of new envoy")],
    ["P.O. Box 4410, Gaborone, Botswana\n\nBotswana hosts regional water summit\n\nThe summit opened.", title("Botswana hosts regional water summit")],
    ["Government News › Top Stories\n\nPresident opens new port terminal in Mombasa\n\nThe President opened it.", title("President opens new port terminal in Mombasa")],
    ["Media > Press Releases > 2024\n\nEnvoy presents letters of credence to the King\n\nThe envoy presented them.", title("Envoy presents letters of credence to the King")],
    ["Ruto, Kagame, Museveni, EAC\n\nLeaders pledge faster integration of the region\n\nThe leaders pledged it.", title("Leaders pledge faster integration of the region")],
  ])("%j", (text, expected) => {
    expect(headingOf(text)).toEqual(expected);
  });

  test.each([
    // not chrome: a headline with a separator, commas or a second script in quotes
    ["Kenya, Ethiopia, Somalia agree on a joint border force\n\nThe three agreed.", title("Kenya, Ethiopia, Somalia agree on a joint border force")],
    ["Trade | Ghana and Togo agree to reopen the border posts\n\nThe posts reopen.", title("Trade | Ghana and Togo agree to reopen the border posts")],
    ["Russia, U.S. agree on arms reduction, Afghanistan\n\nPresidents met.", title("Russia, U.S. agree on arms reduction, Afghanistan")],
    // a dateline of names and a date is read, not skipped as chrome
    ["DUSHANBE, Tajikistan, May 4.\n\nThe President received the Foreign Minister of Iran on Thursday. They discussed transit.", lead("The President received the Foreign Minister of Iran on Thursday.")],
  ])("%j", (text, expected) => {
    expect(headingOf(text)).toEqual(expected);
  });

  test.each([
    // a lead sentence cut by a line break, even a blank line, is one sentence
    ["date 2024-05-04\nThe Foreign Minister of Senegal held talks with his Gambian counterpart\n\nin Banjul on Friday, focusing on the bridge. More talks are planned.", lead("The Foreign Minister of Senegal held talks with his Gambian counterpart\n\nin Banjul on Friday, focusing on the bridge.")],
    ["The President received credentials from five new ambassadors\nat the State House on Friday. The envoys came from Asia.", lead("The President received credentials from five new ambassadors\nat the State House on Friday.")],
    // a byline under a headline is not part of it, even when a wrap joins the two lines
    ["Why the African continent needs a single market now more than ever\nby Mr. Kwame Mensah, Minister for Trade and Industry of Ghana\n\nAfrica trades too little with itself.", title("Why the African continent needs a single market now more than ever")],
    ["Why ports matter for landlocked countries\nBy Dr. Ana Sousa, Minister of Transport\n\nPorts matter.", title("Why ports matter for landlocked countries")],
  ])("%j", (text, expected) => {
    expect(headingOf(text)).toEqual(expected);
  });

  test("a hard-wrapped lead is one sentence across its lines", () => {
    const text = "Following negotiations between President of Kyrgyzstan Sadyr\nZhaparov and Russian President Vladimir Putin, a number of\nbilateral documents were signed in Bishkek.\nThus, the following documents were signed:";
    expect(headingOf(text)).toEqual(lead(text.slice(0, text.indexOf("\nThus"))));
  });

  test.each([[""], ["   \n\n  "], ["All news\n\nSubscribe\n"]])("no heading in %j", (text) => {
    expect(headingOf(text)).toBeNull();
  });
});

describe("a lead sentence broken by a line break", () => {
  test.each([
    ["Lima, May 4, 2025\nThe President of Peru Ana Ruiz received a delegation of the\nParliament of Chile led by its Speaker on Tuesday.\n\nThe talks were warm.", lead("The President of Peru Ana Ruiz received a delegation of the\nParliament of Chile led by its Speaker on Tuesday.")],
    ["Accra, 2 June 2025\nThe foreign ministers of Ghana and Togo signed three agreements on\n\ntrade, transit and fisheries in Accra.\n\nThey also met the press.", lead("The foreign ministers of Ghana and Togo signed three agreements on\n\ntrade, transit and fisheries in Accra.")],
  ])("%s", (text, expected) => {
    expect(headingOf(text)).toEqual(expected);
  });

  test.each([
    // a sentence that ends on its line is the whole lead
    ["Lima, May 4, 2025\nThe President of Peru received a delegation of the Parliament of Chile.\nThe talks were warm.", lead("The President of Peru received a delegation of the Parliament of Chile.")],
  ])("%s", (text, expected) => {
    expect(headingOf(text)).toEqual(expected);
  });
});

describe("the site owner's name over the headline", () => {
  test.each([
    ["Republic of Chile – Ministry of Foreign Affairs\nES | EN\nHome › News\nChile and Peru sign a protocol on border crossings\n\nSantiago – The ministers met today.", title("Chile and Peru sign a protocol on border crossings")],
    ["date 2024-05-02\nPresident's Office\nHome › Press Releases\n\nPresident receives the new ambassador of Ghana\n\nThe President received the ambassador today.", title("President receives the new ambassador of Ghana")],
    ["Embassy of Austria in Hanoi\nAustrian Minister Visits Da Nang Port\n\nThe minister toured the port on Friday.", title("Austrian Minister Visits Da Nang Port")],
    // the site's name in two languages, and a breadcrumb whose last step is a long section name
    ["Ministério das Relações Exteriores | Ministry of Foreign Affairs of Brazil\nBrazil and Angola Agree to Expand Oil Cooperation\n\nThe ministers met in Luanda.", title("Brazil and Angola Agree to Expand Oil Cooperation")],
    ["Home › News › Trade and Development Cooperation Policy\nChile and Korea renew their trade partnership\n\nThe ministers met in Seoul on Monday.", title("Chile and Korea renew their trade partnership")],
    // a letterhead of several names, a reference number and a date over the headline
    ["Ministry of Foreign Affairs\nGovernment of Ruritania\nPress Release No. 17/2025\n3 March 2025\nRuritania and Peru hold consular talks\n\nThe talks were held in Lima today.", title("Ruritania and Peru hold consular talks")],
    ["Ministry of Trade of the Republic of Ruritania\nPublic Relations Department\nNo:88/24\nMinisters discuss a free trade zone\n\nThe ministers met on Friday.", title("Ministers discuss a free trade zone")],
    ["State Chancellery\nRef. 402\nPrime minister receives a delegation from Chile\n\nThe prime minister received the delegation today.", title("Prime minister receives a delegation from Chile")],
    // the site's name and nothing under it but the body: the lead is the heading
    ["ANR | National News Agency of Ruritania\nHome   World   Sport\nPORTO NOVO, May 3 (ANR) - Two agreements on fisheries were signed here today.\n\nThe ministers met.", lead("Two agreements on fisheries were signed here today.")],
    ["Ministry of Foreign Affairs of Ruritania\n\nThe foreign minister met the ambassador of Chile on Monday. They discussed trade.", lead("The foreign minister met the ambassador of Chile on Monday.")],
    // a cookie notice above the headline
    ["We use cookies to improve your visit. By browsing on you accept our cookie policy. OK\nRuritania opens an embassy in Nairobi\n\nThe embassy opened on Monday.", title("Ruritania opens an embassy in Nairobi")],
    ["This site uses cookies. Manage your preferences\nPeru and Chile sign a fisheries protocol\n\nThe protocol was signed in Lima.", title("Peru and Chile sign a fisheries protocol")],
    // a consent notice that never says "cookies": it speaks to the reader and ends in its buttons
    ["Ministry of Trade\nThis site keeps small files in your browser to remember your settings. Accept all | Reject all\nNepal and Bhutan agree on power trade\n\nThe ministers met on Monday.", title("Nepal and Bhutan agree on power trade")],
    ["We store your language choice on this device. Got it\nPanama hosts a logistics forum\n\nThe forum opened on Monday.", title("Panama hosts a logistics forum")],
    // a line that calls itself the site
    ["Official website of the President of Mongolia\nMN | EN\nPresident receives the Foreign Minister of Laos\n\nThe President received the minister today.", title("President receives the Foreign Minister of Laos")],
    ["Official Internet Resource of the Prime Minister\n\nPrime Minister opens a bridge over the Drina\n\nThe bridge opened today.", title("Prime Minister opens a bridge over the Drina")],
    // a letterhead in capitals, an institution's name, a name in two languages cut by a pipe
    ["PRESIDENTIAL PALACE, LOMÉ\nOffice of the Press Secretary\n\nOUTCOMES OF THE VISIT OF THE PRESIDENT OF GHANA TO TOGO\n\nThe two presidents met on Friday.", title("OUTCOMES OF THE VISIT OF THE PRESIDENT OF GHANA TO TOGO")],
    ["Office of the Special Envoy of the President for Trade and Investment in Asia\n\nEnvoy opens talks with Vietnamese exporters\n\nThe envoy met the exporters on Friday.", title("Envoy opens talks with Vietnamese exporters")],
    ["Western Cape Technical University\nHome › News\n\nTwo universities sign pact on solar research\n\nThe universities signed the pact on Monday.", title("Two universities sign pact on solar research")],
    ["Banco Central do Brasil | Central Bank of Brazil\n\nCentral banks of Brazil and Chile agree on a currency swap\n\nThe agreement was signed on Monday.", title("Central banks of Brazil and Chile agree on a currency swap")],
    // a postal address over the headline
    ["Embassy of Chile in Ghana\nVilla Rosa, 2nd floor, No. 14 Cantonments Road, Accra 00233\nChile and Ghana discuss cocoa trade\n\nThe ambassador met the minister.", title("Chile and Ghana discuss cocoa trade")],
    // the name in two languages where one side is short and capitalised as its language likes
    ["Úřad vlády ČR | Office of the Government of the Czech Republic\nPrime Minister meets Polish counterpart in Ostrava\n\nThe two met on Monday.", title("Prime Minister meets Polish counterpart in Ostrava")],
    ["Kantor Presiden RI / Office of the President of Indonesia\nPresident opens a new port in Sulawesi\n\nThe port opened on Friday.", title("President opens a new port in Sulawesi")],
    // a short line under the letterhead: its name in another language; a credit to the press team
    ["Department of Foreign Affairs – Republic of Ruritania\nKagawaran ng Ugnayang Panlabas\nFIL | EN\nRuritania and Chile exchange notes on visas\n\nThe notes were exchanged on Monday.", title("Ruritania and Chile exchange notes on visas")],
    ["Ministry of Foreign Affairs\nConsular Affairs Division\nRuritania opens a consulate in Lima\n\nThe consulate opened on Monday.", title("Ruritania opens a consulate in Lima")],
    ["European External Action Service\nBrussels, 28/11/2023\nPress and information team of the Delegation\n\nEU and Chile adopt a joint statement on oceans\n\nThe statement was adopted today.", title("EU and Chile adopt a joint statement on oceans")],
    // the outlet's account of itself
    ["RUTA\nNational news agency of the Republic of Ruritania\nHome | Politics\nRuritania and Peru sign a visa protocol\n\nThe protocol was signed on Monday.", title("Ruritania and Peru sign a visa protocol")],
    ["Official information source of the Government of Ruritania\nMain > News\nPrime Minister meets investors from Chile\n\nThe meeting took place on Monday.", title("Prime Minister meets investors from Chile")],
    ["RNA - News from Ruritania\nHome / Economy\nRuritania to export wheat to Peru\n\nThe first cargo left on Monday.", title("Ruritania to export wheat to Peru")],
    // a caption that names its medium before the photo's subject
    ["(Photo) The ministers at the signing ceremony in Hanoi\nVietnam and Laos sign a transit agreement\n\nThe agreement was signed on Friday.", title("Vietnam and Laos sign a transit agreement")],
    ["Ministry of Foreign Affairs\n(Video) Minister's remarks at the opening session\nMinister opens the regional forum on water\n\nThe forum opened on Monday.", title("Minister opens the regional forum on water")],
    // a name that says after a separator that it is the site
    ["Head of State of Ruritania · Official website\nRU | EN\nMain › Events\n12.03.2025\nHead of State receives the envoy of Chile\n\nThe envoy was received on Monday.", title("Head of State receives the envoy of Chile")],
    ["Cabinet of Ministers – Gov.rt web portal\nRuritania and Peru open a trade office\n\nThe office opened on Friday.", title("Ruritania and Peru open a trade office")],
    ["Prime Minister of Ruritania | Official portal\n\nThe prime minister met the envoy of Chile on Monday. They discussed trade.", lead("The prime minister met the envoy of Chile on Monday.")],
    // the press office whose site it is
    ["Press service of the President of the Republic of Ruritania\nMain > News\nPresident opens a cotton plant in the south\n\nThe plant opened on Friday.", title("President opens a cotton plant in the south")],
    ["Press Office of the Prime Minister\nPrime Minister hosts the leaders of the region\n\nThe leaders arrived on Sunday.", title("Prime Minister hosts the leaders of the region")],
    // the site's name in its country's script or language, its agency's acronym, a series of fields
    ["Ruritania News Agency (RNA)\nوكالة أنباء روريتانيا\nPolitics | Economy | Sport\nRuritania and Peru sign a fisheries accord\n\nThe accord was signed on Monday.", title("Ruritania and Peru sign a fisheries accord")],
    ["National News Agency of Ruritania\nوكالة الأنباء الوطنية\n\nPORT LOUIS, 3 May (RNA) -- The ministers signed two agreements today. They met for an hour.", lead("The ministers signed two agreements today.")],
    ["Royaume de Ruritanie\nMinistère des Affaires Etrangères et de la Coopération, chargé des Ruritaniens à l'Etranger\nRuritania and Chile open a consulate\n\nThe consulate opened on Monday.", title("Ruritania and Chile open a consulate")],
    ["Ministerio de Relaciones Exteriores y Culto de la República\nChile and Ruritania talk trade\n\nThe ministers met on Monday.", title("Chile and Ruritania talk trade")],
    ["Ministry of Foreign Affairs, Trade and Ruritanians Abroad\nThe Minister receives the envoy of Peru\n\nThe envoy was received on Monday.", title("The Minister receives the envoy of Peru")],
    ["Kingdom of Ruritania - Ministry of Foreign Affairs, Migration and Ruritanians Abroad\nNews | Activities of the Minister | Press releases\nJoint commission ends its fifth session\n\nThe session ended on Monday.", title("Joint commission ends its fifth session")],
    // the kind of page right over the headline, under a section's label; a site's name and its section
    ["Home\nWorld\nTrade and economic affairs\nPress release\nRuritania and Peru deepen trade ties with a new accord\nThe trade ministers signed an accord in Lima.\n\nThe accord covers grain.", title("Ruritania and Peru deepen trade ties with a new accord")],
    ["Ruritanian Commission - Press release\nCommission signs a grant with Peru for roads\n\nThe grant was signed on Monday.", title("Commission signs a grant with Peru for roads")],
    // a headline's place and date after a dash
    ["Visit of the Foreign Minister of Peru to Ruritania – Lima, March 3, 2025\n\nThe minister arrived today.", title("Visit of the Foreign Minister of Peru to Ruritania")],
    ["Closing of the consular talks - Santa Cruz, 4 May 2025\n\nThe talks closed today.", title("Closing of the consular talks")],
    // a verbless line of the site over a headline with a verb that stands over the page's date
    ["Presidencia de la República\nSala de prensa\nPresidents of Chile and Peru hold a joint cabinet in Arica\n3 de mayo de 2024 - 9:10 a. m.\nArica, May 3. The two presidents met on Friday.", title("Presidents of Chile and Peru hold a joint cabinet in Arica")],
    ["Portal of the State of Ruritania\nGovernment news\nMinisters sign a protocol on rail freight\n12 June 2025\n\nThe ministers signed it on Thursday.", title("Ministers sign a protocol on rail freight")],
    ["A new chapter for the two neighbours\nPresidents hold a joint cabinet in Arica\n3 May 2024\nThe two presidents met on Friday.", title("Presidents hold a joint cabinet in Arica")],
    // a letterhead in capitals: the state's name, a directorate, the seat of the presidency
    ["THE REPUBLIC OF RURITANIA\nDIRECTORATE OF PRESIDENTIAL COMMUNICATIONS\nSTATE HOUSE\n\nPRESS RELEASE\n\nLima, 12th January 2025\n\nThe President of Ruritania today held official talks with the President of Chile.", lead("The President of Ruritania today held official talks with the President of Chile.")],
    ["KINGDOM OF RURITANIA\n\nPRESS RELEASE\n\nThe King received the President of Chile at the palace today.", lead("The King received the President of Chile at the palace today.")],
    // a site that says it is an official website; a menu with two spaces between its sections
    ["An official website of the Ruritanian government\nHere's how you know\n\nRuritania and Chile launch a minerals roadmap\n\nThe two countries launched a roadmap on Tuesday.", title("Ruritania and Chile launch a minerals roadmap")],
    ["Ruritania Information Service\nNews  Regions  Ministries  Features  Videos  Photos\n\nRuritania and Ghana sign three agreements\n\nThe agreements were signed on Tuesday.", title("Ruritania and Ghana sign three agreements")],
    // a photo's caption and a speaker's name line under a headline are no headlines
    ["Ministry of Foreign Affairs of Ruritania\nHome > Foreign Policy\n\nRuritania-Chile Foreign Ministers’ Meeting\n\nJanuary 21, 2025\n\nForeign Minister Tanaka greeting Minister Rojas at the Guest House\n\nOn January 21, the ministers held a meeting in Tokyo.", title("Ruritania-Chile Foreign Ministers’ Meeting")],
    // the text-size buttons of a page
    ["Government of Ruritania\nHome  >  News\nText size  A-  A  A+\n\nPrime Minister welcomes the Prime Minister of Chile\n\n14/01/2025 18:37\n\nToday the Prime Minister welcomed his guest.", title("Prime Minister welcomes the Prime Minister of Chile")],
    // a domain name under the site's name is chrome, not the rest of a sentence
    ["Plataforma digital del Estado de Ruritania\ngob.rr\nPresidents of Chile and Peru hold a joint cabinet in Arica\n3 May 2024\nThe two presidents met on Friday.", title("Presidents of Chile and Peru hold a joint cabinet in Arica")],
  ])("%s", (text, expected) => {
    expect(headingOf(text)).toEqual(expected);
  });

  test.each([
    // a headline that names a ministry, with the body right under it
    ["Ministry of Energy Opens New Office in Mombasa\n\nThe ministry opened the office on Monday.", title("Ministry of Energy Opens New Office in Mombasa")],
    // an institution's name in a headline that is not in title case
    ["Foreign Ministry hosts the annual meeting of ambassadors\nAmbassadors from 40 countries took part\n\nThe meeting began on Monday.", title("Foreign Ministry hosts the annual meeting of ambassadors")],
    // a title-case headline with a verb, alone over its body, stays the heading
    ["Embassy Hosts Reception for National Day\n\nThe embassy held a reception on Friday.", title("Embassy Hosts Reception for National Day")],
    ["Ministry of Health Signed Three Memoranda\n\nThe memoranda were signed on Friday.", title("Ministry of Health Signed Three Memoranda")],
    // a headline that speaks to the reader, without buttons; a website that is the news itself
    ["Your vote counts, minister tells young people\n\nThe minister spoke on Monday.", title("Your vote counts, minister tells young people")],
    ["Official website of the summit goes live in three languages\n\nThe website opened today.", title("Official website of the summit goes live in three languages")],
    // cookies in a headline, with no notice around them; a number in a headline
    ["Cookie and biscuit exporters meet in Accra\n\nThe exporters met on Monday.", title("Cookie and biscuit exporters meet in Accra")],
    ["Decree No. 45 on customs duties takes effect\n\nThe decree took effect on Monday.", title("Decree No. 45 on customs duties takes effect")],
    // a short title-case headline without a verb, under nothing, stays
    ["Joint Statement of Peru and Chile\n\nThe two presidents met on Friday.", title("Joint Statement of Peru and Chile")],
    // an institution's name that is not the head of the line: an event it holds
    ["Home > Briefings\nForeign Ministry Spokesperson Ana Ruiz's Regular Press Briefing\nMay 9, 2025\n\nAna Ruiz: Good afternoon. The minister will visit Chile next week.", title("Foreign Ministry Spokesperson Ana Ruiz's Regular Press Briefing")],
    // a headline about a press team, with its verb
    ["Press team of the ministry wins an award\n\nThe team won on Monday.", title("Press team of the ministry wins an award")],
    // a headline about news from somewhere, or about an agency, with a verb
    ["News from the summit: leaders agree on a climate fund\n\nThe leaders met on Monday.", title("News from the summit: leaders agree on a climate fund")],
    ["State news agency of Ruritania opens an office in Lima\n\nThe office opened on Monday.", title("State news agency of Ruritania opens an office in Lima")],
    // a pipe between two clauses of a headline is no site name; a parenthesis that names no medium
    ["Talks end in Lima | Ministers sign a fisheries protocol\n\nThe ministers met on Monday.", title("Talks end in Lima | Ministers sign a fisheries protocol")],
    ["(Updated) Ruritania and Chile agree on visa-free travel\n\nThe agreement was signed on Monday.", title("(Updated) Ruritania and Chile agree on visa-free travel")],
    // a headline about a website or a press office, with its verb; a dash inside a headline before a date
    ["Ministry launches its new website\n\nThe website went live on Monday.", title("Ministry launches its new website")],
    ["Press office of the summit opens – accreditation closes on 3 May 2025\n\nJournalists may apply online.", title("Press office of the summit opens – accreditation closes on 3 May 2025")],
    ["Talks resume - two rounds planned for 4 May 2025\n\nThe talks resumed today.", title("Talks resume - two rounds planned for 4 May 2025")],
    // a name with particles in a headline, a headline of three clauses, a text in Cyrillic
    ["Fernando de la Cruz y Soto visits Lima\n\nThe minister arrived today.", title("Fernando de la Cruz y Soto visits Lima")],
    ["Talks end | Ministers sign the accord | Trade to grow.\n\nThe ministers met on Monday.", lead("Talks end | Ministers sign the accord | Trade to grow.")],
    ["Министры подписали соглашение\n\nВ понедельник министры встретились в Москве.", title("Министры подписали соглашение")],
    // the kind of page after the headline: a verbless line after it does not take over
    ["Home\nMinister's Meeting with the Foreign Minister of Peru\nREADOUT\nOFFICE OF THE SPOKESPERSON\nMARCH 3, 2025\n\nThe minister met his counterpart today.", title("Minister's Meeting with the Foreign Minister of Peru")],
    // an address with a verb is a sentence
    ["The new office opened at 14 Cantonments Road, Accra, 2nd floor, on 3 May.\n\nThe ambassador cut the ribbon.", lead("The new office opened at 14 Cantonments Road, Accra, 2nd floor, on 3 May.")],
  ])("%s", (text, expected) => {
    expect(headingOf(text)).toEqual(expected);
  });
});

describe("a verbless first line keeps the heading", () => {
  test.each([
    // the line with a verb under it has no date under it: a subheadline
    ["A new chapter for the two neighbours\nPresidents hold talks on trade and fisheries\n\nThe two presidents met on Friday in Lima and agreed on a plan.", "A new chapter for the two neighbours"],
    // the line under it, over the date, has no verb
    ["A new chapter for the two neighbours\nThe agenda of two governments\n3 May 2024\nThe two presidents met on Friday.", "A new chapter for the two neighbours"],
  ])("%s", (text, expected) => {
    expect(headingOf(text)?.text).toBe(expected);
  });
});

describe("letterheads, breadcrumbs and site names of other shapes", () => {
  test.each([
    // "Department: X", the owner and what it is of after a colon
    ["DTIC\nDepartment: Trade, Industry and Competition\nREPUBLIC OF RURITANIA\n\nRuritania and Chile launch a joint export council\n\nThe ministers met in Santiago.", title("Ruritania and Chile launch a joint export council")],
    ["Department: Home Affairs\nNew visa rules for students from Kenya take effect\n\nThe rules apply from Monday.", title("New visa rules for students from Kenya take effect")],
    // a breadcrumb cut by slashes, its sections several words long
    ["NATIONAL ASSEMBLY OF RURITANIA\nSessions · Committees · Press\nForeign relations / Friendship groups with Asia\n\nDeputies from Ruritania and Laos agree to meet yearly\n\nThe deputies met on Tuesday.", title("Deputies from Ruritania and Laos agree to meet yearly")],
    // the site's address before what it calls itself
    ["Malopolska.eu – official portal of the Lesser Poland region\nHome » News\n\nLesser Poland and Cordoba sign a partnership\n\nThe regions signed it on Friday.", title("Lesser Poland and Cordoba sign a partnership")],
    ["visitporto.pt | official website of the City of Porto\nPorto welcomes a delegation from Recife\n\nThe mayor received them on Monday.", title("Porto welcomes a delegation from Recife")],
    // the site in a language
    ["Gobierno de Nuevo León – English version\nNuevo León and Texas agree on a water plan\n\nThe governors met in Monterrey.", title("Nuevo León and Texas agree on a water plan")],
    // a line of capitalised words with a colon and a verb is a headline
    ["Breaking: Kenya And Peru Sign Air Services Deal\n\nThe deal was signed in Lima.", title("Breaking: Kenya And Peru Sign Air Services Deal")],
  ])("%s", (text, expected) => {
    expect(headingOf(text)).toEqual(expected);
  });
});

describe("a headline of two words over the page's date", () => {
  test.each([
    ["President of Ruritania\nHome › Events\n\nRuritanian-Chilean talks\n\nMay 3, 2024, 14:10\nThe Palace, Lutetia\n\nThe President held talks with the President of Chile.", title("Ruritanian-Chilean talks")],
    ["Official site\n\nBilateral consultations\n12 March 2025\nThe deputy ministers held consultations in Quito on Tuesday.", title("Bilateral consultations")],
    // a section label in capitals is no headline
    ["Press Releases\n12 March 2025\nThe deputy ministers held consultations in Quito on Tuesday.", lead("The deputy ministers held consultations in Quito on Tuesday.")],
    // nor a label over the date when a headline follows the date
    ["Bilateral relations\n12 March 2025\nPeru and Chile open a new border post\n\nThe post opened on Tuesday.", title("Peru and Chile open a new border post")],
    // nor two words with no date under them
    ["Bilateral relations\nPeru and Chile open a new border post\n\nThe post opened on Tuesday.", title("Peru and Chile open a new border post")],
  ])("%s", (text, expected) => {
    expect(headingOf(text)).toEqual(expected);
  });
});

describe("a lead sentence with an honorific's abbreviation", () => {
  test.each([
    ["Muscat, May 4 -- The Minister of Housing Eng. Salim Al-Harthy received the ambassador of Peru today. They discussed ports.", lead("The Minister of Housing Eng. Salim Al-Harthy received the ambassador of Peru today.")],
    ["Lima, May 4 -- The Vice Minister Arch. Rosa Quispe and the mayor Lic. Carlos Rojas opened the works. They toured the site.", lead("The Vice Minister Arch. Rosa Quispe and the mayor Lic. Carlos Rojas opened the works.")],
    ["Pretoria, May 4 -- The Minister of Justice, Adv. Thabo Nkosi, met the judges. Brig. Sipho Dube attended.", lead("The Minister of Justice, Adv. Thabo Nkosi, met the judges.")],
  ])("%s", (text, expected) => {
    expect(headingOf(text)).toEqual(expected);
  });
});

describe("a headline of two words in title case, right under the chrome", () => {
  test.each([
    ["PARLIAMENT OF RURITANIA\nSessions | Committees | Press\n\nParliamentary Cooperation\n\n2024.10.08\n\nOn 7 October, the Speaker received a delegation of the Sejm of Poland.", title("Parliamentary Cooperation")],
    ["Ministry of Foreign Affairs of Ruritania\nHome / News\n\nVienna Consultations\n\nVienna, 21 May 2024 – The deputy ministers held the fifth round of consultations.", title("Vienna Consultations")],
    ["Presidency of Ruritania\nNews | Agenda\n\nState Visit\n\nMonday 3 March 2025 - 10:15\n\nThe President received the King of Lesotho at the palace.", title("State Visit")],
    // a section of the site is not a headline
    ["Ministry of Trade\nHome / News\n\nPress Releases\n\n3 March 2025\n\nThe minister received the trade envoy of Chile on Monday.", lead("The minister received the trade envoy of Chile on Monday.")],
    ["Ministry of Trade\n\nMedia Statements\n\nThe minister received the trade envoy of Chile on Monday.", lead("The minister received the trade envoy of Chile on Monday.")],
    // nor the name of an office
    ["Home / News\n\nPress Office\n\nThe minister received the trade envoy of Chile on Monday.", lead("The minister received the trade envoy of Chile on Monday.")],
  ])("%s", (text, expected) => {
    expect(headingOf(text)).toEqual(expected);
  });
});

describe("more chrome over the headline", () => {
  test.each([
    // a site's name in another language, with one of its function words
    ["Portal oficial del Gobierno Regional\nHome | News\n\nThe region and Mendoza sign a wine agreement\n\nThe agreement was signed on Friday.", title("The region and Mendoza sign a wine agreement")],
    ["Embaixada do Brasil em Lusaka\nEmbassy of Brazil in Lusaka\n\nAmbassador opens a film festival in Lusaka\n\nThe festival opened on Friday.", title("Ambassador opens a film festival in Lusaka")],
    // an authority's name is a letterhead
    ["RIA | Ruritanian Investment Authority\nHome › News\n\nThree Contracts Signed\n\nMay 12, 2024\n\nThe authority signed three contracts on Sunday.", title("Three Contracts Signed")],
    // what a site says it offers
    ["Independent news and analysis for the energy industry\nWorld | Africa\n\nKenya and Uganda agree on a pipeline route\n\nThe ministers met on Friday.", title("Kenya and Uganda agree on a pipeline route")],
    // but a headline about news, with its verb, is one
    ["News agencies of Kenya and Uganda signed a partnership\n\nThe agencies met on Friday.", title("News agencies of Kenya and Uganda signed a partnership")],
    // a headline with an initial is English
    ["AU Chairperson received Deputy Secretary-General H.E. Ana Lopes\n\nThe Chairperson received her today.", title("AU Chairperson received Deputy Secretary-General H.E. Ana Lopes")],
  ])("%s", (text, expected) => {
    expect(headingOf(text)).toEqual(expected);
  });
});

describe("a short verbless line over the site's navigation is its name", () => {
  test.each([
    ["Sunday, 09 March 2025 - 06:15 PM\nAndean Information Service\nHome > Peru and the World > Neighbours\nEN | ES\n\nLIMA, Mar 9 (ANS) - The foreign ministers of Peru and Chile met on Sunday in Lima to discuss trade.", lead("The foreign ministers of Peru and Chile met on Sunday in Lima to discuss trade.")],
    ["Tonga Daily Record\nالعربية | English\n\nThe prime ministers of Fiji and Tonga met on Monday to discuss fisheries.", lead("The prime ministers of Fiji and Tonga met on Monday to discuss fisheries.")],
    // a headline with a verb keeps its place over the breadcrumb
    ["Peru and Chile sign port deal\nHome > World > Asia\n\nThe ministers met on Monday in Lima to discuss trade.", title("Peru and Chile sign port deal")],
    // a verbless headline under the navigation stays
    ["Home > World > Asia\nJoint Statement on Ports\n\nThe ministers met on Monday in Lima to discuss trade.", title("Joint Statement on Ports")],
  ])("%s", (text, expected) => {
    expect(headingOf(text)).toEqual(expected);
  });
});

describe("a caption that opens with where its people stand is no headline, and a site's name with an ampersand", () => {
  test.each([
    ["Ministry of Education & Youth Services\n\nNew school buses to reach 25 hill villages next term\n\nThe ministry will send the buses to the villages from June.", title("New school buses to reach 25 hill villages next term")],
    ["Department of Lands & Survey\n\nNew maps for coastal villages\n\nThe department will publish the maps in June.", title("New maps for coastal villages")],
    // (an ampersand in a headline with a verb keeps it the headline)
    ["Tonga & Fiji Sign Fisheries Pact\n\nThe ministers met on Monday in Nuku'alofa.", title("Tonga & Fiji Sign Fisheries Pact")],
    ["(From left) Foreign Minister Ana Ruiz and Foreign Minister Tom Berg\n\nLIMA, May 4 -- Foreign Minister Ana Ruiz received a call from Foreign Minister Tom Berg on Monday.", lead("Foreign Minister Ana Ruiz received a call from Foreign Minister Tom Berg on Monday.")],
    ["(L-R) Governor Amos Kiprop and Governor Ruth Nabirye sign the memorandum.\n\nKisumu and Jinja signed a memorandum on fisheries on Monday.", lead("Kisumu and Jinja signed a memorandum on fisheries on Monday.")],
    // (a headline in brackets of another kind stays)
    ["(Update) Peru and Chile sign port deal\n\nThe ministers met on Monday in Lima.", title("(Update) Peru and Chile sign port deal")],
  ])("%s", (text, expected) => {
    expect(headingOf(text)).toEqual(expected);
  });
});

describe("a headline in capitals with a colon is no dateline", () => {
  test.each([
    ["MINISTER RUIZ TO EXPORTERS: THE PORT WILL OPEN IN MAY\n\nMinister Ana Ruiz told exporters on Monday that the port would open in May.", title("MINISTER RUIZ TO EXPORTERS: THE PORT WILL OPEN IN MAY")],
    ["STATE HOUSE, KAMPALA\nPRESS RELEASE\n\nPRESIDENT OKELLO TO EAC LEADERS: THE LAKE IS OUR COMMON WEALTH\n\nPresident Tom Okello told leaders on Monday that the lake must be shared.", title("PRESIDENT OKELLO TO EAC LEADERS: THE LAKE IS OUR COMMON WEALTH")],
    // a place in capitals before a colon is still a dateline
    ["DAR ES SALAAM: Tanzania and Zambia signed a protocol on the railway yesterday.", lead("Tanzania and Zambia signed a protocol on the railway yesterday.")],
    ["PORT MORESBY: The ministers met on Monday to discuss fisheries.", lead("The ministers met on Monday to discuss fisheries.")],
  ])("%s", (text, expected) => {
    expect(headingOf(text)).toEqual(expected);
  });
});

describe("a possessive's noun in -ing under a site's name is a headline, not a photo caption", () => {
  test.each([
    ["Prime Minister's Office\nPM's meeting with the King of Tonga\nPosted On: 4 MAR 2025 5:10PM by PIB Delhi\n\nPrime Minister Ravi Kumar held talks with the King of Tonga in New Delhi today.", title("PM's meeting with the King of Tonga")],
    // a caption of names and what they do stays out
    ["Prime Minister's Office\nPM Ravi Kumar greeting the King of Tonga at Hyderabad House\n\nPrime Minister Ravi Kumar held talks with the King of Tonga in New Delhi today.", lead("Prime Minister Ravi Kumar held talks with the King of Tonga in New Delhi today.")],
  ])("%s", (text, expected) => {
    expect(headingOf(text)).toEqual(expected);
  });
});
