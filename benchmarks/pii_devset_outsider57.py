"""Blind evaluation block 57 for the personal-data scrubber.

Written by helper "outsider 57" on 2026-12-08.

Blindness: written without opening, listing, grepping or running anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file,
or /work/scratch/ (apart from the brief itself). No git commands were run, and neither the scrubber nor any
evaluation was run. The texts come only from the brief and from how people actually write.

Focus: "typed on a phone at night". Open311 feedback, Kerrokantasi / OmaStadi comments and Varaamo booking
notes in Finnish (about 65 %), Swedish (about 15 %) and English (about 20 %), typed fast on a phone: mostly
lower case, little punctuation, run-on sentences, spoken Finnish ("mä", "meiän", "ku", "et", "sit"),
abbreviations, emojis, typos. Names of the writer and of others in lower case (first names, full names,
nicknames, names that are also ordinary words such as tuuli, satu, onni, armas, sulo, stig, dag, bo, will,
mark, hope), phone numbers without spaces or with odd spaces, addresses in lower case
("asun kontulantie 5 a 3"), plates in lower case after a cue, e-mails, signatures ("-jaana", "t.mikko",
"terv pekka 0401234567"), names after "mun naapuri", "meiän talonmies", "mun poika". About a third are hard
negatives in the same style with no personal data: lower-case words that are also names used as words
("onni", "toivo", "tuuli", "satu", "ilta", "aamu", "sulo", "armas", "stig", "dag", "will", "hope"), streets
without numbers, parks, famous people, brands, pets, bus lines, times, prices, case and order numbers.

Seed: 5757 (random.Random(SEED) drives the small generators; records() is deterministic).

Markup: [[LABEL:text]] around each piece of personal data. P = a person's name (first name, surname, full
name, nickname; any case; Finnish case endings, English possessive 's and Swedish genitive -s inside the
span; role words such as naapuri, talonmies, granne, neighbour stay outside). E = e-mail address,
T = phone number (whole number, country code included), H = Finnish personal identity code (HETU),
I = IBAN / bank account number, R = vehicle licence plate, IP = IP address, A = street address WITH a house
number (street + number + staircase + flat; postal code and city stay outside). Streets without a number,
parks, buildings, brands, pets and famous people are not marked.
"""

import random

SEED = 5757

# ---------------------------------------------------------------------------
# Hand-written records (each one its own message)
# ---------------------------------------------------------------------------

