"""Blind evaluation block 35 for the personal-data scrubber.

Written by helper "outsider 35" on 2026-12-08.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/,
/work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py
file, or /work/scratch/ (apart from the brief itself). I ran no git commands and did not run the
scrubber or any evaluation. The texts were written only from the brief and my own knowledge of how
people write.

Focus: Varaamo booking notes and Open311 feedback from Helsinki's international residents, in
English (~40 %), Finnish (~45 %, often simple learner Finnish) and Swedish (~15 %). The people named
come from East and Southeast Asia (pinyin and Cantonese names, Korean hyphenated given names such as
Ji-hoon / Seo-yeon, Japanese, Vietnamese, Thai, Filipino), South Asia, Africa, the Middle East,
Eastern Europe and Latin America: full names, given names alone, surnames after a title, names
inflected in Finnish (Nguyenille, Ji-hoonin, Ahmedin kanssa), names in capitals and in lower case,
signatures and contact lines with phones and e-mails. Hard negatives: restaurants and shops, dishes
(pho, ramen, pad thai, sushi), foreign places (Seoul, Hanoi, Lagos, Mogadishu, Kyiv), brands
(Samsung, Hyundai, Toyota, Huawei, Xiaomi), festivals (Diwali, Eid, Nowruz, Tet), languages and
nationalities, famous people (BTS, Jackie Chan, Bong Joon-ho) and English words that are also short
Asian names (Do, Ho, Le, Long, Mai, Ha, Sun, Song, Kim as in a shop name, Lee as in "lee side").

Seed: 3535 (random.Random(SEED) is the only source of randomness; generators draw from fixed,
ordered lists).

Markup: [[LABEL:text]] around each piece of personal data. P person name (Finnish case endings,
English possessive 's and Swedish genitive -s inside the span; titles and role words outside),
E e-mail, T phone number, H Finnish personal identity code, I IBAN / bank account, R licence plate,
IP IP address, A street address with a house number (postal code and city outside). Famous people,
streets without numbers, places, brands, shops and festivals are not marked.
"""

import random

SEED = 3535


# ---------------------------------------------------------------------------
# Hand-written records, part 1: Varaamo booking notes
# ---------------------------------------------------------------------------

HAND_VARAAMO = [
    ("fi", "Hei! Varaan Caisan salin lauantaiksi 14.3. klo 12-16. Meillä on vietnamilainen yhdistys ja juhlimme Tet-juhlaa vähän myöhässä. Avaimet hakee [[P:Nguyen Thi Lan]], puh [[T:045 782 3319]]. Kiitos!"),
    ("fi", "Minä olen [[P:Ji-hoon Park]]. Haluan varata bändikämpän Kalasatamasta tiistaina. Me soitamme koreaa poppia mutta ei BTS:n biisejä, omia. Minun numero [[T:+358 44 917 2260]]"),
    ("en", "Booking the kitchen at Vuotalo for a Diwali cooking evening, around 25 people. Contact person is [[P:Priya Raghunathan]] ([[E:priya.raghunathan@gmail.com]]). We will bring our own pots, no open fire."),
    ("sv", "Hej, jag bokar mötesrummet på Stoa för vår somaliska föräldragrupp. Nycklarna hämtas av [[P:Hodan Warsame]], tel. [[T:040 663 1874]]. Vi är ca 12 personer."),
    ("fi", "Varaus: Maunulatalon studio. Varaaja [[P:Oksana Kovalenko]]. Avaimen noutaa hänen miehensä [[P:Andrii]], koska [[P:Oksana]] on töissä. Yhteystieto [[E:oksana.kov@outlook.com]]"),
    ("en", "hi we need the sports hall at Myllypuro for badminton sat morning. Last time the door code didnt work so pls send it to [[P:Wei]] (not me), her number [[T:0417730962]]. thx [[P:chen jun]]"),
    ("fi", "Kokoushuone 2 varattu [[P:Ahmedille]] ja hänen opintopiirilleen. Jos tulee ongelmia, soittakaa [[P:Ahmedin]] veljelle [[P:Yusufille]] [[T:050 448 2091]]."),
    ("en", "Room booked for the Filipino community choir. We rehearse Ave Maria and some OPM songs. Keys: [[P:Maria Cristina Dela Cruz]], mobile [[T:+358 45 601 7728]]. Thank you po!"),
    ("fi", "Varaan Kannelmäen kirjaston ryhmätilan. Olemme nepalilaisia äitejä, puhumme suomea vielä vähän. Yhteyshenkilö: [[P:Sunita Gurung]] [[T:044 290 5516]]. Jos ei vastaa, [[P:Bishnu]] voi auttaa."),
    ("en", "Hello, this is for the Ghanaian students association end of term party at Malmitalo. Payment invoice to our treasurer [[P:Kwame Owusu-Ansah]], [[E:k.owusuansah@student.hel.fi]]. Music ends 22:00 as required."),
    ("sv", "Bokning av bastun i Kallvik för vår japanska kvinnogrupp. Ansvarig: [[P:Yuki Tanaka]], [[E:yuki.tanaka88@icloud.com]]. Vi städar efter oss!"),
    ("fi", "moi. tarvitsen pienen huoneen Itäkeskuksen kirjastosta, harjoittelen työhaastattelua ystävän kanssa. minun nimi on [[P:Tahmina Akter]], puhelin [[T:041 558 0743]]. kiitos paljon"),
    ("en", "Varaamo says the booking is under my name but it's actually for my colleague Dr. [[P:Abebe]]. He will arrive at 9 and needs the projector. [[P:Selamawit Bekele]]"),
    ("fi", "Varaan Vuosaaren nuorisotalon keittiön. Teemme thaimaalaista ruokaa, pad thai ja som tam, lapsille. Avaimet [[P:Somchai Wongsakul]]. Jos hän ei ehdi, [[P:Nok]] hakee. [[P:Nokin]] puh [[T:045 339 7712]]."),
    ("en", "Key pickup: [[P:Seo-yeon Kim]] will come Thursday before 16. She doesn't speak Finnish, please English or Korean 😊 Her email [[E:seoyeon.kim@aalto.fi]]"),
    ("fi", "Varaus koskee Kontulan nuorisotalon salia 3.5. Olemme kongolaisia perheitä, tanssimme ja syömme. Vastuuhenkilö [[P:Jean-Pierre Mbuyi]] [[T:+358 40 881 2365]], [[E:jp.mbuyi@gmail.com]]"),
    ("en", "Booking note: Persian poetry night for Nowruz, Stoa small hall. Host: [[P:Parisa Ahmadi]]. Co-host [[P:Reza]] brings the sound system, his car [[R:KZT-418]] needs to park at the loading dock for 20 min."),
    ("fi", "Hei, haluaisin varata Oodin äänitysstudion [[P:Chineduille]] ja minulle. Me teemme podcastia Lagosista ja Helsingistä. Terveisin [[P:Ngozi Okafor]], [[T:050 772 6609]]"),
    ("sv", "Hej! Vi vill boka festsalen i Nordhuset för ett ukrainskt barnkalas. Kontaktperson [[P:Iryna Shevchuk]] ([[T:044 512 8870]]). Hennes man [[P:Taras]] hämtar nycklarna."),
    ("en", "Please invoice to the association, not to me personally. Bank: [[I:FI21 1234 5600 0007 85]]. Contact [[P:Rahul Deshpande]], treasurer. Thanks"),
    ("fi", "Varausviesti: pidämme arabiankielisen läksykerhon Kivikon kirjastossa. Opettaja [[P:Fatima Al-Hassan]]. Lapset tulevat bussilla 95, joten alkaa klo 16.15."),
    ("en", "Booked Kirjasto 10 meeting room for our Polish–Finnish language tandem. Organisers: [[P:Katarzyna Nowak]] and [[P:Heikki]]. If anything, call [[P:Kasia]] [[T:045 120 4478]]."),
    ("fi", "[[P:LE VAN HUNG]] varaa saunan perjantaina klo 18-20. Puhelin [[T:0449102837]]. Avain laitetaan postiluukkuun osoitteeseen [[A:Meri-Rastilan tie 6 C 41]]."),
    ("en", "hey its [[P:mai]] again, i booked the dance room but spelled my name wrong, its [[P:Mai Nguyen]] not [[P:Mai Ngyuen]]. same phone [[T:040 617 2293]]"),
    ("fi", "Tila: Annantalon sali 2. Tapahtuma: eritrealainen kahviseremonia ja musiikkia. Varaaja [[P:Yonas Tesfamariam]], avustaja [[P:Senait]]. Ei alkoholia."),
    ("en", "Our Romanian dance group (Hora Helsinki) books the gym at Puistola school every Wed. This term the contact is [[P:Andreea Popescu]], [[E:andreea.popescu@yahoo.com]], phone [[T:+358 50 339 4481]]."),
    ("sv", "Jag heter [[P:Arjun Menon]] och bokar datorrummet på Hagnäs bibliotek för en CV-verkstad. [[P:Arjuns]] kollega [[P:Deepa]] hjälper till. Tel [[T:045 663 0091]]."),
    ("fi", "Varasin Tikkurilan kirjaston tilan, mutta en pääse itse. Avaimet hakee ystäväni [[P:Emre Yılmaz]]. [[P:Emrellä]] on henkilökortti mukana. Kiitos, [[P:Zeynep Kaya]]"),
    ("en", "Venue: Caisa, studio. Purpose: Cantonese opera practice. Contact: [[P:CHAN KA-WAI]] (Mr [[P:Chan]]), [[T:+358 40 552 8813]]. He prefers SMS."),
    ("fi", "hei, mä varasin liikuntasalin ja siellä oli joku toinen ryhmä?? mun varaus on nimellä [[P:Hassan Abdullahi]] ja vahvistusnumero 58812. soitin mut kukaan ei vastannut. [[T:041 882 4510]]"),
    ("en", "Booking for the Sri Lankan Tamil cultural evening. Main contact: [[P:Kumaran Sivapalan]]. Backup: [[P:Nirmala Perera]] [[E:nirmala.perera@live.com]]. We need 80 chairs and 10 tables."),
    ("fi", "Pyydän siirtämään varauksen [[P:Seo-yeonin]] nimiin, koska minä muutan takaisin Souliin ensi viikolla. Hänen sähköposti [[E:sy.lee1995@naver.com]]. Terveisin [[P:Min-jun Lee]]"),
    ("sv", "Bokning: ateljén i Malms kulturhus. Vi målar med barn från Kenya och Finland. Ansvarig [[P:Wanjiru Kamau]], [[T:040 776 3345]]."),
    ("en", "For the key please contact Ms. [[P:Rodríguez]] at the front desk, or me: [[P:Valentina Rojas]], [[T:050 448 9071]], [[E:valerojas.hki@gmail.com]]"),
    ("fi", "Varaan Vallilan kirjaston kokoushuoneen venäjänkieliselle lukupiirille. Vetäjä [[P:Olga Smirnova]]. Osallistujat: [[P:Natalja]], [[P:Sergei]], [[P:Ljudmila]] ja minä."),
    ("en", "We are 6 Japanese mums doing a bento workshop (not sushi, sorry!). Booking under [[P:Haruka Sato]], phone [[T:044 731 9928]]. [[P:Aiko]] will open and close."),
    ("fi", "Varauksen tekijä: [[P:Muhammad Asif Qureshi]]. Tilaisuus: Eid-juhla pakistanilaisille perheille Myyrmäessä. Ruoka tuodaan valmiina, ei kokata paikan päällä."),
    ("sv", "Hej, kan ni ändra bokningen till [[P:Tran Minh Anh]]? Hon kommer att öppna lokalen. Hennes nummer [[T:+358 41 339 0278]]. Mvh [[P:Linh]]"),
    ("en", "booking for 'Kurdish language club for kids'. teacher: [[P:Rojin Ahmed]]. parents contact: [[P:Dilan]] [[T:0457788123]]. we meet after school 15-17."),
    ("fi", "Kiitos varauksesta. Huom: laskutusosoite on [[A:Kauppakartanonkatu 7 A 19]], 00930 Helsinki, vastaanottaja [[P:Kadri Tamm]]. Y-tunnusta meillä ei ole, olemme rekisteröimätön ryhmä."),
    ("en", "Hi! I am [[P:Li Xiaoming]] from the Chinese Students and Scholars Association. We book the lecture hall at Oodi for the Mid-Autumn festival. Contact [[E:xiaoming.li@helsinki.fi]] or WeChat. Thanks!"),
    ("fi", "Salivuoro keskiviikkoisin, kriketti sisällä talvella. Vastaava [[P:Imran Chaudhry]] [[T:040 933 1672]]. Varalla [[P:Bilalille]] voi soittaa [[T:044 201 8835]]."),
    ("en", "The Ethiopian community books the Itäkeskus hall for Timkat. Please give the keys to [[P:Dawit Haile]] only. Others in the group ([[P:Meron]], [[P:Tigist]]) do not have permission."),
    ("fi", "Nimi: [[P:María José Fernández]]\nPuhelin: [[T:+358 45 221 7734]]\nSähköposti: [[E:mjfernandez@protonmail.com]]\nTila: Maunulatalo, keittiö\nLisätiedot: tanssimme salsaa ja teemme empanadoja"),
]


