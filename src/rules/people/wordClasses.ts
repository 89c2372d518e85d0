// Generated from compromise's lexicon by tests/wordClasses.test.ts — do not edit by hand.
// Single words by the class compromise gives them, for constant-time lookups without loading it.

export const WORD_CLASSES = {
  /** MaleName, FemaleName, FirstName */
  givenName: `
    aada aadya aaliyah aaradhya aarav aaron aasha abagail abbey abbi abbie abby abdallah abdel
    abdoulaye abdul abdullah abdullo abdulrahman abe abel abi abie abigail abraham abram abril abu
    abubakr abulfazl ada adaline adalyn adam adama adan addie addilyn addison adel adela adelaide
    adele adelene adelia adelina adeline adelynn adi adolf adolfo adolph adreanna adrian adriana
    adrianna adrianne adriano adrien adriena adriene adrienne advik afonso agatha aggie agnes
    agustin agustina ahmad ahmed ahmet aicha aida aidan aiden aileen aimar aimee aina aino ainsley
    aisha aishah aisling aislinn aislynn ajani ajla akira aladdin alain alaina alan alana alanis
    alanna alannah alanoud alastair alayah alayna alba albert alberto albrecht alden alec alecia
    aleisha alejandra alejandro aleksandar aleksander aleksandr aleksandra aleksei alena alesia
    alessandra alessandro alex alexa alexander alexandra alexandre alexandros alexandru alexei
    alexia alexis alf alfie alfonso alfred ali alia alice alicia alicja alina aline alisa alise
    alisha alison alissa alistair aliza allan allen allie allison allyson alois alonso alonzo
    alphonse alphonso althea alton alvaro alvin alya alycia alysa alyson alyssa amahle amaia amaira
    amalia amanda amar amber amberly amelia amelija amie amilia amina aminata amine amir amit
    ammanuel ammar amos amy ana anabel anamaria anas anastasia anastasija anatoli anatoliy anatoly
    anaya ander anders andi andjela andra andre andrea andreas andrei andrej andres andrew andrey
    andrzej andy ane aneta anette angel angela angelia angelica angelina angeline angelique angelo
    angie anika anisa anissa anita anja anjelica ann anna annabel annabella annabelle annalisa
    annamaria anne annemarie annett annette annie annika annmarie anohito anthony antoine antoinette
    anton antonella antoni antonia antonio antony anwar anya aoi aputsiaq arata archibald archie ari
    aria ariana arianna arianne ariel arielle ariki arjun arleen arlena arlene arlette armaan armand
    armando armin arnaud arnav arno arnold aroha aron arpita artem arthur artie artur arturo aryan
    asahi asha ashanti ashlee ashleigh ashley ashli ashlie ashly ashlyn ashraqat ashton asiya asja
    asmita assil astrid ataahua athena aubrey audra audrey audri audry augustina augustine augusto
    augustus aurelia austeja ava avery avi avigail awa aya ayaan ayana ayanna ayesha aygun aykhan
    aylin ayn ayse aysel aziz azra azuna bakary balazs bandar bandile banele barbara barbora barbra
    barney barrett barry bart bartholomew bayarmaa bea beatrice beatriz becca becky belinay belinda
    ben benita benito benjamin bennie benny benson berat bernadette bernadine bernard bernardo
    bernhard bernice bernie bert bertha bertie bertram bertrand beryl beshoi bess bessie beth
    bethanie bethany betsy bette bettie bettina betty bettye beula beulah bev beverley beverly
    bianca bibek biff bilal biljana billie billy binita bintou bishal bismah bjorn blaine blair
    blake blanca blanche blaze blossom blythe bob bobbi bobbie bobby bogdan boglarka bolormaa bonita
    bonnie boris boyd brad bradford bradley brady branden brandi brandie brandon branislav breanna
    bree brenda brendan brendon brenna brent brenton bret brett brian briana brianna brianne brice
    bridget bridgett bridgette brigid brigitte britney britt brittany brittney brittni brittny
    bronwyn brooke bruce bruno bryan bryanna bryce brynn bryon buck buddy burt burton buster byron
    caitlin caitlyn cal caleb calista callie calvin cameron camila camile camilla camille camilo
    candace candice cara carey carina carissa carl carla carlene carley carlie carlo carlos carlota
    carlotta carlton carly carmel carmela carmella carmen carol carole carolina caroline carolyn
    carrie carrol carroll cary casandra casey cassandra cassidy cassie catarina caterina catherina
    catherine cathleen cathryn cathy catrina cayla cecelia cecil cecile cecilia cecily cedric
    celeste celia celina celine cesar chad chandra chanelle chantal chantelle charbel charis
    charissa charla charlena charlene charles charlette charley charlie charlotte charmaine chas
    chase chedeline chelsea chelsey cher cheri cherie cheryl chester chet cheyenne chloe chris
    chrissy christa christal christen christiana christiane christie christina christine christoph
    christophe christopher christos christy chrystal chuck ciara ciaran cierra cindi cindy clair
    claire clara clare clarence clarice claris clarissa claude claudette claudia claudine claudio
    claus clay clayton clemens clement cleo cleopatra cletus clifford clifton clint clive clotilde
    clyde cody colby cole coleen colette colin colleen collin colton concepcion connie connor conor
    conrad constance constantin constanza consuelo cora coralie cordelia corey cori corina corine
    corinna corinne cornelia cornelis cornelius corrine cory courtney courtni courtny craig cristal
    cristiano cristina cristobal curt curtis cyndi cynthia cyril cyrus daan dahlia daina dalal dale
    damaris damia damian damien damion damon dan dana danette dani danica daniel daniela daniele
    daniella danielle danika danilo daniz danny daphna daphne dara darby darcey darcie darcy daren
    daria darin dario darius darla darlena darlene darnell darrel darrell darren darrin darryl daryl
    dave davi david davida davina dayle dayna deana deandra deandre deann deanna deanne deb debbie
    debby debora deborah debra debrah dede dee deedee deena deepak deidre deirdre dejan dela delbert
    delia delilah della delores deloris delphine demetria demetrius dena denice denis denise dennis
    denny deon derek derrick deshawn desiree desmond devan deven devin devon dewayne dewey dexter
    dhia diana diane dianna dianne diarmuid dieter dietmar dietrich dillon dimitri dimitris dina
    dinah dinesh dion dionne dirk diya djeneba dmitri dmitry dolores domingo dominic dominick
    dominik dominique dominykas don dona donald donna donnell donnie donny donovan dora doreen
    dorian doris dorla dorothea dorothy dorthy dottie doug douglas dovydas doyle dragan drew duane
    dudley duncan dustin dwayne dwight dylan dyllan ebenezer ecrin ed eddie edel eden edgar edie
    edith edmond edmund edna edoardo eduard eduardo edward edwardo edwin edwina eevi efrain efren
    eileen eisha eitan ekaterina ekta ela elaina elaine elana elbert eldon eleanor elen elena eleni
    eli eliana elias elicia elida elie elif elijah elin elina elinor eliot elisa elisabeth elise
    elisha eliska eliza elizabete elizabeth elizaveta ella ellen ellie elliot elliott ellis elly
    elma elmer elnora eloise elouise elsa elsie elton elva elvin elvina elvira elvis elwood ema
    emanuel emanuela emelda emely emerald emerson emery emil emile emilee emilia emiliano emilie
    emilija emilio emilis emily emina emine emirhan emma emmaline emmanuel emmanuelle emmeline
    emmett emmie emmy enid enoch enrico enrique enzo eoin ergi eric erica erich erick ericka erik
    erika erin erma ernest ernestina ernestine ernesto ernie ernst errol ervin erwin eryn esma
    esmeralda esperanza esteban estela estele estella estelle ester estere esther estrella ethan
    ethel etienne etta eugen eugene eugenia eugenie eunice eva evan evangelina evangeline evelin
    evelina evelyn evens everett evgeny evi evie evita ewa eymen ezra fabian fabien fabio fabrice
    fabrizio fadi fahd fajr fanta farah farida farrah farzana fatemeh fatiha fatima fatin fatma
    fatoumata fay faye federico felecia felicia felipe felix feng fenna ferdinand ferdinando fergus
    fernanda fernando fidel fien filip fiona fionn fletcher flora florencia florian floyd forrest
    foster fozia fran frances francesca francesco francina francine francis francisca francisco
    franciszek francois francoise frankie franklin franklyn fraser fred freda freddie freddy
    frederic frederick frederik fredrick fredrik freja frida frieda friedrich frits fritz fyodor
    gabe gabi gabija gabreal gabriel gabriela gabriele gabrielius gabriella gabrielle gaby gale
    galen gamalat gamila gareth garland garnet garrett garry garth gary gavin gayle gemma gena
    genesis genevieve genna geoff geoffrey georg george georges georgette georgi georgie georgina
    georgios georgy gerald geraldina geraldine gerard gerardo gerhard geri germaine gerrit gerry
    gert gertrud gertrude gia giacomo gianna gigi gilbert gilberto gilda giles gilles gillian gina
    gino giorgi giorgio giorgis giovanna giovanni gisela gisele giselle gita giuseppe gladys glen
    glena glenda glenn glenna gloria glynis godfrey golda goldie gonzalo googoosh goran gord gordon
    gottfried grace gracie graciela grady graham grant greg gregg gregor gregorio gregory greta
    gretchen griselda grover guido guilherme guillaume guillermo gunay gunel gunnar gunter gunther
    gus gustaf gustav gustave gustavo gwen gwendolyn gwyneth gyorgy habib habiba hailey hal hala
    haley halim hallie hamza hana hanah hank hanna hannah hans hao hariet hariette harlan harley
    harmony harold harri harriet harriett harriette harry haruhito haruki haruta haruto harvey hasan
    hasnaa hassan hasti hatice hattie hawa hayato hayden hayley heath heather hector heidi heinrich
    heitor helen helena helene helga helmi hendrik henri henrietta henrik henrique henry henryk
    herbert herman hermann hermine hessa hester hilary hilda hildegard hillary himari hinata hoda
    hollie homer horace horacio horatio hortense hosna hosniya hossein howard howie hubert hugh hugo
    humberto huseyin huseyn hussa hussain hussein hyacinth hydar iain ian ibai ibrahim ichika ida
    ignacio igor ike iker ila ilene iliana ilija ilina ilona ilse ilya imane imelda imogena imogene
    indira ines ingrid inji inuk inunnguaq iona ionut ira irati irena irene irina irma irvin irving
    irwin isaac isabel isabela isabele isabell isabella isabelle isadora isaiah isaias ishaan isiah
    isidora isla islande ismael ismail isobel issac itai itsuki iva ivaana ivalu ivan ivana iwona
    izaro jacinda jacinta jack jackie jacky jaclyn jacob jacquelina jacqueline jacquelyn jacques
    jada jaden jaime jaka jake jakob jakov jakub jamal james jameson jami jamie jamison jammie jana
    janae jane janele janelle janessa janet janette janice janie janina janine janis jaqueline jared
    jarod jaroslav jarrett jarrod jarvis jasmin jasmina jason jasper javier javiera jayden jayne
    jayson jazmin jazmine jeana jeane jeanette jeanie jeanina jeanine jeanna jeanne jeannette
    jeannie jeannina jeannine jed jeff jeffery jeffrey jeffry jelena jen jena jenelle jenifer jenna
    jennette jenni jennie jennifer jenny jens jerald jeremiah jeremy jeri jermaine jerome jeronimo
    jerri jerry jesica jess jesse jessica jessie jesus jian jie jil jilian jill jillian jim jimi
    jimmie jimmy jing jo joan joana joane joann joanna joanne joao joaquin jocelyn jodi jodie jody
    joe joel joelle joesph joey johan johana johann johanna johannes john johnathan johnathon johnie
    johnnie johnny jokubas joleen jolena jolene jon jonah jonas jonathan jonathon joni jonny jordi
    jordon jorge jose josef josefa josefina josefine joselyn joseph josephina josephine josh joshua
    josiah josie josue jovana joya joyce jozef juan juana juanita jude judeline judith judy julen
    jules julia julian juliana julianna julianne julie julien julienne juliet julieta juliette julio
    julissa julius justin justina justine kabita kacey kacper kadiatou kaede kai kaia kaitlin
    kaitlyn kajus kaleigh kali kalle kallie kamal kamala kamil kamila kamile kanata kanyakumari kara
    karen kari karim karima karin karina karissa karl karla karly karolina karyn kasey kaspar
    kassandra kassie kat katarina kate katelyn katelynn katerina katharina katharine kathem
    katherina katherine kathie kathleen kathrine kathryn kathy kati katia katie katlyn katrina katy
    kauri kavita kay kaye kayla kaylee kayleigh keeley keely keenan keir keira keisha keith kejsi
    keley keli kelley kelli kellie kelly kelsey kelsie kely ken kendall kendra kendrick kenna
    kenneth kenny kenton kenyatta kenza kera keri kermit kerri kerry keven kevin khadija khadije
    khaled khalid khawla kheira khongordzol kia kiana kiara kiera kieran kiersten kiley kim
    kimberlee kimberley kimberli kimberly kimmernaq kingsley kip kira kiran kiril kirill kirk
    kirollos kirsten kirstin kizzy klaus klea konrad konul kori kourtney kris krista kristen kristi
    kristian kristie kristin kristina kristine kristopher kristy kristyna krystal krzysztof kurt
    kurtis kyla kyle kylee kylie kyls kyra lacey lacie lacy ladona ladonna laia laila lakesha lamar
    lambert lamija lamont lana lance landon lara larisa larissa larry lars lashawn laszlo latasha
    latifa latisha latonya latoya laura laurel lauren laurence laurent laurie lauryn laverna laverne
    lavinia lawrence laxmi layla lea leah leana leandra leandro leane leann leanna leanne leda leena
    leevi leia leif leigh leila leilani leja lejla lela leland len lena lennart lenny lenora lenore
    leola leon leona leonard leonardo leonel leonid leonie leonora leopold leora lesedi lesley lesli
    leslie lesly lester lethabo leticia letitia lettie levente levi lex lexie leyla lia liam lian
    liana lianne libbie libby lidia lidya liepa lila lili lilia lilian liliana lilja lillia lillian
    lillie lilly lin lina linda lindsay lindsey lindsi lindsy lindy linus lionel lior lisa lisette
    liv livia liz liza lizbeth lizette lizzie lloyd logan lois lola lolita lonnie lora loraina
    loraine lorelei loren lorena lorene lorenzo loretta lori lorie lorna lorraina lorraine lorri
    lorrie lotte lottie lou louella louie louis louisa louise lovelie lovro lowell luann luc luca
    lucas lucia luciana luciano lucie lucien lucija lucile lucille lucinda lucy ludovic ludvig
    ludwig luela luella luigi luis luisa luise luiz luka lukas luke lula lulu lulwa luna lupe lupita
    luther luuk luz lydia lyla lyle lyn lyna lynda lyndon lyndsey lyne lynette lynn lynna lynne
    lynnette lynsey maayan mabel mable macaulay macie maciej mack macy madalyn maddie madeleine
    madelina madeline madelyn madge madison madonna mads mae magda magdalena magdalene maggie magnus
    maha mahamadou mahammad mahdi mahesh mahmoud maia maire maisie maite maja majd maksim malachai
    malachy malak malcolm malen malia malik malika malinda mallory mamadou manaia mandakranta mandy
    manfred manish manny manon manuel manuela mara marc marcel marcela marcell marcella marcelle
    marcello marcelo marci marcia marcie marcin marco marcos marcus marcy margaret margarette
    margarida margarita marge margery margie margo margot margret margrette marguerite mari maria
    mariah mariam mariamawit mariami marian mariana mariane marianna marianne mariano maribel marie
    mariela mariella marija marilyn marina mario marion marios maris marisa marisol marissa maritza
    marius marjorie mark markel marko markos markus marla marlena marlene marlin marlo marlon marnie
    marquis marsha marshal marshall marta martha marti martim martin martina martine marty marvin
    marwa mary maryam maryan maryann marybeth maryjane marylou masoud masoumeh matej mateo matheus
    mathew mathias mathieu mathilde mathis matias matilda matilde matt matteo matthew matthias matti
    mattia mattias mattie matty matus matyas maud maude maura maureen maurice mauricio mavis maxime
    maximilian maximiliano maxina maxine maxwell maybell mayra maysoun mazie mckenzie meagan meg
    megan meghan mehdi mehmet mei mel melanie melina melinda melisa melissa mellisa melokuhle melvin
    meredith meriem merissa merjem merle meron merrill mervin mervyn meryem meryl mia micaela micah
    michael michaela michal micheal michel michele michelle mick mickey micky midori miguel mihai
    mika mikaela mikaere mike mikel mikhail mikolaj mila milagros mildred milena milhouse milica
    millicent millie milly milo milos milton mimi mina minato mindy minenhle minerva minh minik
    minnie mira miral miranda miriam mirlande mitch mitchell mitzi miyar mobina modibo moe mohamad
    mohamed mohammad mohammed moira moises mollie molly mona monica monika monique monte monty
    morgan moritz moses moshe moussa mrignayani muhamed muhammad muhammed murad muriel mustafa
    mustapha mya myles myra myriam myrlande myrna myron myrtle naasunnguaq nadene nadia nadina
    nadine nadya nahia nahom naima nalla nancy nanette naomi naomie narges natalia natalie natalya
    natasha nate nathalie nathan nathanael nathaniel nathy neal ned nehir neil nel nela nelisa nell
    nellie nelson nena nerissa nesreen neville nguyen nia niamh nicholas nichole nick nicki nickolas
    nicky nico nicola nicolas nicole nicolette niels nigel niharika niilo nik nika nikau nikhil niki
    nikita nikki niklas niko nikola nikolai nikolay nikos nila nilay niles nils nina nisanur nisha
    nita nivi noa noah noam noel noella noelle noemi nojus nolan nomaan noor nora norah norbert
    noreen norma norman nouf nour nuka nur nuray nurul nyla octavia octavio odelia odette odval
    ofelia oier oisha oksana ola olaf olav oleksandr olga oliver olivia olivier ollie omar omer
    ondrej ophelia ori orville osama oscar oskar osman osvaldo oswald otis otto oumar oumou owen
    oyunbileg pablo padraig paige pam pamela pandora paninnguaq paola paolo parvati pascal pat
    patrica patrice patricia patrick patrik patti pattie patty paul paula paulette paulie paulina
    pauline paulo paulos pavel pavlo pedro peg peggy penelope percy perla petar pete peter petr
    petra petro petros phil philip philipp philippe phillip philomena phoebe phylis phyllis pia
    pierce pierre pieter pietro piotr pipaluk polina polly portia prakash pravit prem preston
    priscila priscilla priyamvada prudence puteri pyotr queenie quentin quiana quincy quinn quinton
    rabina rachael rachel rachele rachelle rachid rachida rae rafael rahul raina rainer rajesh ralf
    ralph ramiro ramon ramona randal randall randi randolph rania raoul raphael raquel rashad rasmus
    raul rawiri rayan raymond rayna reanna reba rebeca rebecca rebeka rebekah recep reece reem reema
    regan reggie regina reginald regis reid reihaneh reina rena renae renata rene renee reta reuben
    reyansh reyna reynaldo reza rhea rhett rhiannon rhoda rhona rhonda ria ricardo riccardo richard
    richelle richie rick rickey ricki rickie ricky rico rikki riko riley rimas rin rina rita riya
    roan rob robbie robbin robby robert roberta roberto robyn rocco rochele rochelle rocio roderick
    rodger rodney rodolfo rodrigo roel rogelio roger roghayyeh rohan roland rolanda rolando rolf
    roman romeo ron ronald ronan ronda roni ronna ronnie ronny rory rosa rosalie rosalina rosalind
    rosalinda rosalyn rosanna rosanne rosario roscoe roseann roseanne rosella roselle rosemarie
    rosemary rosetta rosie roslyn ross rowan rowena roxana roxane roxanna roxanne roxie roxy roy
    royce ruben rubin rudolf rudolph rudy rufus rupert russ russel russell ruth ruthie ryan ryou
    saanvi sabina sabine sabrina sade sadie saeed sahar saida sakeena sakineh sakura sal salik
    sallie sally salma salome salvatore sam samantha sami samir samira samkelo sammie sammy samuel
    sandeep sandra sandro sanjay santino saqib sara sarah sarina sasha satoshi saul savanna savannah
    scarlett scot scott scottie scotty seamus sean sebastian sebastien sekou selena selene selim
    selina selma sepp serena serge sergei sergey sergio serife setayesh seth sevda sevinj seymour
    shahd shahid shaikha shaim shaimaa shakira shana shanaya shanda shane shania shanna shannon
    shanon shaquille shari sharlene sharon sharron sharyn shaun shauna shawn shawna shay shayla
    shayma shayna shayne shea sheba sheena sheila shelby sheldon shelia shelley shelly shelton sheri
    sheridan sherifa sherman sherri sherrie sherry sheryl shiloh shira shirley shirli shirly shlomo
    shona shristi shyla sid siddhartha sidney sierra sigmund silas sillin silvia silvio simon simona
    simone sindy siobhan sita siti siyabonga skip skye slobodan snezana sobia sofia sofie sofija
    solomon somayyeh sondra sonia sonja sonya sophia sophie soren souleymane souta spencer spike sri
    stacey staci stacie stacy stan stanislav stanislaw stanley starla stefan stefanie stefano
    stefanos stela stella stephan stephane stephanie stephen steve steven stevie stew stewart stu
    stuart sue suha sumayah sumit sunita suraj suresh susan susana susane susanna susannah susanne
    susi susie suzan suzana suzane suzanna suzanne suzette suzie suzy sven svend sybil syd syed
    sylvester sylvia sylvie szymon tabatha tabitha tadgh taha taichi taika tala talia talitha tamar
    tamara tamera tami tamika tammi tammie tammy tamra tania tanika tanisha tanner tanya tara tarana
    tareq taryn tasha tatiana tatsuki tawana ted teddy tegan teodora terence teresa tereza teri
    terrance terrell terrence terri terrie terry tess tessa tessie thad thaddeus thalia thandolwethu
    thea thelma theo theodor theodora theodore theresa therese thiago thom thomas thomasina tia
    tiana tianna tiara tiffany tim timmy timothy tina tingting tisha titus tobias toby tod todd tom
    tomas tomasz tommaso tommie tommy tomoharu toni tonia tony tonya tora tori tracey traci tracie
    tracy travis trent trenton trevor trey tricia trina trish trisha trista tristan troy trudy
    truman tui tula tunar turki ty tyler tyra tyrone tyson ughur ugne ulrich ulrik ulysses umberto
    unax uri ursula urte usha usman uxue val valentin valentina valentine valeria valerie valery
    vance vanesa vanessa vasily veda velma vera vern verna vernice vernon veronica vesna vic vicente
    vicki vickie vicky victor vihaan vikky viktor viktoria viktorie viktorija vilte vince vincent
    vincenzo violeta virgil vivaan vivek vivian viviana vivien vivienne vlad vladimir vladislav
    vojtech volodymyr vusala wade wakana wallace wally walt walter wanda waylon wayne wei wendell
    wendi wendy werner wes wesley weston whitney whitni whitny widelene wila wilbert wilbur wiley
    wilfred wilfredo wilfrid wilfried wilhelm wilhelmina willa willard william willie willis willow
    willy wilma winfried winifred winnie winnifred winona winslow winston wojciech wolfgang woodrow
    wout wouter wyatt xavier xhoel xiaomei xiaoyan ximena xinyi yael yagmur yahli yan yanis yann
    yannick yarin yaroslav yasmin yasmine yassin yassine yelena yesenia yevgeni yevgeny ying yolanda
    yonas yonatan yonathan yong yosef yousouf youssef yuen yuina yuna yuri yuriy yury yusif yusuf
    yuuma yuval yvette yvona yvone yvonna yvonne zac zach zachariah zachary zachery zack zackary
    zada zahid zahra zainab zakaria zan zane zara zehra zeinab zelda zelma zena zeynab zeynep zineb
    zoe zoey zofia zola zora zoran zsofia
  `,
  /** LastName */
  surname: `
    abbas acosta adams adler agarwal aguilar akhtar aleksejev aliyev almeida alvarez alves andersen
    anderson andersson andov andreassen andrejev andrews angelov angelova ansari araujo araya
    armstrong arslan aslan atchison atkinson ayala aydin babic bach baez bahk bahng bailey bakker
    baldwin bandara bandyopadhyay banik barbieri barbosa barnes barnier bartlett barua bashir bates
    bauer becker beckham beethoven begu bektashi bengtsson benitez bennett berger bergman bergmann
    berisha bernasconi berndsen bhak bhang bhoumik bhowmik bhuiyan bianchi bishwas blanco blazevic
    blondal bogdanov bondarenko bonik boruya bosu bouchard boyko bozic bozinov brankov briem brooks
    browne bryant buchanan burke byrne bytyqi caceres calderon campbell cardoso cardozo carlsson
    carr carter caruso carvalho castillo castro cavadini ceban cebotari celik cengic cereghetti
    cerna cerny chakma chakraborty chan chand chang chapman chatterjee chattopadhyay chaudhry chavez
    che chen cheon cheong cheung chiu choi chong chopra choudhury choung chow chowdhury choy
    christensen christiansen chung chwe ciobanu clark clarke cohen coleman collins conti contreras
    cooke cooper corbyn correa correia costa cox crawford crivelli cruz cunningham dahl damcevski
    daniels danielsen dankula datta davidov davidson davies davis debnath delgado delic demir
    demirovic dervishi devi dewan dias diaz dickinson dimitrov dimitrova dissanayake dixon djurhuus
    dogan doherty dominguez donev dordevic dotto driscoll duarte dubois dumitru dunn durand duric
    dutta dvorak dvorakova eder edison edwards einstein eriksen eriksson escobar espinoza esposito
    estrada evans faber farrell ferhatovic fernandes fernandez ferrara ferrari ferreira filipov
    filipovic fischer fisher fitzgerald fjeldsted fleming flores fontana fortin fournier fowler
    freeman friedman fuchs fuentes fujita fuller gagne gagnon galeano gallagher galli gallo gamage
    gandhi gao garcia gardner garza gashi gauthier georgiev georgieva gheorghe gibson gil gimenez
    giordano gjonaj gjoni goldberg goldstein golubev gomes gomez goncalves gonzales gonzalez goode
    goodman gorbachev grayling greene grgic griffith griffiths gruber guerra guerrero gunnarsson guo
    gustafsson gutierrez guzman gwon hadzic hagen halvorsen hamalainen hansen hansson haque harding
    harper harris hart hasani hasanov hasanovic hashimoto haugen haung hawkins hayashi hayes
    heikkila heikkinen heinonen hemingway henderson henriksen hernandez herrera hess higgins
    hitchcock hjaltalin hoang hodzic hofer hoffman hoffmann hofmann hojgaard hok holmes holt hopkins
    horak horakova horvat howe hoxha hristov hristova hu huaman huang huber hughes huynh ibrahimovic
    iglesias ikeda iliev ilieva inoue ionescu ishikawa ito ivanou ivanov ivanova jackson jacobs
    jacobsen jakobsson jankovic jansen janssen janssens jansson jarvinen jenkins jennings jensen
    jhang jimenez joensen johannesen johannessen johansen johansson johnsen johnson johnston jones
    jonsson jorgensen joung jovanovic jung juric kahn kalloe kaminski kane kaplan kapoor karjalainen
    karlsen karlsson kastrati kato kaur kaya kayser kazlov keller kennedy khan kieffer kikuchi kilic
    kimura kinnunen klein kluivert knezevic kobayashi koch korhonen koskinen kovac kovacevic kovacic
    kovacs koval kovalchuk kovalenko kowalczyk kowalski kozlov kramer krasniqi kraus krause
    kravchenko kremer krishna kristensen kristiansen kryeziu kucera kucerova kumar kumara kuznetsov
    kvaran kwok kwon laine laitinen lammy lang larsen larsson lau lavoie lawson lebedev lefebvre
    lefevre lehmann lehtinen lehtonen leitner leka lekaj lenin leroy lewis li lincoln lindberg
    lindholm lindstrom liu liyanage lombardi lopes lopez lovric lowe lukic lund lungu luo ly lynch
    madrigal madsen maeda magnusson maier majerus makarov makela makinen mamani mammadov mancini
    mann mariani maric marin marino markovic marques marroquin martinez martins matei matic
    matsumoto matthews mayer mayr mccarthy mclaughlin mclean mehmedovic mehmeti meier meijer mejia
    melnyk melo mendes mendez mercier messi messier meyer meyers micrachi mihhailov mikkelsen miller
    milosevic mohan molina moller monroe montgomery moore mora morales moreau moreira moreno moretti
    mori morin morina morozov morris morrison mortensen morton moser moss mozart mulder muller munoz
    munteanu murati muratovic murphy murray mussolini myers nagy nakajima nakamura nakashima narayan
    nash navarro neilson nemcova nemec nichols nicholson nielsen niemi nieminen nikolic nikolov
    nikolova nilsen nilsson nixon norodahl norris novak novakova novikov novotna novotny nowak nunes
    nunez nyman obama obrien oconnor ogawa oliveira oliynyk olofsson olsen olson olsson oneill
    orellana ortega ortiz orwell osborne owens ozdemir ozturk pahk pahng pak papadopoulos parker
    patel patterson pavic pavlov pavlovic pearson pedersen peeters pena pereira perera peretz perez
    peric perkins persson peters petersen peterson petrov petrova petrovic pettersen pettersson phak
    pham phan phang phillips picasso pichler piero pinas pinto polishchuk popescu popov popovic
    portillo poulsen powell prasad prifti prochazka prochazkova putin quispe radic radu ramirez
    ramos rantanen rasmussen ravelli reagan rees reis reiter reuter reyes reynolds ribeiro ricci
    richards richardson ries rivas rivera rizzo roberts robertson robinson rocha rodrigues rodriguez
    rogers rojas romano romero roosevelt rosenberg rossi rotari roth roux rowe rowling rubio ruiz
    russo rusu ryang ryoo ryu saarinen sahin saito sakamoto salas salihovic salminen salo salonen
    sanchez sandberg sanders santana sante santos sanz saric sasaki sato saunders savic scheving
    schiltz schmid schmidt schmit schmitt schmitz schneider schroeder schubert schulz schwarz segura
    seinfeld semjonov semyonov seoh sepulveda serrano shala sharma shehu shevchenko shevchuk shimizu
    silva simmons simonsen sinatra sinclair singh sirbu smirnov smit smith smyth sokolov solovyov
    sorensen sosa soto soung sousa stalin starmer steele stein steiner stephens stevens stevenson
    stoica stojanovic stoyanov stoyanova suarez subotic sullivan suzuki svensson svoboda svobodova
    szabo tahirovic takahashi tanaka tate tavares teixeira thatcher thill thompson thomsen thomson
    thorarensen thorlacius tian tjin tkachenko todorov todorova tolstoy tomic torres toth tran
    tremblay tryniski tsui tuominen turcan turner turunen valenzuela valverde vargas vasilyev
    vasquez vassiljev vazquez velasquez vesela vesely vidal vidovic villalba villalobos vinogradov
    virtanen visser vivaldi vogt volkov vorobyov vukovic waage wagner walker walsh walters walton
    watanabe watson webb weber webster weiss welter wilkinson williams williamson wilson wimmer
    winkler wisniewski wojcik wolff wong wright wu xiao xu yamada yamaguchi yamamoto yamasaki
    yamashita yamazaki yang yeun yeung yi yildirim yildiz yilmaz yokoyama yoshida yun zakharov
    zaytsev zhang zhao zhou zhu zimmermann
  `,
  /** City, Country, Region */
  place: `
    aalborg aarhus abidjan accra adygea afghanistan agartala aguascalientes ahmedabad aizawl alabama
    alaska albania alberta albuquerque aleppo algeria algiers almaty altai amaravati america amman
    amsterdam anaheim anapolis anchorage ancona andorra angola anguilla ankara antarctica antwerp
    aqaba argentina arizona arkansas arlington armenia aruba ashdod ashgabat assam asuncion athens
    atlanta auckland australia austria azerbaijan baghdad bahamas bahia bahrain bakersfield baku
    balkaria bandung bangalore bangkok bangladesh baotou barbados barcelona bari barranquilla basel
    bashkortostan basque basrah bavaria beijing beirut belarus belfast belgium belgrade belize
    bengaluru benghazi benin bergen berlin bermuda bern bhopal bhubaneshwar bhutan bihar birmingham
    bogota bolivia bonaire boston botswana brasilia bratislava brazil brazzaville bremen brisbane
    bristol brunei brussels bucharest buckinghamshire budapest bulgaria burgas burma bursa burundi
    buryatia busan butuan cagliari cairo calgary california camayenne cambodia cambridgeshire
    cameroon campeche canada canberra cancun caracas cardiff catania ceara cebu changchun changsha
    changzhou chattogram chechnya chengdu chengzhong chennai cherkessia chhattisgarh chiapas chicago
    chihuahua chile china chittagong chongqing christchurch chuvashia cleveland coahuila colima
    cologne colombia colombo colorado comoros conakry connecticut constanta copenhagen cordoba cork
    corsica coventry craiova crimea croatia cuba cumbria curacao curitiba cyprus czechia dadonghai
    daegu daejeon dagestan dakar dalian dallas damascus daugavpils dehradun delaware delhi denmark
    denver derbyshire detroit dhaka dispur djibouti doha dominica dongguan dorset dortmund dresden
    dubai dublin duesseldorf dunkirk durango durban dushanbe ecuador edinburgh edmonton egypt
    eindhoven england eritrea essex estonia ethiopia faisalabad fes fiji finland florida fortaleza
    foshan france frankfurt fresno fujian fukuyama gabon galway gambia gandhinagar gangtok gansu
    gaza gdansk geneva genoa georgia germany ghana ghent gibraltar giza glasgow gloucestershire goa
    gothenburg graz greece greenland grenada guadalajara guadalupe guadeloupe guam guanajuato
    guangdong guangzhou guatemala guayaquil guernsey guinea guizhou gujarat gujrat guyana haifa
    haiti halifax hamburg hampshire hangzhou hannover hanoi harbin haryana havana hawaii hefei
    helsinki heraklion hertfordshire hidalgo homs honduras honolulu hunan hungary hyderabad ibadan
    iceland idaho illinois imphal incheon india indiana indianapolis indonesia indore ingushetia
    iowa iran iraq ireland irkutsk isfahan islamabad islington israel istanbul italy itanagar izmir
    iztapalapa jaipur jakarta jalisco jamaica japan jeddah jersey jerusalem jharkhand jiangxi jilin
    jinan johannesburg kabardino kabul kaduna kallakurichi kalmykia kampala kandahar kandy kano
    kanpur kansas kaohsiung karachay karachi karaj karelia karnataka kaunas kawaguchi kazakhstan
    kedah kelantan kentucky kenya kerala khakassia kharkiv khartoum khulna kiev kingston kinshasa
    kiribati kirkuk klaipeda kohima kolkata komi kopavogur korea kosice kosovo kowloon krakow
    kunming kunshan kuwait kyiv kyoto kyrgyzstan lagos lahore lancashire lanzhou latvia lausanne
    lebanon leeds leicester leicestershire leipzig lesotho liberia libreville libya liechtenstein
    liege lima limassol lincolnshire linz lisbon lithuania liverpool london louisiana luanda lucknow
    ludhiana luxembourg lviv lyon macao macau macedonia madagascar madrid maharashtra maine makassar
    malacca malawi malaysia maldives mali malmo malta manaus manchester mandalay manila manipur
    manitoba maracaibo maracay maranhao maribor marrakesh marseille martinique maryland mashhad
    massachusetts mauritania mauritius mayotte mecca medan medellin medina meghalaya melbourne
    memphis mendoza messina mexico miami michigan michoacan micronesia midlands milan milwaukee
    minnesota minsk miskolc mississauga mississippi missouri mizoram mogadishu moldova monaco
    mongolia montana montenegro montevideo montpellier montreal montserrat mordovia morelos morocco
    moscow mosul mozambique mumbai munich muscat myanmar nagaland nagano nagasaki nagoya nagpur
    nairobi namibia nanchang nanchong nanjing nantes nantong naples nashville nauru navan nayarit
    nebraska nepal netherlands nevada newcastle newfoundland nicaragua niger nigeria ningbo niue
    norfolk normandy northamptonshire norway nottinghamshire novosibirsk nunavut nyc oakland oaxaca
    odessa odisha ohio oklahoma oman omsk ontario oran ordos oregon osaka oslo ossetia ottawa
    oxfordshire padua pahang pakistan palau palermo palestine panaji panama para paraguay parana
    paris patna patras pei peking penang pennsylvania perak pernambuco peru philadelphia phoenix
    pilsen piraeus pittsburgh poland portland porto portugal poznan prague prato pretoria puebla
    punjab puyang pyongyang qatar qingdao qinghai quebec queensland queretaro quezon quito rabat
    raipur rajasthan rajshahi raleigh ranchi rangpur rawalpindi recife reims rennes reykjavik riga
    rio riyadh romania rome rotterdam russia rwanda sacramento salem salzburg samoa sanaa sapporo
    sarajevo sarawak saskatchewan saxony scotland seattle selangor senegal seoul serbia seville
    seychelles shanghai shantou sheffield shenyang shenzhen shijiazhuang shillong shimla shiyan
    siberia sichuan sicily sikkim sinaloa singapore skopje slovakia slovenia somalia somerset sonora
    soweto spain staffordshire stockholm strasbourg stuttgart sudan suffolk surabaya surat suriname
    surrey sussex suzhou swaziland sweden switzerland sylhet syria tabasco tabriz taian taichung
    tainan taipei taiwan taiyuan tajikistan tallinn tamaulipas tampere tangier tangshan tanzania
    tartu tashkent tasmania tatarstan tbilisi tegucigalpa tehran telangana tennessee texas thailand
    thessaloniki tianjin tianshui tijuana tilburg timisoara tirana tlaxcala togo tokelau tokyo tomsk
    tonga toronto toulon toulouse trieste tripoli tripura trondheim tulsa tunis tunisia turin turkey
    turkmenistan turku tuscany tuva tuvalu udmurtia uganda uk ukraine uruguay urumqi usa ussr utah
    utrecht uttarakhand uzbekistan valencia vancouver vanuatu varna vaughn venezuela venice veracruz
    vermont verona versailles vienna vietnam vilnius vladivostok volgograd wales warsaw warwickshire
    washington wellington wexford wichita wicklow windhoek windsor winnipeg winterthur wisconsin
    wroclaw wuhan wuxi wuzhou wyoming xiamen xian xinyang yakutia yangon yekaterinburg yemen yerevan
    yokohama yorkshire yucatan yukon yunfu zacatecas zagreb zambia zanzibar zhangzhou zhengzhou
    zhongshan zibo zimbabwe zurich
  `,
  /** Adverb */
  adverb: `
    abroad again almost alongside already also altogether always anymore anyway apart aside away
    awhile backward definitely directly ever forever fucking fully further furthermore hella hence
    indeed instead just kinda likewise maybe meanwhile more moreover newly often once only outright
    perhaps quite randomly rather really seldom so somehow sometimes somewhat such then thus too
    totally twice ultimately very well
  `,
  /** Conjunction, Preposition, Determiner, Pronoun, QuestionWord, Expression */
  function: `
    a about across after ah aha ahem ahh ahoy aka alas along although amen amid amidst among amongst
    an and another any apropos argh around as at atop aye bah bam barring because before besides
    between boo booya both bout bravo brr btw but by bye chez circa cmon congratulations cos
    cowabunga coz cuz d'oh dammit damn damnit dang de des despite down drat du duh during each eek
    eep eh either el elle else eureka even every eww except farewell few for from gah gee golly
    goodbye gosh grr haha hahaha hai hallelujah he heck hee hello her hers hey hi him his holla holy
    hooray hooyah how how's however huh humph hurrah hurray huzzah i if il in inasmuch into it jeez
    lah le least leh les lmao lmfao lol lols me meh mid mmm much nah nay neither nevertheless no
    nope nor notwithstanding now of off oh ohh oi omg on onto ooh ooo oops or otherwise ouch out ow
    oy per pff phew phooey please plenty pls plus plz pow psst qua sans several she sheesh shhh shit
    shoo sic since some supposing tha than that the thee their theirs them thereby therefore these
    they this tho those thou though through throughout thru til till to toward towards tsk ugh uh
    uhh uhm unlike until up upon us various versus via voila vs wahoo wat we what whatever
    whatsoever whee when whenever where whereas whereby wherever whether whew which whichever while
    whilst who whoa whoever whom whoops whose why with within without wow wtaf wtf ya yaa yah yay
    yea yeah yep yes yet yikes yipee yippee you your yuck yup
  `,
  /** Uncountable, Adjective, Singular, Plural, Noun */
  common: `
    abandoned abandonings aberrant abject ablaze able aboard above abreast abrupt absent absolute
    absorbed abstract abstruse absurd abundant abuse abuses academic academics accelerating accent
    accents accepted access accesses accident accidents accommodating accompanying accord accords
    accountants accountings accrual accruals accurate ace aces acetate acetates aching acid
    acknowledged acoustics acquaintances acquiescent acquittal acquittals acrobats act actings
    activists actors actresses acts actual acute ad adamant addenda addendum addicts address
    addresses adept adequate adjective adjectives adjusted administrators admirals adolescent
    adolescents adopted adult adults advanced advantage advantages adventurers adverse advertisings
    advice advisors advocate advocates aerobics aerodynamics aeronautics affected affectionate
    affiliates affluent afghans afraid africans against aged agents aggressive agile agings
    agonizing agonzing agreeable ahead aid aids aim aims air aircraft airs al alarmed alarming
    albanians alcoholic alert alerts alfredo alfredoes alga algae algerians alien aliens alight
    alike alive alkaline all alleged allergies allergy allies ally alma almas alone aloof alright
    altered alternate alternative alternatives alumna alumnae alumni alumnus amazed amazing amends
    americans amnesty ample amusing analysis analysts anarchists ancestors anchor anchors anecdote
    anecdotes anger angers angolans angry animated animators anise announcers annoying anomalies
    anomaly answer answers antarctic antarctics antenna antennae anticipated antidote antidotes
    antiquated antique antsy anybodies anyone anything apostles appalled appalling apparent
    apparitions appealing appendices appendix appetite appetites appetizing applied appreciated
    apprentices approachings appropriate approximate apt arab arabs arbitrary arc arch archbishops
    arches architects archival archive archives arctic arctics argentines arguings aristocrats
    arithmetic armed armenians armour armours array arrays arresting arrogant arsenal arsenals
    arsenic art articulate artificial artisans artists arts artsy ascent ascents ashen asians ask
    asks asleep aspect aspects aspirin aspiring assist assistants assists associated assumed
    assumings assured assuring astonishing astounding astronauts astronomers astute athiests
    athletes athletics attack attacks attempt attempts attendants attic attics attorneys attractings
    attractive auction auctions auditory augmented aunties aunts aussies austere australians
    austrians authentic authorized authors autocrats autoimmune autopsies autopsy average avocado
    avocados awake awarded aware awesome awkward axes axis ayatullahs ba babies babysittings bacilli
    bacillus back backings backs backwards bad baffled baffling baggage bail bails baked baker
    bakers bakings balanced bald ban band bands bang bangladeshis bangs bank bankers banking
    bankings bankrupt banks bankses bans bar barbers bare bargain bargains barge barges bark barks
    baronesses barons barracks barren barrier barriers bars bartenders based bash bashes bass
    battered battlings bawdy bean beans bear bears beat beatboxers beats beau beautiful beaux
    becoming beef beefs beginnings behind beingses belarusians belated belgians bellies belly
    belongings beloved below belt belts bend bends beneath benedict benedicts beneficial benefit
    benefits benign bent berg bergs beside best bestselling bet bets bettings bewildered bewildering
    bewitching beyond biased bicyclists bid bids big bigtime bike bikes bill billiards bills binding
    biopic biopics biopsies biopsy bipartisan bishops bison bit bitchings bite bites bitings bits
    bitter bizarre bl black blame blames bland blank blemish blemishes blend blends blessed
    blessings blind blinded blinding blink blinks blithe blitz blitzes bloatings block blocks
    bloggers blond blood bloody blue blunt blur blurs bo board boards boast boasts boatings bodies
    body bog boggling bogs bogus bohemians boiled boiling bold boldface bolivians bombings bonafide
    bond bonds bone bones boogeymans book bookings bookkeepings books booming boost boosts boot
    boots border borders bored boring borough boroughs bos bosnians bottle bottled bottles bottom
    bottoms bouncing bouncy bound bourgeois bourgeoises bowl bowling bowls box boxes boycott
    boycotts boyfriends boys branch branches brandies brandings brandy brash brave brazilians breach
    breaches bread breadth break breakfast breakfasts breaks breakthrough breakthroughs breathings
    breathtaking breed breeds bribe bribes brick bricklayers bricks brides bridge bridges brief
    briefs brigadiers bright brilliant brisk brits broad broadcast broadcastings broadcasts broken
    brokers bronze brook bros brothers bruised bruising brush brushes brute brutes bubble bubbles
    buckle buckles buddhists budget budgetings budgets buds buff buffer buffers builders buildings
    bulgarians bullyings bump bumps bunnies bunny bunting burden burdens burglaries burglars
    burglary burial burials burly burn burned burns burnt burpings bus buses businessmans
    businesspersons businesswomans bust bustling busts busy butchers butter butterflies butterfly
    buzz buzzes bypass bypasses ca cacti cactus cad cadets caged cagey cahier cahiers cake cakes
    calculated californians call calls calm calming calorie calories cam cambodians cameroonians
    campings cams canadians canal canals canaries canary cane canes cannibal cannibals canoe canoes
    canton cantons cap capital capitals caps captains captivating capture captures car carbohydrate
    carbohydrates card cardiac cards careful carers caretakers caring carpenters carrier carriers
    cars carvings cash cashes cashiers cast castings casts catalog catalogs catch catches caterings
    caterpillar caterpillars cathedral cathedrals caucus caucuses cause causes caution cautions cave
    caves cca ceiling ceilings celcius celebate celebrated celebratings celebrities cellar cellars
    center centers centralized centre centres ceos cereal cereals certain certificate certificates
    certified cfos chadians chain chains chair chairmans chairs chairwomans challenging chambers
    chamberses champions chancellors chandelier chandeliers changing channel channels chantings
    chaos chaplains characteristic characteristics characters charged charities charity charmed
    charming chart charts chateau chateaux chattings chauffeurs cheap cheat cheats check checks
    cheer cheerings cheerleaders cheers cheery cheese cheesy chefs cheque cheques chewing chewy
    chicken chickens chief chiefs children chileans chilled chilling chilly chin chineses chins
    chintzy chip chips chocolate chocolates christian christians chrysanthemum chrysanthemums chums
    circle circles circumspect circus circuses cities citizenses city civics civil claim claims
    clappings classic classics classified claw claws clean cleaners cleanings clear clearings
    clergies clergy clerics clerks clever click clicks client clients cliff cliffs climbings clinic
    clinics clip clips clockwise clonings close closed closing cloth clothes clothings cloths cloud
    clouds cloudy clowns clubbings cluttered cm coachings coal coarse coatings coded codings
    coefficient coefficients coercive cogent cognizant coin coins coke cokes col cold colic colics
    collapse collapses collar collars colleagues collectings colombians colonels colonial color
    colored colorings colors colossal coloured columnists comatose combat combats combined comedians
    comforting comic comics commanders commanding commensurate comment commentary commenters
    comments commercial commercials commissioners commit commits common communicatings communique
    communiques communist communists commute commutes companion companions compassionate compelling
    competing complainings complement complements complete complex complexes complicated composers
    composings compound compounds compromising compulsory comrades concave conceited concentrated
    concerning concise concrete concretes condescending conducive conductings confidantes confidants
    conflicting confused confusing confusion conglomerate conglomerates congoleses congressmans
    congresswomans congruent conjoint conjugal conjugate conscripts consent consents consequent
    conservatories conservatory considered consolidated conspiring constables constant constituent
    constituents constructings consulate consulates consultants consultings consummate contact
    contacts contemporaries contemporary contenders content contents continuing contradictory
    contrary contrasting contributing contributors contrite controlled controllers controlling
    convert convertable convertables converts convincings cooked cookie cookies cookings cool
    cooperative cooperatives coordinate coordinates coordinators copier copiers copies copings copy
    coral core cores corp corpora corporals corporate corpus corral corrals correct corresponding
    corrupt cost costly costs cottage cottages cotton cough coughs councillors counsel counsels
    count counterclockwise counterfeit countesses counts couple couples couriers court courts
    couscous cousin cousins covered coverings covert cowardly cowboys coworkers coy coyote coyotes
    cozy crack cracked cracks craftings crafty cramped crash crashes craven crawlings crazed
    creators credit credits creep creeps creepy cries crippling crises crisis crisp criteria
    criterion critics croatians croats crop crops cross crosses crossings crowd crowded crowds
    crucial crucible crucibles crude crudes cruel crushed cry cryings crystal crystalline crystals
    cubans cube cubes cuddly cue cues cultivated cunning cunnings cup cups curators curb curbs cured
    curlings curly curmudgeonly currency curricula curriculum curve curves customary customers
    customized cut cute cutesy cuts cutting cyclings czeches dab dabs daddies dads daily daisies
    daisy damaged damaging damp dampened dancers dancings danes dangerous dapper daredevils daring
    dark darks darling darlings dart darts dashing database databases dated datings daughters
    daunting dawn dawns dazed dazzled deacons dead deadly deadpan deaf deal dealers deals dean deans
    dear death deathbed deathbeds deaths debatings debilitating debut debuts decal decals decayed
    deceased deceiving decentralized decimal decimals declining decorated decoratings decorators
    decreasing dedicated deep deer defeat defeats defect defects defencemans deferral deferrals
    deferred defiant defined defining definite deformed defuse degenerate degrading deities deja
    dejas delayed delegatings deliberate delicate delighted delightful delighting deliverings
    demanding demeaning demise demographic demographics demoralizing demure denial denials denizens
    dense dependent deposit deposits depressed deputees deputies deranged derelict derivative
    derivatives descendants desert deserters deserts deserving design designers designs desire
    desires desperate despondent destitute desultory detailed detectives determined deterrent
    deterrents devastating developed developers developings devoid devoted devout diabetes diagnosis
    dialect dialects dice dick dickens dicks dictators didactic dieticians dietitians difficult
    diffuse digest digests dignified dignitaries dignitary dim diminished dinner dinners dip
    diplomats dips dire direct directed directings directors dirty disabled disappointing disarming
    discharge discharges disciplined discontent discontents discounted discouraged discoverings
    discreet discrete diseased disgruntled disguise disguises disgusting dish disheartening dishes
    dishonesty disincentive disincentives disjoint dislike dislikes disparate dispatch dispatches
    display displays disposition dispositions dispute disputes disrepute dissenting distant distinct
    distorted distracting distressed district districts disturbed disturbing ditch ditches divas
    divergent diverse divide dividend dividends divides divine divings divorce divorces dixie dixies
    dizzy dizzying dj djs docile dock docks doctorate doctorates doctors document documentaries
    documentary documents dodge dodges doggies doggy doilies doily dollies dolly dominant dominicans
    done door doors dope dorks dormant dossier dossiers doting double doubtful doubtings download
    downloads downside downsides downstairs draft drafts drag dragonflies dragonfly drags drained
    draughts drawings dreamings dreary dress dresses dressings dribblings dried drier driers
    drifters drifting drill drills drinkings drip drips drivers drivings drone drones drop drops
    drowsy drunk dry dub dubs dudes due duel duels dull dumb dumpings duplicate duplicates dutches
    dutchesses dwellers dwellings dye dyes dynasty eager earl earls early earnings earth earthly
    east eastern easy easygoing eatings echo echoes economics economies economists economy
    ecuadorians eddies eddy edge edges edified editors educated educatings education eerie effect
    effects efficient effigies effigy egg eggs egyptians elaborate elated elder elderly elders
    electorate electorates electricians electricity electrifying electronics elegant elicit elite
    elites eloquent emaciated embargo embargoes embarrassed embassies embassy emcees emergent
    emerging eminent emir emiratis emirs emperors employees employers empowering empty enabling
    enamored enchanted enchantings encounter encounters encouraging end endearing endings ends
    enduring enemies energies energizing energy engaged engaging engineerings englishmans enhanced
    enjoyment enlivening enough enriching ensuing ensured enterprise enterprises entertainment
    enthralling enticing entire entrepreneurs envies environmentalists envy epic epics epidemic
    epidemics epoch epochs equal equipment equipped erect erstwhile escaped essential established
    estate estates estimate estimates estonians ethereal ethic ethics ethiopians eula eulas
    europeans eve evening evenings event events everybody everyday everyone everything eves evil
    exact exacting exaggerated examiners example examples exasperating excel excellencies excels
    excess excesses exchange exchanges excited excuse excuses executive executives exemplar
    exemplars exempt exercisings exhausting exhibit exhibits exhilarating exiles existence existing
    expanded expected expedient experienced experiment experiments expert expertise experts explicit
    exploding explorings export exports exposed express exquisite extended extent extents extra
    extract extracts extravagant extreme exuberant exultant eye eyeball eyeballs eyelid eyelids eyes
    fabled fabric fabrics face faces faded failed faint fair fairs faith faiths fake fall falls
    false famed familiar families family fancy fannies fanny far farm farmers farmings farms
    fascinated fascinatings fast fat fate fathers fats faulty faux favorite favorites favour
    favourite favourites favours feared feature features feeble feed feeds feel feelings feels feet
    fellas fellow fellows female females feminine feminist feminists fence fences fencings fern
    ferns fertile fervent fetching fetish fetishes fiances fiction field fields fieldses fiend
    fiends fierce fiery fight fighters fightings fights figure figures file files filings filipinos
    fillings film filmmakers films filter filters final financial financiers financings findings
    fine fines finish finished finishes finite finn finns fire firefighters fireflies firefly
    firemans fires firm fish fishes fishings fit fits fitted fitters fitting fixed flag flagrant
    flags flake flakes flame flames flaming flare flares flash flashes flat flattering flavored
    flavoured flesh fleshes flies flip flips flirtings flirty flo floating flock flocks floodings
    flos flour flowering flowery flowing fluent fluid fluids fluorescent flustered flute flutes fly
    foamy focused foes fog fogs foil foils fold folds folksy follies folly fond food foolish foot
    force forces forebears forecast forecastings forecasts foregoing foreign foremans forerunners
    foreseeable foresters forgetful forgiveness form formal formattings former forms formula
    formulae forthcoming fortunate forward forwards foul founding fourier foursome foursomes fowl
    fractured fragile fragme fragmented fragmes fragrant frail framed franchise franchises frantic
    free freelancers freezing frenches frequent fresh fretful fried friendly friends fries frigate
    frigates frightening frilly fringe frontier frontiers frostings frown frowns frozen frugal
    frustrating fry ft fuck fucks fuel fuels fugitive fugitives fulfilling full fun function
    functions fundings funeral funerals fungi fungus funny furniture furry fuss fusses future
    futures fuzz fuzzes fy gadflies gadfly gag gags gail gails gain gainful gains gal gambians
    gamblers game games gang gangs gardeners gardenings garlic garlics garnish garnishes gas gases
    gate gates gatherings gauche gaudy gay gaze gazes gb gear gears geese geishas gelatin gelatins
    gene genera general generals generatings generic genes genetics genious geniouses geniuses
    gentle gentlemans genuine genus georgians germans ghanaians ghastly ghostly ghosts ghostwriters
    giant giddy gifted gigantic gill gills girlfriends girls glacier glaciers glad gladiators
    glaring gleaming glib glidings global gloomy gloss glosses glow glows glue glues gluten glycerin
    goalies goalkeepers goaltenders goddesses gods gold golden golds golf golfers good goofy goose
    gore gossip gossips graceful grade grades graduates granaries granary grand grandchilds
    granddaughters grandfathers grandmas grandmothers grandparents grandpas grandsons granite
    grannies granny graphic graphics grasp grasps grass grateful gratified grating gratis grave
    graves gray greasy great greed greedy greeks green greens greetings grenadier grenadiers grey
    grid grids grievings grilled grim grind grinds gripping grisly grizzled grooms groovy gross
    ground groundbreaking grounds growing growth growths grueling gruesome grumble grumbles
    guarantee guarantees guarded guatemalans guess guesses guests guided guidings guilty gullies
    gully gulp gulps gum gun guns gurus guy guys gymnastics gypsies gypsy hack hacks hair
    hairdressers hairstylists hairy haitians half halibut hall hallowed halls halo halos halves ham
    hammered hams hand handful handfuls handlings hands handsome handsy handy happiness happy
    harbour harbours hard hardcore hardworking hardy harmed harness harnesses harrowings harsh
    harvestings hash hashes hashish haste hatch hatches hate hateful hates haunt haunts haven havens
    haze hazel hazels hazes head headphone headphones headquarters heads heady healing heartwarming
    hearty heat heated heatings heats heaven heavenly heavens heavy hedge hedges hefty heirs heist
    heists hellish help helpful helps herb herbs here hermits heroes heroines hesitant hg high
    highfalutin highlight highlights highrise highrises hikings hill hills hilly hindis hint hints
    hippopotami hippopotamus hirings hispanic historians history hit hits hoary hobbies hobby hobos
    hockey hold holdings holds hole holes hollies hollow holly home homeless homelesses homely homes
    homesick homework hondurans honest honesty honey honor honorary honors honour honours hooked
    hooky hop hope hopes hops hormone hormones horrific horrified horse horseradish horses hospital
    hospitality hospitals hostages hostesses hostile hosts hot hotbed hotbeds hourly house
    housekeepers houses howlings hug huge hugs humane humanitarians humans humble humbled humdrum
    humdrums humid humiliating hungarians hunger hungry hunt hunter hunters huntings hunts husbands
    hussies hussy hygienists hz ice icelandics icings icons icy ideal ideals idle idols ie ignorance
    ignorant ill illegal illegitimate illicit illiterate illuminated illustratings illustrators
    imaginings immature immediate immense immigrants imminent impact impacts impartial impatience
    impending imperfect implement implements implicit implied implodings impolite importance
    important imported imposing impressionist impressionists improper improv improved inaccurate
    inadequate inane inappropriate inbred incels incentive incentives inch inches incident incidents
    incline inclines incomplete inconsiderate incorporating incorrect increased increasing incumbent
    incumbents indebted indefinite independent indeterminate index indians indices indiceses indie
    indirect individual individuals indonesians indoor indulgent inept inert infants infected
    inferior infinite inflated influence influences influential information informed infrared
    infrequent infuriated ingrown inhabitants inhale inhales inhibitory initial initiative
    initiatives injured ink inks innate inner inning innings innocent innocents innovatings
    innovators inordinate insane insect insects insecure insert inserts inside insignificant
    insoluble insolvent inspectings inspectors inspired inspiring installers instant instants
    instigators institute institutes instructors insubordinate insulting intact integrated intellect
    intellects intellegent intended intense intensified intent intents interactings interdependent
    interested interesting interface interfaces interim interims intermediate internet interstate
    interviewings intimate intimidating intoxicated intoxicating intriguing invaluable inventings
    inventors invertebrate invertebrates investigators invigorating invited invoice invoices
    involved iranians iraqis irate irishmans iron ironings irons irrelevant irritating isolated
    israelis issue issues italians ivorians jade jaded jades jagged jam jamaicans jams japaneses
    jasmine jasmines jay jays jazz jazzes jean jeans jellies jelly jellyfish jesters jewel jewelry
    jewels jittery joggers joggings joined joke jokes jolie jolies jolly jordanians journal
    journalists journals joy joys judged judgings jugglers jugglings juice juices juicy jump jumps
    junior jupiter justice justices justified justifyings juvenile juveniles k kaput karate kazakhs
    kb keel keels keen kelvin kenyans key keynote keynotes keys kg kick kickings kicks kid kids
    killings kind kindergarten kindly king kings kins kinsmans kinswomans kiss kisses kitten kittens
    kitties kitty km kneadings knickers knittings knock knocks knotted knowing knowledge known
    koreans kuwaitis label labels labor laboratories laboratory laborers labors labour labours lace
    laces lacking ladies lads lagging lame landings landlords lane lanes languid laos lap laps
    lapsed large larva larvae lasses last lasting latch latches late lately latter latters latvians
    laugh laughings laughs laughter launch launches laureates lawyers lay layer layers laymans lb
    leach leaches leaders leading leaf leak leaks lean leaning leap leaps learnings leasings leather
    leaves lebaneses lecture lectures leech leeches leery left legal legend legendary legends
    legitimate leisure leo leos less lesser lethal level leveled levels levies levy lewd liberal
    liberals liberians libretti libretto libyans lice licensed licensings lick licks lie lies
    lieutenants lifesaving liftings light lighthearted lightning lightweight likely lil lilies lily
    lime limes limited limitings limp line lines linguistics link links lipid lipids liquid liquids
    listed listenings listings literal literary literate literature lithuanians little live lively
    liver living load loaded loads loaf loan loans loaves lobbies lobby lock locked locks lodgings
    lofty log logic logistics logs lonely long longstanding longterm longtime look looks loose loot
    loots lords losers lost loud lousy loutish loved lovely lovers loving low lower lowly loyal luck
    lucky luddite luddites luggage lumbering lump lumps lunch lunches lush lushes lust lusts lyings
    m ma macabre macedonians machinery macho mad maddening magenta magic magicians magistrates
    magnate magnates mail mails main mainstream maintainings majesty major makers makeshift
    malagasies malaysians male males mammal mammalian mammals mammoth managed managers mandate
    mandates mandatory mandible mandibles maniacs manifestings manner manners manoeuvre manoeuvres
    manufactured manufacturings many map maps marine marines maritime marked marketings mars
    marsupial marsupials martyrs masculine mash mashes mask masks master masters mat match matches
    material materials mates mathematics matriarches matrices matrix mats matses matter matters
    mature maturing maverick max maya mayas mayflies mayfly mayors mb md meager mean meandering
    meanings measles measly measure measured measures meat meaty mechanics medal medals media median
    medians medic medics mediocre meditatings medium meek meetings mega melancholy mellow melodies
    melody melted melting memoranda memorandum men menacing mending mention mentions mentors menu
    menus merchandise merchants mere merge merges merit merits merry mesmerizing mess messagings
    messes metal metallurgy metals metier metiers metric metrics metropolitan mexicans mg mi mic
    mice mics mild miles militaries military milk milks mimes mind mindblowing minds mineral
    minerals mini miniature miniatures minings minions ministers minor mirror mirrors mischief
    mischiefs misfits miss misses missing missive missives missuses mistake mistakes misters
    mitigating mitten mittens mix mixed mixes ml mm mobile mobiles mock mocks modelings moderate
    moderators modern modernist modernists modest modified moduli modulus moguls moist mold molds
    moldy mommies moms monarches money mongolians monitorings monkey monkeys monks monochrome
    monogamy monopolies monopoly monthly moody moose moot mop moped mopeds mops moral morals morbid
    morning mornings moroccans mortal mortals mosque mosques mosquito mosquitoes most mothers
    motivated motive motives mould moulds mounted mouse mouth mouths move moves movie movies moving
    mph mps muddy multifaceted multiple mumbling mummies mumps mums mundane mural murals murder
    murders music musicians mute muted mystics mystified nagged nagging naggings naive naked name
    names namibians nannies narcotic narcotics narrative narratives narrators narrow nat natives
    nats nausiating naval navigatings near nearby neat nebula nebulae necessary needed neglected
    negotiatings neices neighborly neighbors nemeses nephews neptune nerdy net nets networkings
    neuroses neurosis new newlywed news newton newtons next nibbly nicaraguans nice nieces nigerians
    nigeriens nightly nimble nite nites nitrate nitrates noble noblemans noblewomans nobodies nod
    nods noisy nomads nonchalant nondescript nonprofit nonstop norm normal norms north northeast
    northern northwest norwegians nosy notable notaries notary note noted notes nothing nothings
    notice notices nourished novel novels novices nowadays nuanced nuclei nucleus nude numb number
    numbers numbing nuns nurserymans nursings nurturing nutella nuts nutses oatmeal oatmeals
    obediant obedient obese object objective objectives objects obligated obscene obscure observant
    observed obsolete obstetrics occupants occupied occupier occupiers ocean oceans octopi octopus
    odd offbeat offending offensive offensives offerings offhand officers official officials offline
    offsetting offsprings oil oils oily ok okay old olive olives omanis onboard ones ongoing online
    ooze oozes open openings opera operatings operators opiate opiates opposing opposite opposites
    oppressed optimists optometrists opus oracles orange orbit orbits ordeal ordeals order orderly
    orders organic organisings organized organizers organizings orient orients originators orotund
    orphans other others otherses outcasts outdoor outer outgoing outlaws outline outlines outlying
    outside outspoken outspokens outstanding ova oval ovals oven ovens over overall overarching
    overboard overcomings overcrowding overdue overhand overhead overlapping overlooked overnight
    overpass overpasses overpowering overriding overseas overt overtime overtimes overview overviews
    overweight overwhelmed overwhelming overwrought ovulatings ovum owing own owner owners ox oxen
    oxygen oz pa pack packagings packed packs paddies paddy page pages painful painted painters
    paintings pair pairs paise paises pakistanis pale palestinians pals pan panamanians panellists
    panic panics panoplies panoply pans panties pants paradise paradises paraguayans parallels
    paranoid parentals parentheses parenthesis parents pariahs parish parishes parked parkings part
    partial partisan partners parts partyings pass passes passionate paste pasted pastes pastors
    pasts patch patches pate patent patents pates pathogen pathogens patience patient patients
    patriarches patriots patrons patsies patsy pause pauses pawns pay paying pays pd peace peaceful
    peacekeepings peak peaks peanut peanuts pearl pearls pedal pedals pedestal pedestals pee peel
    peels peer peers pees pen pencil pencils pending penny pens people percentage percentages
    perfect perfected performers perfume perfumes periodical periodicals permanent permit permits
    perplexing perspective perspectives pert pertinent peruvians perverse pessimists pet petal
    petals petite petrol pets peyote peyotes phantoms pharmacists phase phases phenomena phenomenon
    philippines philosophers phone phones phony photocopier photocopiers photograph photographers
    photographs phrases physicians physics picayune pick picked picks picnic picnics pie pier
    pierced piercing piers pies pig piggies piggy pigs pile piles pilgrims pilots pin pine pines
    pink pins pioneers pipe pipes pissed pit pities pits pity pivot pivots place places placid plaid
    plain planned planners plannings plant plants plaque plaques plastic plastics plate plates play
    players playings playmates plays playwrights plce plces plead pleads pleasant pleased plebiscite
    plebiscites plug plugged plugs plumbers plump plumps plunging pluto podcasters poets point
    pointed points pointy poisonings pol police policemans polished polite politicians politics poll
    pollen polls pols polygamy pool pools poop poops poor pop poppies poppy pops populations
    populist pore pores pork pornstars portal portals portugueses pose poses positionings post posts
    potential potentials potter potters pound pounds power powers practice practices practitioners
    praise praises pranksters prayings preachers preamble preceding precise prediction predictions
    preexisting preferred pregnant premature premia premier premiers premise premises premium
    preoccupied prepaid prepared preposition prepositions prerogative prerogatives presense present
    preserve preserves presidents press pressed presses pressing pressure pretendings pretense
    prevailing prey preys price prices pricey prickly pride prides priestesses priests prima primary
    prime princes princesses principal principals print printed printings prints prior prisoners
    pristine private pro probable probe probes problem problems proceed proceeds processed
    processings prodigies produced producers profane professional professionals professors profile
    profiles profound profuse progenies progenitors prognoses prognosis program programme
    programmers programmes programs progress progresses project projects prolonged prominent
    promising prompt pronounced prop proper prophets proportionate proposed props pros prospect
    prospectors prospects prostate prostates prostitutes protected protest protests proud proved
    provoking proximate prune prunes psych psyches psychologists pt public publishings pudding
    puddings pumped punch punches punishing punjabi punks puny pupils puppies puppy purchase
    purchases pure purple purpose purposes push pushes pussies pussy putty puzzled px pyramid
    pyramids qataris qt quack quaint qualified quarterbacks quarterly queens questionings quick
    quiet quiver quivers quiz quizzes quoted quotient quotients rabbis rabid rabies race races
    racial racist racists rack racks radicals radii radius ragged raging rained rainy raise raises
    rake rakes rallied rallying rambling rampant random range ranges rank ranks rant rants rape
    rapes rapid rappers rappings rare rash rashes rat ratified ratings rats raven ravens raving raw
    ray rays reach reaches readings ready real realists rear rears reasonings reassuring rebate
    rebates rebel rebels rebuttal rebuttals recalcitrant recall recalls received recent
    receptionists recipient recipients recital recitals recluses recognition recommended recondite
    recorded recordings records recovered recreation recruiters recruits recycled recyclings red
    redefining redo redoes reduced redundant reed reeds reel reels refactor refactors reference
    references referenda referendum referent referents referral referrals refined reform reformer
    reformers reforms refreshing refugees refund refunds refuse refuses regard regards registered
    regret regrets regulated rehearsings reigning reins rejected rejuvenating related relative
    relatives relaxation relaxings released relevant relish relishes reluctant remaining remake
    remakes remark remarks remedies remedy remote removed renderings rendezvous rendezvouses renewed
    renowned rent rental rentals rents reorder reorders repair repairs repeal repeals repeated
    replaced replicate replies reply reporters reportings representative representatives reprobate
    republic republican republicans republics requested required rerun reruns research researchers
    reserved resident residents resistant resolute resolve resolves resonant resort resorts
    respected respite respites respondings restart restarts resting restored restricted
    restructruings restructurings result results resume resumes retarded return returns revealing
    reverends reverse reverses review reviews revitalising revitalizing revolutionaries revolving
    rewarding rex rexes rhetoric rhetorics rheumatoid rhyme rhymes rice rickets ridings right
    rightful ring rings riot riots rip ripe rips rise rises risk risks rite rites ritual rituals
    ritzy rival riverbed riverbeds roaring roast roasts robin robins robust rock rocks rod rodent
    rodents rodeo rodeos rods rogues roll rolling rolls romanians romantic roofers roofings rookie
    rookies room rooms roomy root roots rope ropes rose roses rosy rotted rotten rough round route
    routes routine routines row rowings rows royal rub rubbish rubbishes rubies rubs ruby rude ruin
    ruins rule rulers rules rulings run runningbacks runnings runs rushing russians rust rusts
    rwandans sabbatical sabbaticals sack sacks sacred sacrifice sacrifices sad saddening sadness
    safe safeguard safeguards safety sage sages sail sailings sailors sails saintly saints salaries
    salary salmon salt salty same samoans sample samples sand sandwich sandwiches sapien sapiens
    satisfactory satisfied satisfying satish saturated saturn saudis sauted savvy sayings scale
    scales scan scans scanty scar scarce scared scarlet scars scary scathing scattered scenery scent
    scents schedulings scholarly scholars school schoolings schools scientific scientists scions
    scissors scorched scorings scottishes scrape scrapes scratched screamings screeching screened
    screenings screenwriters screw screws scribble scribbles scroll scrolls sculptings sculptors
    seabed seabeds sealed search searches seasoned seated seatings secondary secret secretaries
    secrets sect sects secure secured sedate seed seeds seemly select selected self selfish seminar
    seminars senate senegaleses senior seniors sense senses sensory sentencing separate serbians
    serene sergeants serial serials series servants serve serves service services servings servitors
    set sets settings settled severe sex sexes sexy shack shacks shade shaded shades shady shallow
    shamans shameful shape shapes shared sharp shave shaves shed sheds sheep sheer sheild sheilds
    shelter shelters shepherds shift shifts shingles shining shiny shippings shiver shivers shocked
    shocking shoe shoes shoppings shore shores short shortage shortages shortenings shorts shoutings
    show showgirls showmans showrunners shows shrill shuffle shuffles shut shy sibling siblings sick
    sickly side sides sign signalings signatories signatory significant signings signs silence
    silences silk silly silver silvers simple simplified simulated sincere singaporeans singers
    singings single sinister sink sinks sinners sip sips sissies sisters site sites sittings size
    sizes skateboardings skatings skeleten skeletens ski skiers skies skill skilled skills skin
    skinny skirmish skirmishes skis skittles sky skyrocketing slack slacks sleek sleep sleepings
    sleeps sleepy slender slice slick slight slim slimy slip slippery slips slipshod slit slits
    sloping slouch slouches slovaks slow sly small smart smash smashes smell smells smelly smiling
    smirk smirks smoke smoked smokes smokings smooth smug smugglers snake snakes snap snaps sneeze
    sneezes snobbish snow snowboardings snowings snows soaked soaking soap soaring sob sobs soccer
    social socialist socialists soft soldiers sole solemn soles solid soloists soluble solvent
    solvents somalians somber sombrero sombreros somebodies someone someones something sonnies sonny
    sons soon soothing sophisticated sorcerers sorceresses sordid sore sorry souls sound soundproof
    sounds sour south southeast southern southwest sovereign sovereigns soviet spacecraft spam spams
    span spaniards spans spare spark sparkling sparkly sparks sparse special specialists specialized
    species specific specified spectators speed speeding speeds speedy spell spellbinding spellings
    spells spendings spicy spies spiked spill spills spin spins spiral spirals spirited spirits
    spite spites splash splashes splendid split splits spokespersons sponsor sponsors spotted
    spouses sprawling spray sprays spread spreads sprightly spring springs sprinkle sprinkles spruce
    spruces spry spur spurs spy square squares squat squats squatters squeamish stable stables stack
    stacks staff staffers staffs staggering stagings stained stake stakes stale stalk stalks stall
    stalls stalwart stamp stamps stand standard standards stands staple staples star stare stares
    stark stars start startling starts starving stated stately statesmans static statistic
    statistics statute statutes statutory stay stays steadfast steady steam steamed steaming steel
    steep steer steers stem stems step stepbrothers stepchilds stepfathers stepmothers steps
    stepsisters stereotyped sterile stern stick sticks stiff still stimulating stimuli stimulus
    stink stinks stipend stipends stirred stirring stitch stitches stocking stockings stockpile
    stockpiles stoked stomach stomachs stone stones stoop stoops stop stops store stores storm
    storms storytellings stout straight straightforward strain strains strange strangers strategies
    strategy stray stream streamers streams strengthened stress stresses stretch stretches
    stretchings strict strike strikes striking string stringent strings striped stripped stroke
    strokes strong strugglings stubborn student students studies study studyings stuffed stuffings
    stumble stumbles stumped stunned stupid sturdy style styles stylish sub subdued subject subjects
    sublime subordinate subordinates subpar subs subsequent subsidized substandard substantial
    substrate substrates subtle subtotal subtotals subtractings suburban succinct sudaneses sudden
    sufferings sugar suggested suit suite suites suits sultans sum summer summers sums sunrise
    sunrises sunshine super superb superficial superheroes superhumans superintendents superior
    superiors superstars supervisors supervisory supplement supplements supplies supply supporting
    supreme sure surface surfaces surfers surfings surgeons surging surly surprising surreal
    surrogate surrogates surrounding surveyings survivings survivors sushi suspect suspected
    suspended sustained swear swearings swears sweat sweats swedes sweepers sweeping sweepstakes
    sweet sweethearts swells swift swimmings swing swings swipe swipes swisses switch switches
    syllabi syllable syllables syllabus symbolic synergies synergy synopses synopsis syrians system
    systems tableau tableaux tablespoon tablespoons taboo taboos tactic tactics tag tags taiwaneses
    talent talented talents talk talkings talks tall tallies tally tame tamed tangle tangles
    tannings tans tantalizing taoiseaches targeted tarnished tart tasteful tastings tawdry taxing tb
    tbl tbsp tce tea teachers teachings team teams tear tears teased teasings teaspoon teaspoons
    technicians technologists tee teen teenage teenagers teens tees teeth tell telling tells temper
    temperate tempers template templates temporary tempting tenants tender tennis tense terminal
    terminals terrific terrifying terrorist terrorists tertiary testers testings testy texans text
    texts thais therapists there thermodynamics theses thesis thick thief thieves thin thing
    thingies things thingy thinkings thirsty thorny thoughtful thread threads threatened threatening
    threesome threesomes thrilled thriving throw throws thrust thrusts thunder tic tick ticks tics
    tide tides tidy tie tied tier tiers ties tight tiktokers tile tiles time timely times timetable
    timetables timings tin tiny tip tippings tips tire tired tires tiring toddlers together token
    tokens tolerant toll tolls tone tones tonight tonite tonites tooth toothpaste top topic topics
    tops tornado tornados torpid torque torques torture tortures toss tosses total totals touched
    touching tough tour tourists tours townfolk townsfolk track tracked trackings tracks trade
    traders trades tradings traffic tragedies tragedy trained trainings tramps tranquil
    transcriptionists transfer transfers transition transitions transparent trapped travelers
    travelings travellings treat treatise treats trek treks trembling trenchant trend trends
    trendsetters trendy trial trials tribe tribes tribunal tribunals tributaries tributary tribute
    tributes trick trickle trickles tricks trifling trigger triggers trimmed trinidadians trinities
    trinity trip trips trite troopers troops trot trots troubled troubleshooting troubling trough
    troughs trousers trout true trusting trying tsp tummies tummy tuna tune tunes tungsten tunic
    tunics tunisians tunnel tunnels turkmens turn turned turns turntable turntables tutorial
    tutorials tutors tuxedo tuxedos tv tvs twin twins twisted twisting tycoons type types typings
    tyranny ugandans ugly ukrainians ultimate ultra unabated unappealing unassuming unattended
    unauthorized unbecoming unchallenged uncharted unchecked uncircumcised uncles unconvincing
    uncoordinated uncoordinateds uncovered undecided under underage undercover underestimate
    underestimates undergraduate undergraduates underground undergrounds underhand underlying
    underneath underprivileged undersized understandings understood undertakings undertone
    undertones underwater underway underwear underwears underweight underwriters undisclosed
    undisputed undocumented undue unemployed unending uneven unexpected unexplained unfair
    unfinished unfolding unforeseen unguarded unheard unified uninsured uninterested uninterrupted
    uninvited unique united universal unknown unmarried unmatched unmet unnamed unnerving unnoticed
    unopposed unpaid unparalleled unprecedented unrecognized unregulated unrelated unrelenting
    unrequited unreserved unresolved unruly unseen unsettled unsettling unsightly unsold unspent
    unspoken unsupervised unsuspecting untapped untested untold untouched unused unwanted
    unwarranted unwieldy upbeat updated upgrade upgrades uplifted uplifting upload uploads upper
    uppity upscale upside upsides upstairs upstairses uptight uranus urban urbanite urbanites urge
    urgent urges urinal urinals used useful users usual utter uttermost vacant vacuum vacuums
    vagabond vagabonds vagrant vague vain valuable value values van vanilla vanillas vans vapor
    variable variables variant variants varied varieties variety varnish varnishes varying vast
    vegetable vegetables venezuelans vengeful venture ventures venus venuses verdant verdict
    verdicts verified vernacular versatile vertebra vertebrae vertebrate vertebrates vet veterans
    veterinarians vets vexing vibe vibes vibrant vietnameses view views vigilant vile villains
    vinegar viola violas violence violet violets vips virus viruses visionaries visionary visit
    visitors visits visualizings vitae vocabularies vocabulary voice voices void voids volatile
    volcano volcanoes voltage voltages volunteerings vomit vomits votings vow vows voyagers vulgar
    wafer wafers waist waists wait waiters waitings waits walk walks wanderers wang wangs wanton war
    ward wards warehouse warehouses warm warmth warnings warped warrant warrants warriors wars wary
    wash washed washes washings waste wasteful wastes watch watched watches watchings water waterbed
    waterbeds watershed watersheds watery watts wattses wave waves wax waxes way ways weak weakened
    wear wears weary weathered weathermans weatherproof weddings wee weed weeds weekly weird welcome
    welcomes welders welshes western wet whale whales wheel wheels whiny whip whips whisk whisks
    whisky whisperings whistle whistles white whole wholesale wick wicked wicks wide widespread wild
    wildlife willing wily win wind winds windy wine wing wings winners wins wipe wipes wire wires
    wirings wiry wise wish wishes wistful witches witnesses wives wizards womanly women wonderings
    wood wooden wool woozy word words work workers workings works workshop workshops worn worried
    worryings worship worships worth worths worthwhile wound wounded wounds wrappings wreck wrecks
    wrestlers wrestlings wrinkled writers writings wrong wrought wry yard yards yawnings yd yearly
    yearnings yellings yellow yellowed yielding yogis young youths youtubers zambians zany zeroings
    zimbabweans zip zips zombie zombies zone zones zonings zoomings
  `,
};