_HAND = [
    # ---------------- Finnish, with personal data ----------------
    ("fi", "moi mä asun [[A:kontulantie 5 a 3]] ja meiän rappukäytävän valo on ollu rikki jo 2 viikkoo ku kukaan ei tee mitään 😡 soittakaa [[T:0401234567]] -[[P:jaana]]"),
    ("fi", "tänää taas joku parkkeeras invapaikalle rekkari [[R:kzt-518]] ja mun äiti ei päässy autosta ulos.. tää on jo kolmas kerta tällä viikolla"),
    ("fi", "hei varaan kerhohuoneen perjantaiks klo 18-21 synttärit mun tytölle, avaimet hakee mun mies [[P:antti]] [[T:050 123 45 67]] kiitti!! t.[[P:minna]]"),
    ("fi", "mun naapuri [[P:pertti]] heittää tupakantumpit parvekkeelta alas pihalle joka ilta ja lapset leikkii siinä hiekkalaatikolla,, [[A:sturenkatu 27 b]] pihalla siis"),
    ("fi", "roskis on taas ympäri ja lokit levittäny kaiken pitkin katua [[A:myllypurontie 18]] kohdalla. kuvia voin laittaa jos tarvii [[E:tiina.h82@gmail.com]]"),
    ("fi", "katulamppu vilkkuu koko yön suoraan mun makkariin en saa nukuttua.. [[A:kivikonkaari 12 c 21]] kohdalla. terv [[P:pekka]] [[T:0409876543]]"),
    ("fi", "mä oon soittanu jo kolme kertaa teiän asiakaspalveluun eikä kukaan vastaa. meiän talonmies [[P:raimo]] sano et se ei kuulu hänelle et pitää ilmottaa kaupungille. no nyt ilmotan. [[P:sari lehtonen]] [[T:044 712 3398]]"),
    ("fi", "koiran jätöksiä joka paikassa puistossa ku ihmiset ei kerää niitä.. ja sit yks tyyppi aina päästää sen hurtan irti, se asuu [[A:kontulantie 12]] ja nimi on kai [[P:jarkko]]"),
    ("fi", "varaus: sauna la 14.12 klo 19-21, [[P:ville mäkinen]] [[A:koskelantie 8 a 15]] puh [[T:+358451234567]]"),
    ("fi", "moi!! mun poika [[P:eetu]] (9v) kaatu pyörällä tossa [[A:malminkaari 23]] edessä ku siinä on iso kuoppa jota ei oo merkattu mitenkää.. käsi murtu. korjatkaa se ennen ku joku muu satuttaa ittensä"),
    ("fi", "[[P:tuuli]] soitti mulle just et teiän varaussivu ei toimi puhelimella, voisko joku soittaa sille [[T:0415557812]] kiitos"),
    ("fi", "valitan naapurin [[P:kari nieminen]] autosta joka seisoo nurmikolla jo kuukauden [[R:gxm-204]] ja siitä vuotaa öljyä"),
    ("fi", "hei kuka vastaa tästä leikkipuiston keinusta se on ollu rikki koko syksyn, lapset kysyy joka päivä. [[P:hanna]] [[T:050 998 1123]]"),
    ("fi", "pyörätie on täynnä lasinsiruja hakaniemen sillan kohdalla, mun rengas puhkes :( t. [[P:onni]]"),
    ("fi", "sähköpostiin vois laittaa vastauksen [[E:satu.koskinen@hotmail.fi]] en ehdi vastaa puhelimeen töissä -[[P:satu]]"),
    ("fi", "meiän talon edessä [[A:vuotie 45 b 12]] ei oo aurattu koko talvena kertaakaa ja mun mummo ei pääse kauppaan ❄️❄️ auttakaa pls"),
    ("fi", "varasin salin ens tiistaiks mut en saanu vahvistusta?? mun nimi [[P:mikko rautio]] ja numero [[T:0407 123 456]]"),
    ("fi", "hei! toi bussipysäkin katos on rikottu taas, lasit maassa. asun ihan vieressä [[A:itäkatu 9 d 56]] jos tarviitte lisätietoo, [[P:ilkka]]"),
    ("fi", "sit viel se et mun naapuri [[P:armas]] (80v) ei pääse ovesta ulos ku lumi on kasattu sen oven eteen. [[A:rapakiventie 10 a]]"),
    ("fi", "hei, mä varaan bändikämpän ti 17-20 meiän bändille, maksaja [[P:juho-pekka salminen]] [[E:jp.salminen@gmail.com]] ja avaimet hakee [[P:niko]] [[T:045 678 9012]]"),
    ("fi", "mun vuokranantaja sanoo et kaupunki vastaa tosta puusta joka nojaa meiän ikkunaan.. [[A:pihlajamäentie 30]] nii kuka tulee kattoo? terveisin [[P:aamu virtanen]]"),
    ("fi", "teiän työntekijä joku [[P:markku]] oli tosi epäkohtelias puhelimessa tänää klo 10 maissa, ei ees kuunnellu"),
    ("fi", "katuvalo rikki [[A:kirkonkyläntie 19]] edessä, p [[T:0503341290]]"),
    ("fi", "varaus kerhotila 3 la 11-14, synttärit kaksosille [[P:lumi]] ja [[P:valo]] 🎂 vanhempi [[P:kirsi]] [[T:0442398811]]"),
    ("fi", "mä oon [[P:sulo]] 84v en osaa näitä koneita mut lapsenlapsi kirjottaa. [[A:vihdintie 4 b 22]] hissi rikki 3 viikkoa enkä pääse alas. numero [[T:09 876 5432]]"),
    ("fi", "moro! skeittiparkin valot sammuu jo klo 21 vaik pitäis olla 22 asti. terv [[P:eemeli]] ja [[P:rasmus]] 🛹"),
    ("fi", "joku jätti auton meiän pyöräparkkiin, valkonen pakettiauto reknro [[R:zfy-77]] ja se on ollu siinä jo 4 päivää"),
    ("fi", "hei tässä [[P:anne-mari]], varasin nuorisotalon salin lauantaiks mut pitää perua 😅 sori. peruutus vaan, [[E:annemari.k@outlook.com]]"),
    ("fi", "juoppoja taas puistossa koko yön, huutaa ja rikkoo pulloja. mä asun [[A:kurkimäentie 16 a 4]] ja mun ikkuna on just siihen suuntaan. ei voi olla näin!!! [[P:eija]]"),
    ("fi", "mun naapurin poika [[P:aleksi]] ja sen kaverit polttaa jotain rappukäytävässä joka ilta ku vanhemmat ei oo kotona"),
    ("fi", "koulun vieressä ajetaan ihan liian lujaa, tänää aamulla musta audi [[R:lko-942]] ajo melkein mun lapsen päälle suojatiellä 😡😡"),
    ("fi", "kiitos ku korjasitte sen kaivonkannen nii nopeesti!! 👍 terv. [[P:toivo]] ja [[P:helmi]] [[A:ulvilantie 11 c]]"),
    ("fi", "tarviiko hetu? [[H:120385-234M]] [[P:marjo kivelä]], varaan asukastilan 5.1 klo 12-16 muistotilaisuus"),
    ("fi", "peruin varauksen ajoissa mut maksu veloitettiin silti, palauttakaa tilille [[I:FI2112345600000785]] kiitos. [[P:jukka salo]]"),
    ("fi", "mun mies [[P:tomi]] soitti jo eilen mut kukaan ei oo tullu kattoo sitä vesivuotoa [[A:meri-rastilan tie 7 b 31]]"),
    ("fi", "lumet ja jäät roikkuu katolta [[A:fleminginkatu 14]] päällä ihan jalkakäytävän yllä, vaarallista. [[P:ville]] [[T:040-5567 223]]"),
    ("fi", "moi, [[P:kaija]] tässä [[A:kielotie 22 a 5]] vantaalta, onko teillä jotain tietoo milloin se remontti alkaa meiän talon vieressä"),
    ("fi", "varaan grillikatoksen su klo 13-17, meitä on n 20, yhteyshenkilö [[P:riikka]] [[T:0451122334]] (tai sit mun sisko [[P:noora]] [[T:0449988776]])"),
    ("fi", "mä en tiiä kenelle tää kuuluu mut bussi 78 kuski [[P:jari]] oli tänää ihan mahtava ku odotti mua!! kiitos sille 🙏"),
    ("fi", "ilmotan rikkinäisestä penkistä kontulan ostarilla, sama penkki mistä ilmotin jo syyskuussa. vastaus vois tulla [[E:kalle.j.virtanen@elisanet.fi]]"),
    ("fi", "rappukäytävä haisee virtsalle ku joku käy kusella siellä yöllä, isännöitsijä [[P:heikki laaksonen]] ei tee mitään. [[A:porvoonkatu 33 c]] helsinki"),
    ("fi", "hei [[P:paula]] täällä taas!! edelleen se sama katuvalo [[A:kallvikintie 4]] ei toimi.. kolmas viesti jo"),
    ("fi", "naapurin [[P:petrin]] koira haukkuu koko päivän ku se on töissä. soittakaa mulle [[T:+358 50 412 7788]] -[[P:reetta]]"),
    ("fi", "sori kirjotusvirheet kirjotan puhelimella. sähkökaappi auki [[A:kaarlenkatu 3]] kulmassa, johtoja näkyvissä. [[P:hessu]] eli [[P:henri]]"),
    ("fi", "oon yrittäny varata tätä tilaa jo viikon ja aina tulee virhe. käyttäjätunnus [[E:ossi.laine@gmail.com]] jos auttaa, [[P:ossi]]"),
    ("fi", "mun ex [[P:jani]] ajaa joka yö meiän pihaan ja tööttää, auto [[R:otr-335]]. voiko sille tehdä jotain"),
    ("fi", "paljon rottia meiän talon jätekatoksessa [[A:siltavoudintie 15 b]] ja [[A:siltavoudintie 17]] välissä, kuvat laitoin jo aiemmin. [[P:minttu]] 🐀"),
    ("fi", "hei saisinko avaimet jo klo 16 kun pitää laittaa koristeet ennen juhlia. [[P:laura]] [[T:050 77 66 554]] kiitos paljon!!"),
    ("fi", "ja sit se et mun naapuri [[P:tuomas]] sano et te ootte luvannu korjata sen aidan jo keväällä. ei oo korjattu. [[P:irja]] [[A:pajamäentie 6 a 2]]"),
    ("fi", "jatkuvaa meteliä yläkerrasta yöllä klo 2-4, [[A:töölönkatu 41 b 18]]. terkuin [[P:kimmo]] & [[P:sanna kivinen]]"),
    ("fi", "mun nimi on [[P:kerttu]] ja oon 12 ja me halutaan et meiän koulun pihaan tulis uus kiipeilyteline 🧗 mun äidin numero on [[T:0401119922]]"),
    ("fi", "ehdotan et [[A:myllypurontie 1]] kohdalle tehdään suojatie ku siinä kulkee paljon lapsia koulumatkalla. ehdottaja [[P:heidi n]]"),
    ("fi", "joo samaa mieltä ku [[P:heidi]] yllä, mun lapset kulkee siitä myös. -[[P:matti koski]]"),
    ("fi", "@[[P:raija]] ei se nyt ihan noin mee, kyl siinä valaistus parani ku ne uudet lamput tuli"),
    ("fi", "hei mä oon [[P:pekan]] vaimo, se ilmotti tästä jo mut mä laitan viel kuvan. [[A:lauttasaarentie 28 a 7]]"),
    ("fi", "meiän talonmies [[P:jorma]] on ihan huippu, mut se ei voi korjata kaupungin katulamppua 😅 eli korjatkaa te. [[A:isokaari 14]]"),
    ("fi", "ostarin vessat taas lukossa vaik aukioloajan mukaan pitäis olla auki.. [[P:toni]] [[T:0458812345]]"),
    ("fi", "varaan liikuntasalin mun tytölle [[P:ellalle]] ja sen kavereille la 10-12, maksan mobilepaylla. [[P:veera]] [[T:0405559018]]"),
    ("fi", "olin [[P:ainon]] kanssa puistossa ja siellä oli neuloja maassa leikkipaikan vieressä!!! tehkää jotain"),
    ("fi", "aurauskone kaato meiän postilaatikon [[A:peltolantie 3]] vantaa. [[P:seppo]] [[T:0505128870]]"),
    ("fi", "hei [[P:nipa]] tässä eli [[P:niko pasanen]] 😄 ehdotan pyöränkorjaus pop uppia omastadiin, kesällä ostarin edessä"),
    ("fi", "lapsi löys lompakon leikkipuistosta, sisällä kortti nimellä [[P:jukka-pekka ahonen]], kenelle sen vois toimittaa?"),
    ("fi", "välitän tän viestin mun naapurilta [[P:kaisalta]] joka ei osaa käyttää nettiä: katulamppu pimeenä [[A:mellunmäentie 14]] edessä. t. [[P:sirpa]]"),
    ("fi", "hei varaus 12.1 kokoushuone. laskutus: [[P:taina virta]] [[A:tikkurilantie 44 b 9]] 01300 vantaa"),
    ("fi", "moi, nähtiin tänää yöllä kaks tyyppiä rikkomassa pysäkin lasia, toinen oli kai joku [[P:lauri]] koska kaveri huus sitä nimeltä. kello oli n 01.30"),
    ("fi", "pls joku!!! vesi tulvii kellariin [[A:agricolankatu 7]] ja isännöitsijä ei vastaa, soittakaa [[T:0 40 123 9988]]"),
    ("fi", "mun kaveri [[P:usko]] sano et sen pihassa on ihan sama juttu, kukaan ei hiekota"),
    ("fi", "varaus peruttu, ei tarvii enää. kiitti [[P:rauha]] 🙂"),
    ("fi", "mun poika [[P:onni]] ja sen kaveri [[P:veeti]] löys puistosta rikkinäisen sähköpotkulaudan, se on nyt [[A:kontulantie 20 b 14]] pihalla jos joku hakee"),
    ("fi", "meiän talonmies [[P:tuomo]] sano et ootte jo tilannu uuden lampun mut ei oo kuulunu mitään. terv [[P:leena]] [[T:040 1234 567]]"),
    ("fi", "asukastila varattu to 18-20 lukupiiri, vetäjä [[P:ilta mäkelä]] p.[[T:0445678123]]"),
    ("fi", "hei tää on [[P:satu]] taas, se kuoppa [[A:kiviportintie 5]] kohdalla on nyt viel isompi ku satoi koko yön 🥲"),
    ("fi", "jos teiän pitää soittaa nii mun numero on [[T:040 555 12 34]] mut vastaan vasta klo 17 jälkeen 😅 [[P:maija]]"),

    # ---------------- Finnish, hard negatives ----------------
    ("fi", "tuuli on kaatanu puun meiän kadun yli kontulantiellä, ei pääse autolla ohi"),
    ("fi", "onni et kukaan ei jääny alle ku se iso oksa tippu leikkipuistoon tänää 😳"),
    ("fi", "toivo on et joku tekis jotain tolle pyörätielle ennen talvee"),
    ("fi", "satu tunti kirjastossa oli ihan ihana, lapset tykkäs tosi paljon! kiitos 🙏"),
    ("fi", "ilta kahdeksan jälkeen ei voi kävellä puistossa ku valot sammuu"),
    ("fi", "aamu seiskalta alkaa aina se porakone työmaalla vaikka pitäis alkaa vasta 8"),
    ("fi", "sulo koti. paitsi ku naapurin remontti jatkuu taas sunnuntaina klo 9"),
    ("fi", "armas aika mikä sotku tossa roskakatoksessa taas on 😩"),
    ("fi", "bussi 560 ei tullu ollenkaa klo 23.15 vuoro ja seuraava vasta 40 min päästä, ei voi olla totta"),
    ("fi", "tapausnumero hel 2024-018832 ei oo saanu mitään vastausta vielä, mitä nyt"),
    ("fi", "k-marketin edessä olevat pyörätelineet on täynnä romupyöriä, voisko ne viedä pois"),
    ("fi", "aleksis kiven kadulla ajetaan päin punasia joka päivä ja kukaan ei valvo"),
    ("fi", "kalliossa taas kaikki roskikset täynnä viikonlopun jälkeen"),
    ("fi", "mannerheimintiellä se ratikkapysäkki on tosi liukas, joku kaatu tänää aamulla"),
    ("fi", "mun koira musti pelkää niitä raketteja joita ammutaan joka ilta puistossa, voisko valvontaa lisätä 🐕"),
    ("fi", "aukioloajat sivulla sanoo ma-pe 8-20 mut ovi oli lukossa klo 19. miks"),
    ("fi", "tilausnumero 45820133 maksoin jo mut varaus näkyy edelleen maksamattomana"),
    ("fi", "vuosaaren uimahallin sauna kylmä taas. kolmas kerta tässä kuussa"),
    ("fi", "joo toi lumi on ihan ok mut aurauskone jättää aina valtavan vallin meiän pihatien eteen"),
    ("fi", "valo palaa koko päivän siinä tunnelissa mut yöllä on pimee. väärinpäin ajastettu? 🤔"),
    ("fi", "lempi juttu helsingissä on noi uudet penkit rannassa, kiitos niistä!"),
    ("fi", "into on kova mut kentän kunto on surkee, lätäköitä täynnä"),
    ("fi", "rauha ja hiljaisuus meni ku tuli se uus baari, musiikki soi klo 3 asti"),
    ("fi", "usko tai älä mut se sama romuauto on taas siinä samassa paikassa"),
    ("fi", "kannatan tätä ehdotusta!! meiän lähikirjastossa ei oo mitään nuorille"),
    ("fi", "postinumero 00940 alueella ei oo yhtään toimivaa kierrätyspistettä"),
    ("fi", "helmi kuu on aina pahin liukkauden suhteen, hiekottakaa ajoissa"),
    ("fi", "tähti taivas näkyis jos noi mainosvalot ei palais koko yötä 🌌"),
    ("fi", "kaino toive: voisko koirapuistoon saada valot? pimeetä klo 16 jälkeen"),
    ("fi", "kivi lens auton tuulilasiin ku te hiekotatte liian isoilla kivillä. 💸 lasi makso 400e"),
    ("fi", "mäki on tosi liukas sillä kävelytiellä koulun vieressä, lapset kaatuu joka aamu"),
    ("fi", "sibeliuksen puisto on ihan täynnä roskia juhannuksen jälkeen"),
    ("fi", "kekkosen aikaan tää katu oli kunnossa 😂 nyt pelkkää kuoppaa"),
    ("fi", "sori väärä lomake. ei mitään"),
    ("fi", "käyn joka päivä klo 6.30 lenkillä kontulan kuntoradalla ja valot ei toimi 2 km matkalla"),
    ("fi", "hinta 25e/h on ihan liikaa opiskelijoille, ennen se oli 10e"),
    ("fi", "talonmiehen pitäis hoitaa nää mut se ei vastaa puhelimeen koskaan"),
    ("fi", "mun naapuri heittää roskat aina roskiksen viereen, ei sisään. ärsyttää"),
    ("fi", "alepan takana on aina joku kaatunu ostoskärry, hsl:n pysäkin vieressä"),
    ("fi", "joulupukki kävi meiän päiväkodissa ja lapset oli innoissaan ☺️"),
    ("fi", "onneks joku korjas sen valon vihdoin. kiitos kaupunki 👍"),
    ("fi", "lahden suunnan juna oli myöhässä ja liityntäbussi 731 ehti lähtee, sit odotin tunnin"),

    # ---------------- Swedish, with personal data ----------------
    ("sv", "hej gatlampan utanför [[A:sturegatan 14]] har varit sönder i två veckor nu. hälsn [[P:anna]]"),
    ("sv", "min granne [[P:björn]] parkerar alltid på cykelbanan, bil [[R:ejk-392]] 😤"),
    ("sv", "bokar klubbrummet lör 18-22 för min sons kalas, nycklarna hämtas av [[P:lasse]] [[T:0407788123]] /[[P:maria]]"),
    ("sv", "vi bor på [[A:runebergsgatan 38 b 12]] och trappan är isig varje morgon. ring [[T:050 234 5678]] om ni behöver mer info. mvh [[P:stig]]"),
    ("sv", "det är [[P:dag]] här igen, samma problem med sopkärlen. [[E:dag.lindholm@gmail.com]]"),
    ("sv", "hej! vår vaktmästare [[P:bosse]] säger att det är stadens ansvar. så nu anmäler jag. [[P:karin sjöberg]] [[A:tölögatan 20 a 3]]"),
    ("sv", "bokning för [[P:ullas]] 70-årsdag 😊 kontaktperson [[P:peter]] [[T:+358 40 556 7712]]"),
    ("sv", "hundbajs överallt i parken, och en kille med stor hund som alltid släpper den lös, han heter [[P:micke]] tror jag"),
    ("sv", "min dotter [[P:ebba]] ramlade i den trasiga trappan vid skolan. /[[P:sten]]"),
    ("sv", "hej jag glömde mina nycklar i lokalen igår, kan [[P:johanna]] ringa mig [[T:0458765432]] tack"),
    ("sv", "snöplogen har förstört vår brevlåda på [[A:dickursbyvägen 41]] vanda. hälsningar [[P:bo nyström]]"),
    ("sv", "svar till [[P:linnea]]: håller helt med, cykelvägen behövs!! /[[P:rose-marie]]"),
    ("sv", "återbetalning till [[I:FI93 4006 0010 1523 31]] tack, avbokade i tid. [[P:henrik]]"),
    ("sv", "bilen [[R:zkt-817]] har stått på samma ställe på [[A:lappviksgatan 9]] sedan augusti"),
    ("sv", "hej min mamma [[P:gunnel]] 82 år kan inte gå ut för hissen är trasig igen, [[A:albertsgatan 16 c 28]]. ring mig [[P:camilla]] [[T:0442233119]]"),
    ("sv", "tjena, skateparken behöver lampor. [[P:elias]] o [[P:noah]] 🛹"),
    ("sv", "bokningen gäller [[P:pia]] och [[P:jonnas]] bröllopsfika. mejl [[E:pia.jonna.w@outlook.com]]"),

    # ---------------- Swedish, hard negatives ----------------
    ("sv", "en dag kommer nån att halka på den där trappan vid tölöviken"),
    ("sv", "stigen i centralparken är helt lerig, går inte att cykla"),
    ("sv", "jag bor bredvid parken och det är stökigt varje fredag kväll"),
    ("sv", "stenar på cykelbanan efter vintern, sopa bort dem snälla"),
    ("sv", "björnbär växer över hela gångvägen vid stranden 😅"),
    ("sv", "buss 550 kom aldrig kl 22.40, väntade i 30 min i kylan ❄️"),
    ("sv", "ärendenummer hel 2023-104455 har inte fått nåt svar"),
    ("sv", "ros till personalen på simhallen, jättetrevliga!! 🌹"),
    ("sv", "runebergstårtorna i kaféet på esplanaden var slut redan kl 12 😂"),

    # ---------------- English, with personal data ----------------
    ("en", "hi the streetlight outside [[A:hämeentie 64]] has been flickering all week cant sleep. thx [[P:rob]]"),
    ("en", "my neighbour [[P:mark]] keeps parking on the bike lane, silver toyota [[R:ktl-220]] 🙄"),
    ("en", "booking the club room sat 6-10pm for my daughters bday, keys picked up by my husband [[P:will]] [[T:0401357924]] -[[P:grace]]"),
    ("en", "hey its [[P:sue]] again, still no reply about the broken bench near [[A:kaarlenkatu 11]]"),
    ("en", "i live at [[A:fredrikinkatu 22 b 14]] and theres rats in the bin shelter, landlord says its the citys problem. email me [[E:h.okafor@gmail.com]]"),
    ("en", "pls can someone call [[P:frank]] back he called yesterday about the flooding [[T:+358 44 921 0043]]"),
    ("en", "kids nearly got hit by a van on the crosswalk this morning, white van plate [[R:frz-318]]. [[P:priya]]"),
    ("en", "[[P:joy]] here, cancel my booking for friday pls, wrong date 😅 [[E:joy.mensah88@hotmail.com]]"),
    ("en", "my son [[P:leo]] fell off the swing cause the chain is broken, playground next to [[A:isokaari 30]]"),
    ("en", "booking for [[P:bill]] and [[P:dawn's]] anniversary party, contact [[P:dawn]] [[T:050 4433 221]]"),
    ("en", "im [[P:rose]] from [[A:mechelininkatu 3 c 40]], noise from the construction site starts at 6am every day"),
    ("en", "the guy in the flat above me, [[P:tapio]], smokes on the balcony & it all comes into our bedroom"),
    ("en", "replying to [[P:may]]: agree 100%, we need more bins at the beach"),
    ("en", "park lights off again in the dog park, third time. -[[P:pat]] [[T:0415566778]]"),
    ("en", "refund to [[I:FI98 8000 1701 2345 67]] please, the room was double booked. [[P:daniel ortiz]]"),
    ("en", "hi, im writing for my mum [[P:sandra]] who doesnt speak finnish, she lives at [[A:myllypurontie 22 a 7]] and her heating doesnt work"),
    ("en", "my colleague [[P:jack]] will pick up the keys, his number is [[T:0468551203]]"),
    ("en", "proposing a free outdoor gym in kontula park, we really need it!! -[[P:summer]] 🌞"),
    ("en", "the booking site says my ip [[IP:91.152.44.207]] is blocked when i try to book, what?? [[E:tomasz.w@gmail.com]]"),
    ("en", "the neighbours kid [[P:mikey]] and his friends throw snowballs at cars on [[A:itäkatu 1]] every evening"),
    ("en", "sorry typing on phone. manhole cover missing on the corner by [[A:sörnäisten rantatie 25]] someone will break a leg. [[P:art]]"),
    ("en", "booking notes: [[P:victor nguyen]] [[T:+358401112223]] [[E:vnguyen@proton.me]] 12 ppl, need projector"),
    ("en", "my flatmate [[P:hope]] tripped on the broken tiles at the bus stop, can u fix before someone else gets hurt"),

    # ---------------- English, hard negatives ----------------
    ("en", "thanks so much to the bus driver on the 55 tonight, hope your boss sees this 🙏"),
    ("en", "will someone please fix the lights in the tunnel under the tracks, its pitch black at night"),
    ("en", "mark the bike lanes better pls, nobody sees them in winter"),
    ("en", "the bill for the sauna booking was wrong, charged 45e instead of 30e, order 88310245"),
    ("en", "may i suggest more benches along the shore path? lots of elderly walk there"),
    ("en", "grace period for cancellations should be longer than 24h imo"),
    ("en", "frank question: why does the 78 bus never come on time after 10pm"),
    ("en", "rose bushes in the park are covered in trash after the weekend 🌹🗑️"),
    ("en", "my dog ruby is scared of the fireworks every night, can the police do something"),
    ("en", "the sibelius monument area needs more lighting, its creepy at night"),
    ("en", "jack hammers from 7am on a sunday?? is that even allowed"),
    ("en", "summer evenings the beach is so loud, music till 3am 🔊"),
    ("en", "dawn to dusk the construction noise never stops lol"),
    ("en", "sandy paths in the park are flooded every time it rains"),
    ("en", "opening hours say 8-21 but the library was closed at 19.30"),
]