# ---------------------------------------------------------------------------
# Hand-written records, part 2: Open311 feedback that contains personal data
# ---------------------------------------------------------------------------

HAND_FEEDBACK = [
    ("en", "The streetlight outside [[A:Kivikonkaari 21]] has been broken for three weeks. My kids walk to school in the dark. Please fix. [[P:Abdirahman Hirsi]], [[T:044 782 5530]]"),
    ("fi", "Hei. Roskis on täynnä ja linnut levittää roskat. Osoite [[A:Mellunmäentie 4 B 12]]. Soitin jo isännöitsijälle mutta ei mitään. [[P:Nguyen Van Duc]]"),
    ("en", "Snow plough blocked our car again. Plate [[R:GHN-772]], it is a grey Toyota Corolla. Parked on Siilitie, not in front of any house number. Who pays if it is damaged? -[[P:Ravi]]"),
    ("fi", "Minun naapuri [[P:Olena]] kaatui jäisellä jalkakäytävällä Kontulantiellä eilen ja sen käsi murtui. Hiekoitus puuttuu kokonaan. Voitteko tulla? Olen [[P:Halyna Bondarenko]] [[T:050 113 9927]]"),
    ("sv", "Trafikljuset vid korsningen Tavastvägen/Sturegatan fungerar inte för fotgängare. Min dotter [[P:Aisha]] var nära att bli påkörd. Kontakta mig: [[P:Omar Jama]], [[E:omar.jama@hotmail.com]]"),
    ("en", "Complaint about the swimming hall staff. A lifeguard shouted at my son [[P:Jun-seo]] because he did not understand Finnish. He is 8. Please train your staff to speak simple English. Mother: [[P:Hye-jin Choi]], [[T:+358 40 338 1260]]"),
    ("fi", "Terveisiä! Pyörätie [[A:Hakunilantie 48]] edessä on rikki, iso kuoppa. Kaaduin pyörällä. Lääkäri [[P:Sharma]] sanoi että ranne on nyrjähtänyt. Haluan korvausta. [[P:Pooja Verma]], henkilötunnus [[H:120388-214S]], tili [[I:FI10 8000 1234 5678 90]]"),
    ("en", "Our daycare teacher [[P:Anna-Liisa]] is wonderful, I just want to say thank you. She helped our daughter [[P:Yen]] learn Finnish in only 6 months. From the [[P:Pham]] family, Vuosaari"),
    ("fi", "Bussipysäkin katos rikottu Itäväylällä, lasia joka paikassa. Näin kaksi poikaa tekemässä sen klo 23 maissa. Voin antaa lisätietoa: [[P:Tesfaye Gebremedhin]], [[T:045 774 3018]]"),
    ("en", "Re: case 2024-118734\nHello, I sent photos of the mould in the school toilet to the principal Mr. [[P:Lindqvist]] but no answer. My son [[P:Arnav]] has asthma. Please respond to [[E:sanjay.iyer@nokia.com]]. [[P:Sanjay]]"),
    ("fi", "Naapurin koira haukkuu koko yön. Koiran nimi on Bruno ja omistaja asuu [[A:Vuosaarentie 12 A 7]]. En halua riitaa, mutta en voi nukkua. [[P:Thi Huong]]"),
    ("en", "Someone dumped an old Samsung fridge and a Hyundai car tyre next to the recycling point on Ostostie. No house number there, it's behind the Lidl. Reported by [[P:Babajide Adeyemi]]."),
    ("sv", "Jag vill klaga på att ingen svarar på telefonnumret till socialbyrån. Jag har ringt 14 gånger. Mitt namn är [[P:Ayan Farah]], personbeteckning [[H:050791-356U]], tel [[T:040 998 2743]]."),
    ("en", "parking permit issue: my car [[R:MLO-305]] got a fine even though I have a resident permit for zone K. Permit holder [[P:Agnieszka Wiśniewska]], [[A:Fleminginkatu 15 A 22]]. Please cancel the fine."),
    ("fi", "Kirjoitan äitini puolesta, hän ei osaa suomea. [[P:Zahra Hosseini]] asuu [[A:Kaarelantie 86 D 45]] ja hissi on ollut rikki kaksi viikkoa. Hän on 78 vuotta. Minun numero [[T:044 503 7719]], [[P:Mehdi]]"),
    ("en", "Thank you to the bus driver on line 560 this morning! My friend [[P:Kofi]] forgot his bag with his passport and the driver kept it safe. Driver's badge said [[P:Mikko]]."),
    ("fi", "Koulun pihalla on rikkinäistä lasia. Sanoin [[P:Nguyenille]] (hän on talonmies) mutta hän sanoo että ei kuulu hänelle. Kuka siivoaa? Terv. [[P:Sadia Rahman]]"),
    ("en", "Noise from the construction site on Hämeentie starts 6:15 every morning. The permit says 7. Site manager's name is [[P:Jarkko Salonen]] but he doesn't answer. [[P:Alejandro Gómez]] [[T:+358 50 442 1186]]"),
    ("sv", "Min granne [[P:Shirin]] har bett mig skriva: det luktar avlopp i trapphuset på [[A:Snellmansgatan 3 B 14]]. Hon pratar persiska och lite engelska. Kontakta [[P:Shirins]] son [[P:Kaveh]] på [[T:045 717 6634]]."),
    ("en", "I'm writing about the harassment at the Itis metro station. A man followed me and [[P:Thuy]] and shouted things about Asians and corona. Security did nothing. This was 3.11. around 19:40. [[P:Lan Anh Do]]"),
    ("fi", "minulla on ongelma: asukaspysäköintitunnus ei toimi. auto [[R:XFB-621]], omistaja [[P:Chukwuemeka Eze]]. asun [[A:Kauppakartanonkatu 36 B 61]]. kiitos apu"),
    ("en", "Playground at Kivikko has a broken swing chain. My daughter [[P:Amara]] got a cut on her hand. Photos attached. [[P:Fatou Diallo]], [[E:fatou.diallo@gmail.com]]"),
    ("fi", "Haluan kiittää neuvolan terveydenhoitajaa [[P:Päiviä]], hän puhui englantia ja selitti kaikki rokotukset. Meidän vauva [[P:Hyun-woo]] voi hyvin. [[P:Ji-hoonin]] ja [[P:Seo-yeonin]] perhe"),
    ("en", "FORWARDED MESSAGE\nFrom: [[P:Ramesh Thapa]] <[[E:ramesh.thapa77@gmail.com]]>\nTo: kirjaamo\nSubject: water leak\n\nWater coming through ceiling at [[A:Turunlinnantie 14 C 38]]. Housing company not answering. Please help urgent."),
    ("fi", "Moikka! Sinun työntekijä [[P:Rasmus]] sanoi minulle että voin jättää polkupyörän tähän mutta nyt se on viety pois. Pyörä on punainen Tunturi. Minä olen [[P:Wiktoria]], [[T:050 916 2247]]"),
    ("en", "My father [[P:Tuan Le]] (72) waits for a home care visit since Monday. Nobody came. He lives alone at [[A:Myllypurontie 20 A 5]]. Please call me, [[P:Linh Le]], [[T:041 226 8803]]. We are very worried."),
    ("sv", "Tack till bibliotekarien [[P:Mari]] i Tölö bibliotek som hjälpte [[P:Giang]] att hitta böcker på vietnamesiska. Hälsningar, familjen [[P:Hoang]]"),
    ("en", "Hi, the recycling container for glass at the corner of Porthaninkatu is overflowing since Christmas. I called the city switchboard and they said to write here. — [[P:Svetlana]]"),
    ("fi", "Pyydän että [[P:Mohamed Abdi Nur]] saa tulkin ensi kerralla sosiaalitoimistossa. Hän puhuu somalia. Viime kerralla tulkki ei tullut. Asiakasnumero 447120. Yhteys: [[P:Mohamedin]] sisko [[P:Faadumo]], [[T:0443009125]]"),
    ("en", "Complaint: the taxi driver (car [[R:ZTL-808]]) refused to take my guide dog. I am [[P:Kenji Watanabe]], I live at [[A:Albertinkatu 29 B 16]]. I want this investigated. [[E:k.watanabe@kolumbus.fi]]"),
    ("fi", "Hei, olen [[P:Mwangi]], Keniasta. Minun työkaveri [[P:Jussi]] auttaa kirjoittaa tämän. Kadulla meidän talon edessä on auto joka ei liiku 3 kuukautta, rekisteri [[R:CVB-14]]. Osoite [[A:Sturenkatu 41]]."),
    ("en", "Thanks for fixing the road so fast!! I reported the pothole yesterday and today it's done. Great job Helsinki 👏 [[P:rajesh k.]]"),
    ("fi", "Valitus. Terveysasemalla lääkäri [[P:Korhonen]] ei kuunnellut minua ja sanoi että mene kotiin. Minun vatsa on kipeä 2 viikkoa. Nimi [[P:Nasrin Karimi]], syntynyt [[H:301165-042B]]. Haluan uuden ajan toiselle lääkärille."),
    ("en", "Cc: [[P:Ama Boateng]]\nHi again, the bench I reported (case 318552) is still broken. [[P:Ama]] from our block also fell. Her daughter [[P:Efua]] took a photo. [[P:Yaw Boateng]], [[T:+358 44 661 0345]]"),
    ("sv", "Hej! Gatlyktan utanför [[A:Botbyvägen 18]] blinkar hela natten. Det stör sömnen. [[P:Dmitri Volkov]], [[E:dmitri.volkov@elisanet.fi]]"),
    ("fi", "ASUKASPALAUTE\nNimi: [[P:KIM MIN-SEO]]\nOsoite: [[A:Siilitie 9 F 83]]\nPuhelin: [[T:040 228 5573]]\nAsia: portaikon valo ei toimi kolmannessa kerroksessa."),
    ("en", "The after-school club leader [[P:Tuomas]] told my son [[P:Adebayo]] that he cannot bring his own food because of allergies of other kids. Ok, but why nobody told us? Please inform parents. [[P:Folake Adebayo-Smith]]"),
    ("fi", "Mun IP on [[IP:85.76.141.203]] ja teidän palautesivu sanoo että olen estetty. Miksi? En ole lähettänyt mitään roskapostia. [[P:Arash]]"),
    ("en", "Hello, I'm [[P:Ana Paula Ribeiro]] from Brazil. I want to report that the ramp at Kalasatama metro is too steep for a wheelchair. My husband [[P:Thiago]] uses one. [[T:045 880 1274]]"),
    ("fi", "Tämä on [[P:Soo-ah]]. Minä kirjoitin viime viikolla lumesta. Nyt on vielä pahempi. Talon nimi ei ole tärkeä, osoite [[A:Kallvikintie 31 C]]. Vastatkaa please."),
    ("en", "Dear city,\nthe lady at the city info desk, Ms. [[P:Virtanen]], was super kind to my mum [[P:Rosa Mendoza]] who speaks only Spanish. Gracias!\n[[P:Camila Mendoza]]\n[[T:+358 40 771 2304]]"),
    ("fi", "ilmoitan rikkinäisestä hiekoituslaatikosta Leppävaarankadulla. ei ole kiire. terveisin [[P:bui thanh tam]] [[E:buithanhtam@gmail.com]]"),
    ("sv", "Jag heter [[P:Abdullah Rahimi]] och bor på [[A:Mejlansvägen 6 A 3]]. Sopbilen har inte kommit på tre veckor. Ring mig [[T:+358 46 581 2290]]."),
    ("en", "The parking attendant [[P:Niko]] gave me a fine while I was unloading my mother's wheelchair. 3 minutes! Car [[R:HKO-559]]. Please reconsider. [[P:Malika Yusupova]]"),
    ("fi", "Päiväkotiin jonossa, mutta paikka tarjottiin liian kaukaa. Lapsi [[P:Sara Haile]], syntynyt [[H:021112A380H]]. Me asumme Malmilla ja päiväkoti on Vuosaaressa. Bussilla 1 tunti. Pyydän uutta paikkaa. Äiti [[P:Mekdes Tadesse]]"),
]


