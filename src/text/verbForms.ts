// Generated from compromise's lexicon by tests/text/verbForms.test.ts — do not edit by hand.
// Single lower-case words by the verb form compromise gives them, one form a word, for constant-time
// lookups without loading it. Participles used as adjectives ("related", "processed") are adjectives
// there, so not here.

const VERB_FORMS = {
  /** a modal: `will`, `should` (Modal) */
  modal: `
    can could lets may might must ought oughta shall shant should will would
  `,
  /** a form of be, of either tense: `is`, `was` (Copula) */
  copula: `
    am are is was were
  `,
  /** an irregular past participle: `grown`, `taken` (Participle) */
  participle: `
    arisen awaken awoken beaten been begun bitten blown built chosen clung dove drawn dreamt driven
    eaten fallen flown forbidden forgiven forgotten forsaken forseen given gone gotten grown hasten
    hidden outdone outgrown overdone overseen overtaken overthrown proven rewritten ridden risen
    rung seen sewn shaken shone shown shrunk slain sought sown spilt spoken stolen strewn sung sunk
    sworn swum taken thrown torn undergone undone uprisen waken withdrawn woken woven written wrung
  `,
  /** a verb of no finer form: `has`, `cannot`, `born` (Verb) */
  verb: `
    born cannot gonna has msg
  `,
  /** a past tense: `grew`, `signed` (regular ones are participles too) (PastTense) */
  past: `
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
  /** a third-person present: `offers`, `needs` (PresentTense) */
  present: `
    abandons abducts abets abides abolishes aborts abounds absconds absolves absorbs accelerates
    accepts acclimates accommodates accompanies accomplishes accosts accounts accrues accuses
    accustoms aches achieves acknowledges acquiesces acquires activates adapts adds adjourns adjusts
    administers admits adopts adorns adsorbs advances advertises affects affixes affords ages
    agonizes agonzes agrees alarms alights aligns alleges allots allows alludes allurings alters
    amalgamates amazes amuses analyses animates anneals announces annoys annuls anticipates appeals
    appears appeases applies appoints appraises appreciates approaches approves approximates argues
    arises arms arouses arranges arrests arrives articulates aspires assails assembles asserts
    assesses assigns associates assumes assures astonishes astounds attaches attains attests
    attracts augments authorizes automates averts avoids awaits awards babysits backfires baffles
    bakes balances bankrupts bases bathes batters battles becomes befriends begins begs beguiles
    behaves beheads beholds believes belittles belongs bequeaths bestows bests betrays bewilders
    bewitches biases bides binds bitches blacks blanks blasts bleeds blesses bloats blows blunts
    blurts boats boggles boils bolsters bombards bombs bookkeeps booms bores borrows bosses bothers
    bounces brakes brands breastfeeds breathes breathtakes brightens brings broadens bruises builds
    bulks bullies bundles buries burps bursts bustles butts buys cages calculates calms camps
    cancels captivates careens cares carries carves caters caulks ceases celebrates centralizes
    certifies challenges changes chants charges charms chats cherishes chews chills chirps chooses
    chops circumvents cites claps classifies cleans cleanses clears climbs clings clones closes
    clubs clutters coaches coalesces coats codes coerces coexists cohabits coincides collects
    collides colludes colours combines combusts comes comforts commands commences communicates
    compels competes compiles complains completes complicates complies composes compromises conceals
    conceives concentrates concerns concludes concurs condemns condenses condones conducts confesses
    confides configures confirms conflicts conforms confronts confuses conjugates conjures connotes
    conquers conserves considers consists consolidates conspires constitutes constrains constructs
    consults consumes consummates contains continues contrasts contributes controls convenes
    converges conveys convinces cooks cools copes corrects corresponds corrodes corrupts
    counterfeits covers crafts cramps craves crawls creates cripples crumbles crushes cultivates
    cures curls curtails customizes cycles damages dampens damps dams dances dares darkens dashes
    dates daunts dazes dazzles deafens debarks debates debilitates debriefs debugs debunks decays
    deceives decentralizes decides decimates deciphers declares declines decodes decommissions
    decomposes decorates decouples decreases decrees decries decrypts dedicates deducts deepens
    defaces defers defies defines deforms defrauds defuses degrades delays delegates deliberates
    delights delimits delivers demands demeans demolishes demoralizes denies denotes denounces
    departs depicts deplores deploys deports depresses derails deranges derives deserves desists
    detaches details determines devastates develops devolves devotes diagnoses dies differs diffuses
    dignifies digs diminishes dines directs disables disappoints disarms disbands disburses discards
    discerns disciplines disclaims discloses discounts discourages discovers discusses disgruntles
    disgusts disheartens dislodges dismantles dispenses disperses displaces displeases disposes
    disproves disrupts dissents dissolves dissuades distills distils distinguishes distorts
    distracts distresses disturbs diverges diverts dives divests divulges does doles doubles doubts
    drains draws dreams dredges dribbles dries drifts drinks drives drowns drums dulls dumps dwells
    dwindles earmarks earns eats edifies edits educates elaborates elapses elates electrifies elects
    elicits elucidates eludes emaciates embalms embarks embarrasses embodies embraces embroiders
    embroils emerges emphasizes empowers empties enables enacts enchants encircles encloses
    encourages encroaches encrypts encumbers endangers endears endorses endows endures energizes
    enforces engages engenders engineers engraves engulfs enhances enjoys enlarges enlists enlivens
    enquires enriches enrolls enrols ensues ensures enters enthrals entices entrains entrenches
    entrusts envelops envisages envisions equips erases erupts escapes eschews espouses establishes
    etches evaluates evokes evolves exaggerates exalts examines exasperates exceeds excites exclaims
    excludes exempts exercises exerts exhales exhausts exhilarates exhorts exhumes exists exits
    expands expects expedites expels experiences expires explains explodes exploits explores exposes
    expresses expunges extends extinguishes extols exudes fades fails faints fakes falters fancies
    fascinates fastens fasts fattens fears fends ferments fesses fetches fills finances finds firms
    fixes fizzles flattens flatters flavors flavours flees flings flirts floats floods flowers flows
    flusters focuses follows fools forbids forebodings forecloses foregoes foresees foreshadows
    forewarns forfeits forges forgets forgives forks formats forsakes forthcomes fouls fractures
    fragments frames frees freezes freshens frightens fringes frolics frosts frustrates fulfills
    fulfils fundraises funds furnishes gads gardens gathers geeks generates gets gifts giggles gives
    glares gleams gleans glides goes goofs governs grabs grapples grates gratifies grazes greets
    grieves grills grips groundbreaks grows gruels guards guides hammers hampers handles hangs
    hankers happens harangues harasses harms harvests heals hears heartwarms heightens hides hijacks
    hikes hinders hires hoists hollows hones hooks horrifies howls humiliates hunkers hurries hurts
    hushes idles ignores illuminates illustrates imagines imbues immerses impales imparts imperils
    impinges implies implodes imports imposes impoverishes impresses imprisons improves incites
    includes incorporates increases indebts indicates indulges infects infests inflates informs
    infuriates infuses ingests inhabits inhibits initiates injures innovates inquires insists
    inspects inspires installs instils instructs insults insures integrates intends intensifies
    interacts interests interns interprets interrupts interviews intimidates intoxicates intrigues
    introduces intrudes inundates invades invents inverts invests invigorates invites invokes
    involves irks irritates isolates jacks jags jogs joins jots judges juggles justifies juxtaposes
    keeps kidnaps kills kneads kneels knits knows lacks lags lands languishes lashes lasts launders
    lays leads leans learns leases lends lengthens lessens licenses lifesaves lifts lightens lights
    likes limits lingers liquefies liquidates listens lists livens lives lodges loosens loses loves
    lowers lucks lurks maddens maims maintains makes manages manifests mans manufactures markets
    marks marries matures maxes meanders means meditates meets melts mends mesmerizes messages
    mimicks mimics minces mines mingles minuss misplaces mitigates models moderates modifies molests
    monitors motivates mounts mourns mows muddles mulls multiplies mumbles mystifies nags nails
    narrows navigates nears needs neglects negotiates nerds networks nourishes nurses nurtures obeys
    obscures observes obsesses obtains occupies occurs offends offers offsets omits opens operates
    opines opposes oppresses opts organises organizes outgoes outgrows outlies outnumbers outpaces
    outstands overarches overcomes overlaps overlooks overpowers overrides oversees overshadows
    overturns overuses overwhelms ovulates owes owns packages paints pales pampers paralyses parks
    participates parties patrols pats paves peacekeeps pends perceives perfects performs perishes
    permeates perplexes perseveres persists persuades pervades pinpoints pisses plans plummets
    plunges poaches poisons polishes pollutes portrays positions possesses pours prattles prays
    preaches precedes precludes predetermines predicts prefers preoccupies prepares presents
    presupposes pretends prevails prevents primes processes proclaims procures prods produces
    professes prohibits prolongs promises promotes prompts pronounces proposes prospers protects
    protrudes proves provides provokes publishes pukes pulls pumps punishes purports pursuants
    pursues puts puzzles quacks qualifies quashes quenches questions quiets quits quotes rages rains
    rallies rambles raps rates ratifies rattles raves ravishes reacts reads realises realizes reaps
    reasons reassures reboots rebuffs receives reckons reclaims recognizes recommends reconciles
    recoups recovers recycles redacts redefines reduces refinances refines reflects refocuses
    refracts refreshes refuels refurbishes registers regroups regulates rehearses reheats reigns
    reimburses reinforces rejects rejoices rejuvenates relates relaxes releases relents relies
    relieves relinquishes relives reloads remains remembers removes renders renews renounces repeats
    repels rephrases replaces replenishes replicates reports represents requests requires resembles
    resents reserves resides resigns resists respects responds restocks restores restrains restricts
    restructrues restructures rests resurfaces retires retrieves retrofits reups revamps reveals
    revels reveres reverts revisits revitalises revitalizes revives revokes revolves rewards rides
    rids rights ripens rivetings roams roars roofs rots roughs rounds routs rushes rustles saddens
    satisfies saturates saves says scares scatters scavenges schedules scorches scores scouts
    scratches screams screeches screens sculpts seals seats secures sedates seeks seems sees selects
    sells sends sentences separates sequesters settles severs sews shakes shares sharpens shatters
    shines ships shocks shoots shops shortens shouts shrinks shrivels shuns shuts sifts signals
    simplifies simulates singles sings sits skateboards skates skyrockets slams slays slices slicks
    slides slopes slows smiles smooths smuggles snatches sneaks sniffs snowboards snuggles soaks
    soars sobers solicits solves soothes sooths sorts sours sows spares sparkles spawns speaks
    specializes specifies spellbinds spends spices spits splays spoils spoofs spots sprawls
    squanders squishes stabs stages staggers stains startles starves states staves steals
    stereotypes stiffens stifles stimulates stings stirs straightens strangles strays strengthens
    strews strips strives struggles stuffs stumps stuns sublimates submerges submits subsides
    subsidizes subsists subtracts subverts succeeds succumbs sucks suffers suffices suggests
    summarises summons supports supposes suppresses sures surfs surges surmounts surpasses surprises
    surrounds surveys survives suspects suspends susses sustains swallows sways sweeps sweetens
    swims tackles tacks tailors takes tampers tantalizes targets tarnishes tastes taxes teaches
    teases tempts tenders terrifies tests thanks thinks thins threatens thrills thrives thwarts
    tidies tightens topples touches toughens trafficks trains tramples transacts transforms
    transpires transports traps travels trembles tries trifles trims troubles trusts tucks tumbles
    twists uncovers undercuts undergoes understands undertakes undervalues underwhelms undoes
    unearths unfolds unfoundeds unifies unites unleashes unlocks unnerves unplugs unravels unsettles
    unties unveils updates upholds uplifts upsets uses ushers utters validates vanishes varies
    verifies vexes vies visualizes volunteers votes waives wakes wanders wants warms warns warps
    weakens weans weathers weaves weds weeps weighs weirds wents wets whacks whispers widens wields
    wimps wises withdraws withers wonders worries worsens wraps wreaks wrestles wrings wrinkles
    writes wrongs wroughts yammers yawns yearns yells yields zeros zonks zooms
  `,
  /** a base form, finite after a plural subject: `share`, `plan` (Infinitive) */
  base: `
    abandon abduct abet abide abolish abort abound abscond absolve absorb accelerate accept
    acclimate accommodate accompany accomplish accost account accrue accuse accustom ache achieve
    acknowledge acquiesce acquire activate adapt add adjourn adjust administer admit adopt adorn
    adsorb advance advertise affect affix afford age agonize agonze agree alarm align allege allot
    allow allude alluring alter amalgamate amaze amuse analyse animate anneal announce annoy annul
    anticipate appeal appear appease apply appoint appraise appreciate approach approve argue arise
    arm arouse arrange arrest arrive aspire assail assemble assert assess assign associate assume
    assure astonish astound attach attain attest attract augment authorize automate avert avoid
    await award babysit backfire baffle bake balance base bathe batter battle be become befriend beg
    begin beguile behave behead behold believe belittle belong bequeath bestow betray bewilder
    bewitch bias bide bind bitch blast bleed bless bloat blow blurt boat boggle boil bolster bomb
    bombard bookkeep boom borrow bother bounce brake brand breastfeed breathe breathtake brighten
    bring broaden bruise bud build bulk bully bundle burp burst bury bustle butt buy cage calculate
    camp cancel captivate care careen carry carve cater caulk cease celebrate centralize certify
    challenge change chant charge charm chat cherish chew chill chirp choose chop circumvent cite
    clap classify cleanse climb cling clone club clutter coach coalesce coat code coerce coexist
    cohabit coincide collect collide collude coloring colour combine combust come comfort command
    commence communicate compel compete compile complain complicate comply compose compromise
    conceal conceive concentrate concern conclude concur condemn condense condone conduct confess
    confide configure confirm conflict conform confront confuse conjure connote conquer conserve
    consider consist consolidate conspire constitute constrain construct consult consume contain
    continue contrast contribute control convene converge convey convince cope correspond corrode
    cover craft cramp crave crawl create cripple crumble crush cultivate cure curl curtail customize
    cycle dam damage dampen dance dare darken dash date daunt daze dazzle deafen debark debate
    debilitate debrief debug debunk decay deceive decentralize decide decimate decipher declare
    decline decode decommission decompose decorate decouple decrease decree decry decrypt dedicate
    deduct deepen deface defer define deform defraud defy degrade delay delegate delight delimit
    deliver demand demean demolish demoralize denote denounce deny depart depict deplore deploy
    deport depress derail derange derive deserve desist detach detail determine devastate develop
    devolve devote diagnose die differ dig dignify diminish dine disable disappoint disarm disband
    disburse discard discern discipline disclaim disclose discount discourage discover discuss
    disgruntle disgust dishearten dislodge dismantle dispense disperse displace displease dispose
    disprove disrupt dissent dissolve dissuade distil distill distinguish distort distract distress
    disturb dive diverge divert divest divulge do dole doubt drain draw dream dredge dribble drift
    drink drive drown drum dump dwell dwindle earmark earn eat edify edit educate elapse elate elect
    electrify elucidate elude emaciate embalm embark embarrass embody embrace embroider embroil
    emerge emphasize empower enable enact enchant encircle enclose encourage encroach encrypt
    encumber endanger endear endorse endow endure energize enforce engage engender engineer engrave
    engulf enhance enjoy enlarge enlist enliven enquire enrich enrol enroll ensue ensure enter
    enthral entice entrain entrench entrust envelop envisage envision equip erase erupt escape
    eschew espouse establish etch evaluate evoke evolve exaggerate exalt examine exasperate exceed
    excite exclaim exclude exercise exert exhale exhaust exhilarate exhort exhume exist exit expand
    expect expedite expel experience expire explain explode exploit explore expose expunge extend
    extinguish extol exude fade fail falter fascinate fasten fatten fear fend ferment fess fetch
    fill finance find fix fizzle flatten flatter flavor flavour flee fling flirt float flood flow
    flower fluster focus follow forbid foreboding foreclose forego foresee foreshadow forewarn
    forfeit forge forget forgive fork format forsake forthcome fracture fragment frame freeze
    freshen frighten frolic frost frustrate fulfil fulfill fund fundraise furnish gad garden gather
    generate get gift giggle give glare gleam glean glide go govern grab grapple grate gratify graze
    greet grieve grill grip groundbreak grow gruel guard guide hammer hamper handle hang hanker
    happen harangue harass harm harvest have heal hear heartwarm heighten hide hijack hike hinder
    hire hoist hone hook horrify howl humiliate hunker hurry hurt hush ignore illuminate illustrate
    imagine imbue immerse impale impart imperil impinge implode imply import impose impoverish
    impress imprison improve incite include incorporate increase indebt indicate indulge infect
    infest inflate inform infuriate infuse ingest inhabit inhibit initiate injure innovate inquire
    insist inspect inspire install instil instruct insult insure integrate intend intensify interact
    interest intern interpret interrupt interview intimidate intoxicate intrigue introduce intrude
    inundate invade invent invert invest invigorate invite invoke involve irk irritate isolate jag
    jog join jot judge juggle justify juxtapose keep kidnap kill knead kneel knit know lack lag land
    languish lash launder lead learn lease leave lend lengthen lessen let license lifesave lift
    lighten like limit linger liquefy liquidate list listen liven lodge loosen lose love lurk madden
    maim maintain make manage manifest manufacture market marry meander meditate meet melt mend
    mesmerize message mimic mimick mince mine mingle minus misplace mitigate model modify molest
    monitor motivate mount mourn mow muddle mull multiply mumble mystify nag nail navigate need
    neglect negotiate network nourish nurse nurture obey observe obsess obtain occupy occur offend
    offer offset omit operate opine oppose oppress opt organise organize outgo outgrow outly
    outnumber outpace outstand overarch overcome overlap overlook overpower override oversee
    overshadow overturn overuse overwhelm ovulate owe package paint pamper parallel paralyse park
    participate party past patrol pave peacekeep pend perceive perform perish permeate perplex
    persevere persist persuade pervade pinpoint piss plan plummet plunge poach poison polish pollute
    portray position possess pour prattle pray preach precede preclude predetermine predict prefer
    preoccupy prepare presuppose pretend prevail prevent process proclaim procure prod produce
    profess prohibit prolong promise promote pronounce propose prosper protect protrude prove
    provide provoke publish puke pull pump punish purport pursuant pursue put puzzle qualify quash
    quench question quit quote rage rain rally ramble rap rate ratify rattle rave ravish react read
    realise realize reap reason reassure reboot rebuff receive reckon reclaim recognize recommend
    reconcile record recoup recover recycle redact redefine reduce refinance refine reflect refocus
    refract refresh refuel refurbish register regroup regulate rehearse reheat reign reimburse rein
    reinforce reject rejoice rejuvenate relate relax release relent relieve relinquish relive reload
    rely remain remember remove render renew renounce repeat repel rephrase replace replenish report
    represent request require resemble resent reserve reside resign resist respect respond rest
    restock restore restrain restrict restructrue restructure resurface retire retrieve retrofit
    reup revamp reveal revel revere revert revisit revitalise revitalize revive revoke revolve
    reward rid ride ripen riveting roam roar roof rot rout rush rustle sadden satisfy saturate save
    say scare scatter scavenge schedule scorch score scratch scream screech screen sculpt seal seat
    see seek seem sell send sentence sequester settle sever sew shake share sharpen shatter shine
    ship shock shoot shop shorten shout shrink shrivel shun sift signal simplify simulate sing sit
    skate skateboard skyrocket slam slay slide slope smile smuggle snatch sneak sniff snowboard
    snuggle soak soar sober solicit solve sooth soothe sort sow sparkle spawn speak specialize
    specify spellbind spend spice spit splay spoil spoof spot sprawl squander squish stab stage
    stagger stain startle starve state stave steal stereotype stiffen stifle stimulate sting stir
    storytelling straighten strangle strengthen strew strip strive struggle stuff stump stun
    sublimate submerge submit subside subsidize subsist subtract subvert succeed succumb suck suffer
    suffice suggest summarise summon support suppose suppress surf surge surmount surpass surprise
    surround survey survive suspend suss sustain swallow sway sweep sweeten swell swim tack tackle
    tailor take tamper tan tantalize target tarnish taste tax teach tease tempt terrify test thank
    think threaten thrill thrive thwart tighten topple touch toughen traffick train trample transact
    transform transpire transport trap travel tremble trifle trim trouble trust try tuck tumble
    twist uncover undercut undergo understand undertake undervalue underwhelm undo unearth unfold
    unfounded unify unite unleash unlock unnerve unplug unravel unsettle untie unveil update uphold
    uplift upset use validate vanish vary verify vex vie visualize volunteer vote waive wake wander
    want warn warp weaken wean weather weave wed weep weigh whack whisper widen wield withdraw
    wither wonder worry worsen wrap wreak wrestle wring wrinkle write yammer yawn yearn yell yield
    zonk zoom
  `,
  /** an -ing form: `implementing`, `building` (Gerund) */
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

export type VerbForm = keyof typeof VERB_FORMS;

const byWord = new Map<string, VerbForm>();
for (const [name, words] of Object.entries(VERB_FORMS) as Array<[VerbForm, string]>) {
  for (const word of words.split(/\s+/u)) if (word) byWord.set(word, name);
}

/** The verb form compromise's lexicon gives a lower-case word, or undefined. */
export const verbForm = (lower: string): VerbForm | undefined => byWord.get(lower);

// Plural nouns that are also a verb's third-person present (`hopes`, `exports`): the lexicon files
// them as nouns and knows the verb by its past (`hoped`); only the context tells which is meant.
const PLURAL_OR_PRESENT = new Set(`
    abuses accents accesses accords aces acts addicts addresses advocates affiliates aids aims airs
    analysts anchors angers answers arches architects archives armours asks assists attacks attempts
    auctions backs bails bands bangs bans bargains barges barks bars bashes beefs belts benefits
    bikes blames blends blinks blitzes blocks blurs boards boasts bogs bonds bones books boosts
    borders boxes boycotts branches breaches bribes bridges bros brushes bubbles buckles buds
    buffers bumps burdens busts butchers buzzes bypasses cakes calls caps captures cards cars cashes
    catalogs causes cautions caves centers centres chains chairs champions channels charts
    chauffeurs cheats checks cheers circles claims claws clicks clouds coins collapses combats
    comments commits commutes complements compounds conglomerates conscripts consents contacts
    converts coordinates copies cores coughs counsels counts couples courts crashes credits cries
    crops crosses cubes cues curbs curves cuts dabs darks darts debuts defeats defects deposits
    deserts designs desires digests dips discharges disguises dishes dislikes dispatches displays
    disputes ditches divides divorces docks doctors documents dodges downloads drafts drags dresses
    drills drips drones drops dubs duels duplicates dyes echoes edges effects encounters ends envies
    estimates excels exchanges excuses exhibits experiments exports extracts eyes faces farms
    favours features fences fields figures files films filters fires fishes flags flakes flames
    flares flashes fleshes flocks flos fogs foils folds forces forms forwards franchises frowns
    fucks fuels functions fusses fuzzes gags gains games gases gates gazes glosses glows glues
    gossips grades graduates grasps grooms grounds growths grumbles guarantees guesses gulps hacks
    hands harbours harnesses hashes hatches hates haunts hazes heads hedges helps highlights hints
    holds holes honors honours hopes hops horses hosts houses hugs hunts impacts implements inclines
    influences inhales inks inserts intents interfaces invoices issues jams jazzes jokes juices
    jumps keys kicks kisses knocks labels labours laces laps latches laughs launches leaches leaks
    leaps lectures leeches levies licks lies lines links loans lobbies logs looks lumps lusts mails
    mandates manners manoeuvres maps mashes masks masters matches matters mentions merges merits
    messes milks mimes minds mirrors misses mocks molds monkeys mops mouths moves murders names nets
    nods notices objects oils oozes orbits orders orients outlines overpasses pairs paises pals pans
    parallels parents parts passes patches patents pauses peaks peels peers perfumes permits phases
    phones photographs piles pilots pines pins pipes pities pits places plants plays plces pleads
    plumps polls pols pools poops pops pores poses posts pounds powers practices praises preserves
    preys prices prides probes proceeds profiles programmes programs progresses projects props
    protests prunes psyches punches purchases pushes quivers races racks raises rakes ranges ranks
    rants rapes rats reaches realists recalls recruits reels refactors references reforms refunds
    refuses regards regrets relishes remarks remedies rents reorders repairs repeals replies
    resolves resorts restarts results resumes returns reverses reviews rhymes riots risks roasts
    rocks rolls roots ropes routes rubs ruins rules rusts sacks sacrifices safeguards sails samples
    scales scans scars scrapes screws scribbles scrolls searches seeds senses serves services shacks
    shapes shaves shelters shifts shivers shores shows shuffles sides signs silences sizes skies
    skis slips slouches smashes smells smirks snakes snaps sneezes sobs sounds spans sparks spells
    spies spills spins spites splashes sponsors sprays sprinkles spruces spurs squares stacks staffs
    stakes stalks stalls stamps staples stares stars starts stays steers stems steps stitches
    stockpiles stoops stops stores storms strains streams stresses stretches strokes studies
    stumbles styles subjects subs suites suits sums supplements supplies surfaces sweats swells
    swipes switches tags talks tallies tangles tans teams tempers texts threads ticks tiles times
    tips tolls tones tops tortures tosses totals tours trades transfers transitions treats trends
    tributes trickles tricks triggers trips trots tunes tunnels twins types upgrades uploads urges
    vacuums values ventures vibes views vips visits voices voids vomits vows waits walks warehouses
    warrants wastes waves waxes weeds welcomes whisks whistles wings wipes wires wishes witnesses
    works workshops worths wrecks zones
`.split(/\s+/u).filter(Boolean));

/** Is this plural noun also a verb's present (`hopes`, `welcomes`)? */
export const pluralOrPresent = (lower: string): boolean => PLURAL_OR_PRESENT.has(lower);