# ---------------------------------------------------------------------------
# Small generators (varied fragments, lower case, phone style)
# ---------------------------------------------------------------------------

_FI_FIRST = ["jaana", "mikko", "pekka", "tiina", "sanna", "juha", "kirsi", "petri", "heli", "janne",
             "satu", "tuuli", "onni", "toivo", "aino", "eino", "veeti", "ilona", "marko", "päivi",
             "tero", "anu", "jussi", "hilkka", "lumi", "aamu", "armas", "kati", "timo", "sini"]
_FI_LAST = ["virtanen", "korhonen", "nieminen", "mäkinen", "hämäläinen", "laine", "koskinen",
            "heikkinen", "järvinen", "lehtonen", "salo", "kivi", "niemi", "lahtinen", "rantala", "harju"]
# (nominative, allative) pairs for "soittakaa X:lle"-type phrases
_FI_ALL = [("pekka", "pekalle"), ("mikko", "mikolle"), ("jaana", "jaanalle"), ("antti", "antille"),
           ("tuuli", "tuulille"), ("satu", "satulle"), ("onni", "onnille"), ("heikki", "heikille"),
           ("riikka", "riikalle"), ("kati", "katille"), ("jukka", "jukalle"), ("aino", "ainolle")]
_FI_STREETS = ["kontulantie", "hämeentie", "mellunmäentie", "vuotie", "kallvikintie", "myllypurontie",
               "kiviportintie", "malminkaari", "pihlajamäentie", "siltavoudintie", "kirkonkyläntie",
               "koskelantie", "mäkelänkatu", "helsinginkatu", "vaasankatu", "fleminginkatu",
               "porvoonkatu", "castréninkatu", "lapinlahdenkatu", "runeberginkatu", "töölönkatu",
               "mechelininkatu", "topeliuksenkatu", "tehtaankatu", "pursimiehenkatu", "lauttasaarentie",
               "gyldénintie", "isokaari", "pajamäentie", "vihdintie", "huopalahdentie", "ulvilantie",
               "leppävaarankatu", "kauppamiehentie", "merituulentie", "tikkurilantie", "kielotie",
               "myyrmäentie", "raappavuorentie", "hakunilantie", "peltolantie", "turunlinnantie"]