# ---------------------------------------------------------------------------
# Hand-written records, part 3: hard negatives (no personal data to mark)
# ---------------------------------------------------------------------------

HAND_NEGATIVE = [
    ("en", "Booking the Caisa hall for a Diwali evening with rangoli, sweets and dancing. Around 60 guests. We will end by 21:30. Thank you!"),
    ("fi", "Varaan Stoan salin Tet-juhlaa varten lauantaille 8.2. klo 14-20. Tarjoilemme phota ja kevätkääryleitä. Ei alkoholia."),
    ("en", "The pho place on Hämeentie left their trash bags on the sidewalk again. It smells and the crows love it. Please talk to the restaurant."),
    ("en", "Do not put the bins in front of the door! Do you understand how dangerous this is in case of fire? Long story short: the fire exit at the library is blocked every Tuesday."),
    ("fi", "Kim's Convenience -sarjan katselu ilta Oodissa: varaamme katsomon perjantaille klo 18. Sarja on kanadalainen komedia korealaisesta perheestä. Tekstitykset englanniksi."),
    ("en", "We sail from Lauttasaari every Sunday. The new pier has no shelter on the lee side, so the boats bang against the wood all night. Please add fenders."),
    ("sv", "Vi bokar köket i Nordhuset för ett matlagningskväll: ramen, bibimbap och pad thai. Max 15 deltagare, anmälan via föreningens hemsida."),
    ("fi", "Talvella Itäväylän pyörätie on aina viimeinen joka aurataan. Ajan töihin Hyundai-tehtaan varaosaliikkeeseen ja joka aamu sama juttu."),
    ("en", "Film club booking: we'll screen Parasite by Bong Joon-ho and then discuss. Korean with English subtitles. Room: Kirjasto 10 small cinema, 2.4. at 18:00."),
    ("en", "Our Nigerian community celebrates Independence Day on 1 October. We book the Malmitalo hall 12-22. Jollof rice will be served (the Nigerian one, not the Ghanaian one 😂)."),
    ("fi", "Haluan ilmoittaa että Sun Moon Lake -ravintolan edessä oleva polkupyöräteline on kaatunut. Katu on Helsinginkatu, numeroa en tiedä."),
    ("sv", "Cykelbanan längs Mannerheimvägen är full av grus fortfarande i maj. Det är farligt för alla, inte bara för oss som cyklar till jobbet."),
    ("en", "Is there any place in Helsinki to play Go (the board game)? The library in Itäkeskus used to have Go boards but they are gone."),
    ("fi", "Pyydän lisää penkkejä Kaisaniemen puistoon. Kun Nowruz-juhla pidettiin siellä keväällä, vanhukset joutuivat seisomaan."),
    ("en", "The bus 95 to Kontula is always late on weekday mornings (7:40-8:10). Today it came 23 minutes late. Line 560 is also unreliable."),
    ("en", "Ha! The 'new' bike lane on Sturenkatu is already cracked after one winter. Ha ha. Who approved this?"),
    ("fi", "Varaus Kalasataman nuorisotalon studioon: K-pop tanssiharjoitukset, harjoittelemme BTS:n ja BLACKPINKin koreografioita. Ryhmässä 9 nuorta 13-17 v."),
    ("en", "The Eid prayer at the Kalasatama field last year was beautiful, but there were no portable toilets. Please arrange some this year for Eid al-Adha."),
    ("sv", "Gatlyktorna på Sturegatan tänds först kl. 17 fast det är mörkt redan kl. 15.30 i december. Kan ni justera tiderna?"),
    ("en", "We want to book the Vuotalo hall for a Chinese New Year show. Program: lion dance, a song in Mandarin, a Cantonese opera piece and a short Jackie Chan kung fu movie for kids."),
    ("fi", "Aasialainen kauppa Hakaniemessä myy nyt myös kimchiä ja tofua, mutta parkkipaikkaa ei ole. Voisiko lastausalueen merkitä paremmin?"),
    ("en", "The Xiaomi scooters and Voi scooters are parked all over the pavement at Kamppi. Blind people trip on them. Please regulate."),
    ("fi", "Lapset pelaavat krikettiä Vuosaaren urheilupuistossa, mutta kentällä on lasinsiruja. Pakistanilaiset ja intialaiset perheet toivovat siivousta ennen kesäkuuta."),
    ("en", "I moved here from Seoul last year. In Korea the bus stops show real-time arrival in 3 languages. Could Helsinki add Korean, Chinese and Arabic to the displays?"),
    ("sv", "Vi är en grupp från Eritrea och Etiopien som vill hyra en lokal för kaffeceremoni varje månad. Finns det billiga lokaler i Östra centrum?"),
    ("en", "Mai Tai night at the restaurant next door ends every Saturday at 4 am with people shouting on Fleminginkatu. Not cool."),
    ("fi", "Kiitos Helsingin kaupunki! Kirjastossa on nyt kirjoja vietnamiksi, thaiksi, tagalogiksi ja nepaliksi. Lapseni lukee Doraemonia japaniksi."),
    ("en", "The Samsung screen at the Kalasatama service point shows an error message in Finnish only. Please fix or add English. Error code 0x80070005."),
    ("en", "Long queue at the Malmi health station again today, 2 hours. The ticket machine printed number 118 when I came and they were at 41."),
    ("fi", "Ravintola Kamome on kiva, mutta sen terassi vie koko jalkakäytävän. Lastenvaunuilla ei mahdu. Pursimiehenkatu, Punavuori."),
    ("sv", "Tack för den nya lekplatsen i Brunnsparken! Barnen älskar den. Men sanden är redan slut i sandlådan."),
    ("en", "Song festival rehearsal at Annantalo, Saturdays 10-13, for the Filipino youth. We sing Tagalog, Ilocano and English songs. Any available room is fine."),
    ("fi", "Lumikasat ovat niin korkeita Kontulan ostarilla että autoilijat eivät näe jalankulkijoita. Tämä koskee erityisesti suojatietä apteekin vieressä."),
    ("en", "Can you please add halal options to the school lunches in Itäkeskus? Many Somali, Arab, Turkish and Bangladeshi kids just eat bread."),
    ("en", "Our Toyota Hiace minibus for the seniors' club needs a parking space close to the Myllypuro media library. Only Tuesdays 10-14. Is there a permit for this?"),
    ("fi", "Lagos, Nairobi ja Accra - Afrikka-päivän tapahtuma Oodissa 25.5. Tarvitsemme kolme pöytää ja sähköä. Kysymyksiä: yhdistyksen yleinen sähköposti sivuilla."),
    ("sv", "Busslinje 560 borde gå oftare på kvällarna. Nu är det 30 minuter mellan bussarna efter kl. 21, och det känns otryggt vid hållplatsen."),
    ("en", "Hello, can we bring a Huawei projector of our own or do we have to use the library's? Booking for the Ukrainian language school, Sunday 11-14."),
    ("fi", "Kyivistä tulleet perheet tarvitsevat lisää suomen kursseja iltaisin. Päivällä kaikki ovat töissä. Kurssit voisi pitää Itäkeskuksen kirjastossa."),
    ("en", "Hanoi, Ho Chi Minh City, Bangkok, Manila - we are a group of Southeast Asian students and we'd love a regular cooking night in some youth house. Is Vuotalo possible?"),
    ("fi", "Le Bon Goût -kahvilan edessä on aina autoja suojatiellä. Kaupunki voisi laittaa pollarit. Tämä on Fredrikinkadulla."),
    ("en", "I love the Sibelius monument but the path down to the sea is broken. Someone will fall there. Also the Mannerheim statue needs cleaning, birds everywhere."),
    ("sv", "Kan man boka Helsingfors stads bastu i Sompasaari för en grupp på 10 personer? Vi är utbytesstudenter från Japan och Korea."),
    ("en", "Re the Kerrokantasi hearing on the Hakaniemi market: please keep the small shops, like the Thai grocery and the Turkish bakery. They are why we go there."),
    ("fi", "Wolt-lähettien mopot ajavat Kalasatamassa jalkakäytävällä. Eilen klo 18.30 yksi melkein ajoi lapsen yli. Rekisterikilpeä en nähnyt."),
    ("en", "Sushi restaurant on Kauppakartanonkatu throws cooking oil into the storm drain. I saw it twice this week. Please check, it pollutes the sea."),
    ("fi", "Mai pen rai, kuten Thaimaassa sanotaan, mutta nyt on jo liikaa: hissi rikki kolmatta kertaa tässä kuussa. Taloyhtiö ei tee mitään."),
    ("en", "To whoever organises the Lantern festival: the lanterns left in Kaisaniemi park are still there 2 weeks later. Please clean up."),
    ("sv", "Det saknas skyltar på engelska vid Tölö simhall. Vi som inte kan finska eller svenska förstår inte reglerna om duschning."),
    ("fi", "Varaan Myyrmäen kirjaston tilan Vantaalla: arabian kielen kerho, lapset 6-10 v. Tila 1, tiistaisin klo 17-18.30, syyskuusta joulukuuhun."),
    ("en", "Please add the Lunar New Year to the city's event calendar. Last year there was nothing about it, but Hanami in Roihuvuori got a whole page."),
]


