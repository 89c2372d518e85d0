// The vocabulary of people in diplomatic press releases: the role words that make a title, the
// honorifics that are not part of a name, the words that mark an organisation or a place, the
// countries and their adjectives, and the verbs whose subject is a person. All lower-case.

const words = (s: string) => new Set(s.trim().split(/\s+/u));

/** Nouns that name an office or a role: the head of a title (`President`, `Foreign Minister`, `aide`). */
export const ROLE_NOUNS = words(`
  president presidents vice-president premier minister ministers chairman chairwoman chairperson chair
  secretary secretary-general secretaries ambassador ambassadors envoy envoys counterpart counterparts colleague colleagues aide aides
  adviser advisor advisers advisors spokesman spokeswoman spokesperson representative commissioner
  governor mayor akim hokim khokim speaker king queen emir amir prince princess sultan monarch ruler chancellor vice-chancellor
  pro-vice-chancellor director director-general directors head heads chief leader leaders deputy
  registrar dean rector provost professor officer ceo chairman-ceo founder candidate activist researcher
  editor correspondent reporter author journalist delegate delegation consul consul-general attaché chargé d'affaires
  commander general lieutenant marshal admiral colonel major captain mufti patriarch pope cardinal
  governor-general under-secretary undersecretary assistant coordinator manager administrator executive
  president-elect prime-minister nsa dg md trustee member members senator congressman congresswoman
  lawmaker legislator councillor councilor judge justice prosecutor ombudsman auditor treasurer
  pm fm vp cs eam
  `);

/** Words that qualify a role without being one (`Foreign` Minister, `Deputy` Prime Minister, `newly elected`). */
export const ROLE_MODIFIERS = words(`
  foreign prime deputy vice first acting former senior chief special state presidential national
  general executive permanent plenipotentiary extraordinary interim newly elected incoming outgoing
  then current union federal regional provincial defence defense finance trade economy economic
  interior justice energy education health culture agriculture industry investment investments
  commerce transport labour labor emergency security intelligence cabinet crown grand supreme high
  royal assistant principal associate managing external internal home environment water development
  digital information communication communications sports youth tourism science technology affairs
  central international joint political responsible
  `);

/** Honorifics and forms of address, never part of a name (`H.E.`, `His Highness`, `Sheikh` before a full name). */
export const HONORIFICS = words(`
  mr mr. mrs mrs. ms ms. dr dr. prof prof. h.e. h.e he hh h.h. his her highness majesty excellency
  royal hon hon. honourable honorable sir madam dame lord lady respected esteemed dato dato’ dato' datuk
  seri tan sri shri sri smt smt. mister messrs comrade eng. engr engr. rt rt.
  `);

/** Before a full name `Sheikh` is a form of address; alone before one word it is the name (`Sheikh Hasina`). */
export const SOFT_HONORIFICS = words(`sheikh shaikh sheikha`);

/** Words that make a capitalised run an organisation, a place, an event or a thing, not a person. */
export const NON_PERSON_WORDS = words(`
  accord complex
  ministry ministries university universities college institute academy school council committee commission
  agency agencies government governments cabinet administration office bureau department service services
  treasury exchequer inspectorate customs
  bank fund corporation company companies group holding holdings enterprise enterprises association union
  federation confederation organization organisation organisations organizations forum summit conference
  session assembly parliament congress senate house palace hall hotel airport station port center centre
  square street avenue road bridge park museum theatre theater stadium tower mosque church cathedral
  republic kingdom state states emirate emirates nations region province district city county oblast
  island islands sea ocean river lake mountain valley desert corridor railway railways highway
  party movement front alliance coalition partnership initiative program programme project plan strategy
  agreement memorandum treaty declaration statement protocol convention charter
  news times post daily herald tribune gazette press journal radio television tv channel network media
  inc ltd llc plc co corp airlines airways energy oil gas petroleum power electric
  limited llp pty gmbh sarl bhd pvt energia energía énergie invest investments capital ventures
  day week month year anniversary festival expo olympics games cup award order prize medal
  court tribunal police army navy force forces guard command headquarters hq secretariat mission embassy
  presidency chancellery
  consulate delegation chamber chambers exchange market markets zone zones club foundation trust
  agreements memorandums memoranda treaties declarations statements protocols documents mou mous moc
  section division unit directorate authority authorities board body commissions councils committees
  regions provinces districts palaces universities institutes agencies companies banks funds
  resources affairs works industries sciences studies statistics economics logistics communications
  relations fisheries security defence defense finance health culture sports trade commerce industry
  agriculture transport infrastructure labour labor science youth sport sports water mines lands
  welfare heritage arts cooperation co-operation development ports airports
  `);

/**
 * Capitalised words that begin sentences or headings and are not names, beyond the function words
 * (the, however, during…) that compromise's lexicon already tells (wordClasses.ts).
 */