_SV_STREETS = ["mannerheimvägen", "tavastvägen", "sturegatan", "runebergsgatan", "tölögatan",
               "lappviksgatan", "albertsgatan", "fredriksgatan", "högbergsgatan", "drumsövägen",
               "dickursbyvägen", "bulevarden"]
_SV_FIRST = ["anna", "lasse", "maria", "stig", "dag", "bo", "sten", "karin", "johan", "eva",
             "mikael", "ulla", "björn", "linnea", "rasmus", "emma"]
_SV_LAST = ["lindholm", "nyström", "sjöberg", "grönroos", "holmberg", "lindqvist", "ekman", "forsman"]
_EN_FIRST = ["will", "mark", "grace", "hope", "sue", "rob", "jack", "rose", "amir", "lena",
             "tom", "joy", "kate", "sam", "nora", "dev"]
_EN_LAST = ["smith", "okafor", "nguyen", "kowalski", "brown", "patel", "garcia", "murphy"]
_MAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "luukku.com", "elisanet.fi", "icloud.com"]
_FI_PREFIX = ["040", "041", "044", "045", "050", "046"]


def _phone(rng):
    pre = rng.choice(_FI_PREFIX)
    d = "".join(str(rng.randint(0, 9)) for _ in range(7))
    style = rng.randint(0, 7)
    if style == 0:
        return pre + d
    if style == 1:
        return "%s %s %s" % (pre, d[:3], d[3:])
    if style == 2:
        return "%s-%s" % (pre, d)
    if style == 3:
        return "%s %s %s %s" % (pre, d[:2], d[2:4], d[4:])
    if style == 4:
        return "+358" + pre[1:] + d
    if style == 5:
        return "+358 %s %s %s" % (pre[1:], d[:3], d[3:])
    if style == 6:
        return "%s%s %s" % (pre, d[:1], d[1:])   # odd split like 0401 234567
    return "%s %s" % (pre, d)