# ---------------------------------------------------------------------------
# Hand-written records, part 4: mixed - short names that are also words,
# inflected names, signatures, replies, names next to look-alikes
# ---------------------------------------------------------------------------

HAND_MIXED = [
    ("en", "Keys for Saturday: [[P:Long]] will pick them up (yes, his name is [[P:Long]], he's Vietnamese 🙂). Full name [[P:Tran Duc Long]], phone [[T:045 602 8874]]. It was a long week, sorry for the late message."),
    ("fi", "Varaus tehty nimellä [[P:Do Thi Mai]]. Me opetamme phon ja bánh mìn tekoa. [[P:Maille]] voi soittaa numeroon [[T:041 772 0348]]. Do not worry, siivoamme."),
    ("en", "Mrs [[P:Lee]] from the third floor asked me to report this: the wind on the lee side of our building blows all the snow onto the door. Nobody can open it. [[A:Kivikonkaari 12 B]]"),
    ("sv", "Hej, jag är [[P:Ha Nguyen]]. Ha ha, ja det är mitt riktiga namn. Jag bokar rummet på Stoa på onsdag kl 17. [[T:044 671 2209]]"),
    ("en", "[[P:Sun Li]] and [[P:Song Ji-ho]] booked the study room, but the sun was shining so much through the window that the screen was useless. Please add blinds. (Also the posters for the Song Contest block the door.)"),
    ("fi", "Avaimen hakee [[P:Kim]]. Siis [[P:Kim Thu Trang]], ei Kim's Mini Market -kauppa. [[P:Kimin]] numero [[T:050 338 7710]]."),
    ("fi", "Sovin [[P:Ahmedin]] kanssa että hän avaa salin klo 17 ja minä suljen klo 21. Jos [[P:Ahmed]] ei pääse, [[P:Ji-hoonille]] voi antaa avaimen. Terv. [[P:Mikael]]"),
    ("en", "--\n[[P:Tomasz Kowalczyk]]\nCoordinator, Polish Saturday School in Helsinki\n[[T:+358 40 557 1903]] | [[E:tomasz.kowalczyk@szkola-helsinki.fi]]"),
    ("fi", "Hei [[P:Priya]]! Kiitos viestistä. [[P:Priyan]] ryhmälle on varattu Kannelmäen sali torstaisin. Ystävällisin terveisin, Varaamo-asiakaspalvelu"),
    ("sv", "Nyckeln lämnades till [[P:Fatimas]] bror, [[P:Karim Haddad]]. Han bor på [[A:Bangatan 10 A 6]]. [[P:Fatima]] själv är utomlands till den 20:e."),
    ("en", "> From: [[P:Oluwaseun Adeyemi]]\n> I think the park should have better lights.\n\nI agree with [[P:Seun]]. I walk there with my dog Lagos (yes, named after the city) every night and it's pitch dark. [[P:Chiamaka]]"),
    ("fi", "[[P:NGUYEN VAN THANH]] [[T:0407712239]] [[E:nguyen.v.thanh@gmail.com]] - varaus perjantaille, Vuotalon keittiö, kevätkääryleiden teko."),
    ("en", "Booking under [[P:tanaka hiroshi]] (family name first, Japanese style). So please don't call me Mr. [[P:Hiroshi]] 😅 It's Mr. [[P:Tanaka]]. Email [[E:h.tanaka@keio-alumni.jp]]"),
    ("fi", "Pyysin [[P:Tanakalta]] avainta, mutta hän oli jo antanut sen [[P:Wongille]]. Nyt en tiedä missä avain on. Voiko joku tarkistaa? [[P:Yuki]]"),
    ("en", "Hi team, the Varaamo reservation 7731-HKI is for [[P:Juan Carlos Herrera]], not for Juan Carlos Bodoque (the cartoon 😂). Please fix the name on the invoice."),
    ("fi", "Viesti [[P:Jean-Pierrelle]]: avain on lokerossa 4, koodi tulee tekstiviestinä. Jos ei toimi, soita [[P:Svetlanalle]] [[T:044 880 4120]]."),
    ("sv", "Bokningen gäller [[P:Ji-hoons]] födelsedagskalas. Vi är ca 20 barn. Kontakt: [[P:Eun-ji Park]], [[E:eunji.park@gmail.com]], [[T:040 227 6615]]."),
    ("en", "Report: broken glass on the playground at Kontula. My neighbour Mr. [[P:Abdi]] cleaned some but there is more. It's the playground next to Kontulantie, no house number, near the Alepa. — [[P:Hamdi]]"),
    ("fi", "Ajoin [[P:Kofin]] kanssa Pasilaan ja huomasimme että pysäköintiautomaatti ei ota kortteja. Auto [[R:JTE-490]]. Sakko tuli silti. [[P:Kofille]] myös."),
    ("en", "To the person who wrote yesterday about the Thai restaurant smell: I am the owner's daughter, [[P:Pimchanok]]. We will fix the ventilation next week. Sorry! You can reach me at [[E:pim.s@baanthai.fi]]"),
    ("fi", "Minä olen [[P:Olga Ivanova]], venäjän kielen kerhon vetäjä. Jos minua ei tavoita, kysykää toiselta [[P:Olgalta]], [[P:Olga Petrenkolta]]. Hänen numero [[T:045 113 6627]]."),
    ("en", "HELLO. MY NAME IS [[P:GABRIEL OKONKWO]]. I AM WRITING ABOUT THE NOISE FROM THE NIGHT CLUB ON ALEKSANTERINKATU. IT CONTINUES UNTIL 5 AM. PHONE [[T:044 998 2216]]."),
    ("sv", "Hej! Jag skriver för min väninna [[P:Mais]] räkning, hon kan inte svenska än. Hissen på [[A:Runebergsgatan 47 C 31]] har stått stilla i en vecka. [[P:Mai Phuong]] har ett barn i barnvagn. //[[P:Elin]]"),
    ("fi", "kuka on vastuussa?? [[P:mohammed]] sano että te. lamppu rikki meidän rappu [[A:Ostostie 4 A]]. pimeä ja lapset pelkää"),
    ("en", "Hi, could you send the invoice to our chairwoman, Dr. [[P:Anjali Nair]]? Address [[A:Otaniementie 12 B 204]], 02150 Espoo. Account for refunds: [[I:FI70 5700 1120 3344 55]]."),
    ("fi", "Minun naapuri [[P:Le]] ja minä löysimme kadulta lompakon. Annoimme sen poliisille. Lompakossa oli kortti nimellä [[P:Bui Le Quynh]]. Toivottavasti omistaja saa sen!"),
    ("en", "Ok so I booked the sauna for '[[P:Ho]] + friends' - [[P:Ho]] is me, [[P:Ho Wing-kit]], from Hong Kong. Not a joke name! 😂 [[T:+358 45 203 1174]]"),
    ("sv", "[[P:Reza Tehrani]]\nOrdförande, Iranska kulturföreningen\n[[T:+358 50 661 4082]]\n[[E:reza.tehrani@kulturforening.fi]]"),
    ("fi", "Palaute kirjastolle: [[P:Maijan]] ja [[P:Kemalin]] järjestämä kurdinkielinen satutunti oli ihana! Lisää tällaisia. t. [[P:Berfin]] ja [[P:Rojda]]"),
    ("en", "Thanks [[P:Abena]]! Reply to your question from the booking: yes, the room has a piano. The Yamaha one. Please don't move it. Regards, Annantalo front desk"),
    ("fi", "Hei! [[P:Bongani]] tässä, Etelä-Afrikasta. Meidän jalkapallojoukkue haluaa varata Kurkimäen kentän lauantaiksi. Yhteys [[E:bongani.dlamini@gmail.com]]."),
    ("en", "My son's teacher, Ms. [[P:Nieminen]], asked us to report: the school crossing light on Vuosaarentie is broken. Our kids [[P:Liam]] and [[P:Jia Hui]] cross there every day. [[P:Wang Fang]]"),
    ("fi", "Tervehdys. Olen [[P:Dagmawi Alemu]] ja asun [[A:Kontulankaari 11 C 50]]. Meidän talon viereen on jätetty Toyota ilman rekisterikilpiä jo elokuussa. Voisitteko siirtää?"),
    ("en", "Hey! Last week [[P:mai anh]] and [[P:duc]] booked the room for pho night, but I'm the one picking up the keys. I'm [[P:Vu Minh Chau]] [[T:0451234987]]."),
    ("sv", "Vi tackar [[P:Nasra]] och [[P:Sahra]] för den fina Eid-festen i Kvarnbäckens ungdomsgård! Alla var glada. //Föräldragruppen"),
    ("fi", "Kiitos [[P:Ji-hoonille]] ja [[P:Min-seolle]] avusta! He auttoivat kääntämään tiedotteen koreaksi. Seoulista tulleet perheet ymmärsivät nyt kaiken."),
    ("en", "Reporting a car that has been parked on our street since the summer: black Hyundai i30, plate [[R:ULK-903]]. Not mine. The owner might be Mr. [[P:Popescu]] from [[A:Pohjoinen Rautatiekatu 21 B]] but I'm not sure."),
    ("fi", "Hei! Olen [[P:Ramon Villanueva]] Filippiineiltä. Varasin saunan yhdessä [[P:Jerichon]] kanssa, mutta sauna oli kylmä. Voiko saada rahat takaisin? Tili [[I:FI97 1025 3000 2147 85]]."),
    ("en", "Your booking system keeps blocking me with a captcha. My IP is [[IP:91.156.38.201]] if that helps. I've tried Chrome and Firefox on my Xiaomi phone. [[P:Nikolai Ivanov]]"),
    ("fi", "[[P:ABDULLAHI]] soitti eilen ja kysyi miksi sali oli lukossa. Varaus oli hänen nimellään ([[P:Abdullahi Mohamed Ali]]), mutta järjestelmässä lukee peruttu. Korjatkaa pls."),
    ("en", "Good evening. I am [[P:Leila Nazari]]. I want to complain about the Nowruz event booking: we paid 120 € but the hall was already taken by another group. Refund to [[I:FI38 4006 0012 4599 81]] please."),
    ("sv", "Hej [[P:Yusuf]], tack för ditt meddelande. Bokningen för Eid-middagen är bekräftad. Nyckeln hämtas av [[P:Yusuf Demir]] på fredag kl 15. Hälsningar, Stoa"),
    ("fi", "Tämä viesti on [[P:Main]] ja [[P:Longin]] puolesta: he eivät puhu suomea. Heidän ovensa edessä [[A:Meri-Rastilan tie 3 B 18]] on iso vesilätäkkö joka jäätyy."),
    ("en", "cant login to varaamo. my email is [[E:joseph.kariuki@yahoo.com]] and it says user not found. i have booked before!! [[P:joseph]]"),
]


