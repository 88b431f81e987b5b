"""Blind evaluation block 31 for the personal-data scrubber.

Written by helper "outsider 31" on 2026-12-07.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/,
/work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py
file, or /work/scratch/ (apart from the brief itself). I ran no git commands, did not run the
scrubber and did not run any evaluation. The texts come only from the brief and my own idea of
how people write to the city.

Focus: a general block across all four sources (Open311 feedback, Kerrokantasi hearing comments,
OmaStadi proposals and comments, Varaamo booking notes) in English (about 45 %), Finnish (about
40 %) and Swedish (about 15 %), written by Helsinki's international residents, students, families
and associations. Every label appears in natural proportions; names of many origins (African,
Middle Eastern, South and East Asian, Latin American, Eastern European, Nordic); names mentioned
once in passing in the middle of long sentences; children's names with ages; teachers, coaches
and caretakers; contact lines, e-mail signatures with titles and phone numbers; addresses with
staircase and flat. About a third are hard negatives: rooms, parks, schools and streets named
after people, famous people, brands, words that are also first names, pets, reference numbers.

Seed: 3131 (random.Random(SEED) drives the small generators at the end; nothing else is random).

Markup: [[LABEL:text]] around each piece of personal data. P person name (case endings,
possessive 's and Swedish genitive -s inside; titles and role words outside), E e-mail,
T phone number, H Finnish personal identity code, I IBAN / bank account, R licence plate,
IP IP address, A street address with house number (postal code and city outside; a street
name without a number is not marked). Famous people and names of streets, parks, buildings,
schools, rooms and brands are not marked.
"""

import random

SEED = 3131

# ---------------------------------------------------------------------------
# Part 1: Open311 feedback (hand-written)
# ---------------------------------------------------------------------------
_PART1 = [
    ("en", "Hi, the streetlight in front of our building at [[A:Kivikonkaari 12 B 24]] has been out for three weeks now and my daughter [[P:Amani]] (9) has to walk past the dark corner every afternoon after her football practice, could someone please come and fix it before the real winter darkness?"),
    ("en", "Broken swing at the playground in Alppipuisto, the chain on the left one is hanging from one hook only. No injuries yet but kids are still using it. Noticed Sunday around 15:30."),
    ("fi", "Hei, Kontulantiellä bussipysäkin katos on rikottu taas, lasia joka puolella. Pysäkki on linjan 97 pysäkki ostarin kohdalla. Voisiko joku siivota ennen kuin joku koira astuu lasiin."),
    ("en", "I am writing on behalf of my neighbour Mrs. [[P:Fatuma Hassan]] who doesn't speak Finnish: the lift in our stairwell at [[A:Myllypurontie 20 C 41]] has been broken since Friday and she is on the 6th floor with a walker. Property manager does not answer. Her son [[P:Abdirahman]] can be reached at [[T:044 918 2270]] if you need access."),
    ("fi", "Mäkelänrinteen lukion edessä oleva suojatie on todella vaarallinen aamuisin, autot ajaa ohi vaikka jalankulkijat odottaa. Tänään klo 7.50 yksi Toyota ajoi melkein päälle. Toivon hidastetöyssyä tai valoja."),
    ("sv", "Hej! Papperskorgen vid Tölöviken är full igen och måsarna sprider skräp över hela gången. Kunde ni tömma den oftare under sommaren? Tack."),
    ("en", "Hello, someone has been parking a white van with plate [[R:KXT-418]] on the bike lane on Hämeentie near the Sörnäinen metro every morning this week, cyclists have to swerve into traffic. Photos attached. [[P:Diego Fernández]]"),
    ("fi", "Moi! Meidän talon [[A:Klaneettitie 8 A 3]] pihassa on ollut hylätty polkupyörä jo puoli vuotta. Isännöitsijä [[P:Timo Lehtonen]] sanoi että kaupunki hoitaa, mut kukaan ei oo hakenut. T. [[P:Olena Kovalenko]]"),
    ("en", "The Sibelius monument area needs more bins, after the weekend it was full of cans and Wolt bags. Also the toilet near Sibelius Park was locked on Saturday afternoon even though the sign says open until 20."),
    ("fi", "Liukas kävelytie Itäkeskuksen ja Marjaniemen välillä, ei hiekotettu ollenkaan. Kaaduin itse eilen ja naapurin mummo kaatui viime viikolla. Pyydän hiekoitusta pikaisesti."),
    ("en", "Dear city, I have reported this twice already (case 2025-041877 and 2025-043302) and nothing happens: the drain on our street floods every time it rains. My name is [[P:Chinedu Okafor]], I live at [[A:Meri-Rastilan tie 3 D 52]], phone [[T:+358 45 672 3391]]."),
    ("sv", "Hej, gatlyktan utanför [[A:Sturegatan 14 A 9]] blinkar hela natten och det lyser rakt in i vårt sovrum. Min man [[P:Mikael]] ringde redan förra månaden men inget har hänt. Mvh [[P:Ingrid Sørensen]]"),
    ("en", "Ice on the steps of the Oodi library entrance facing Kansalaistori, nearly slipped with a stroller at 9am. Maybe add grit there too, not only on the square."),
    ("fi", "Hyvä palvelu! Kiitos puistotyöntekijälle joka korjasi Torkkelinmäen penkin niin nopeasti, ilmoitin maanantaina ja keskiviikkona se oli jo kunnossa."),
    ("en", "Rats near the recycling point behind Alepa on Vuotie, saw at least four of them yesterday at dusk. My kids [[P:Yusuf]] (5) and [[P:Maryam]] (3) play right next to it in the yard. Please send pest control."),
    ("fi", "Graffiti Kallion kirjaston seinässä Viides linja puolella, isot punaiset kirjaimet. Ei kiireellinen mut ois kiva jos poistettais."),
    ("en", "Reporting an abandoned car, blue Skoda Octavia, plate [[R:GLN-207]], parked on Kallvikintie near the beach for about two months with a flat tyre. It's blocking the snow ploughs."),
    ("sv", "Lekparken i Brunnsparken saknar en grind, små barn springer rakt ut på gatan. Ni borde sätta upp ett staket innan något händer."),
    ("fi", "Ilmoitan vesivuodosta Vantaalla, Tikkurilantien alikulussa, vesi valuu katosta ja jäätyy pyörätielle. Yhteyshenkilö [[P:Reza Ahmadi]], [[T:050 318 7742]], [[E:reza.ahmadi@outlook.com]]."),
    ("en", "Why is the tram 7 stop at Töölön tulli without a timetable screen again? It's been dark for a week. Tourists keep asking me which tram goes where."),
    ("en", "Hello. My name is [[P:Nguyen Thi Lan]]. I am sorry my English is not good. There is big hole in the road in front of my home [[A:Kontulankaari 5 B 17]], my bicycle wheel broke there. I want to ask compensation. My bank [[I:FI56 6535 3704 5459 67]]. Thank you."),
    ("fi", "Kuka on vastuussa Aleksis Kiven kadun pyörätelineistä? Puolet on kaatuneina ja yksi Jopo on ollut lukittuna rikki jo kuukausia."),
    ("fi", "Hei, tytär [[P:Aino]] 11 v. löysi Munkkiniemen rannasta käytettyjä neuloja hiekasta, ottakaa yhteyttä niin näytän paikan: [[P:Päivi Korhonen]] [[T:040 772 1983]]"),
    ("en", "The fence around the dog park in Kaivopuisto has a gap near the gate. My neighbour's dog got out on Tuesday and ran into Merikatu, luckily [[P:Tomasz]] from the third floor caught it before a car came."),
    ("sv", "Trottoaren på Bulevarden är full av elsparkcyklar från Voi och Tier, man kan inte gå förbi med barnvagn. Snälla gör något åt detta."),
    ("en", "Complaint about noise: construction work at the Hernesaari site started at 6:10 this morning, the permit says 7:00. This has happened three Saturdays in a row."),
    ("fi", "Terveisiä Vuosaaresta! Uimarannan pukukopit on ihan hajalla ja suihkussa ei tule vettä. Kesä on lyhyt, korjatkaa nyt heti kun voitte."),
    ("en", "Good morning, I'm [[P:Priya Raman]] from the building at [[A:Leppävaarankatu 9 A 14]], Espoo. I understand this may be Espoo's matter and not Helsinki's, but the Helsinki bus 550 stop near us has lost its shelter roof. Email [[E:priya.raman87@gmail.com]] if you need more details."),
    ("fi", "Ajoneuvo [[R:ZUI-93]] on ollut pysäköitynä invapaikalle Malmin sairaalan pihassa koko viikon ilman tunnusta. Kuvat liitteenä."),
    ("en", "The new benches at Narinkkatori are nice but there's no shade at all, in July it was impossible to sit there. Could you plant trees or put umbrellas? Thanks from a tired grandma."),
    ("sv", "Jag vill tacka parkarbetaren [[P:Ahmed]] som hjälpte min son [[P:Elias]] (6) att hitta sin borttappade mössa i Fölisöns lekpark igår. Så snällt! Hälsningar [[P:Sofia Lindqvist]], [[T:+358 40 551 2086]]"),
    ("fi", "Valitus: Hakaniemen hallin edessä oleva pyöräparkki on täynnä ja joku on laittanut ketjun kaiteeseen. Voiko tähän saada lisää telineitä."),
    ("en", "Sent from my iPhone\n\n> On 3 Nov, [[P:Leyla Karimi]] wrote:\n> The pedestrian crossing light at Sturenkatu / Mäkelänkatu is too short, my father (78) can't cross in time.\n\nStill not fixed as of today. [[P:Leyla]]"),
    ("fi", "Terve, asun osoitteessa [[A:Porvoonkatu 31 B 22]], 00520 Helsinki. Pihan puu on kallistunut myrskyn jälkeen kohti leikkipaikkaa. Taloyhtiön puheenjohtaja [[P:Marjatta Räsänen]] on tietoinen. Soittakaa [[T:044 3012 876]]."),
    ("en", "Small thing but the clock on Stockmann's corner has been showing the wrong time since the time change. It's been an hour off for two weeks."),
    ("en", "Water fountain at Kaisaniemi park is broken, nothing comes out. It's hot and there's a lot of runners. Also the sign for the botanic garden is fallen down."),
    ("fi", "Rakennustyömaalta Jätkäsaaressa lentää pölyä suoraan parvekkeelle. Olemme pesseet ikkunat kolme kertaa tässä kuussa. [[P:Mehmet Demir]], [[A:Välimerenkatu 16 A 7]]"),
    ("sv", "Är det någon som ansvarar för ljuset i Sinebrychoffs park? Halva lamporna är släckta och det är ganska otryggt att gå hem genom parken på kvällen."),
    ("en", "To whom it may concern: I saw a person throwing bags of garbage into the sea at Lauttasaari pier around 23:00 last night, car was a grey Volvo, plate [[R:BOP-551]]. I don't want to give my name but I hope you check."),
    ("fi", "Hei! Lumiaura kaatoi postilaatikon, osoite [[A:Puustellinpolku 4]], Malminkartano. Ei oo eka kerta. [[P:Hiwot Alemu]]"),
    ("en", "The sign at Tove Janssonin puisto is so faded you can't read it. It's a nice park with a lot of Moomin tourists, maybe worth a new one?"),
    ("fi", "Palautetta HSL:n ja kaupungin väliin: bussin 78 reitti on muuttunut mutta Kontulan pysäkillä on vielä vanha aikataulu vuodelta 2023."),
    ("en", "My son [[P:Kofi]] (14) was hit by a scooter rider on the sidewalk of Fleminginkatu near [[A:Fleminginkatu 22]], the rider drove away. He is ok but the sidewalk is full of scooters going fast. Please regulate. - [[P:Kwame Mensah]], [[T:041 220 4419]]"),
]