def _addr(rng, streets):
    s = rng.choice(streets)
    n = rng.randint(1, 68)
    r = rng.random()
    if r < 0.35:
        return "%s %d" % (s, n)
    if r < 0.55:
        return "%s %d %s" % (s, n, rng.choice("abcd"))
    return "%s %d %s %d" % (s, n, rng.choice("abcdef"), rng.randint(1, 64))


def _plate(rng):
    letters = "abcdefghijklmnoprstuvxyz"
    l3 = "".join(rng.choice(letters) for _ in range(3))
    num = str(rng.randint(1, 999))
    return rng.choice(["%s-%s", "%s-%s", "%s %s", "%s%s"]) % (l3, num)


def _email(rng, first, last):
    style = rng.randint(0, 3)
    dom = rng.choice(_MAIL_DOMAINS)
    if style == 0:
        local = "%s.%s" % (first, last)
    elif style == 1:
        local = "%s%s%d" % (first, last[:1], rng.randint(70, 99))
    elif style == 2:
        local = "%s_%s" % (first[:1], last)
    else:
        local = "%s%d" % (first, rng.randint(1, 999))
    local = local.replace("ä", "a").replace("ö", "o").replace("å", "a").replace("é", "e")
    return "%s@%s" % (local, dom)


def _p(x):
    return "[[P:%s]]" % x