# ---------------------------------------------------------------------------
# Small generators (the minority of the block). Fixed, ordered pools only.
# ---------------------------------------------------------------------------

# (full name, given name alone, Finnish genitive of the given name, Finnish allative, e-mail stem)
_PEOPLE = [
    ("Nguyen Thi Hoa", "Hoa", "Hoan", "Hoalle", "hoa.nguyen"),
    ("Pham Quoc Bao", "Bao", "Baon", "Baolle", "bao.pham"),
    ("Zhang Wei", "Wei", "Wein", "Weille", "zhang.wei"),
    ("Liu Yang", "Yang", "Yangin", "Yangille", "liuyang"),
    ("Wong Siu-ming", "Siu-ming", "Siu-mingin", "Siu-mingille", "sm.wong"),
    ("Park Ji-hoon", "Ji-hoon", "Ji-hoonin", "Ji-hoonille", "jihoon.park"),
    ("Lee Seo-yeon", "Seo-yeon", "Seo-yeonin", "Seo-yeonille", "seoyeon.lee"),
    ("Choi Min-jae", "Min-jae", "Min-jaen", "Min-jaelle", "minjae.choi"),
    ("Sato Kenta", "Kenta", "Kentan", "Kentalle", "kenta.sato"),
    ("Yamamoto Aya", "Aya", "Ayan", "Ayalle", "aya.yamamoto"),
    ("Siriporn Chaiyasit", "Siriporn", "Siripornin", "Siripornille", "siriporn.c"),
    ("Jose Miguel Bautista", "Jose", "Josen", "Joselle", "jm.bautista"),
    ("Rowena Santos", "Rowena", "Rowenan", "Rowenalle", "rowena.santos"),
    ("Anil Kumar", "Anil", "Anilin", "Anilille", "anil.kumar"),
    ("Lakshmi Iyer", "Lakshmi", "Lakshmin", "Lakshmille", "lakshmi.iyer"),
    ("Prakash Shrestha", "Prakash", "Prakashin", "Prakashille", "prakash.shrestha"),
    ("Ayesha Siddiqui", "Ayesha", "Ayeshan", "Ayeshalle", "ayesha.siddiqui"),
    ("Mohammad Rafiqul Islam", "Rafiq", "Rafiqin", "Rafiqille", "rafiqul.islam"),
    ("Dilani Fernando", "Dilani", "Dilanin", "Dilanille", "dilani.fernando"),
    ("Abdirahman Yusuf", "Abdirahman", "Abdirahmanin", "Abdirahmanille", "abdirahman.yusuf"),
    ("Hamdi Warsame", "Hamdi", "Hamdin", "Hamdille", "hamdi.w"),
    ("Oluwaseun Bakare", "Seun", "Seunin", "Seunille", "seun.bakare"),
    ("Akosua Mensah", "Akosua", "Akosuan", "Akosualle", "akosua.mensah"),
    ("Filmon Tekle", "Filmon", "Filmonin", "Filmonille", "filmon.tekle"),
    ("Hiwot Girma", "Hiwot", "Hiwotin", "Hiwotille", "hiwot.girma"),
    ("Otieno Ochieng", "Otieno", "Otienon", "Otienolle", "otieno.o"),
    ("Grace Kabongo", "Grace", "Gracen", "Gracelle", "grace.kabongo"),
    ("Ahmed Al-Rawi", "Ahmed", "Ahmedin", "Ahmedille", "ahmed.alrawi"),
    ("Nour Haddad", "Nour", "Nourin", "Nourille", "nour.haddad"),
    ("Hevin Barzani", "Hevin", "Hevinin", "Hevinille", "hevin.b"),
    ("Mahsa Rezaei", "Mahsa", "Mahsan", "Mahsalle", "mahsa.rezaei"),
    ("Burak Öztürk", "Burak", "Burakin", "Burakille", "burak.ozturk"),
    ("Anastasia Morozova", "Nastja", "Nastjan", "Nastjalle", "a.morozova"),
    ("Oleksandr Tkachenko", "Sasha", "Sashan", "Sashalle", "o.tkachenko"),
    ("Mart Kask", "Mart", "Martin", "Martille", "mart.kask"),
    ("Magdalena Zielińska", "Magda", "Magdan", "Magdalle", "magda.zielinska"),
    ("Ionuț Dumitrescu", "Ionuț", "Ionuțin", "Ionuțille", "ionut.d"),
    ("Luis Alberto Ramírez", "Luis", "Luisin", "Luisille", "luis.ramirez"),
    ("Gabriela Souza", "Gabriela", "Gabrielan", "Gabrielalle", "gabi.souza"),
]