# ---------------------------------------------------------------------------
# Part 2: Kerrokantasi hearing comments (hand-written)
# ---------------------------------------------------------------------------
_PART2 = [
    ("fi", "Malmin lentokentän alueen kaavasta: toivoisin että kiitotien linja säilytetään puistona. Asun itse lähellä ja käytän aluetta joka päivä koiran kanssa."),
    ("en", "As a family that moved here from Lagos four years ago, I really support the plan for more affordable rental housing in Kalasatama. My wife [[P:Ngozi]] and I both work shifts at Meilahti hospital and we can't afford to live close to work."),
    ("fi", "Vastaus [[P:Jukka Niemiselle]]: olen eri mieltä, pyöräkaista ei vie pysäköintipaikkoja jos se tehdään nykyisen viheralueen kohdalle."),
    ("en", "Reply to [[P:Tuomas]]: the bridge to Kruunuvuorenranta is not only for tourists, my children take it to school every day and it saved us 25 minutes each way."),
    ("sv", "Jag stöder förslaget om en ny simhall i Östra Helsingfors. Som förälder till tre barn som tränar simning i Itäkeskus simhall vet jag att banorna är fulla varje kväll."),
    ("en", "I object to removing the old trees along Runeberginkatu. They are older than most of the buildings and the street would look like a highway. Mannerheimintie already lost enough."),
    ("fi", "Hyvä suunnitelma, mutta Meri-Rastilan metsää ei pidä rakentaa. Olen kävellyt siellä 30 vuotta. Kuten [[P:Sari Laaksonen]] aiemmin kommentoi, alue on tärkeä myös linnuille."),
    ("en", "I'm commenting as chair of the Helsinki Ukrainian Parents' Association. We have around 140 families in Vuosaari and Mellunmäki, and the plan does not include any space for community activities. Contact me if you want our survey results: [[P:Dmytro Shevchenko]], [[E:d.shevchenko@ukrparents-hki.fi]], [[T:+358 44 781 0362]]."),
    ("fi", "Miksi Hernesaaren suunnitelmassa ei ole yhtään koulua? Lapsiperheitä tulee satoja."),
    ("en", "Totally agree with the previous comment. Also: where will the Linnanmäki visitors park if the lot is turned into housing? Just asking."),
    ("sv", "Svar till [[P:Magnus]]: det stämmer att spårvägen blir dyr, men utan den blir Bulevarden ännu mer igenkorkad. Jag bor vid [[A:Albertsgatan 23 A 5]] och ser köerna varje morgon."),
    ("fi", "Kannatan Töölönlahden puiston laajentamista. Kesällä Finlandia-talon edusta on aivan täynnä väkeä ja lisää nurmea tarvitaan."),
    ("en", "Let me tell a story. Last spring my neighbour, an older man called [[P:Seppo]] who walks with two sticks, fell on the cobblestones on Ratakatu because there was no ramp and we waited 40 minutes for the ambulance in the rain. The plan must include accessible crossings."),
    ("fi", "Lasten puolesta: Pohjois-Haagan ala-asteen koulun piha on liian pieni, jos uusi kerrostalo rakennetaan viereen. Opettaja [[P:Liisa Mäkelä]] sanoi vanhempainillassa, että välitunnit jo nyt porrastetaan."),
    ("en", "The name Urho Kekkosen katu is confusing enough already, please don't rename the square after another president. Call it something local."),
    ("sv", "Förslaget om att stänga Norra Esplanaden för biltrafik är utmärkt. Tänk på Stockholms Drottninggatan, den blev mycket trevligare."),
    ("en", "Comment from the International Students' Network at Aalto: many of our members live in Otaniemi but study or work in central Helsinki. The proposed reduction of bus 551 would hurt us. Written by [[P:Ji-woo Park]] (board) and [[P:Arjun Nair]] (treasurer)."),
    ("fi", "En ymmärrä miksi koko Kalasataman keskusta on pelkkiä torneja. Kuin olisi Dubai. Missä on pienet kivijalkakaupat, kahvilat ja tori."),
    ("fi", "Hei [[P:Aliisa]], luin kommenttisi ja olen samaa mieltä: Mustikkamaan silta on jo nyt ruuhkainen kesäisin. Mun mielestä tarvitaan toinen kulkureitti."),
    ("en", "Honestly the Senate Square ice rink idea is nice but the plan says it would be sponsored by Fazer and Kone and I don't want the cathedral steps to look like an ad."),
    ("en", "I am a Brazilian architect living in Pasila. The new tower plan ignores wind. When I walk from the station to Triplan with my son [[P:Gabriel]] (4), the wind almost pushes the stroller over. Please require wind studies. [[P:Camila Souza]]"),
    ("fi", "Kommentti: Kannelmäen ostarin purku on surullinen, mutta ymmärrän. Toivon että kirjasto säilyy Kannelmäessä eikä siirry Myyrmäkeen."),
    ("sv", "Som pensionär i Munksnäs vill jag bara säga att bänkar vid busshållplatserna är viktigare än nya konstverk. Mvh, en läsare av Hufvudstadsbladet"),
    ("en", "Re: comment by user 'helsinki_mama_22' - I agree about the lighting. But the proposal forgot the underpass near Itäkeskus metro, which is the scariest spot. Ask any teenager."),
    ("fi", "Naapurini [[P:Abdullahi Warsame]], joka pitää pientä kauppaa [[A:Kontulantie 11]]:ssa, pyysi minua kirjoittamaan tähän, koska hän ei osaa käyttää palvelua: liiketilojen vuokrat nousevat purun jälkeen eikä hänellä ole varaa jäädä."),
    ("en", "Kalevala day walk route passing Lönnrotinkatu and Kalevankatu is a cute idea for the cultural plan. Maybe add something for Runeberg day too."),
    ("en", "I have lived at [[A:Mechelininkatu 15 C 33]] for eleven years and this hearing is the first time anyone asked us. Thank you. Please keep the little park at the corner and the chess tables."),
    ("fi", "Vastaus käyttäjälle [[P:Kallio_Kaisa]]: ei, kyse ei ole yksityistiestä, vaan kaupungin kadusta, kaava sen jo kertoo."),
    ("sv", "Jag håller med [[P:Freyja]] och [[P:Sigrid Lindqvist]] ovan. Sandvikens strand ska inte bli en parkering."),
    ("en", "The plan for Vartiosaari looks good on paper but how will people get there in winter? A ferry doesn't work with ice. Bridge or nothing."),
    ("fi", "Olisi hyvä että kaavassa huomioitaisiin myös muunkieliset asukkaat. Esim. somaliaksi, arabiaksi ja venäjäksi tiedotteet. Meidän talossa on 40 perhettä joista puolet ei lue suomea."),
    ("en", "Yes to the Aurora bridge! It finally links Munkkiniemi to the west, and the name Aurora is nicer than the working title. Less car traffic, more bikes."),
    ("fi", "Kirjoitan yhdistyksemme Suomen Vietnamilaisten Kulttuuriseura ry:n puolesta. Toivomme että Itäkeskuksen kulttuuritalossa olisi pienempiä tiloja. Yhteystiedot: puheenjohtaja [[P:Tran Van Minh]], [[T:045 119 0827]], sihteeri [[P:Hoa Pham]] [[E:hoa.pham.kulttuuri@gmail.com]]"),
    ("en", "Quoting [[P:Anastasia Ivanova]] from earlier: \"the dog park is too close to the kindergarten\". I disagree, the dog park has been there longer and the kids love watching the dogs."),
    ("en", "Please don't cut bus 65 at Lauttasaari. Not everyone can use the metro, for example wheelchair users when the elevator at Koivusaari is broken, which is often."),
    ("fi", "Pidän ehdotuksesta, mutta nimi 'Onnenpuisto' kuulostaa vähän mainokselta. Miksei vaikka vanha nimi, Toivonkadun puisto?"),
    ("sv", "Jag bor i Kvarnbäcken med min fru [[P:Leila]] och vår dotter [[P:Nour]] (8). Vi vill ha en trygg cykelväg till skolan, nu måste hon korsa Kvarnbäcksvägen två gånger."),
    ("en", "The map in the hearing material has a mistake: the school marked as Kallion ala-aste is actually the Kallio library. Also Helsinginkatu continues east of Sturenkatu on the real map."),
    ("fi", "Mun poika [[P:Eeli]] (16) ja hänen kaveri [[P:Rahim]] käyttävät skeittiparkkia Kontulassa joka päivä, ja ne pyysi sanomaan että betonirampit pitää korjata ennen kuin joku loukkaantuu. Terkuin äiti"),
    ("en", "I work as a caretaker (talonmies) for several buildings in Kannelmäki. From a maintenance view the plan puts the waste containers far from the doors, elderly residents won't carry bags 80 m in snow. - [[P:Piotr Wiśniewski]], [[T:040 661 3094]]"),
    ("fi", "Vastaus edelliseen: Sanna Marin ja Alexander Stubb molemmat puhuivat joskus Helsingin raitiovaunuista, mutta ei se tee tästä suunnitelmasta hyvää."),
    ("en", "Strongly oppose. Keskuspuisto is the lungs of this city and every 'small' cut adds up. My grandmother used to say the same about the Töölö bay in the seventies."),
    ("sv", "Kommentar från Föreningen för nyanlända familjer i Helsingfors: kontakta vår verksamhetsledare [[P:Yasmin Haddad]], [[E:yasmin.haddad@nyafamiljer.fi]], tel. [[T:050 447 2615]], om ni vill ordna en informationskväll."),
]