def _gen_fi_booking(rng, n):
    greet = ["", "moi ", "hei ", "moikka ", "heippa! ", "moro ", "hei hei "]
    act = ["varaan", "haluisin varata", "mä varaan", "varaus:", "voisinko varata", "varaisin", "varasin jo mut vahvistan:"]
    space = ["kerhohuoneen", "saunan", "pesutuvan", "liikuntasalin", "bändikämpän", "asukastilan",
             "grillikatoksen", "kokoushuoneen", "nuorisotalon keittiön", "kerhotilan 2"]
    days = ["ma", "ti", "ke", "to", "pe", "la", "su", "ens perjantaiks", "huomiseks", "lauantaiks"]
    purpose = ["synttärit", "lasten synttärit 🎈", "kokous", "treenit", "muistotilaisuus",
               "taloyhtiön pikkujoulut", "kuoron harjotukset", "ristiäiset", "valmistujaiset 🎓", "", ""]
    rel = ["mun mies", "mun vaimo", "mun poika", "mun tytär", "mun sisko", "mun kaveri", "mun äiti", ""]
    out = []
    for _ in range(n):
        first = rng.choice(_FI_FIRST)
        last = rng.choice(_FI_LAST)
        me = rng.choice(_FI_FIRST)
        while me == first:
            me = rng.choice(_FI_FIRST)
        ph = "[[T:%s]]" % _phone(rng)
        d = rng.choice(days)
        if rng.random() < 0.4:
            d = "%d.%d" % (rng.randint(1, 28), rng.randint(1, 12))
        h = rng.randint(8, 19)
        when = "%s klo %d-%d" % (d, h, h + rng.randint(1, 4))
        r = rng.choice(rel)
        who = (r + " " if r else "")
        kstyle = rng.randint(0, 5)
        if kstyle == 0:
            keys = "avaimet hakee %s%s %s" % (who, _p(first), ph)
        elif kstyle == 1:
            keys = "avaimen noutaa %s (%s)" % (_p(first + " " + last), ph)
        elif kstyle == 2:
            keys = "yhteyshenkilö %s %s" % (_p(first), ph)
        elif kstyle == 3:
            keys = "%s%s tulee hakee avaimet, numero %s" % (who, _p(first), ph)
        elif kstyle == 4:
            nom, alla = rng.choice(_FI_ALL)
            keys = "jos jotain nii soittakaa %s %s" % (_p(alla), ph)
        else:
            keys = "avaimet: %s p.%s" % (_p(first), ph)
        sstyle = rng.randint(0, 7)
        if sstyle == 0:
            sign = "kiitti!"
        elif sstyle == 1:
            sign = "kiitos 🙏"
        elif sstyle == 2:
            sign = "t.%s" % _p(me)
        elif sstyle == 3:
            sign = "-%s" % _p(me)
        elif sstyle == 4:
            sign = "terv %s" % _p(me)
        elif sstyle == 5:
            ml = rng.choice(_FI_LAST)
            sign = "terveisin %s %s" % (_p(me + " " + ml), "[[E:%s]]" % _email(rng, me, ml))
        elif sstyle == 6:
            sign = "😊"
        else:
            sign = "kiitos etukäteen! %s" % _p(me)
        pur = rng.choice(purpose)
        sep = rng.choice([" ", ", ", " - ", ". "])
        text = "%s%s %s %s%s%s%s%s%s" % (rng.choice(greet), rng.choice(act), rng.choice(space), when,
                                         (" " + pur) if pur else "", sep, keys, rng.choice([" ", ". ", " ", ", "]), sign)
        out.append(("fi", text.strip()))
    return out