# (nominative street, Finnish adessive, Swedish name, city)
_STREETS = [
    ("Kontulantie", "Kontulantiellä", None, "Helsinki"),
    ("Mellunmäentie", "Mellunmäentiellä", None, "Helsinki"),
    ("Hämeentie", "Hämeentiellä", "Tavastvägen", "Helsinki"),
    ("Sturenkatu", "Sturenkadulla", "Sturegatan", "Helsinki"),
    ("Fleminginkatu", "Fleminginkadulla", "Flemingsgatan", "Helsinki"),
    ("Vuosaarentie", "Vuosaarentiellä", "Nordsjövägen", "Helsinki"),
    ("Myllypurontie", "Myllypurontiellä", "Kvarnbäcksvägen", "Helsinki"),
    ("Kivikonkaari", "Kivikonkaarella", None, "Helsinki"),
    ("Kaarelantie", "Kaarelantiellä", "Kårbölevägen", "Helsinki"),
    ("Turunlinnantie", "Turunlinnantiellä", None, "Helsinki"),
    ("Leppävaarankatu", "Leppävaarankadulla", "Alberga gata", "Espoo"),
    ("Tikkurilantie", "Tikkurilantiellä", "Dickursbyvägen", "Vantaa"),
    ("Hakunilantie", "Hakunilantiellä", "Håkansbölevägen", "Vantaa"),
    ("Kallvikintie", "Kallvikintiellä", "Kallviksvägen", "Helsinki"),
]

# (Finnish object/genitive form, Finnish nominative)
_VENUES_FI = [("Caisan salin", "Caisan sali"), ("Stoan pienen salin", "Stoan pieni sali"),
              ("Vuotalon keittiön", "Vuotalon keittiö"), ("Maunulatalon studion", "Maunulatalon studio"),
              ("Kontulan nuorisotalon salin", "Kontulan nuorisotalon sali"),
              ("Itäkeskuksen kirjaston ryhmätilan", "Itäkeskuksen kirjaston ryhmätila"),
              ("Oodin kokoushuoneen", "Oodin kokoushuone"), ("Malmitalon juhlasalin", "Malmitalon juhlasali"),
              ("Myyrmäen kirjaston tilan", "Myyrmäen kirjaston tila"),
              ("Sellon kirjaston Akseli-salin", "Sellon kirjaston Akseli-sali")]
_VENUES_EN = ["the Caisa hall", "the small hall at Stoa", "the Vuotalo kitchen", "the Maunulatalo studio",
              "the Kontula youth house gym", "a group room at Itäkeskus library", "a meeting room at Oodi",
              "the Malmitalo party hall", "the Sello library event space"]
_VENUES_SV = ["salen på Caisa", "lilla salen på Stoa", "köket i Nordhuset", "studion i Månsashuset",
              "gymmet i Gårdsbacka ungdomsgård", "grupprummet på Östra centrums bibliotek"]

_EVENTS_FI = ["lasten syntymäpäivät", "yhdistyksen vuosikokous", "kielikahvila", "tanssiharjoitukset",
              "kokkauskerho", "läksykerho", "naisten liikuntavuoro", "kuoroharjoitus"]