# ---------------------------------------------------------------------------
# Part 3: OmaStadi participatory budgeting proposals and comments (hand-written)
# ---------------------------------------------------------------------------
_PART3 = [
    ("en", "Proposal: outdoor gym for women in Mellunmäki. Many women in our area, especially from Somali, Afghan and Iraqi families, would like to exercise outside but feel uncomfortable at the current gym next to the basketball court. A partly screened area near the library would help. Estimated cost 60 000 €."),
    ("fi", "Ehdotus: Kontulan ostarille lisää penkkejä ja katoksia. Ehdotuksen tekijät: [[P:Fatima Ali]] ja [[P:Hanna Virtanen]], Kontulan äiti-lapsi-ryhmä."),
    ("en", "Comment: great idea! I coach the U12 girls at FC Kontu and we'd use a new artificial pitch every evening. - coach [[P:Luis Herrera]]"),
    ("sv", "Förslag: en flerspråkig sagostund i Nordsjö bibliotek varje lördag, på finska, svenska, arabiska och somaliska. Barnen älskar Mumin och Pippi Långstrump, varför inte läsa dem på flera språk?"),
    ("fi", "Ehdotan että Roihuvuoren kirsikkapuistoon istutetaan lisää kirsikkapuita ja tehdään pieni lava esityksille. Hanamijuhla on jo nyt tosi suosittu ja japanilainen yhdistys voisi järjestää ohjelmaa."),
    ("en", "Proposal by the Pakistani Women's Circle: a cooking class space in Malmi library. Contact person [[P:Ayesha Siddiqui]], [[T:045 872 1150]]. We already have 25 participants who meet in [[P:Ayesha's]] living room at [[A:Latokartanontie 7 B 12]] and it's too small."),
    ("fi", "Kommentti: tää on hyvä! Mun lapset [[P:Veeti]] 7v ja [[P:Siiri]] 4v leikkii Pikku Huopalahden puistossa joka päivä ja kaipaa vesileikkipaikkaa."),
    ("en", "Why do we need another Marimekko-style art piece in Esplanadi when the playground in Vuosaari has no shade at all? Vote for the boring stuff, people."),
    ("fi", "Ehdotus: Lumi-iltoja Paloheinään. Valaistu pulkkamäki, kaakaota ja tulet. Lumi on valitettavasti vähissä, mut tykkilumella onnistuu."),
    ("en", "Hi, I'm [[P:Yuki Tanaka]], mother of two and a volunteer at the Japanese Saturday school in Helsinki. I support the cherry park proposal and can help to organise the hanami picnic. My husband [[P:Haruto]] can build things. Email me: [[E:yuki.tanaka.hki@gmail.com]]"),
    ("sv", "Kommentar: Bra förslag, men tänk på att Vuxenskolan redan ordnar sånt. Hälsningar [[P:Björn Ekholm]], lärare vid Botby grundskola"),
    ("en", "Proposal: bilingual sign boards in Pihlajamäki explaining the history of the 1960s buildings, in Finnish and English. Our neighbours from Vietnam, Eritrea and Chile keep asking why the houses are protected."),
    ("fi", "Kannatan, mutta ehdotuksessa mainittu Tarja Halosen puisto on jo varattu kesätapahtumille. Kannattaisi valita joku muu paikka."),
    ("en", "Comment from a teacher: I teach at the Helsinki International School and our students wrote a proposal for a repair café in Kallio. The student leaders are [[P:Zhang Xiaoyu]] and [[P:Mateo Rodríguez]], both 15, supervised by me, Ms. [[P:Clara Bennett]]. Please contact the school office rather than the kids."),
    ("fi", "Ehdotus: Kannelmäkeen kesäteatteri. Idea tuli, kun katsoimme Ryhmäteatterin Suomenlinnan esitystä ja mietimme miksei lähiössä ole mitään vastaavaa."),
    ("en", "Please vote for the Roma cultural day! Last year's small event at Stoa was so popular. Organised by [[P:Miranda Lindberg]] and the Roma youth group. Questions to [[E:romanikulttuuripaiva@gmail.com]]."),
    ("sv", "Jag föreslår en bokbytarhylla vid Hagnäs torg. Min granne [[P:Astrid]] har redan byggt en prototyp av gamla IKEA-hyllor."),
    ("fi", "Kommentti ehdotukseen 'Puistojumppa Myllypuroon': ohjaaja [[P:Oona Heinonen]] on jo vetänyt jumppaa vapaaehtoisesti kaksi kesää, hänelle pitäisi maksaa tästä! Terveisin [[P:Irma]] (72)"),
    ("en", "I wanted to add that the proposal should include halal and vegetarian options at the festival. Also, a prayer corner would be respectful. Great work [[P:Omar]] and team!"),
    ("en", "Outdoor ping pong tables at Kaisaniemi - proposal ID 2025-1194. Cost estimate from Stiga supplier 4 800 €. Voted by 312 people so far."),
    ("fi", "Ehdotus tekijältä [[P:Aleksandra Horvat]], [[A:Mellunmäentie 9 C 28]]: asukastupa Mellunmäkeen. Tällä hetkellä lähin tila on Kontulassa ja bussi 97 kulkee harvoin iltaisin."),
    ("en", "Please include a safe place for teenagers in Jakomäki. Speaking as youth worker: our kids hang around the Lidl parking lot because there is nothing else. Ask me: [[P:Jonas Eriksson]], youth worker, City of Helsinki, [[T:09 310 44872]]"),
    ("sv", "Förslaget borde gälla hela Östersundom och inte bara Sibbo-sidan. Det finns barnfamiljer här också, tro det eller ej."),
    ("fi", "Olen Syyriasta kotoisin oleva opiskelija ja tykkään tästä ehdotuksesta. Itäkeskuksen kirjastossa on liian vähän lukupaikkoja tenttikaudella. Tuen! -[[P:Rami]]"),
    ("en", "Comment: the Finlayson area in Tampere has a similar park and it works. But please don't use the names of sponsors on it."),
    ("en", "Our proposal: free swimming lessons for immigrant mothers at Jakomäki swimming hall. Many of us never learned as children. Contact [[P:Hodan Abdi]] at [[T:+358 41 503 2287]] or [[P:Samira Benali]] at [[E:samira.benali@hotmail.fr]]."),
    ("fi", "Ehdotuksen 'Valoa Malmille' ajatus on hyvä, Malmin asema on pimeä ja pelottava. Valo ja taide yhdessä voisi toimia."),
    ("en", "Just a heads up, the kids' track in Tali already exists. Proposal might be a duplicate of last round's #2023-0487."),
    ("fi", "Ehdotan koirapuistoa Herttoniemenrantaan. Meillä on kaksi koiraa, Onni ja Rauha, ja lähin koirapuisto on yli kilometrin päässä."),
    ("sv", "Hej, jag heter [[P:Karin Nyström]] och jag är tränare i Kvarnbäckens bollklubb. Vi har 60 barn och bara en liten gräsplan. Ni får gärna ringa: [[T:040 928 3160]]."),
    ("en", "A mural of Tove Jansson on the wall of Vallila library would be lovely, or of Minna Canth. Anyone but another corporate logo."),
    ("fi", "Ehdotus hyväksyttiin jatkoon, kiitos kaikille äänestäjille! Erityiskiitos [[P:Kristjan Tammelle]] rakennuspiirustuksista ja [[P:Mari Kaskille]] kuvista."),
    ("en", "Honestly I voted for the sauna on the Sompasaari pier. Helsinki has Allas and Löyly but both cost way too much for students."),
    ("en", "Proposal comment: in Myllypuro we already have the Myllypuro media library and it's great. The problem is opening hours: it closes at 16 on Saturdays. Please extend."),
    ("fi", "Ehdotus: kiipeilyseinä Paloheinän majan viereen. Isäni [[P:Rauno]] oli kiipeilijä nuorena ja hän sanoo että kallio siellä on täydellinen. Kiitos, [[P:Emilia Salo]]"),
    ("sv", "Kommentar: Det vore fint med fler sittplatser i Brunnsparken. Även Kajsaniemi behöver bänkar, särskilt nära Botaniska trädgården."),
    ("en", "I support this proposal because my son [[P:Aarav]] (10) has autism and needs a quiet playground. The sensory garden idea in Pukinmäki would change our lives. - [[P:Ananya Iyer]]"),
    ("fi", "Hei, minä olen [[P:Tesfaye Bekele]] ja tulen Etiopiasta. Ehdotan kahvilaa, jossa naiset voivat tavata. Etiopialainen kahviseremonia on meille tärkeä. Puhelin [[T:0465 218 337]]"),
    ("en", "Nice idea but the estimated budget (150 000 €) is more than the whole district allocation for Southern Helsinki. Maybe split it into two smaller proposals."),
    ("fi", "Kommentti: nimi 'Aamun puisto' on kaunis. Siinä on toivoa ja valoa, sopii hyvin leikkipuistolle."),
    ("en", "We are the Latin American families network in Espoo and Helsinki (Red de Familias Latinoamericanas). We propose a Día de los Muertos celebration at Caisa. Contact: [[P:Valentina Gómez]], coordinator, [[E:valentina@redfamiliaslatinas.fi]], [[T:+358 50 338 9024]]."),
    ("en", "Comment: Voted! Shout out to my neighbour [[P:Lars]] who printed flyers for the whole building."),
]