def _gen_fi_complaint(rng, n):
    issues = ["katuvalo pimeenä {a} kohdalla", "iso kuoppa tiessä {a} edessä",
              "roskis täynnä ja lokit levittää roskat {a} pihalla", "vesilammikko ei valu mihinkää {a} kohdalla",
              "rappukäytävän ikkuna rikki {a}", "hiekotus puuttuu kokonaan {a} edestä",
              "ilkivaltaa pyöräkatoksessa {a}", "puu kaatunu aidan päälle {a}",
              "lumikasa tukkii koko jalkakäytävän {a} kohdalla", "asun {a} ja meiän pihan valot ei toimi",
              "mä asun {a}, naapurin remontti alkaa klo 7 joka päivä", "romupyörä kettingillä kiinni {a} portissa jo vuoden"]
    extras = ["", " ja se on ollu näin jo viikon 😡", " korjatkaa pls", " joku loukkaantuu kohta!!",
              " kolmas ilmotus jo", " ei mitää tapahdu", " 🙄", " sama juttu ku viime talvena", " miks kukaan ei tee mitään"]
    greet = ["", "", "moi ", "hei ", "hei! ", "moro, "]
    out = []
    for _ in range(n):
        a = "[[A:%s]]" % _addr(rng, _FI_STREETS)
        text = rng.choice(greet) + rng.choice(issues).format(a=a) + rng.choice(extras)
        if rng.random() < 0.3:
            text += rng.choice([" ja siinä on taas se sama auto %s", " rekkari %s parkissa keskellä", ", auto %s tukkii ajoväylän"]) % ("[[R:%s]]" % _plate(rng))
        first = rng.choice(_FI_FIRST)
        last = rng.choice(_FI_LAST)
        c = rng.randint(0, 7)
        if c == 0:
            text += " %s %s" % (_p(first), "[[T:%s]]" % _phone(rng))
        elif c == 1:
            text += " -%s" % _p(first)
        elif c == 2:
            text += ". t.%s" % _p(first)
        elif c == 3:
            text += ". vastaus %s" % ("[[E:%s]]" % _email(rng, first, last))
        elif c == 4:
            text += " soittakaa %s" % ("[[T:%s]]" % _phone(rng))
        elif c == 5:
            text += " terv %s %s" % (_p(first), "[[T:%s]]" % _phone(rng))
        elif c == 6:
            text += ", %s" % _p(first + " " + last)
        # c == 7: no signature, address only
        out.append(("fi", text))
    return out