export const NOT_NAMES = words(`
  sheikhs shaikhs sheikhas emirs sultans
  its our my all many most other not above against behind below beneath beside beyond following
  inside near outside over past regarding under underneath according additionally today yesterday
  tomorrow tonight earlier later here there thank thanks dear welcome photo video source read share
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  north south east west northern southern eastern western central middle upper lower new old great
  international global world joint bilateral trilateral multilateral strategic economic cooperation
  english russian chinese breaking update updated exclusive published posted editor's note meeting
  meetings talks visit visits ceremony signing download app print share
  `);

/**
 * Words kept from names above that qualify a field inside a title: a point of the compass before a
 * region or nationality ("Minister for East African Cooperation"), an adjective of a field
 * ("Undersecretary for Bilateral Relations", "Director of International Cooperation").
 */
export const FIELD_QUALIFIER = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Middle|Upper|Lower|Greater|Inner|Outer|International|Bilateral|Multilateral|Trilateral|Strategic|Economic|Global)$/u;

/**
 * Name particles that stand lower-case between the parts of a name; Turkic patronymics put one
 * between the father's name and the surname ("Elnur Tofiq oglu Mammadov", "Gulnara Askar kyzy Omurova").
 */
export const NAME_PARTICLES = words(`bin ibn bint binti bt al el da de di do dos das du del della los las van von der den ter ul uz la le y oglu ogly oğlu uulu kyzy qizi gizi ould`);

/** Words that name a ship before its name ("the frigate Admiral Grigorovich"), and ship prefixes. */
export const VESSELS = words(`
  ship ships vessel vessels carrier frigate destroyer cruiser corvette submarine tanker icebreaker
  yacht ferry boat warship flagship uss hms ins pns ns rfs
  `);

/** Verbs of speech: after a bare surname they make it a person (`” Temer said`). */
export const SPEECH_VERBS = words(`
  said says noted stressed emphasized emphasised underlined pointed added stated recalled assured
  reiterated highlighted affirmed warned mentioned told explained announced declared urged wrote
  `);

/** Verbs whose subject, right after a full name, is a person. */
export const PERSON_VERBS = words(`
  said says say noted notes stressed stresses emphasized emphasised emphasizes underlined underlines
  pointed points added adds stated states recalled recalls assured assures reiterated highlighted
  affirmed warned mentioned informed confirmed expressed told tells asked answered replied explained
  announced declared urged called thanked welcomed congratulated invited praised wrote writes tweeted
  met meets held holds received receives visited visits arrived arrives left leaves paid pays
  chaired chairs attended attends signed signs hosted hosts led leads discussed discusses agreed
  briefed presented presents conveyed delivered addressed opened inaugurated spoke speaks
  `);

// Countries and their adjectives: a country never is a person, and an adjective of nationality
// belongs to a title ("Chinese President", "his Uzbek counterpart").
export const COUNTRIES = words(`
  afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
  bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
  bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba
  cyprus czechia czech denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji
  finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
  honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan
  kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
  lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
  micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal
  netherlands zealand nicaragua niger nigeria macedonia norway oman pakistan palau palestine panama
  paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles
  singapore slovakia slovenia somalia spain lanka sudan suriname sweden switzerland syria taiwan
  tajikistan tanzania thailand togo tonga trinidad tunisia turkey türkiye turkiye turkmenistan tuvalu
  uganda ukraine uae uk usa us u.s. u.s.a. u.k. uruguay uzbekistan vanuatu vatican venezuela vietnam
  yemen zambia zimbabwe europe asia africa america americas eurasia caucasus caspian arabia
  `);

export const NATIONALITIES = words(`
  afghan albanian algerian american angolan argentine argentinian armenian australian austrian
  azerbaijani azeri bahraini bangladeshi belarusian belgian bhutanese bolivian bosnian brazilian british
  bulgarian burundian cambodian cameroonian canadian chadian chilean chinese colombian comorian congolese
  croatian cuban cypriot czech danish djiboutian dutch ecuadorian egyptian emirati eritrean estonian
  ethiopian european fijian filipino finnish french gabonese gambian georgian german ghanaian greek
  guatemalan guinean haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli
  italian ivorian jamaican japanese jordanian kazakh kazakhstani kenyan korean kosovar kuwaiti kyrgyz
  lao laotian latvian lebanese liberian libyan lithuanian malagasy malawian malaysian maldivian malian
  maltese mauritanian mauritian mexican moldovan mongolian montenegrin moroccan mozambican myanmar namibian
  nepalese nepali nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan peruvian
  polish portuguese qatari romanian russian rwandan salvadoran saudi senegalese serbian singaporean
  slovak slovenian somali spanish sri lankan sudanese swedish swiss syrian taiwanese tajik tanzanian thai
  togolese tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese yemeni
  zambian zimbabwean african asian arab
  `);