# ---------------------------------------------------------------------------
# Part 4: Varaamo booking notes (hand-written)
# ---------------------------------------------------------------------------
_PART4 = [
    ("en", "Booking for the Eritrean community meeting, Saturday 14:00-18:00. Keys will be picked up by [[P:Yonas Tesfamariam]], phone [[T:044 702 6183]]. We are about 35 people incl. children. Invoice to the association please, not to me."),
    ("fi", "Varaus: Kino Regina, Oodi, 12.3. klo 17-19. Elokuvailta Helsingin Kiinalaisille Opiskelijoille ry. Vastuuhenkilö [[P:Chen Jie]], [[E:chen.jie@helsinki.fi]]."),
    ("en", "Note to staff: room 'Minna Canth' was left in a mess by the previous booking, we found chairs stacked on the table. Not complaining, just letting you know so we don't get blamed. Booking ref 88213."),
    ("sv", "Bokning av festsalen i Stoa för en dopfest. Vi är ca 40 gäster. Nyckeln hämtas av min svåger [[P:Johan Berg]]. Faktura till [[P:Ebba Lindholm]], [[A:Fredriksgatan 41 B 18]], 00120 Helsingfors."),
    ("fi", "Hei, varaan Kanneltalon musiikkihuoneen bändin harjoituksiin tiistaisin klo 18-20 koko kevääksi. Bändissä mun lisäks [[P:Juho]], [[P:Elmeri]] ja [[P:Sara]], kaikki 17-18 v. Huoltaja: [[P:Tarja Heikkinen]] [[T:040 551 0498]]"),
    ("en", "Booking the sauna at Vuosaari youth house for a goodbye party for our Erasmus group. Responsible person: [[P:Katarzyna Nowak]], born 08.09.1993, personal id [[H:080993-4608]] (the form asked for it, hope it's ok). Phone [[T:+358 46 912 3376]]."),
    ("fi", "Laskutustiedot: Somalialaisten Naisten Yhdistys ry, y-tunnus 2874512-6, laskutusosoite [[A:Kivikonkaari 21 A 8]], 00940 Helsinki. Yhteyshenkilö [[P:Amina Yusuf]]."),
    ("en", "Hi! We'd like the Maunula house kitchen for an Iftar dinner on Friday 21.3., from sunset until 22:00. My name is [[P:Omar Al-Sayed]] and I'll be there with [[P:Mariam]] and [[P:Karim]] to set up from 17:00. Mobile [[T:050 963 2281]]."),
    ("sv", "Hej! Jag bokade Kokoushuone Aurora på Arbis via misstag, jag menade salen Topelius. Kan ni byta? Bokningsnummer 104552. Tack, [[P:Maja]]"),
    ("en", "Booking note: children's birthday (7 years, [[P:Leo]]) in the Lasten kammari room at Kallio library. 10 kids and 6 parents. I promise no glitter this time!"),
    ("fi", "Takuumaksun palautus tilille [[I:FI24 5314 2898 4123 09]], tilinomistaja [[P:Laila Mohammed]]. Varaus 2025-11-08 Itäkeskuksen kirjasto, Sali Stella."),
    ("en", "Recurring booking, Mondays 17:30-19:00 at Malmitalo studio 2, for the Nepali dance group for kids aged 6-12. Teachers: [[P:Sita Gurung]] and [[P:Bikash Thapa]]. We leave the room clean, promise."),
    ("sv", "Bokning för Svenska pensionärsföreningen i Helsingfors: Stora salen, onsdag 12-15, kaffe och föredrag om Sibelius. Kontakt: sekreterare [[P:Gunilla Åkerman]], [[T:09 685 2214]]."),
    ("fi", "Tämä on vain testivaraus, poistakaa se. Aika 00:00-00:30, huone Kuutio 1. Sori!"),
    ("en", "Booking by the Helsinki Korean Church youth. Keys picked up by [[P:Min-jun Kim]], his mom [[P:Soo-yeon Lee]] will sign the form because he is 16. Parking pass for car [[R:HJS-782]] please."),
    ("fi", "Huom. Tilaan tulee myös pyörätuolin käyttäjä, joten pyydän esteetöntä sisäänkäyntiä. Muuten kuten aiemmin: kuoroharjoitus, johtaja [[P:Ilkka Räty]]."),
    ("en", "We are booking the Annankatu youth center hall (not the one at Sofiankatu) for a hip hop workshop. No names needed I think, it's for the public. Time 16-20, age 13-17."),
    ("fi", "Varaaja: [[P:Dmitri Smirnov]]\nPuh: [[T:045 310 8872]]\nOsoite: [[A:Sturenkatu 29 C 61]], 00510 Helsinki\nLisätietoja: shakkikerhon turnaus, 20 osallistujaa, tarvitaan 10 pöytää"),
    ("en", "Dear Varaamo, the lock code for the Jätkäsaari room didn't work on Saturday, we waited 45 minutes outside with 12 kids. Booking 99120. Can we get a refund? [[P:Rosa Martínez]] [[E:rosa.martinez.hel@gmail.com]]"),
    ("sv", "Vi önskar låna gymnastiksalen i Botby grundskola för innebandy, fredagar 18-20. Ansvarig ledare [[P:Emil Sjöberg]], [[T:044 501 9936]]. Vi är ett lag för pojkar 10-12 år."),
    ("fi", "Kokoushuone Väinö on liian pieni meille, vaihtaisimme huoneeseen Aleksis jos se on vapaa. Varausnumero 77801."),
    ("en", "Booking a study room at Oodi for my exam group. We are [[P:Rahul]], [[P:Lin]], [[P:Amara]] and me. Please note [[P:Amara]] uses a wheelchair so we need the ground floor."),
    ("fi", "Hei [[P:Kaisa]], kiitos eilisestä avusta avainten kanssa! Seuraavalla kerralla avaimet hakee meidän talonmies [[P:Pekka Jokinen]] klo 8 ennen töitä. T. [[P:Rashid]] / Itäkeskuksen Afganistanilaiset ry"),
    ("en", "Event booking: Ukrainian Independence Day concert, 24.8., Caisa main hall. Performer list attached. Contact for technical stuff: [[P:Oleksandr]] (sound) [[T:+380 67 412 9055]], he doesn't have a Finnish number yet."),
    ("sv", "Bokningen gäller den 6 december, självständighetsdagen. Vi visar Linnan juhlat på storbild i salen. Kontaktperson [[P:Pia Holmström]], [[E:pia.holmstrom@gmail.com]]."),
    ("en", "Booking for an online workshop. Note for IT: the room's screen wasn't connecting to our laptop last time, the guest Wi-Fi gave it the address [[IP:10.34.118.42]] and then dropped. Ask for [[P:Ilze Bērziņa]] if you need the laptop model."),
    ("fi", "Varaus kirjastoon Sali Sibelius: Sibelius-lukion kuoro harjoittelee joulukonserttia varten, 2.12. ja 9.12. klo 15-17. Opettaja vastaa, koulun puh. vaihde."),
    ("en", "Hi, I booked Tapiola library's room 'Alvar' for the Filipino community meeting but the system says Espoo bookings go elsewhere? Please advise. [[P:Maricel Dela Cruz]], [[T:041 738 5520]]"),
    ("fi", "Laskun saaja: [[P:Mustafa Yilmaz]], henkilötunnus [[H:130387-046R]], [[A:Hakunilantie 44 B 6]], 01200 Vantaa. Tilaisuus: lapsen syntymäpäivät, [[P:Elif]] 5 v."),
    ("en", "Booking note from the Arabic Saturday school: we need the room with the whiteboard, not the sofa room. Teachers are Ms. [[P:Rania]] and Mr. [[P:Hassan]]. Pupils 24."),
    ("sv", "Avbokning: vi kan inte komma på lördag. Bokning 45731 i Kallio bibliotek, rum Kuuskajaskari? Jag minns inte namnet. Mvh [[P:Henrik]]"),
    ("fi", "Hei, keittiön uuni ei toiminut Kontulan nuorisotalolla, saatiin kuitenkin ruoka valmiiksi mikrossa. Huomioksi seuraaville. Kiitos Kontulan nuorisotyöntekijöille."),
    ("en", "The booking is for the Chilean Association, Fiestas Patrias on 20.9. Responsible: [[P:Felipe Araya]]\nTreasurer: [[P:Javiera Soto]], [[E:tesoreria@chilenosenfinlandia.fi]]\nDeposit refund to [[I:FI71 5164 4317 3576 08]]"),
    ("fi", "Tila: Maunula-talo, Kanerva-sali. Aika: su 16.11. klo 12-16. Tarkoitus: isovanhempien päivä. Paikalla myös Helsingin Kuurojen Yhdistyksen tulkki. Avaimet: [[P:Eila Karjalainen]] [[T:050 448 0017]]."),
    ("en", "We need 40 chairs and a projector. Book under 'Helsinki Sudanese Youth'. Payment by card on site. Nothing else."),
    ("sv", "Anteckning: nycklarna lämnades i postlådan vid ingången enligt instruktionen. Salen städad. //[[P:Vilhelm]]"),
    ("en", "Hey, [[P:Sergei]] here again from the chess club - the projector cable was missing. Don't worry about refund. Just put a new HDMI cable there please. Also the Kone elevator was stuck for a moment."),
    ("fi", "Varaan kokoustilan Tiltu kolmeksi tunniksi taloyhtiömme kokoukselle. Asunto Oy Kalliorinne, kokouksen puheenjohtajana toimii [[P:Heikki Lahtinen]], sihteerinä [[P:Sanna Koskinen]]."),
    ("en", "Guest list not needed right? The room is for our Bangladeshi cultural evening. Keys: [[P:Tanvir Hossain]], [[T:+358 44 028 6639]], [[E:tanvir.hossain@aalto.fi]]"),
    ("fi", "Pyydän laskun sähköpostiin, ei paperina. Kiitos! Lasku: [[E:laskutus@vietnamseura.fi]]. Viitenumero vanhasta laskusta 1234 5678 9012."),
    ("en", "Booking the Töölö library event space for a reading of Kalevala in 12 languages. Readers from Kurdistan, Peru, Somalia, Japan, Estonia... Organised by Read Together ry."),
    ("sv", "Bokningen gjordes av min dotter [[P:Alva]] (19) men jag, [[P:Stefan Grönroos]], står för betalningen. Adress [[A:Runebergsgatan 38 A 2]], 00260 Helsingfors."),
    ("fi", "Varauksen tiedot päivitetty: osallistujia 15 eikä 25. Lapset ja ohjaajat, tila Sali Helmi. Helmi on siis huoneen nimi, ei ihminen 😄"),
    ("en", "For the Nigerian Women's Network workshop: Instructor [[P:Funmilayo Adeyemi]], assistant [[P:Blessing Okonkwo]]. We'll bring our own sewing machines. Some of us come by bus 560 so please don't lock the side door before 18."),
]