_EVENTS_EN = ["a birthday party for the kids", "our association's annual meeting", "a language café",
              "dance practice", "a cooking club", "a homework club", "a women-only exercise hour",
              "choir practice"]
_EVENTS_SV = ["barnkalas", "föreningens årsmöte", "språkcafé", "dansträning", "matlagningsklubb",
              "läxhjälp"]


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050", "046"])
    a = "%03d" % rng.randint(100, 999)
    b = "%04d" % rng.randint(0, 9999)
    style = rng.randint(0, 4)
    if style == 0:
        return "%s %s %s" % (pre, a, b)
    if style == 1:
        return "%s%s%s" % (pre, a, b)
    if style == 2:
        return "+358 %s %s %s" % (pre[1:], a, b)
    if style == 3:
        return "%s-%s %s" % (pre, a, b)
    return "+358%s%s%s" % (pre[1:], a, b)


def _email(rng, stem):
    dom = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "protonmail.com"])
    if rng.random() < 0.3:
        stem = stem + str(rng.randint(1, 99))
    return stem + "@" + dom


def _house(rng):
    n = str(rng.randint(1, 60))
    r = rng.random()
    if r < 0.45:
        return "%s %s %d" % (n, rng.choice("ABCDEF"), rng.randint(1, 90))
    if r < 0.65:
        return "%s %s" % (n, rng.choice("ABC"))
    return n


def _plate(rng):
    letters = "".join(rng.choice("ABCEFGHIJKLMNOPRSTUVXYZ") for _ in range(3))
    return "%s-%d" % (letters, rng.randint(1, 999))


def _hetu(rng):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.randint(1950, 2012)
    n = rng.randint(2, 899)
    ddmmyy = "%02d%02d%02d" % (d, m, y % 100)
    chk = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + "%03d" % n) % 31]
    return "%s%s%03d%s" % (ddmmyy, "-" if y < 2000 else "A", n, chk)


class _Deck:
    """Draws from a fixed list without repeats until exhausted, then reshuffles (seeded)."""

    def __init__(self, rng, items):
        self.rng = rng
        self.items = list(items)
        self.pool = []

    def draw(self):
        if not self.pool:
            self.pool = self.items[:]
            self.rng.shuffle(self.pool)
        return self.pool.pop()


def _gen_booking(rng, lang, people):
    full, given, gen, allat, stem = people.draw()
    other = people.draw()
    ph = _phone(rng)
    t1 = rng.randint(9, 18)
    if lang == "fi":
        (v_obj, v_nom), ev = rng.choice(_VENUES_FI), rng.choice(_EVENTS_FI)
        day = rng.choice(["ma", "ti", "ke", "to", "pe", "la", "su"])
        k = rng.randint(0, 4)
        if k == 0:
            return "Varaan %s (%s klo %d-%d), %s. Avaimet hakee [[P:%s]], puh [[T:%s]]." % (
                v_obj, day, t1, t1 + 3, ev, full, ph)
        if k == 1:
            return "Hei, minä olen [[P:%s]]. Varaus: %s, %s. Jos en vastaa, soittakaa [[P:%s]] [[T:%s]]." % (
                given, v_nom, ev, other[3], ph)
        if k == 2:
            return "Varaaja: [[P:%s]]\nSähköposti: [[E:%s]]\nTila: %s\nTarkoitus: %s" % (
                full.upper() if rng.random() < 0.4 else full, _email(rng, stem), v_nom, ev)
        if k == 3:
            return "Avain annetaan [[P:%s]]. [[P:%s]] puhelin on [[T:%s]]. Tapahtuma: %s, klo %d alkaen." % (
                allat, gen, ph, ev, t1)
        return "varaus [[P:%s]] nimellä, %s. tulemme [[P:%s]] kanssa klo %d. kiitos" % (
            gen, v_nom.lower(), other[2], t1)
    if lang == "en":
        venue, ev = rng.choice(_VENUES_EN), rng.choice(_EVENTS_EN)
        k = rng.randint(0, 3)
        if k == 0:
            return "Booking %s for %s, %d-%d. Keys: [[P:%s]] ([[T:%s]])." % (venue, ev, t1, t1 + 2, full, ph)
        if k == 1:
            return "hi, it's [[P:%s]] here. I booked %s for %s. my friend [[P:%s]] will collect the keys, email [[E:%s]]" % (
                given.lower(), venue, ev, other[1], _email(rng, other[4]))
        if k == 2:
            return "Contact person: [[P:%s]]\nPhone: [[T:%s]]\nEmail: [[E:%s]]\nEvent: %s" % (
                full, ph, _email(rng, stem), ev)
        return "Please change the name on my booking (%s) to [[P:%s]]. I'm travelling. Thanks, [[P:%s]]" % (
            venue, other[0], given)
    venue, ev = rng.choice(_VENUES_SV), rng.choice(_EVENTS_SV)
    k = rng.randint(0, 2)
    if k == 0:
        return "Jag bokar %s för %s. Nyckeln hämtas av [[P:%s]], tel. [[T:%s]]." % (venue, ev, full, ph)
    if k == 1:
        return "Hej! Bokningen (%s) gäller %s. Kontaktperson [[P:%s]], [[E:%s]]. Mvh [[P:%s]]" % (
            venue, ev, other[0], _email(rng, other[4]), given)
    return "[[P:%s]] tar hand om nycklarna till %s, ring [[T:%s]] om något är oklart." % (given, venue, ph)


def _gen_report(rng, lang, people, streets):
    full, given, gen, allat, stem = people.draw()
    nom, ade, sv, city = streets.draw()
    h = _house(rng)
    ph = _phone(rng)
    if lang == "fi":
        issue = rng.choice(["katuvalo ei toimi", "roskis on täynnä", "jalkakäytävä on jäässä",
                            "hissi on rikki", "rappukäytävässä on hiiriä", "piha on auraamatta"])
        k = rng.randint(0, 3)
        if k == 0:
            return "Hei. Osoitteessa [[A:%s %s]] %s. [[P:%s]], [[T:%s]]" % (nom, h, issue, full, ph)
        if k == 1:
            return "Asun [[A:%s %s]]. Meillä %s jo viikon. Soittakaa [[P:%s]], numero [[T:%s]]." % (
                ade, h, issue, allat, ph)
        if k == 2:
            return "%s, [[A:%s %s]], %s. Auto [[R:%s]] seisoo myös pelastustiellä. t. [[P:%s]]" % (
                issue.capitalize(), nom, h, city, _plate(rng), given)
        return "Nimi: [[P:%s]]\nHenkilötunnus: [[H:%s]]\nOsoite: [[A:%s %s]]\nAsia: %s" % (
            full, _hetu(rng), nom, h, issue)
    if lang == "en":
        issue = rng.choice(["the streetlight is out", "the bins are overflowing", "the pavement is pure ice",
                            "the lift has been broken for days", "there are rats near the bins"])
        k = rng.randint(0, 2)
        if k == 0:
            return "At [[A:%s %s]], %s %s. Please fix. [[P:%s]] [[T:%s]]" % (nom, h, city, issue, full, ph)
        if k == 1:
            return "Hi, %s outside our building. Address [[A:%s %s]]. Reply to [[E:%s]] - [[P:%s]]" % (
                issue, nom, h, _email(rng, stem), given)
        return "My neighbour [[P:%s]] asked me to write: %s at [[A:%s %s]]. Car [[R:%s]] is also blocking the gate." % (
            given, issue, nom, h, _plate(rng))
    street = sv or nom
    issue = rng.choice(["är gatlyktan trasig", "är soptunnorna fulla", "är trottoaren isig", "är hissen trasig"])
    return "Hej, på [[A:%s %s]] %s sedan en vecka. Kontakta [[P:%s]], [[T:%s]]." % (street, h, issue, full, ph)


_FESTIVALS = ["Diwali", "Eid", "Nowruz", "Tet", "Lunar New Year", "Holi", "Songkran", "Timkat", "Vesak", "Dashain"]
_DISHES_EN = ["pho", "ramen", "pad thai", "sushi", "biryani", "jollof rice", "injera", "dumplings",
              "kimchi", "momo", "empanadas", "pierogi", "borscht", "falafel"]
_DISHES_FI = ["phota", "ramenia", "pad thaita", "sushia", "biryaniä", "jollof-riisiä", "injeraa",
              "nyyttejä", "kimchiä", "momoja", "empanadoja", "pierogeja", "borssikeittoa", "falafeleja"]
_CITIES = [("Seoul", "Soulissa"), ("Hanoi", "Hanoissa"), ("Lagos", "Lagosissa"), ("Mogadishu", "Mogadishussa"),
           ("Kyiv", "Kyivissä"), ("Manila", "Manilassa"), ("Kathmandu", "Kathmandussa"), ("Dhaka", "Dhakassa"),
           ("Tehran", "Teheranissa"), ("Nairobi", "Nairobissa"), ("Addis Ababa", "Addis Abebassa"),
           ("Bangkok", "Bangkokissa"), ("Tokyo", "Tokiossa"), ("Lima", "Limassa"), ("Accra", "Accrassa"),
           ("Colombo", "Colombossa"), ("Asmara", "Asmarassa"), ("Bogotá", "Bogotássa")]
