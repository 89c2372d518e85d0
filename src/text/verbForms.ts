// Generated from compromise's lexicon by tests/wordClasses.test.ts — do not edit by hand.
// The verb forms of single lower-case words by the class compromise gives them, for constant-time
// lookups without loading it. Participles used as adjectives ("related", "processed") are not here.

const VERB_CLASSES = {
  /** Modal */
  modal: `
    can could lets may might must ought oughta shall shant should will would
  `,
  /** Copula, Participle, Verb */
  auxiliary: `
    am are arisen awaken awoken beaten been begun bitten blown born built cannot chosen clung dove
    drawn dreamt driven eaten fallen flown forbidden forgiven forgotten forsaken forseen given gone
    gonna gotten grown has hasten hidden is msg outdone outgrown overdone overseen overtaken
    overthrown proven rewritten ridden risen rung seen sewn shaken shone shown shrunk slain sought
    sown spilt spoken stolen strewn sung sunk sworn swum taken thrown torn undergone undone uprisen
    waken was were withdrawn woken woven written wrung
  `,
  /** PastTense */
  pastTense: `
    abducted abolished aborted abounded absconded absolved abused accelerated accented accessed
    acclimated accommodated accompanied accomplished accorded accosted accounted accrued accused
    accustomed aced ached achieved acquiesced acquired acted activated adapted added addicted
    addressed adjourned administered admitted adorned adsorbed advertised advocated affiliated
    affixed afforded agonized agonzed agreed aided aimed aired alighted aligned allotted allowed
    alluded amalgamated amused analysed anchored angered announced annoyed annulled answered
    appealed appeared appeased appointed appraised approached approved approximated arched
    architected archived argued armoured arose aroused arranged arrested arrived articulated asked
    aspired assailed assembled asserted assessed assigned assisted astonished astounded ate attached
    attacked attained attempted attested attracted auctioned automated averted avoided awaited
    babysat backed backfired bailed banded banged banked bankrupted banned bargained barged barked
    barred bashed bathed battled became beefed befriended began begged beguiled behaved beheaded
    beheld believed belittled belonged belted benefited bequeathed bestowed betrayed bewitched
    biffed biked bitched blacked blamed blanked blasted blazed bled blended blew blinked blitzed
    bloated blocked blossomed blunted blurred blurted boarded boasted boated bobbed bogged boggled
    bolstered bombarded bombed bonded boned booked bookkept boomed boosted bordered bore borrowed
    bossed bothered bought bounced boxed boycotted branched branded breached breathed breathtook
    bred bribed bridged brightened broadened broke brought brushed bubbled bucked buckled buded
    buffered bulked bullied bumped bundled burdened buried burped busted bustled butchered buzzed
    bypassed caked called calmed came camped cancelled capped captivated captured carded cared
    careened carried carved cashed catalogged catered caught caulked caused cautioned caved ceased
    centered centred chained chaired challenged championed changed channelled chanted charted chased
    chatted chauffeured cheated checked cheered cherished chewed chirped chopped chose chucked
    circled circumvented cited claimed clapped clawed cleaned cleansed cleared clicked climbed
    cloned clouded clubbed coached coalesced coated coerced coexisted cohabited coincided coined
    collapsed collected collided colluded combatted combusted comforted commanded commenced
    commented committed communicated commuted compelled competed compiled complained complemented
    completed complied composed compounded compromised concealed conceived concerned concluded
    concurred condemned condensed condoned conducted confessed confided configured confirmed
    conflicted conformed confronted conglomerated conjugated conjured connoted conquered conscripted
    consented conserved consisted conspired constituted constrained constructed consulted consumed
    consummated contacted contained continued contrasted contributed convened converged converted
    conveyed convinced cooled coordinated coped copied cored corrected corresponded corroded
    corrupted coughed counselled counted counterfeited coupled courted crafted crashed craved
    created credited crept cried crippled cropped crossed crumbled cubed cued curbed curled
    curtailed curved cycled dabbed damped danced dared darkened darted dashed daunted deafened dealt
    debarked debated debilitated debriefed debugged debuted deceived decided decimated deciphered
    declared declined decoded decommissioned decomposed decoupled decreased decreed decried
    decrypted deducted deepened defaced defeated defected defied defrauded defused degraded
    delegated deliberated delimited delivered demanded demolished demoralized denied denoted
    denounced departed depicted deplored deployed deported deposited derailed derived deserted
    deserved designed desired desisted detached devastated devolved diagnosed did died differed
    diffused digested dined dipped disappointed disarmed disbanded disbursed discarded discerned
    discharged disclaimed disclosed discovered discussed disguised disgusted disheartened dished
    disliked dislodged dismantled dispatched dispensed dispersed displaced displayed displeased
    disposed disproved disputed disrupted dissented dissolved dissuaded distilled distinguished
    distracted ditched diverged diverted divested divided divorced divulged docked doctored
    documented dodged doled doubled doubted downloaded drafted dragged drank dreamed dredged dressed
    drewed dribbled drifted drilled dripped droned dropped drove drowned drummed dubbed duelled dug
    dulled dumped duplicated dwelled dwindled dyed earmarked earned echoed edged edited effected
    elaborated elapsed elected electrified elicited elucidated eluded embalmed embarked embodied
    embraced embroidered embroiled emerged emphasized empowered emptied enabled enacted encircled
    enclosed encountered encouraged encroached encrypted encumbered endangered endeared ended
    endorsed endowed endured energized enforced engendered engineered engraved engulfed enjoyed
    enlarged enlisted enlivened enquired enriched enrolled ensued entered enticed entrained
    entrenched entrusted enveloped envied envisaged envisioned erased erupted eschewed espoused
    estimated etched evaluated evoked evolved exalted examined exasperated exceeded excelled
    exchanged exclaimed excluded excused exempted exercised exerted exhaled exhausted exhibited
    exhilarated exhorted exhumed existed exited expedited expelled experimented expired explained
    exploded exploited explored exported expressed expunged extinguished extolled extracted exuded
    eyed faced fainted faked faltered fancied farmed fasted fastened fattened favoured featured fed
    fell felt fenced fended fermented fessed fetched fielded figured filed filled filmed filtered
    financed fired firmed fished fizzled flagged flaked flamed flared flashed flattened flattered
    fled fleshed flew flirted floated flocked flooded flowed flowered flung fogged foiled folded
    followed fooled forbade forced foreclosed foresaw foreshadowed forewarned forewent forfeited
    forgave forged forgot forked formatted formed forsook forwarded fostered fought fouled found
    franchised freed freshened frightened fringed frosted frowned froze frustrated fucked fuelled
    fulfilled functioned funded fundraised furnished fussed fuzzed gagged gained gamed gardened
    gassed gated gathered gave gazed generated giggled glared gleamed gleaned glossed glowed glued
    goofed gossiped got gought governed grabbed graced graded graduated granted grappled grasped
    grated grazed greeted grew grieved gripped groomed grounded growthed gruelled grumbled
    guaranteed guessed gulped hacked had hampered handed handled hankered happened harangued
    harassed harboured harnessed harvested hashed hatched hated haunted hazed headed healed heard
    heartwarmed hedged heightened held helped hid highlighted hijacked hiked hindered hinted hired
    hoisted holed hollowed honed honored honoured hoped hopped horsed hosted housed howled hugged
    humiliated hung hunkered hunted hurried hushed idled ignored illustrated imagined imbued
    immersed impacted impaled imparted impinged implemented imploded imposed impoverished impressed
    imprisoned incited inclined included incorporated indexed indicated indulged infested influenced
    infused ingested inhabited inhaled inhibited initiated inked innovated inquired inserted
    insisted inspected installed instilled instructed insulted insured intented interacted
    interfaced interned interpreted interrupted interviewed intimidated intrigued introduced
    intruded inundated invaded invented inverted invested invigorated invoiced invoked irked
    irritated issued jacked jammed jazzed jogged joked juggled juiced jumped juxtaposed kept keyed
    kicked kidnapped killed kissed kneeled knelt knew knitted knocked labeled laboured laced lacked
    lagged laid lanced landed languished lapped lashed lasted latched laughed launched laundered
    leached leaked leaped leapt learned leased lectured led leeched lengthened lent lessened levied
    licked lied lifesaved lifted lightened liked lined lingered linked liquefied liquidated listened
    lit lived livened loaned lobbied lodged logged looked loosened lowered lucked lumped lurked
    lusted macked maddened made mailed maimed maintained mandated manifested manned mannered
    manoeuvred mapped marketed married marshalled mashed masked mastered matched mattered matured
    maxed meandered meant meditated mended mentioned merged merited mesmerized messaged messed met
    milked mimed mimicked minced minded mined mingled mirrored misplaced missed mistook mitigated
    mocked modeled moderated molded molested monitored monkeyed mopped mourned mouthed moved mowed
    msged muddled mulled multiplied mumbled murdered nailed named narrowed navigated neared
    negotiated nerded netted networked nicked nodded noticed nursed nurtured obeyed objected
    obscured obsessed obtained occurred offended offered oiled ollay omitted oozed opened operated
    opined opposed opted orbited ordered organised oriented outgrew outlied outlined outnumbered
    outpaced outstood overarched overcame overlapped overpassed overpowered overrode oversaw
    overshadowed overturned overused ovulated owed owned packaged paid paired paised paled pampered
    panicked panned paralleled paralysed parented parted participated partied passed patched
    patented patrolled paused paved peacekept peaked peeled peered pegged pended pent perceived
    performed perfumed perished permeated permitted perplexed persevered persisted persuaded
    pervaded phased phoned photographed piled piloted pined pinned pinpointed piped pitied pitted
    placed planted played plced pleaded plummeted plumped plunged poached poisoned polled polluted
    pooled pooped popped pored portrayed posed positioned possessed posted pounded poured powered
    practiced praised prattled prayed preached preceded precluded predetermined predicted presented
    preserved presupposed pretended prevailed prevented preyed priced prided primed probed proceeded
    proclaimed procured prodded professed profiled programmed progressed prohibited projected
    promised promoted prompted propped prospered protested protruded provided provoked pruned
    psyched published pulled punched punished purchased purported pursuanted pursued pushed quacked
    quashed quenched questioned quivered raced racked raged raised raked rambled ran rang ranged
    ranked ranted raped rapped rated rattled raved ravished reached reacted realised realized reaped
    reasoned reassured rebooted rebuffed recalled reckoned reclaimed recognized reconciled recouped
    recruited redacted redefined redid reeled refactored referenced refinanced reflected refocused
    reformed refracted refreshed refuelled refunded refurbished refused regarded regretted regrouped
    rehearsed reheated reigned reimbursed reined reinforced rejoiced rejuvenated relaxed relented
    relied relieved relinquished relished relived reloaded remade remained remarked remedied
    remembered rendered renounced rented reordered repaired repealed repelled rephrased replenished
    replicated replied reported represented resembled resented resided resigned resisted resolved
    resorted responded restarted rested restocked restrained restructrued restructured resulted
    resumed resurfaced retired retrieved returned reuped revamped revealed reveled revered reversed
    reverted reviewed revisited revitalised revitalized revived revoked revolved rewarded rhymed
    rioted ripened risked rivetung roamed roared roasted robbed rocked rode rolled roofed rooted
    roped roughed rounded routed rubbed ruined ruled rushed rusted rustled sacked sacrificed
    saddened safeguarded said sailed sampled sang sank sat saved saw scaled scanned scarred
    scavenged scheduled scored scouted scraped screamed screeched screwed scribbled scrolled
    sculpted searched sedated seeded seemed sensed sent sentenced separated sequestered served
    serviced severed sewed shacked shaped sharpened shattered shaved sheilt sheltered shifted
    shipped shivered shook shopped shored shorted shortened shot shouted showed shrank shrivelled
    shuffled shunned sided sifted signaled signed silenced singled sized skateboarded skated skied
    skiied skyrocketed slammed slayed slept sliced slicked slid slipped sloped slouched slowed
    smashed smelled smiled smirked smoothed smuggled snaked snapped snatched sneezed snew sniffed
    snowboarded snuck snuggled soared sobbed sobered sold solicited solved soothed sorted sounded
    soured sowed spanned spared sparked sparkled spat spawned sped spelled spent spiced spied
    spilled spited splashed splayed spoiled spoke sponsored spoofed sprang sprayed sprinkled spruced
    spun spurred squandered squared squished stabbed stacked staffed staged staggered staked stalked
    stalled stamped stapled stared started startled starved staved stayed steered stemmed stepped
    stewed stiffened stifled stimulated stitched stockpiled stole stood stooped stopped stored
    stormed storytellung straightened strained strangled strayed streamed stressed stretched strewed
    stroked strove struck struggled stuck studied stumbled stung stunk styled subbed subjected
    sublimated submerged submitted subsided subsisted subtracted subverted succeeded succumbed
    sucked sued suffered sufficed suited summarised summed summoned supplemented supplied supported
    supposed suppressed sured surfaced surfed surged surmounted surpassed surprised surrounded
    surveyed survived sussed swallowed swam swayed sweated sweetened swelled swept swiped switched
    swore swung tacked tackled tagged tailored talked tallied tampered tangled tanned tantalized
    tasted taught taxed teamed tempered tempted tendered terrified tested texted thanked thinned
    thought threaded threw thrived thwarted ticked tidied tightened tiled timed tipped told tolled
    toned took topped toppled tore tortured tossed totaled toughened toured traded trafficked
    trampled transacted transferred transformed transitioned transpired transported travelled
    treated trembled trended tributed tricked trickled tried trifled triggered tripped trotted
    trusted tucked tumbled tuned tunnelled twinned typed undertook undervalued underwent
    underwhelmed undid unearthed unfolded unleashed unlocked unnerved unplugged unravelled untied
    unveiled upgraded upheld uploaded urged ushered uttered vacuummed validated valued vanished
    ventured vexed vibed vied viewed visited visualized voiced voided volunteered vomitted voted
    vowed waited waived waked walked wandered wanted warehoused warmed warned warranted wasted waved
    waxed weeded weighed weirded welcomed went wented wept whacked whisked whispered whistled
    widened wielded wimped winged wiped wired wised wished withdrew withered witnessed won wondered
    wore worked workshopped worsened worthed wove wrapped wrecked wrestled wronged wrote yammered
    yawned yearned yelled yielded zoned zoomed
  `,
  /** PresentTense, Infinitive */
  presentTense: `
    abandon abandons abduct abducts abet abets abide abides abolish abolishes abort aborts abound
    abounds abscond absconds absolve absolves absorb absorbs accelerate accelerates accept accepts
    acclimate acclimates accommodate accommodates accompanies accompany accomplish accomplishes
    accost accosts account accounts accrue accrues accuse accuses accustom accustoms ache aches
    achieve achieves acknowledge acknowledges acquiesce acquiesces acquire acquires activate
    activates adapt adapts add adds adjourn adjourns adjust adjusts administer administers admit
    admits adopt adopts adorn adorns adsorb adsorbs advance advances advertise advertises affect
    affects affix affixes afford affords age ages agonize agonizes agonze agonzes agree agrees alarm
    alarms alights align aligns allege alleges allot allots allow allows allude alludes alluring
    allurings alter alters amalgamate amalgamates amaze amazes amuse amuses analyse analyses animate
    animates anneal anneals announce announces annoy annoys annul annuls anticipate anticipates
    appeal appeals appear appears appease appeases applies apply appoint appoints appraise appraises
    appreciate appreciates approach approaches approve approves approximates argue argues arise
    arises arm arms arouse arouses arrange arranges arrest arrests arrive arrives articulates aspire
    aspires assail assails assemble assembles assert asserts assess assesses assign assigns
    associate associates assume assumes assure assures astonish astonishes astound astounds attach
    attaches attain attains attest attests attract attracts augment augments authorize authorizes
    automate automates avert averts avoid avoids await awaits award awards babysit babysits backfire
    backfires baffle baffles bake bakes balance balances bankrupts base bases bathe bathes batter
    batters battle battles be become becomes befriend befriends beg begin begins begs beguile
    beguiles behave behaves behead beheads behold beholds believe believes belittle belittles belong
    belongs bequeath bequeaths bestow bestows bests betray betrays bewilder bewilders bewitch
    bewitches bias biases bide bides bind binds bitch bitches blacks blanks blast blasts bleed
    bleeds bless blesses bloat bloats blow blows blunts blurt blurts boat boats boggle boggles boil
    boils bolster bolsters bomb bombard bombards bombs bookkeep bookkeeps boom booms bores borrow
    borrows bosses bother bothers bounce bounces brake brakes brand brands breastfeed breastfeeds
    breathe breathes breathtake breathtakes brighten brightens bring brings broaden broadens bruise
    bruises bud build builds bulk bulks bullies bully bundle bundles buries burp burps burst bursts
    bury bustle bustles butt butts buy buys cage cages calculate calculates calms camp camps cancel
    cancels captivate captivates care careen careens cares carries carry carve carves cater caters
    caulk caulks cease ceases celebrate celebrates centralize centralizes certifies certify
    challenge challenges change changes chant chants charge charges charm charms chat chats cherish
    cherishes chew chews chill chills chirp chirps choose chooses chop chops circumvent circumvents
    cite cites clap claps classifies classify cleans cleanse cleanses clears climb climbs cling
    clings clone clones closes club clubs clutter clutters coach coaches coalesce coalesces coat
    coats code codes coerce coerces coexist coexists cohabit cohabits coincide coincides collect
    collects collide collides collude colludes coloring colour colours combine combines combust
    combusts come comes comfort comforts command commands commence commences communicate
    communicates compel compels compete competes compile compiles complain complains completes
    complicate complicates complies comply compose composes compromise compromises conceal conceals
    conceive conceives concentrate concentrates concern concerns conclude concludes concur concurs
    condemn condemns condense condenses condone condones conduct conducts confess confesses confide
    confides configure configures confirm confirms conflict conflicts conform conforms confront
    confronts confuse confuses conjugates conjure conjures connote connotes conquer conquers
    conserve conserves consider considers consist consists consolidate consolidates conspire
    conspires constitute constitutes constrain constrains construct constructs consult consults
    consume consumes consummates contain contains continue continues contrast contrasts contribute
    contributes control controls convene convenes converge converges convey conveys convince
    convinces cooks cools cope copes corrects correspond corresponds corrode corrodes corrupts
    counterfeits cover covers craft crafts cramp cramps crave craves crawl crawls create creates
    cripple cripples crumble crumbles crush crushes cultivate cultivates cure cures curl curls
    curtail curtails customize customizes cycle cycles dam damage damages dampen dampens damps dams
    dance dances dare dares darken darkens dash dashes date dates daunt daunts daze dazes dazzle
    dazzles deafen deafens debark debarks debate debates debilitate debilitates debrief debriefs
    debug debugs debunk debunks decay decays deceive deceives decentralize decentralizes decide
    decides decimate decimates decipher deciphers declare declares decline declines decode decodes
    decommission decommissions decompose decomposes decorate decorates decouple decouples decrease
    decreases decree decrees decries decry decrypt decrypts dedicate dedicates deduct deducts deepen
    deepens deface defaces defer defers defies define defines deform deforms defraud defrauds
    defuses defy degrade degrades delay delays delegate delegates deliberates delight delights
    delimit delimits deliver delivers demand demands demean demeans demolish demolishes demoralize
    demoralizes denies denote denotes denounce denounces deny depart departs depict depicts deplore
    deplores deploy deploys deport deports depress depresses derail derails derange deranges derive
    derives deserve deserves desist desists detach detaches detail details determine determines
    devastate devastates develop develops devolve devolves devote devotes diagnose diagnoses die
    dies differ differs diffuses dig dignifies dignify digs diminish diminishes dine dines directs
    disable disables disappoint disappoints disarm disarms disband disbands disburse disburses
    discard discards discern discerns discipline disciplines disclaim disclaims disclose discloses
    discount discounts discourage discourages discover discovers discuss discusses disgruntle
    disgruntles disgust disgusts dishearten disheartens dislodge dislodges dismantle dismantles
    dispense dispenses disperse disperses displace displaces displease displeases dispose disposes
    disprove disproves disrupt disrupts dissent dissents dissolve dissolves dissuade dissuades
    distil distill distills distils distinguish distinguishes distort distorts distract distracts
    distress distresses disturb disturbs dive diverge diverges divert diverts dives divest divests
    divulge divulges do does dole doles doubles doubt doubts drain drains draw draws dream dreams
    dredge dredges dribble dribbles dries drift drifts drink drinks drive drives drown drowns drum
    drums dulls dump dumps dwell dwells dwindle dwindles earmark earmarks earn earns eat eats
    edifies edify edit edits educate educates elaborates elapse elapses elate elates elect
    electrifies electrify elects elicits elucidate elucidates elude eludes emaciate emaciates embalm
    embalms embark embarks embarrass embarrasses embodies embody embrace embraces embroider
    embroiders embroil embroils emerge emerges emphasize emphasizes empower empowers empties enable
    enables enact enacts enchant enchants encircle encircles enclose encloses encourage encourages
    encroach encroaches encrypt encrypts encumber encumbers endanger endangers endear endears
    endorse endorses endow endows endure endures energize energizes enforce enforces engage engages
    engender engenders engineer engineers engrave engraves engulf engulfs enhance enhances enjoy
    enjoys enlarge enlarges enlist enlists enliven enlivens enquire enquires enrich enriches enrol
    enroll enrolls enrols ensue ensues ensure ensures enter enters enthral enthrals entice entices
    entrain entrains entrench entrenches entrust entrusts envelop envelops envisage envisages
    envision envisions equip equips erase erases erupt erupts escape escapes eschew eschews espouse
    espouses establish establishes etch etches evaluate evaluates evoke evokes evolve evolves
    exaggerate exaggerates exalt exalts examine examines exasperate exasperates exceed exceeds
    excite excites exclaim exclaims exclude excludes exempts exercise exercises exert exerts exhale
    exhales exhaust exhausts exhilarate exhilarates exhort exhorts exhume exhumes exist exists exit
    exits expand expands expect expects expedite expedites expel expels experience experiences
    expire expires explain explains explode explodes exploit exploits explore explores expose
    exposes expresses expunge expunges extend extends extinguish extinguishes extol extols exude
    exudes fade fades fail fails faints fakes falter falters fancies fascinate fascinates fasten
    fastens fasts fatten fattens fear fears fend fends ferment ferments fess fesses fetch fetches
    fill fills finance finances find finds firms fix fixes fizzle fizzles flatten flattens flatter
    flatters flavor flavors flavour flavours flee flees fling flings flirt flirts float floats flood
    floods flow flower flowers flows fluster flusters focus focuses follow follows fools forbid
    forbids foreboding forebodings foreclose forecloses forego foregoes foresee foresees foreshadow
    foreshadows forewarn forewarns forfeit forfeits forge forges forget forgets forgive forgives
    fork forks format formats forsake forsakes forthcome forthcomes fouls fracture fractures
    fragment fragments frame frames frees freeze freezes freshen freshens frighten frightens fringes
    frolic frolics frost frosts frustrate frustrates fulfil fulfill fulfills fulfils fund fundraise
    fundraises funds furnish furnishes gad gads garden gardens gather gathers geeks generate
    generates get gets gift gifts giggle giggles give gives glare glares gleam gleams glean gleans
    glide glides go goes goofs govern governs grab grabs grapple grapples grate grates gratifies
    gratify graze grazes greet greets grieve grieves grill grills grip grips groundbreak
    groundbreaks grow grows gruel gruels guard guards guide guides hammer hammers hamper hampers
    handle handles hang hangs hanker hankers happen happens harangue harangues harass harasses harm
    harms harvest harvests have heal heals hear hears heartwarm heartwarms heighten heightens hide
    hides hijack hijacks hike hikes hinder hinders hire hires hoist hoists hollows hone hones hook
    hooks horrifies horrify howl howls humiliate humiliates hunker hunkers hurries hurry hurt hurts
    hush hushes idles ignore ignores illuminate illuminates illustrate illustrates imagine imagines
    imbue imbues immerse immerses impale impales impart imparts imperil imperils impinge impinges
    implies implode implodes imply import imports impose imposes impoverish impoverishes impress
    impresses imprison imprisons improve improves incite incites include includes incorporate
    incorporates increase increases indebt indebts indicate indicates indulge indulges infect
    infects infest infests inflate inflates inform informs infuriate infuriates infuse infuses
    ingest ingests inhabit inhabits inhibit inhibits initiate initiates injure injures innovate
    innovates inquire inquires insist insists inspect inspects inspire inspires install installs
    instil instils instruct instructs insult insults insure insures integrate integrates intend
    intends intensifies intensify interact interacts interest interests intern interns interpret
    interprets interrupt interrupts interview interviews intimidate intimidates intoxicate
    intoxicates intrigue intrigues introduce introduces intrude intrudes inundate inundates invade
    invades invent invents invert inverts invest invests invigorate invigorates invite invites
    invoke invokes involve involves irk irks irritate irritates isolate isolates jacks jag jags jog
    jogs join joins jot jots judge judges juggle juggles justifies justify juxtapose juxtaposes keep
    keeps kidnap kidnaps kill kills knead kneads kneel kneels knit knits know knows lack lacks lag
    lags land lands languish languishes lash lashes lasts launder launders lays lead leads leans
    learn learns lease leases leave lend lends lengthen lengthens lessen lessens let license
    licenses lifesave lifesaves lift lifts lighten lightens lights like likes limit limits linger
    lingers liquefies liquefy liquidate liquidates list listen listens lists liven livens lives
    lodge lodges loosen loosens lose loses love loves lowers lucks lurk lurks madden maddens maim
    maims maintain maintains make makes manage manages manifest manifests mans manufacture
    manufactures market markets marks marries marry matures maxes meander meanders means meditate
    meditates meet meets melt melts mend mends mesmerize mesmerizes message messages mimic mimick
    mimicks mimics mince minces mine mines mingle mingles minus minuss misplace misplaces mitigate
    mitigates model models moderates modifies modify molest molests monitor monitors motivate
    motivates mount mounts mourn mourns mow mows muddle muddles mull mulls multiplies multiply
    mumble mumbles mystifies mystify nag nags nail nails narrows navigate navigates nears need needs
    neglect neglects negotiate negotiates nerds network networks nourish nourishes nurse nurses
    nurture nurtures obey obeys obscures observe observes obsess obsesses obtain obtains occupies
    occupy occur occurs offend offends offer offers offset offsets omit omits opens operate operates
    opine opines oppose opposes oppress oppresses opt opts organise organises organize organizes
    outgo outgoes outgrow outgrows outlies outly outnumber outnumbers outpace outpaces outstand
    outstands overarch overarches overcome overcomes overlap overlaps overlook overlooks overpower
    overpowers override overrides oversee oversees overshadow overshadows overturn overturns overuse
    overuses overwhelm overwhelms ovulate ovulates owe owes owns package packages paint paints pales
    pamper pampers parallel paralyse paralyses park parks participate participates parties party
    past patrol patrols pats pave paves peacekeep peacekeeps pend pends perceive perceives perfects
    perform performs perish perishes permeate permeates perplex perplexes persevere perseveres
    persist persists persuade persuades pervade pervades pinpoint pinpoints piss pisses plan plans
    plummet plummets plunge plunges poach poaches poison poisons polish polishes pollute pollutes
    portray portrays position positions possess possesses pour pours prattle prattles pray prays
    preach preaches precede precedes preclude precludes predetermine predetermines predict predicts
    prefer prefers preoccupies preoccupy prepare prepares presents presuppose presupposes pretend
    pretends prevail prevails prevent prevents primes process processes proclaim proclaims procure
    procures prod prods produce produces profess professes prohibit prohibits prolong prolongs
    promise promises promote promotes prompts pronounce pronounces propose proposes prosper prospers
    protect protects protrude protrudes prove proves provide provides provoke provokes publish
    publishes puke pukes pull pulls pump pumps punish punishes purport purports pursuant pursuants
    pursue pursues put puts puzzle puzzles quacks qualifies qualify quash quashes quench quenches
    question questions quiets quit quits quote quotes rage rages rain rains rallies rally ramble
    rambles rap raps rate rates ratifies ratify rattle rattles rave raves ravish ravishes react
    reacts read reads realise realises realize realizes reap reaps reason reasons reassure reassures
    reboot reboots rebuff rebuffs receive receives reckon reckons reclaim reclaims recognize
    recognizes recommend recommends reconcile reconciles record recoup recoups recover recovers
    recycle recycles redact redacts redefine redefines reduce reduces refinance refinances refine
    refines reflect reflects refocus refocuses refract refracts refresh refreshes refuel refuels
    refurbish refurbishes register registers regroup regroups regulate regulates rehearse rehearses
    reheat reheats reign reigns reimburse reimburses rein reinforce reinforces reject rejects
    rejoice rejoices rejuvenate rejuvenates relate relates relax relaxes release releases relent
    relents relies relieve relieves relinquish relinquishes relive relives reload reloads rely
    remain remains remember remembers remove removes render renders renew renews renounce renounces
    repeat repeats repel repels rephrase rephrases replace replaces replenish replenishes replicates
    report reports represent represents request requests require requires resemble resembles resent
    resents reserve reserves reside resides resign resigns resist resists respect respects respond
    responds rest restock restocks restore restores restrain restrains restrict restricts
    restructrue restructrues restructure restructures rests resurface resurfaces retire retires
    retrieve retrieves retrofit retrofits reup reups revamp revamps reveal reveals revel revels
    revere reveres revert reverts revisit revisits revitalise revitalises revitalize revitalizes
    revive revives revoke revokes revolve revolves reward rewards rid ride rides rids rights ripen
    ripens riveting rivetings roam roams roar roars roof roofs rot rots roughs rounds rout routs
    rush rushes rustle rustles sadden saddens satisfies satisfy saturate saturates save saves say
    says scare scares scatter scatters scavenge scavenges schedule schedules scorch scorches score
    scores scouts scratch scratches scream screams screech screeches screen screens sculpt sculpts
    seal seals seat seats secures sedates see seek seeks seem seems sees selects sell sells send
    sends sentence sentences separates sequester sequesters settle settles sever severs sew sews
    shake shakes share shares sharpen sharpens shatter shatters shine shines ship ships shock shocks
    shoot shoots shop shops shorten shortens shout shouts shrink shrinks shrivel shrivels shun shuns
    shuts sift sifts signal signals simplifies simplify simulate simulates sing singles sings sit
    sits skate skateboard skateboards skates skyrocket skyrockets slam slams slay slays slices
    slicks slide slides slope slopes slows smile smiles smooths smuggle smuggles snatch snatches
    sneak sneaks sniff sniffs snowboard snowboards snuggle snuggles soak soaks soar soars sober
    sobers solicit solicits solve solves sooth soothe soothes sooths sort sorts sours sow sows
    spares sparkle sparkles spawn spawns speak speaks specialize specializes specifies specify
    spellbind spellbinds spend spends spice spices spit spits splay splays spoil spoils spoof spoofs
    spot spots sprawl sprawls squander squanders squish squishes stab stabs stage stages stagger
    staggers stain stains startle startles starve starves state states stave staves steal steals
    stereotype stereotypes stiffen stiffens stifle stifles stimulate stimulates sting stings stir
    stirs storytelling straighten straightens strangle strangles strays strengthen strengthens strew
    strews strip strips strive strives struggle struggles stuff stuffs stump stumps stun stuns
    sublimate sublimates submerge submerges submit submits subside subsides subsidize subsidizes
    subsist subsists subtract subtracts subvert subverts succeed succeeds succumb succumbs suck
    sucks suffer suffers suffice suffices suggest suggests summarise summarises summon summons
    support supports suppose supposes suppress suppresses sures surf surfs surge surges surmount
    surmounts surpass surpasses surprise surprises surround surrounds survey surveys survive
    survives suspects suspend suspends suss susses sustain sustains swallow swallows sway sways
    sweep sweeps sweeten sweetens swell swim swims tack tackle tackles tacks tailor tailors take
    takes tamper tampers tan tantalize tantalizes target targets tarnish tarnishes taste tastes tax
    taxes teach teaches tease teases tempt tempts tenders terrifies terrify test tests thank thanks
    think thinks thins threaten threatens thrill thrills thrive thrives thwart thwarts tidies
    tighten tightens topple topples touch touches toughen toughens traffick trafficks train trains
    trample tramples transact transacts transform transforms transpire transpires transport
    transports trap traps travel travels tremble trembles tries trifle trifles trim trims trouble
    troubles trust trusts try tuck tucks tumble tumbles twist twists uncover uncovers undercut
    undercuts undergo undergoes understand understands undertake undertakes undervalue undervalues
    underwhelm underwhelms undo undoes unearth unearths unfold unfolds unfounded unfoundeds unifies
    unify unite unites unleash unleashes unlock unlocks unnerve unnerves unplug unplugs unravel
    unravels unsettle unsettles untie unties unveil unveils update updates uphold upholds uplift
    uplifts upset upsets use uses ushers utters validate validates vanish vanishes varies vary
    verifies verify vex vexes vie vies visualize visualizes volunteer volunteers vote votes waive
    waives wake wakes wander wanders want wants warms warn warns warp warps weaken weakens wean
    weans weather weathers weave weaves wed weds weep weeps weigh weighs weirds wents wets whack
    whacks whisper whispers widen widens wield wields wimps wises withdraw withdraws wither withers
    wonder wonders worries worry worsen worsens wrap wraps wreak wreaks wrestle wrestles wring
    wrings wrinkle wrinkles write writes wrongs wroughts yammer yammers yawn yawns yearn yearns yell
    yells yield yields zeros zonk zonks zoom zooms
  `,
  /** Gerund */
  gerund: `
    abandoning abducting abiding abolishing aborting abounding absconding absolving absorbing
    abusing accenting accepting accessing acclimating accomplishing according accosting accounting
    accruing accusing accustoming achieving acing acknowledging acquiescing acquiring acting
    activating adapting addicting adding addressing adjourning adjusting administering admitting
    adopting adorning adsorbing advancing advertising advocating affecting affiliating affixing
    affording aging agreeing aiding aiming airing alighting aligning alleging allotting allowing
    alluding alluringing altering amalgamating analysing anchoring angering animating annealing
    announcing answering anticipating appearing appeasing applying appointing appraising
    appreciating approaching approving approximating arching architecting archiving arguing arising
    arming armouring arousing arranging arriving articulating asking assailing assembling asserting
    assessing assigning assisting associating assuming attaching attacking attaining attempting
    attesting attracting auctioning augmenting authorizing automating averting avoiding awaiting
    awarding babysitting backfiring backing bailing baking balancing banding banging bankrupting
    banning bargaining barging barking bashing basing bathing battering battling bearing beating
    beefing befriending begging beginning beguiling behaving beheading beholding being believing
    belittling belonging belting bending benefiting bequeathing bestowing betraying betting biasing
    bidding biding biffing biking biopsying bitching biting bitting blacking blaming blanking
    blasting blazing bleeding blending blessing blinking blitzing bloating blocking blossoming
    blowing blunting blurring blurting boarding boasting boating bobbing bolstering bombarding
    bombing bonding boning booking bookkeeping boosting booting bordering borrowing bossing
    bothering bottling boxing braking branching branding breaching breaking breastfeeding breathing
    breeding bribing bridging brightening bringing broadcasting broadening brushing bubbling bucking
    buckling budding budgeting buffering building bulking bullying bumping bundling burdening
    burning burping bursting burying busting butchering buying buzzing bypassing caging caking
    calculating calling camping cancelling canoeing capping capturing carding careening carrying
    carving cashing casting cataloging catching catering caulking causing cautioning caving ceasing
    celebrating centering centralizing centring certifying chaining chairing championing channelling
    chanting charging charting chasing chatting chauffeuring cheating checking cheering cherishing
    chipping chirping choosing chopping chucking circling circumventing citing claiming clapping
    classifying clawing cleaning cleansing clearing clicking climbing clinging clipping cloning
    clothing clouding clubbing cluttering coaching coalescing coating coding coercing coexisting
    cohabiting coinciding coining collapsing collecting colliding colluding coloringing colouring
    combating combining combusting coming commencing commenting committing communicating commuting
    compiling complaining complementing completing complicating complying composing compounding
    concealing conceiving concentrating concluding concurring condemning condensing condoning
    conducting confessing confiding configuring confirming conforming confronting conglomerating
    conjugating conjuring connoting conquering conscripting consenting conserving considering
    consisting consolidating constituting constraining constructing consulting consuming
    consummating contacting containing convening converging converting conveying convincing cooking
    cooling coordinating coping copying coring correcting corroding corrupting costing coughing
    counselling counterfeiting counting coupling courting covering cracking crafting cramping
    crashing craving crawling creating crediting creeping cropping crossing crowding crumbling
    crushing crying cubing cueing cultivating curbing curing curling curtailing curving customizing
    cycling dabbing dampening damping dancing darkening darting dating dazing dazzling deafening
    dealing debarking debating debriefing debugging debunking decaying decentralizing deciding
    decimating deciphering declaring decoding decommissioning decomposing decorating decoupling
    decreeing decrying decrypting dedicating deducting deepening defacing defeating defecting
    deferring deforming defusing defying delaying delegating deliberating delimiting delivering
    demolishing denoting denouncing denying departing depicting deploring deploying deporting
    depositing depressing derailing deranging deriving deserting designing desiring desisting
    detaching detailing determining developing devolving devoting diagnosing differing diffusing
    digesting digging dignifying diminishing dining dipping directing disabling disbanding
    disbursing discarding discerning discharging disciplining disclaiming disclosing discounting
    discouraging discovering discussing disgruntling disguising dishing disliking dislodging
    dismantling dispatching dispensing dispersing displacing displaying displeasing disposing
    disproving disputing disrupting dissolving dissuading distilling distinguishing distorting
    distressing ditching diverging diverting divesting dividing diving divorcing divulging docking
    doctoring documenting dodging doin doing doling doubling doubting downloading drafting dragging
    draining drawing dreaming dredging dressing drewing dribbling drilling drinking dripping driving
    droning dropping drowning drumming drying dubbing duelling dulling dumping duplicating dwelling
    dwindling dyeing dying earmarking earning eating echoing edging edifying editing educating
    effecting elaborating elapsing elating electing eliciting elucidating eluding emaciating
    embalming embarking embarrassing embodying embracing embroidering embroiling emphasizing
    emptying enacting enchanting encircling enclosing encountering encroaching encrypting
    encumbering endangering ending endorsing endowing enforcing engendering engineering engraving
    engulfing enhancing enjoying enlarging enlisting enquiring enrolling ensuring entering
    entraining entrenching entrusting enveloping envisaging envisioning envying equipping erasing
    erupting escaping eschewing espousing establishing estimating etching evaluating evoking
    evolving exaggerating exalting examining exceeding excelling exchanging exciting exclaiming
    excluding excusing exempting exercising exerting exhaling exhibiting exhorting exhuming exiting
    expanding expecting expediting expelling experiencing experimenting expiring explaining
    exploiting exploring exporting exposing expressing extending extinguishing extolling extracting
    exuding eyeballing eyeing facing fading failing fainting faking falling faltering fancying
    farming fascinating fastening fasting fattening favouring fearing featuring feeding feeling
    fencing fending fermenting fessing fielding fighting figuring filing filling filming filtering
    financing finding finishing firing firming fishing fixing fizzling flagging flaking flaring
    flashing flattening flavoring flavouring fleeing fleshing flinging flipping flirting flocking
    flooding flustering flying focusing fogging foiling folding following fooling forbidding forcing
    forebodinging forecasting foreclosing foreseeing foreshadowing forewarning forfeiting forgetting
    forging forgiving forking formatting forming forsaking forwarding fostering fouling fracturing
    fragmenting fragming framing franchising freeing freshening fringing frosting frowning frying
    fuelling functioning funding fundraising furnishing fussing fuzzing gagging gaining gaming
    ganging gardening gassing gathering gating gazing gearing generating getting gifting giggling
    giving gleaning gliding glossing glowing gluing going goofing gossiping governing grabbing
    gracing grading graduating granting grappling grasping gratifying grazing greeting grieving
    grilling grinding grooming grounding growthing gruelling grumbling guaranteeing guarding
    guessing guiding gulping gunning hacking hammering hampering handing handling hanging hankering
    happening haranguing harassing harbouring harming harnessing harrowing harvesting hashing
    hatching hating haunting having hazing heading hearing heating hedging heightening helping
    hiding highlighting hijacking hiking hindering hinting hiring hitting hoisting holding holing
    hollowing honing honoring honouring hooking hoping hopping horrifying horsing hosting housing
    howling hugging hunkering hunting hurrying hurting hushing icing idling ignoring illuminating
    illustrating imagining imbuing immersing impacting impaling imparting impinging implementing
    imploding implying importing impoverishing impressing imprisoning improving inciting inclining
    including indebting indexing indicating indulging infecting infesting inflating influencing
    informing infuriating infusing ingesting inhabiting inhaling inhibiting initiating injuring
    inking innovating inquiring inserting insisting inspecting installing instructing insuring
    integrating intending intensifying intenting interacting interfacing interning interpreting
    interrupting interviewing introducing intruding inundating invading inventing inverting
    investing inviting invoicing invoking involving irking ironing isolating issuing jacking jagging
    jogging joining joking judging juggling juicing jumping justifying juxtaposing keeling keeping
    keying kicking kidding kidnaping killing kissing kneading kneeling knitting knocking labelling
    laboring labouring lacing lancing landing languishing lapping lashing latching laughing
    launching laundering laying leaching leaking leaping learning leasing leaving lecturing leeching
    lending lengthening lessening letting levelling levying licensing licking lifting lightening
    lighting liking limiting lingering lining linking liquefying liquidating listening listing
    livening loading loaning lobbying locking lodging logging looking loosening looting losing
    lowering lucking lumping lurking lusting lying macking mailing maiming maintaining making
    managing mandating manifesting mannering manoeuvring manufacturing mapping marketing marking
    marrying marshalling mashing masking mastering matching mattering maxing meaning measuring
    meditating meeting mentioning merging meriting messaging messing milking mimicking miming
    mincing minding mingling mining minusing mirroring misplacing mistaking mixing mocking modeling
    moderating modifying molding molesting monitoring monkeying mopping motivating mounting mourning
    mouthing mowing muddling mulling multiplying murdering mystifying nailing naming narrowing
    navigating nearing needing neglecting negotiating nerding netting networking nicking nodding
    noticing noting nourishing nursing obeying objecting obscuring observing obsessing obtaining
    occupying occurring offering oiling ollying omitting oozing opening operating opining oppressing
    opting orbiting ordering organising organizing orienting outgrowing outlining outnumbering
    outpacing overcoming overlooking overpassing overseeing overshadowing overturning overusing
    ovulating owning packaging packing painting pairing paising paling pampering panning paralleling
    paralysing parenting parking participating parting partying passing pasting patching patenting
    patrolling pausing paving peacekeeping peaking peeing peeling peering pegging pencilling penning
    perceiving perfecting performing perfuming perishing permeating permitting persevering
    persisting persuading pervading petting phasing phoning photographing picking pigging piling
    piloting pining pinning pinpointing piping pissing pitting pitying pivoting placing planning
    planting playing plcing pleading plugging plummeting plumping poaching pointing poisoning
    polishing polling polluting pooling pooping popping poring portraying posing positioning
    possessing posting pounding pouring powering practicing praising prattling praying preaching
    precluding predetermining predicting preferring preoccupying preparing presenting preserving
    presupposing pretending preventing preying pricing priding priming printing probing proceeding
    processing proclaiming procuring producing professing profiling programing programming
    progressing prohibiting projecting prolonging promoting prompting pronouncing proposing propping
    prospering protecting protesting protruding providing proving pruning psyching publishing puking
    pulling pumping punching purchasing purporting pursuanting pursuing pushing putting puzzling
    quacking qualifying quashing quenching questioning quieting quitting quivering quoting racing
    racking raining raising raking ranging ranking ranting raping rapping ratifying rating rattling
    ravishing reaching reacting reading realising realizing reaping reasoning rebooting rebuffing
    recalling receiving reckoning reclaiming recognizing recommending reconciling recording
    recouping recovering recruiting recycling redacting redoing reducing reeling refactoring
    referencing refinancing refining reflecting refocusing reforming refracting refuelling refunding
    refurbishing refusing regarding registering regretting regrouping regulating rehearsing
    reheating reimbursing reinforcing reining rejecting rejoicing relating relaxing releasing
    relenting relieving relinquishing relishing reliving reloading relying remaking remarking
    remedying remembering removing rendering rendezvousing renewing renouncing renting reordering
    repairing repealing repeating repelling rephrasing replacing replenishing replicating replying
    reporting representing requesting requiring resembling resenting reserving residing resigning
    resisting resolving resorting respecting responding restarting restocking restoring restraining
    restricting restructruing restructuring resulting resuming resurfacing retiring retrieving
    retrofiting returning reuping revamping revelling revering reversing reverting reviewing
    revisiting reviving revoking rhyming ridding riding righting ringing ripening ripping rising
    risking rivetinging roaming roasting robbing rocking roofing rooting roping rotting roughing
    rounding routing rowing rubbing ruining ruling running rusting rustling sacking sacrificing
    safeguarding sailing sampling saturating saving saying scaling scanning scaring scarring
    scattering scavenging scheduling schooling scorching scoring scouting scraping scratching
    screaming screening screwing scribbling scrolling sculpting sealing searching seating securing
    sedating seeding seeing seeking seeming selecting selling sending sensing separating
    sequestering servicing serving setting settling severing sewing shacking shading shaking shaping
    sharing sharpening shattering shaving shedding sheilding sheltering shifting shipping shivering
    shooting shopping shoring shortening shorting shouting showing shrinking shrivelling shuffling
    shunning shutting siding sifting signaling signing silencing simplifying simulating singing
    singling sinking sipping sitting sizing skateboarding skating skiing skipping slaying sleeping
    slicing slicking sliding slipping slitting slouching slowing smashing smelling smirking smoking
    smoothing smuggling snaking snaping snatching sneaking sneezing sniffing snowboarding snowing
    snuggling sobbing sobering soliciting solving sorting sounding souring sowing spanning sparing
    sparking spawning speaking specializing specifying spelling spending spicing spiking spilling
    spinning spiralling spiting spitting splashing splaying splitting spoiling sponsoring spoofing
    spotting spraying spreading springing sprinkling sprucing spurring spying squandering squaring
    squishing stabbing stacking staffing staging staining staking stalking stalling stamping
    standing stapling staring starring starting stating staving staying stealing steering stemming
    stepping stereotyping stewing sticking stiffening stifling stinging stinking stitching
    stockinging stockpiling stooping stopping storing storming storytellinging straightening
    straining strangling straying streaming strengthening stressing stretching strewing stringing
    stripping striving stroking struggling studying stuffing stumbling stumping stunning styling
    subbing subjecting sublimating submerging submitting subsiding subsidizing subsisting
    subtracting subverting succeeding succumbing sucking suffering sufficing suggesting suing
    suiting summarising summing summoning supplementing supplying suppressing surfacing surfing
    suring surmounting surpassing surveying surviving suspecting suspending sussing sustaining
    swallowing swaying swearing sweating sweetening swelling swimming swinging swiping switching
    tacking tackling tagging tailoring taking talking tallying tampering tangling tanning targeting
    tarnishing tasting teaching teaming tearing teasing teeing tempering tendering testing thanking
    thinking thinning threading thrilling throwing thrusting thwarting ticking tiding tidying
    tightening tiling timing tipping tolling toning topping toppling torturing tossing totalling
    toughening touring tracking trading trafficking training trampling transacting transferring
    transforming transitioning transpiring transporting trapping traveling travelling treating
    trekking trending tributing tricking trickling triggering trimming tripping trotting tucking
    tumbling tuning tunnelling turning twinning tying typing uncovering undercutting undergoing
    understanding undertaking undervaluing underwhelming undoing unearthing unifying uniting
    unleashing unlocking unplugging unraveling untying unveiling updating upgrading upholding
    uploading upsetting urging ushering using uttering vacuumming validating valuing vanishing
    venturing verifying vibing viewing visiting visualizing voicing voiding volunteering voting
    vowing vying wading waiting waiving waking walking wandering wanting warehousing warming warning
    warping warranting warring washing wasting watching waving waxing weakening weaning wearing
    weathering weaving wedding weeding weeping weighing weirding welcoming wenting wetting whacking
    wheeling whipping whisking whispering whistling wicking widening wielding wimping winding
    winging winning wiping wiring wishing wising withdrawing withering witnessing wondering working
    workshopping worrying worsening worshipping worthing wounding wrapping wreaking wrecking
    wrestling wringing wrinkling writing wronging wroughting yammering yawning yearning yelling
    zeroing zipping zoning zonking zooming
  `,
};

export type VerbForm = keyof typeof VERB_CLASSES;

let byWord: Map<string, VerbForm> | undefined;

/** The verb form compromise's lexicon gives a lower-case word, or undefined. */
export function verbForm(lower: string): VerbForm | undefined {
  if (!byWord) {
    byWord = new Map();
    for (const [name, words] of Object.entries(VERB_CLASSES) as Array<[VerbForm, string]>) {
      for (const word of words.split(/\s+/u)) if (word) byWord.set(word, name);
    }
  }
  return byWord.get(lower);
}