# ---------------------------------------------------------------------------
# Generators (the smaller share; driven only by random.Random(SEED))
# ---------------------------------------------------------------------------
_FIRST = [
    "Amina", "Abdi", "Hamza", "Zainab", "Chiamaka", "Kofi", "Tigist", "Dawit", "Reza", "Shirin",
    "Karwan", "Noor", "Aylin", "Emre", "Priyanka", "Sanjay", "Thu Trang", "Duc", "Mei", "Wen",
    "Hiroshi", "Sakura", "Seo-yeon", "Joon", "Ana Lucía", "Joaquín", "Fernanda", "Andrés",
    "Oksana", "Taras", "Marta", "Paweł", "Irina", "Vlad", "Ieva", "Kadri", "Sigrid", "Anders",
    "Helmi", "Ville", "Outi", "Lauri", "Maija", "Jari", "Sunniva", "Ragnar",
]
_LAST = [
    "Mohamed", "Farah", "Osei", "Nwosu", "Girma", "Haile", "Hosseini", "Rahimi", "Barzani",
    "Khalil", "Aydın", "Kaya", "Patel", "Krishnan", "Pham", "Le", "Wang", "Liu", "Yamamoto",
    "Choi", "Castillo", "Morales", "Pereira", "Melnyk", "Bondarenko", "Kowalska", "Zieliński",
    "Popova", "Ozols", "Saar", "Lund", "Dahl", "Hakala", "Rantanen", "Koivisto", "Peltonen",
    "Lindgren", "Sundqvist",
]
_STREETS = [
    "Mannerheimintie", "Hämeentie", "Fleminginkatu", "Agricolankatu", "Kustaankatu", "Vuotie",
    "Kallvikintie", "Turunlinnantie", "Kontulankaari", "Myllypurontie", "Kivikonkaari",
    "Siilitie", "Kettutie", "Norrtäljentie", "Pihlajamäentie", "Rasinkatu", "Kirstinkatu",
    "Mellunmäentie", "Leppävaarankatu", "Ulappakatu", "Myyrmäenraitti", "Martinkyläntie",
    "Tikkurilantie", "Hakunilantie",
]
_STREETS_SV = [
    "Tavastvägen", "Runebergsgatan", "Fredriksgatan", "Sturegatan", "Albertsgatan",
    "Helsingegatan", "Mechelingatan", "Tölögatan", "Nordsjövägen", "Borgågatan",
]
_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "helsinki.fi",
            "aalto.fi", "luukku.com", "protonmail.com", "elisanet.fi"]
_HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_ASCII = str.maketrans({"ä": "a", "ö": "o", "å": "a", "ü": "u", "ı": "i", "ń": "n", "ł": "l",
                        "ó": "o", "í": "i", "ú": "u", "á": "a", "é": "e", "ś": "s"})


def _person(rng):
    return rng.choice(_FIRST), rng.choice(_LAST)


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050", "046"])
    digits = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([6, 7])))
    style = rng.randint(0, 4)
    if style == 0:
        return pre + " " + digits[:3] + " " + digits[3:]
    if style == 1:
        return pre + "-" + digits
    if style == 2:
        return "+358 " + pre[1:] + " " + digits[:3] + " " + digits[3:]
    if style == 3:
        return "+358" + pre[1:] + digits
    return pre + digits


def _email(rng, first, last):
    first = first.lower().translate(_ASCII).replace(" ", "")
    last = last.lower().translate(_ASCII).replace(" ", "")
    form = rng.randint(0, 3)
    if form == 0:
        local = first + "." + last
    elif form == 1:
        local = first[0] + last
    elif form == 2:
        local = first + "_" + last + str(rng.randint(70, 99))
    else:
        local = last + "." + first
    return local + "@" + rng.choice(_DOMAINS)


def _address(rng, sv=False):
    street = rng.choice(_STREETS_SV if sv else _STREETS)
    num = str(rng.randint(1, 60))
    if rng.random() < 0.75:
        return street + " " + num + " " + rng.choice("ABCDEF") + " " + str(rng.randint(1, 80))
    return street + " " + num


def _hetu(rng):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(40, 99)
    n = rng.randint(2, 899)
    base = "%02d%02d%02d" % (d, m, y)
    return base + "-" + "%03d" % n + _HETU_CHARS[int(base + "%03d" % n) % 31]