export type WordClass = keyof typeof WORD_CLASSES;

const byWord = new Map<string, WordClass>();
for (const [name, words] of Object.entries(WORD_CLASSES) as Array<[WordClass, string]>) {
  for (const word of words.split(/\s+/u)) if (word) byWord.set(word, name);
}

// compromise's lexicon spells most names without their accents ("etienne", "jose"): a word
// written with them that it lacks is looked up without them, as a name only (Vietnamese "Lê",
// "Văn" are no function word or common noun)
const FOLDED = new Map([["ø", "o"], ["æ", "ae"], ["œ", "oe"], ["ß", "ss"], ["ł", "l"], ["đ", "d"], ["ı", "i"]]);
const fold = (lower: string): string => lower.normalize("NFD").replace(/\p{M}/gu, "").replace(/[øæœßłđı]/gu, (c) => FOLDED.get(c)!);

/** The class compromise's lexicon gives a lower-case word (or the word without its accents), or undefined. */
export const wordClass = (lower: string): WordClass | undefined => byWord.get(lower) ?? (/[^a-z0-9'’.-]/u.test(lower) ? foldedName(lower) : undefined);

function foldedName(lower: string): WordClass | undefined {
  const found = byWord.get(fold(lower));
  return found === "givenName" || found === "surname" ? found : undefined;
}

/** Is a lower-case word a given name or a surname in the lexicon? */
export const isNameWord = (lower: string): boolean => {
  const kind = wordClass(lower);
  return kind === "givenName" || kind === "surname";
};

/** City, Country, Region of several words, lower case. */
const PLACE_PHRASES = new Set(
  `
    abu dhabi|addis ababa|al basrah al qadimah|al mawsil al jadidah|andhra pradesh|
    antigua and barbuda|arunachal pradesh|baja california|banja luka|bayan nur|belo horizonte|
    bosnia and herzegovina|bouvet island|british columbia|british virgin islands|buenos aires|
    burkina faso|cape town|cape verde|cayman islands|central african republic|chiang mai|
    christmas island|cocos islands|congo brazzaville|cook islands|costa rica|cote de ivoire|
    czech republic|dar es salaam|dominican republic|dr congo|east timor|el paso|el salvador|
    equatorial guinea|falkland islands|faroe islands|fort worth|french guiana|french polynesia|
    gold coast|guinea bissau|himachal pradesh|ho chi minh|hong kong|isle of man|ivory coast|
    keeling islands|kuala lumpur|la paz|la plata|le mans|long beach|los angeles|madhya pradesh|
    mari el|marshall islands|minas gerais|new brunswick|new delhi|new hampshire|new jersey|
    new mexico|new orleans|new taipei|new york|new york state|new zealand|newfoundland and labrador|
    norfolk island|north carolina|north dakota|north korea|north yorkshire|northern mariana islands|
    nova scotia|nuevo leon|papua new guinea|petah tikva|phnom penh|pitcairn islands|port au prince|
    port elizabeth|port said|prince edward island|puerto rico|quintana roo|republic of ireland|
    rhode island|rio de janeiro|saint helena|saint louis|saint lucia|saint martin|saint petersburg|
    salt lake city|san antonio|san diego|san francisco|san jose|san juan|san luis potosi|san marino|
    san pedro|san salvador|santa ana|santa catarina|santa fe|santa marta|santo domingo|sao paulo|
    saudi arabia|sierra leone|sint maarten|solomon islands|south africa|south carolina|south dakota|
    south korea|south sudan|sri lanka|staten island|tamil nadu|tel aviv|the hague|timor leste|
    trinidad and tobago|trinidad tobago|turks and caicos islands|ulan bator|united arab emirates|
    united kingdom|united states|united states of america|us virgin islands|uttar pradesh|
    vatican city|wallis and futuna|washington dc|west bengal|west virginia
  `
    .replace(/\s+/gu, " ")
    .split("|")
    .map((phrase) => phrase.trim()),
);

/** Whether a lower-case phrase of several words names a place (`abu dhabi`). */
export const isPlacePhrase = (lower: string): boolean => PLACE_PHRASES.has(lower);