_DIRECTORS = ["Bong Joon-ho", "Hayao Miyazaki", "Wong Kar-wai", "Satyajit Ray", "Park Chan-wook",
              "Hirokazu Kore-eda", "Ang Lee", "Asghar Farhadi"]
_GADGETS = ["Samsung", "Huawei", "Xiaomi", "Lenovo", "LG"]
_CARS = ["Toyota", "Hyundai", "Kia", "Nissan", "Škoda"]
_STARS = ["BTS", "BLACKPINK", "Jackie Chan", "Bruce Lee", "Burna Boy", "Shah Rukh Khan", "Fela Kuti"]
_SHOPS_FI = [("Kim's Mini Market", "kaupan"), ("Pho Hanoi", "ravintolan"), ("Ramen Bar Do", "ravintolan"),
             ("Sun Moon Asian Food", "kaupan"), ("Long Life Noodles", "ravintolan"), ("Mai Thai", "ravintolan"),
             ("Song Bistro", "ravintolan"), ("Habesha Kitchen", "ravintolan"), ("Kathmandu Momo House", "ravintolan"),
             ("Le Petit Café", "kahvilan"), ("Golden Lotus", "ravintolan")]
_BUSES = ["95", "97", "560", "510", "55", "79", "93", "194", "615"]
_DISTRICTS = ["Kontulassa", "Vuosaaressa", "Kalliossa", "Malmilla", "Tikkurilassa", "Leppävaarassa", "Myyrmäessä"]
_LANGS_EN = ["Korean", "Vietnamese", "Somali", "Tigrinya", "Nepali", "Ukrainian", "Tagalog", "Thai", "Bengali"]


def _gen_negative(rng, lang, seen_k):
    fest = rng.choice(_FESTIVALS)
    city, city_in = rng.choice(_CITIES)
    bus = rng.choice(_BUSES)
    hh, mm = rng.randint(10, 18), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    ref = rng.randint(100000, 999999)
    street = rng.choice(_STREETS)
    if lang == "fi":
        (v_obj, v_nom) = rng.choice(_VENUES_FI)
        k = seen_k.draw()
        if k == 0:
            return "Varaamme %s %s-juhlaan %d.%d. Tarjolla %s ja teetä. Klo %d-%d, noin %d henkeä." % (
                v_obj, fest, rng.randint(1, 28), rng.randint(1, 12), rng.choice(_DISHES_FI), hh, hh + 4,
                rng.randint(20, 90))
        if k == 1:
            return "Linja %s oli taas myöhässä, klo %d.%02d lähtö ei tullut ollenkaan. Odotimme %d min pakkasessa. Viite %d." % (
                bus, hh, mm, rng.randint(15, 40), ref)
        if k == 2:
            shop, kind = rng.choice(_SHOPS_FI)
            return "%s -%s edessä on rikkinäinen pyöräteline ja lasia maassa. Katu on %s, numeroa en muista." % (
                shop, kind, street[0])
        if k == 3:
            return "Kirjaston elokuvailta, teemana ohjaaja %s. Onko tilassa projektori vai tuodaanko oma %s-läppäri?" % (
                rng.choice(_DIRECTORS), rng.choice(_GADGETS))
        if k == 4:
            return "Olin kesällä %s ja siellä puistoissa on ilmaiset vessat. Miksi ei %s? Kysyn vain." % (
                city_in, rng.choice(_DISTRICTS))
        if k == 5:
            return "%s, la %d.%d klo %d: %s-juhla. Kaikki tervetulleita, ilmainen sisäänpääsy. Tarjolla %s." % (
                v_nom, rng.randint(1, 28), rng.randint(1, 12), hh, fest, rng.choice(_DISHES_FI))
        if k == 6:
            return "Mihin aikaan %s on auki %s-viikolla? Sivuilla lukee ma-pe 8-21, la 10-16, mutta kuulin että suljetaan aikaisemmin." % (
                v_nom, fest)
        if k == 7:
            return "Valkoinen %s on pysäköity %s suojatien päälle joka aamu klo %d.%02d. Rekisterikilpeä en nähnyt." % (
                rng.choice(_CARS), street[1], rng.randint(6, 9), mm)
        if k == 8:
            return "Lomake ei hyväksy postinumeroa %s, sanoo virheellinen. Yritin %d kertaa %s-puhelimella." % (
                rng.choice(["00930", "00940", "00980", "02600", "01300", "00510"]), rng.randint(2, 6),
                rng.choice(_GADGETS))
        star = rng.choice(_STARS)
        return "Nuorisotalolla voisi olla %s%s-ilta! Nuoret tykkäisivät. Varaisimme %s perjantaiksi klo 18-21." % (
            star, " " if " " in star else "", v_obj)
    if lang == "en":
        venue = rng.choice(_VENUES_EN)
        k = seen_k.draw()
        if k == 0:
            return "We'd like to book %s for a %s celebration. We will serve %s. Around %d people, %d:%02d-%d:00." % (
                venue, fest, rng.choice(_DISHES_EN), rng.randint(20, 80), hh, mm, hh + 3)
        if k == 1:
            return "Bus %s skipped the stop at %d:%02d today. Second time this week. Ref %d." % (bus, hh, mm, ref)
        if k == 2:
            return "The delivery van for %s always parks on the bike lane in the morning. Please put up a sign." % (
                rng.choice(_SHOPS_FI)[0])
        if k == 3:
            return "Movie night idea for %s: something by %s. We have a %s laptop but need the big screen." % (
                venue, rng.choice(_DIRECTORS), rng.choice(_GADGETS))
        if k == 4:
            return "In %s the metro has screen doors on every platform. Why not in Helsinki? Just a thought." % city
        if k == 5:
            return "Do you have %s-language books for kids? We moved from %s and my kids miss their stories. Long waiting list at the library." % (
                rng.choice(_LANGS_EN), city)
        if k == 6:
            return "The %s dealership on %s keeps parking new cars on the pavement. Pushchairs can't pass." % (
                rng.choice(_CARS), street[0])
        return "Is %s open during %s? The website says 9-20 but last year it was closed at 16." % (venue, fest)
    venue = rng.choice(_VENUES_SV)
    k = seen_k.draw()
    if k == 0:
        return "Vi bokar %s för %s-fest. Vi bjuder på %s. Ca %d personer, kl. %d.%02d." % (
            venue, fest, rng.choice(_DISHES_EN), rng.randint(15, 60), hh, mm)
    if k == 1:
        return "Buss %s kom inte kl. %d.%02d. Jag väntade i %d minuter. Ärende %d." % (
            bus, hh, mm, rng.randint(15, 35), ref)
    if k == 2:
        return "Restaurangen %s ställer ut sina soppåsar på trottoaren varje kväll. Kan staden prata med dem?" % (
            rng.choice(_SHOPS_FI)[0])
    if k == 3:
        return "Jag flyttade hit från %s. Med min %s-telefon kan jag inte fylla i era blanketter, allt är på finska." % (
            city, rng.choice(_GADGETS))
    return "Kan man boka %s under %s? Hemsidan säger öppet 9-20 men i fjol stängde huset redan kl. 16." % (venue, fest)


def _generated(rng):
    people = _Deck(rng, _PEOPLE)
    streets = _Deck(rng, _STREETS)
    neg_k = {"fi": _Deck(rng, range(10)), "en": _Deck(rng, range(8)), "sv": _Deck(rng, range(5))}
    plan = ([("booking", "fi")] * 14 + [("booking", "en")] * 6 + [("booking", "sv")] * 4
            + [("report", "fi")] * 9 + [("report", "en")] * 4 + [("report", "sv")] * 3
            + [("neg", "fi")] * 21 + [("neg", "en")] * 10 + [("neg", "sv")] * 5)
    out, seen = [], []
    for kind, lang in plan:
        for _attempt in range(20):
            if kind == "booking":
                text = _gen_booking(rng, lang, people)
            elif kind == "report":
                text = _gen_report(rng, lang, people, streets)
            else:
                text = _gen_negative(rng, lang, neg_k[lang])
            if text not in seen:
                break
        seen.append(text)
        out.append((lang, text))
    return out


# ---------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------

def records() -> list[tuple[str, str]]:
    """Return the block as (lang, marked_text) pairs, deterministic for SEED."""
    rng = random.Random(SEED)
    out = list(HAND_VARAAMO) + list(HAND_FEEDBACK) + list(HAND_NEGATIVE) + list(HAND_MIXED)
    out += _generated(rng)
    rng.shuffle(out)
    return out