def _iban(rng):
    bban = "".join(str(rng.randint(0, 9)) for _ in range(14))
    check = 98 - int(bban + "151800") % 97
    raw = "FI%02d%s" % (check, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _plate(rng):
    letters = "".join(rng.choice("ABCEFGHIJKLMNOPRSTUVXYZ") for _ in range(3))
    return letters + "-" + str(rng.randint(1, 999))


_ROOMS_FI = ["Sali Minna", "kokoushuone Aleksis", "Sibelius-sali", "Studio Tove", "Kuutio 2",
             "Stoan musta laatikko", "Kanneltalon pieni sali", "Malmitalon kerhohuone",
             "Maunula-talon Kanerva-sali", "Oodin Kino Regina", "Vuotalon ryhmätila Aurora"]
_ROOMS_EN = ["the Minna room at Oodi", "Studio Tove", "the Sibelius hall", "Caisa's small hall",
             "meeting room Aleksis", "the kitchen at Kontula youth house", "Kuutio 3",
             "the Aurora group room in Vuotalo", "Stoa black box", "Malmitalo dance studio"]
_ROOMS_SV = ["salen Topelius", "mötesrummet Aurora", "Arbis festsal", "Studio Tove",
             "Stoas lilla sal", "grupprummet i Nordsjö bibliotek"]
_DAYS_FI = ["ma 13.1.", "ti 4.2.", "ke 19.3.", "to 10.4.", "pe 16.5.", "la 7.6.", "su 14.9."]
_DAYS_EN = ["Monday 13.1.", "Tuesday 4.2.", "Wed 19.3.", "Thursday 10 April", "Fri 16.5.",
            "Saturday 7 June", "Sunday 14.9."]
_DAYS_SV = ["måndag 13.1", "tisdag 4.2", "onsdag 19.3", "lördag 7.6", "söndag 14.9"]
_TIMES = ["10-12", "12-15", "16-18", "17.30-19.30", "18-21", "9-13"]
_EVENTS_FI = ["syntymäpäivät", "yhdistyksen vuosikokous", "ompelukerho", "läksykerho",
              "tanssiharjoitukset", "kielikahvila", "taloyhtiön kokous", "shakkiturnaus"]
_EVENTS_EN = ["a birthday party", "our association's AGM", "a language café", "homework club",
              "a dance rehearsal", "a board games night", "a parents' meeting", "Eid celebration"]
_EVENTS_SV = ["ett barnkalas", "föreningens årsmöte", "en språkcafékväll", "körövning",
              "en filmkväll"]
_ORGS = ["Helsinki Kurdish Cultural Association", "Somali Youth Helsinki", "Aalto Indian Society",
         "Vietnamese Parents' Group", "Latin Families Network", "Ukrainian Saturday School",
         "Espoo Ghanaian Community", "Polish Club of Helsinki", "Eesti Maja Helsinki",
         "Afghan Women's Circle", "Nordic Choir Kallio", "Arabic Book Club Itäkeskus"]


def _gen_bookings(rng):
    out = []
    for i in range(20):
        lang = "fi" if i < 10 else ("en" if i < 16 else "sv")
        f1, l1 = _person(rng)
        f2, l2 = _person(rng)
        p1, p2 = f1 + " " + l1, f2 + " " + l2
        tel, mail = _phone(rng), _email(rng, f1, l1)
        ref = str(rng.randint(10000, 99999))
        k = i % 5
        if lang == "fi":
            room, day, time, ev = (rng.choice(_ROOMS_FI), rng.choice(_DAYS_FI),
                                   rng.choice(_TIMES), rng.choice(_EVENTS_FI))
            if k == 0:
                t = ("Varaaja: [[P:%s]]\nPuhelin: [[T:%s]]\nSähköposti: [[E:%s]]\nTilaisuus: %s, %s %s"
                     % (p1, tel, mail, ev, day, time))
            elif k == 1:
                t = ("Avaimet noutaa [[P:%s]] ([[T:%s]]), varaus %s. Tila %s, %s klo %s."
                     % (p1, tel, ref, room, day, time))
            elif k == 2:
                t = ("hei, varaan %s %s klo %s, %s. yhteyshenkilö [[P:%s]] [[E:%s]] jos jotain kysyttävää"
                     % (room, day, time, ev, f1, mail))
            elif k == 3:
                t = ("Laskutus: [[P:%s]], [[A:%s]], 00%d Helsinki. Henkilötunnus [[H:%s]] (lomake kysyi). Tila %s."
                     % (p1, _address(rng), rng.choice([500, 510, 530, 550, 940, 920, 980]),
                        _hetu(rng), room))
            else:
                t = ("Takuumaksu palautetaan tilille [[I:%s]], saajana [[P:%s]]. Varausnumero %s. Kiitos, [[P:%s]]"
                     % (_iban(rng), p1, ref, f2))
        elif lang == "en":
            room, day, time, ev = (rng.choice(_ROOMS_EN), rng.choice(_DAYS_EN),
                                   rng.choice(_TIMES), rng.choice(_EVENTS_EN))
            if k == 0:
                t = ("Booking %s for %s, %s %s. Contact person [[P:%s]], [[T:%s]]."
                     % (room, ev, day, time, p1, tel))
            elif k == 1:
                t = ("Key pickup: [[P:%s]]. If [[P:%s]] can't make it, [[P:%s]] will come instead, tel [[T:%s]]."
                     % (p1, f1, p2, tel))
            elif k == 2:
                t = ("Hi, [[P:%s]] here from %s. Please send the confirmation for booking %s to [[E:%s]], my old address doesn't work anymore."
                     % (f1, rng.choice(_ORGS), ref, mail))
            elif k == 3:
                t = ("We need a parking permit for the van [[R:%s]] on %s, we're bringing sound equipment for %s. Driver [[P:%s]]."
                     % (_plate(rng), day, ev, p1))
            else:
                t = ("Booked %s %s %s for %s. I ([[P:%s]]) will be there 30 min early. Our address for the invoice: [[A:%s]], Helsinki."
                     % (room, day, time, ev, p1, _address(rng)))
        else:
            room, day, time, ev = (rng.choice(_ROOMS_SV), rng.choice(_DAYS_SV),
                                   rng.choice(_TIMES), rng.choice(_EVENTS_SV))
            if k in (0, 2):
                t = ("Bokare: [[P:%s]], tel. [[T:%s]]. Vi bokar %s för %s, %s kl. %s."
                     % (p1, tel, room, ev, day, time))
            else:
                t = ("Nyckeln hämtas av [[P:%s]]. Faktura till [[P:%s]], [[A:%s]], 00%d Helsingfors. Bokning %s."
                     % (f2, p1, _address(rng, sv=True), rng.choice([100, 120, 130, 250, 260]), ref))
        out.append((lang, t))
    return out


_TITLES = {
    "en": ["Chairperson", "Secretary", "Project Coordinator", "Youth Worker", "PhD Researcher",
           "Volunteer Coordinator", "Treasurer", "Board member"],
    "fi": ["puheenjohtaja", "sihteeri", "toiminnanjohtaja", "nuoriso-ohjaaja",
           "projektikoordinaattori", "rahastonhoitaja"],
    "sv": ["ordförande", "verksamhetsledare", "sekreterare"],
}
_BODIES = {
    "en": ["Thank you for organising the hearing evening in Kontula, it was useful for our members.",
           "Please find our proposal for the Itäkeskus summer festival attached (PDF, 2 pages).",
           "We would like to cancel our booking for next week because of the school holidays.",
           "Following up on my feedback from last month about the broken gate at the Vuosaari sports park.",
           "Our members voted to support the Myllypuro library extension in the OmaStadi round.",
           "Could you tell us whether the Malmitalo rooms are available in the summer?",
           "I'm forwarding this on behalf of our board. We'd appreciate a written answer.",
           "The survey results from 212 families are below, in English and Finnish."],
    "fi": ["Kiitos vastauksesta. Välitän tiedon yhdistyksemme jäsenille.",
           "Liitteenä ehdotuksemme OmaStadi-kierrokselle, toivottavasti se ehtii vielä mukaan.",
           "Peruutamme ensi viikon varauksen, koska ohjaaja on sairaana.",
           "Lähetän tämän uudelleen, koska edelliseen viestiin ei vastattu.",
           "Kommentoimme kaavaluonnosta yhdistyksen hallituksen puolesta."],
    "sv": ["Tack för ett trevligt möte i Nordsjö i torsdags.",
           "Vi skickar här vårt utlåtande om detaljplanen för Sandviken."],
}
_GREET = {"en": ["Best regards,", "Kind regards,", "Thanks,", "Cheers,", "Warm wishes,"],
          "fi": ["Ystävällisin terveisin", "Terveisin", "Kiittäen", "T."],
          "sv": ["Med vänliga hälsningar", "Mvh", "Hälsningar"]}


def _gen_signatures(rng):
    out = []
    langs = ["en"] * 8 + ["fi"] * 6 + ["sv"] * 2
    for i, lang in enumerate(langs):
        f, l = _person(rng)
        body = _BODIES[lang][i % len(_BODIES[lang])]
        org = rng.choice(_ORGS)
        title = rng.choice(_TITLES[lang])
        lines = [body, "", rng.choice(_GREET[lang]), "[[P:%s %s]]" % (f, l), title + ", " + org]
        r = rng.random()
        if r < 0.45:
            lines.append("[[T:%s]]" % _phone(rng))
            lines.append("[[E:%s]]" % _email(rng, f, l))
        elif r < 0.7:
            lines.append({"en": "mobile ", "fi": "puh. ", "sv": "tel. "}[lang] + "[[T:%s]]" % _phone(rng))
        elif r < 0.9:
            lines.append("[[E:%s]] | [[T:%s]]" % (_email(rng, f, l), _phone(rng)))
        else:
            lines.append("[[E:%s]]" % _email(rng, f, l))
            lines.append("www.example-association.fi")
        if rng.random() < 0.3:
            lines.append({"en": "Sent from my phone, sorry for typos",
                          "fi": "Lähetetty puhelimesta",
                          "sv": "Skickat från min telefon"}[lang])
        out.append((lang, "\n".join(lines)))
    return out


_KIDS = ["Amir", "Lina", "Sami", "Aleksi", "Zara", "Noah", "Mira", "Adam", "Ella", "Hugo",
         "Sofia", "Ilyas", "Meron", "Kenji", "Ayaan", "Nela", "Matías", "Olivia", "Daria", "Eino",
         "Hana", "Yared", "Leila", "Oskar"]


def _gen_kids(rng):
    out = []
    langs = ["fi"] * 6 + ["en"] * 4 + ["sv"] * 2
    for i, lang in enumerate(langs):
        a, b = rng.sample(_KIDS, 2)
        age_a, age_b = rng.randint(3, 14), rng.randint(3, 14)
        f, l = _person(rng)
        tel = _phone(rng)
        k = i % 3
        if lang == "fi":
            club = rng.choice(["kuvataidekerhoon", "uimakouluun", "sirkuskouluun", "futiskerhoon",
                               "läksykerhoon", "koodikerhoon"])
            if k == 0:
                t = ("Ilmoitan lapseni [[P:%s]] (%d v) ja [[P:%s]] (%d v) %s. Huoltaja [[P:%s %s]], [[T:%s]]."
                     % (a, age_a, b, age_b, club, f, l, tel))
            elif k == 1:
                t = ("moi, [[P:%s]] %dv haluais %s, ohjaaja [[P:%s]] sanoi että paikkoja vielä on? äiti [[T:%s]]"
                     % (a, age_a, club, rng.choice(["Minna", "Tero", "Jenni", "Samuel"]), tel))
            else:
                t = ("Hei! Meidän [[P:%s]] (%d) on allerginen pähkinöille, huomioittehan retkellä. [[P:%s]] hakee hänet klo 16. Puh [[T:%s]]"
                     % (a, age_a, f, tel))
        elif lang == "en":
            act = rng.choice(["the art club", "swimming school", "the circus workshop",
                              "football training", "the coding club"])
            if k == 0:
                t = ("Registering my kids [[P:%s]] (%d) and [[P:%s]] (%d) for %s. Parent: [[P:%s %s]], [[T:%s]]."
                     % (a, age_a, b, age_b, act, f, l, tel))
            elif k == 1:
                t = ("[[P:%s]], age %d, would like to join %s. Coach [[P:%s]] said to write here. Mum's number [[T:%s]]"
                     % (a, age_a, act, rng.choice(["Marcus", "Aisha", "Jussi", "Elena"]), tel))
            else:
                t = ("Note: [[P:%s]] (%d yrs) will be picked up by our neighbour [[P:%s]] today, not by me. Any problem call [[T:%s]]."
                     % (a, age_a, f, tel))
        else:
            if k == 0:
                t = ("Jag anmäler [[P:%s]] (%d år) och [[P:%s]] (%d år) till simskolan. Vårdnadshavare [[P:%s %s]], [[T:%s]]."
                     % (a, age_a, b, age_b, f, l, tel))
            else:
                t = ("Hej, [[P:%s]] %d år vill börja i cirkusskolan. Ledaren [[P:%s]] sa att det finns plats. Pappa [[T:%s]]"
                     % (a, age_a, rng.choice(["Lotta", "Mats", "Hanna"]), tel))
        out.append((lang, t))
    return out


_NEG_FI = [
    "Bussi {line} myöhästyi taas {mins} minuuttia {stopfi} pysäkillä klo {time}. Palautteen numero {case}.",
    "{parkfi} roskikset on täynnä {weekdayfi}-iltana, pizzalaatikoita ja {brand}-pusseja joka puolella.",
    "Ehdotus {ref}: lisää valaistusta {streetgen} alikulkuun. Kustannusarvio {price} €.",
    "Kirjaston aukioloajat ({lib}) muuttuivat: ma-to 8-20, pe 8-18, la 10-16. Nettisivuilla on vielä vanhat ajat.",
    "{word} on kaunis sana puistolle, ehdotan nimeksi '{word}n aukio'. Vanha nimi on kuin {parkfi} jatke.",
    "{schoolgen} pihalla on rikkinäinen koripallokori. Ilmoitettu jo {datefi}, asia {case}.",
    "Raitiovaunu {tram} seisoi {stopfi} kohdalla {mins} minuuttia ilman tiedotusta. Liput maksaa {price2} € eikä palvelu pelaa.",
    "Jalkakäytävä {streetgen} varrella on ollut auki kaivettuna {datefi} lähtien. Postinumeroalue {postal}.",
]
_NEG_EN = [
    "Bus {line} was {mins} minutes late at the {stopen} stop at {time} again. Reference {case}.",
    "The {brand} shop next to {parken} leaves cardboard boxes on the pavement every {weekdayen}.",
    "The statue of {famous} in {parken} has been sprayed with paint again, noticed {dateen}.",
    "Proposal {ref}: a covered bike shelter at {school}. Cost estimate {price} €, about {votes} votes so far.",
    "Tram {tram} skipped the {stopen} stop on {weekdayen} at {time}. Please check, order number {case}.",
    "Why is {room} at {lib} closed between 12 and 13? We come on our lunch break. Ticket {case}.",
]
_FILL = {
    "line": ["55", "78", "97N", "560", "23", "510", "65", "18", "611"],
    "tram": ["1", "3", "4", "6T", "7", "9", "10", "15"],
    "mins": ["12", "15", "20", "25", "40"],
    "time": ["7.42", "8:15", "16.55", "17:20", "22.05", "06:50"],
    "stopfi": ["Aleksis Kiven kadun", "Sturenkadun", "Kontulan metroaseman", "Runeberginkadun",
               "Urho Kekkosen kadun", "Topeliuksenkadun", "Sofianlehdonkadun"],
    "stopen": ["Aleksis Kiven katu", "Runeberginkatu", "Kamppi", "Ooppera", "Töölön halli",
               "Hakaniemi", "Lasipalatsi"],
    "streetgen": ["Mannerheimintien", "Runeberginkadun", "Fredrikinkadun", "Albertinkadun",
                  "Kustaankadun", "Lönnrotinkadun", "Annankadun", "Eerikinkadun"],
    "parkfi": ["Tove Janssonin puiston", "Sinebrychoffin puiston", "Sibeliuksen puiston",
               "Alppipuiston", "Kaisaniemen puiston", "Topeliuksen puiston"],
    "parken": ["Sibelius Park", "Tove Jansson Park", "Sinebrychoff Park", "Kaivopuisto",
               "Esplanadi park", "Alvar Aalto square"],
    "weekdayfi": ["lauantai", "sunnuntai", "perjantai", "maanantai"],
    "weekdayen": ["Saturday", "Sunday", "Monday morning", "Friday night"],
    "brand": ["Alepa", "K-Market", "Lidl", "Wolt", "Foodora", "R-kioski", "Hesburger"],
    "famous": ["Aleksis Kivi", "Jean Sibelius", "Paavo Nurmi", "Mannerheim", "Zachris Topelius",
               "J. L. Runeberg", "Minna Canth"],
    "ref": ["#2025-0312", "#2025-1877", "OS-24-0561", "#2026-0042"],
    "case": ["HEL 2025-011842", "2025-04471", "PAL-889214", "2026-000317", "ASIA-55190"],
    "price": ["3 500", "12 000", "48 000", "750", "95 000"],
    "price2": ["3,20", "3,60", "2,95"],
    "votes": ["140", "312", "89", "1 020"],
    "school": ["Aleksis Kiven koulu", "Sibelius-lukio", "Ressun lukio", "Kallion ala-asteen koulu",
               "Mäkelänrinteen lukio", "Minna Canthin koulu"],
    "schoolgen": ["Aleksis Kiven koulun", "Sibelius-lukion", "Ressun lukion",
                  "Kallion ala-asteen koulun", "Minna Canthin koulun"],
    "lib": ["Oodi", "Kallion kirjasto", "Itäkeskuksen kirjasto", "Tapiolan kirjasto"],
    "room": ["the Minna room", "Studio Tove", "the Aleksis room", "Kuutio 2"],
    "word": ["Onni", "Toivo", "Valo", "Aamu", "Rauha", "Ilo", "Usko"],
    "datefi": ["12.3.", "1.9.2025", "5.11.", "20.10.", "2.2.2026"],
    "dateen": ["12 March", "1.9.2025", "last Monday", "3 October", "on the 5th"],
    "postal": ["00530", "00940", "00980", "00710", "02230"],
}


def _gen_negatives(rng):
    out = []
    langs = ["fi"] * 8 + ["en"] * 4
    fi_tpl = list(_NEG_FI)
    en_tpl = list(_NEG_EN)
    rng.shuffle(fi_tpl)
    rng.shuffle(en_tpl)
    for i, lang in enumerate(langs):
        tpl = fi_tpl[i % len(fi_tpl)] if lang == "fi" else en_tpl[(i - 8) % len(en_tpl)]
        vals = {key: rng.choice(vals) for key, vals in sorted(_FILL.items())}
        out.append((lang, tpl.format(**vals)))
    return out


def records():
    """Return the block as (lang, marked_text) pairs, deterministic."""
    rng = random.Random(SEED)
    hand = _PART1 + _PART2 + _PART3 + _PART4
    generated = (_gen_bookings(rng) + _gen_signatures(rng) + _gen_kids(rng)
                 + _gen_negatives(rng))
    return list(hand) + generated