def _gen_fi_negative(rng, n):
    whens = ["ilta-aikaan", "aamu yhdeksältä", "ilta kymmenen jälkeen", "aamu seiskalta", "taas tänää",
             "joka ilta", "sunnuntai aamuna", "eilen illalla"]
    events = ["bussi %d ei pysähtyny meiän pysäkillä", "pysäkin katos oli taas rikottu",
              "pyörätie oli ihan jäässä", "puistossa soi musiikki koko yön", "roskikset oli täynnä",
              "katuvalot ei toiminu puistotiellä", "uimahallin ovi oli lukossa vaik pitäis olla auki",
              "kirjaston vessat oli kiinni", "aurauskone jätti vallin suojatien eteen", "hissi jumitti metroasemalla"]
    reactions = ["armas aika.", "toivo alkaa olla vähissä.", "onni et kukaan ei loukkaantunu.",
                 "sulo rauha on mennyt.", "ja tuuli levittää roskat pitkin pihaa.", "into loppuu ihan kohta.",
                 "ei mikään satu tää oo vaan arkee.", "lumi sohjoo kaikkialla viel päälle.", "", ""]
    tails = ["", " tapausnumero hel 2025-0%d", " 😡", " 🥶", " kiitti", " pls", " (postinumero 00%d0)",
             " tää on jo %d. kerta"]
    out = []
    for _ in range(n):
        e = rng.choice(events)
        if "%d" in e:
            e = e % rng.choice([55, 58, 78, 79, 90, 92, 95, 97, 560, 561, 713])
        t = rng.choice(tails)
        if "hel 2025" in t:
            t = t % rng.randint(10000, 99999)
        elif "postinumero" in t:
            t = t % rng.choice([92, 94, 95, 96, 97, 98])
        elif "kerta" in t:
            t = t % rng.randint(2, 6)
        r = rng.choice(reactions)
        text = "%s %s%s%s" % (rng.choice(whens), e, (" " + r) if r else "", t)
        out.append(("fi", text))
    return out


def _gen_sv(rng, n_pos, n_neg):
    out = []
    for i in range(n_pos):
        first = rng.choice(_SV_FIRST)
        last = rng.choice(_SV_LAST)
        ph = "[[T:%s]]" % _phone(rng)
        k = rng.randint(0, 4)
        if k == 0:
            text = "bokar %s %s kl %d-%d, nycklarna hämtas av %s %s" % (
                rng.choice(["bastun", "klubbrummet", "tvättstugan", "festlokalen"]),
                rng.choice(["lör", "sön", "fre", "tis"]), 16, 16 + rng.randint(2, 5), _p(first), ph)
        elif k == 1:
            text = "gatlampan vid %s är trasig igen%s /%s" % (
                "[[A:%s]]" % _addr(rng, _SV_STREETS), rng.choice(["", " 😩", "!!"]), _p(first))
        elif k == 2:
            text = "min granne %s ställer sin bil %s på gräsmattan varje natt" % (_p(first), "[[R:%s]]" % _plate(rng))
        elif k == 3:
            text = "hej vi bor på %s och det har inte plogats på en vecka. mvh %s %s" % (
                "[[A:%s]]" % _addr(rng, _SV_STREETS), _p(first + " " + last), ph)
        else:
            text = "avbokar min tid på %s, svara till %s tack. %s" % (
                rng.choice(["torsdag", "fredag", "den 12.3", "den 4.11"]), "[[E:%s]]" % _email(rng, first, last), _p(first))
        out.append(("sv", text))
    negs = ["en dag till utan gatljus på %s, hur svårt kan det vara",
            "stigen längs stranden är översvämmad igen, buss %d stannar inte heller",
            "vi bor nära %s och sopkärlen töms aldrig på fredagar",
            "stenar och grus överallt på cykelbanan vid %s",
            "ärende hel 2024-0%d, fortfarande inget svar 😤",
            "öppettiderna säger 9-20 men dörren var låst kl %d"]
    places = ["mannerheimvägen", "tavastvägen", "tölöviken", "sibeliusparken", "esplanaden", "brunnsparken"]
    for i in range(n_neg):
        t = rng.choice(negs)
        if "%s" in t:
            t = t % rng.choice(places)
        elif "buss" in t:
            t = t % rng.choice([55, 65, 550, 560])
        elif "hel 2024" in t:
            t = t % rng.randint(10000, 99999)
        else:
            t = t % rng.randint(17, 19)
        out.append(("sv", t))
    return out


def _gen_en(rng, n_pos, n_neg):
    out = []
    for i in range(n_pos):
        first = rng.choice(_EN_FIRST)
        last = rng.choice(_EN_LAST)
        ph = "[[T:%s]]" % _phone(rng)
        k = rng.randint(0, 4)
        if k == 0:
            text = "booking the %s %s %d-%dpm, keys picked up by %s %s" % (
                rng.choice(["sauna", "club room", "laundry room", "gym hall"]),
                rng.choice(["sat", "sun", "fri", "wed"]), rng.randint(2, 6), rng.randint(7, 10), _p(first), ph)
        elif k == 1:
            text = "streetlight broken outside %s again%s -%s" % (
                "[[A:%s]]" % _addr(rng, _FI_STREETS), rng.choice(["", " 😩", "!!", " pls fix"]), _p(first))
        elif k == 2:
            text = "my neighbour %s parks his car %s on the sidewalk every night, nobody does anything" % (
                _p(first), "[[R:%s]]" % _plate(rng))
        elif k == 3:
            text = "hi we live at %s and the snow hasnt been cleared for a week. %s %s" % (
                "[[A:%s]]" % _addr(rng, _FI_STREETS), _p(first + " " + last), ph)
        else:
            text = "cancel my slot on %s pls, reply to %s thx %s" % (
                rng.choice(["thursday", "friday", "the 12th", "monday"]), "[[E:%s]]" % _email(rng, first, last), _p(first))
        out.append(("en", text))
    negs = ["will the %s ever be cleared of snow?? its been a week",
            "hope someone fixes the lights on %s soon, its so dark",
            "mark my words someone will slip on %s",
            "the %d bus skipped our stop again at 11pm",
            "case hel 2025-0%d still open, no reply",
            "rose garden by %s is full of broken glass"]
    places = ["hämeentie", "kontula mall", "the shore path", "sibelius park", "itäkatu", "the metro bridge"]
    for i in range(n_neg):
        t = rng.choice(negs)
        if "%s" in t:
            t = t % rng.choice(places)
        elif "bus" in t:
            t = t % rng.choice([55, 78, 90, 560])
        else:
            t = t % rng.randint(10000, 99999)
        out.append(("en", t))
    return out


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = list(_HAND)
    out += _gen_fi_booking(rng, 24)
    out += _gen_fi_complaint(rng, 22)
    out += _gen_fi_negative(rng, 18)
    out += _gen_sv(rng, 9, 6)
    out += _gen_en(rng, 11, 7)
    seen = []
    uniq = []
    for rec in out:
        if rec not in seen:
            seen.append(rec)
            uniq.append(rec)
    return uniq
