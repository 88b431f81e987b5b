"""Blind evaluation block 27 for the personal-data scrubber.

Written by helper "outsider 27" on 2026-12-07.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file,
or /work/scratch/ (apart from the brief itself). I ran no git commands, did not run the scrubber and did
not run any evaluation. The texts come only from the brief and my own idea of how residents write.

Focus: English (about half), Swedish (about 30 %) and Finnish short Open311 feedback messages and Varaamo
booking notes from Helsinki's international and Swedish-speaking residents, with every label in natural
proportions. Messages are one to four sentences, often with a contact line or sign-off. Names come from many
origins (Indian, Chinese, Japanese, Korean, Vietnamese, Filipino, Nigerian, Ethiopian, Somali, Arabic,
Iranian, Turkish, Russian, Ukrainian, Polish, Spanish, Italian, Brazilian, American, British,
Finland-Swedish). There are nicknames and short names (Jo, Ed, Li, Ana, Kai), names in lower case in quick
messages, names right before or after phone numbers and e-mail addresses, names after cue phrases ("booked
by", "keys picked up by", "contact", "kontaktperson", "bokad av", "nycklarna hämtas av") and names in the
possessive (English 's, Swedish -s). Plates appear near cue words in any case, and phones come in every
format, including international ones. IBANs are Finnish, Swedish, German and Estonian. The hard negatives
are English and Swedish words that are also first names (Will, May, Hope, Grace, Bill, Mark, Rose, Frank,
Art, Pat, Bo, Dag, Stig, Liv, Björn), rooms and halls named after people (Sali Aalto, Mötesrum Runeberg,
the Tove Jansson room), famous people, brands, months, street names without numbers, reference numbers
(HEL 2024-001234, VAR-2025-004817, order 123456789), opening hours, prices and postal codes.

Seed: 2727 (random.Random(SEED) is the only source of randomness; the output is deterministic).

Markup: `[[LABEL:text]]` goes around each piece of personal data. P = a person's name (first name,
surname, full name, nickname, or initials joined to a name, in any case; English possessive 's, Swedish
genitive -s and Finnish case endings go inside the span; role words and titles stay outside). E = e-mail
address. T = phone number (the whole number, country code included). H = Finnish personal identity code.
I = IBAN or bank account number. R = vehicle licence plate. IP = IP address. A = a street address WITH a
house number (street + number + staircase + flat; postal code and city stay outside). A street name without
a number is not marked. Famous people and the names of streets, parks, buildings, rooms and brands are not
marked.
"""

import random

SEED = 2727


# ---------------------------------------------------------------------------
# Hand-written records
# ---------------------------------------------------------------------------

_HAND_EN = [
    # --- positives -----------------------------------------------------------
    "Booked by [[P:Rohan Mehta]] for the Tuesday board game night. Keys picked up by [[P:Jo]] around 17:30. Questions: [[T:+358 40 518 2290]]",
    "The bin at the bus stop on Itämerenkatu is overflowing again, seagulls everywhere. - [[P:li wei]]",
    "hi, a grey van with plate [[R:KZT-418]] has been parked on the bike lane on Hämeentie since monday morning. pls check. [[P:ed]]",
    "Keys will be picked up by [[P:Adaeze Okonkwo]] ([[T:0451238874]]), I can't make it myself. Thank you! [[P:Chinedu]]",
    "Contact: [[P:Mariam Tesfaye]], [[E:mariam.tesfaye@gmail.com]], [[T:+358 50 337 1904]]. We need the room for a coffee ceremony with about 15 people, we bring our own jebena.",
    "There's a huge pothole in front of [[A:Kontulantie 5]], my daughter fell off her bike there yesterday. Please fix it before someone gets really hurt. [[P:Hodan Abdi]] [[T:044 908 1263]]",
    "My refund for the cancelled booking (VAR-2025-004817) hasn't arrived. Please pay to [[I:FI25 4770 0160 0754 03]], account holder [[P:Tomasz Wiśniewski]].",
    "Hello, I'm writing for my neighbour Mrs. [[P:Nguyen Thi Hoa]], she doesn't speak Finnish. The ramp to the health station at [[A:Kivikonkaari 21]] is covered in ice and she can't get in with her walker. Call me if needed, [[P:Minh]] [[T:+358 45 670 2281]]",
    "Reservation for the Tove Jansson room on 14.3. is under [[P:Sakura Yamamoto's]] name but [[P:Kenji]] will open and lock up.",
    "kids' birthday party, 12 kids + 4 adults. booked by [[P:ana]] ([[E:ana.souza.hel@gmail.com]]). we'll clean up ourselves promise 🙏",
    "The pedestrian green light at the corner of Mannerheimintie and Runeberginkatu is way too short, my father can't make it across with his cane. [[P:Farhad Karimi]]",
    "Please contact [[P:Ji-woo Park]] at [[T:+82 10-4471-2093]] (whatsapp) or [[E:jiwoo.park@aalto.fi]] – she is the one coordinating the language café.",
    "Hi!! someone dumped an old sofa and two mattresses behind the building at [[A:Meri-Rastilan tie 8 B]]. Pictures attached. Regards [[P:Olumide Adeyemi]]",
    "Blue Toyota, reg [[R:GNP-705]], blocks the entrance to the daycare every morning 8-8:30. I've asked the driver nicely twice already. [[P:Rachel]]",
    "Thanks for the quick fix of the swing! My son [[P:Arjun]] is very happy 😊 - [[P:Deepika]]",
    "Key pickup: [[P:Yusuf Demir]], [[T:+90 532 418 77 05]] (Turkish number, he's visiting) or me, [[P:Elif]], [[T:040 229 6618]].",
    "The invoice should go to the club, not to me personally. Contact person for invoices: [[P:Bill Hendricks]], [[E:treasurer@helsinki-curling.fi]]",
    "I live at [[A:Tapulikaupungintie 37 C 41]] and the streetlight in front of our building has been out since November. Could someone look at it? [[P:Svetlana Ivanova]]",
    "---------- Forwarded message ----------\nFrom: [[P:Grace Mensah]] <[[E:grace.mensah@outlook.com]]>\nSubject: noise from the construction site\n\nThey start drilling at 6:15 every morning on Hernesaarenranta, is this allowed??",
    "Booking note: Sali Aalto, Sat 18.1. 10–16. Responsible adult [[P:Olena Kovalenko]], [[T:+380 67 512 4408]]. Ukrainian Saturday school.",
    "The dog park fence at Kaivopuisto is broken on the sea side, dogs get out. Not urgent but soon pls. Cheers, [[P:Kai]] ([[T:050 411 9034]])",
    "Dear City of Helsinki, I am writing about the parking fine I got on Lapinlahdenkatu. My car ([[R:MJO-382]]) had a valid resident permit in the window. Fine number 2024/7712093. Best regards, [[P:Juan Carlos Romero]]",
    "Cancelled our booking for Friday, sorry. [[P:Pat]] is sick and nobody else can open. //[[P:Marta]]",
    "For anything about the event please write to [[P:Mark Thompson's]] assistant [[P:Leena]], [[E:leena.k@nordicbridge.org]].",
    "Hi, I reported this already in March (HEL 2024-001234) but nothing happened. The drain at [[A:Agricolankatu 9]] is still blocked and water floods the sidewalk. [[P:Mohammed Al-Sayed]], [[T:+358 40 773 1826]]",
    "keys picked up by [[P:ravi]] at 16:00 from the info desk, returned by [[P:sunita]] next day",
    "booked for [[P:Xu Ming]] + 6, badminton. phone [[T:0449127735]]",
    "Our landlord says the city owns the tree that fell on my car [[R:BTX-219]] outside [[A:Vihdintie 12]]. Who do I send the repair bill to? [[P:Ifeoma Nwosu]], [[E:ifeoma.n@yahoo.com]]",
    "Tell [[P:Rose]] the projector cable is in the grey box under the sink. - [[P:Hamid]]",
    "Refund please to my German account, [[I:DE12 1451 5894 4160 6249 05]], [[P:Lukas Becker]]. I'm only in Helsinki for the semester.",
    "Hi! I'm [[P:Isabela Costa]] from the Brazilian capoeira group. We'd like the gym every Sunday in February, 14–16. You can reach me on [[T:+55 11 97142-3380]] or [[T:041 717 2049]].",
    "Please don't give the keys to anyone except [[P:Dawit]] or [[P:Selam Haile]]. Thanks.",
    "Someone keeps parking a white Transit (plate [[R:zfk-552]]) across two disabled spots on Kauppamiehentie. happens every day.",
    "The audio system in Mötesrum Runeberg doesn't work with Macs. Could you add an HDMI adapter? [[P:Haruto Sato]], [[E:haruto.sato@helsinki.fi]]",
    "The new crosswalk is great, thank you. Greetings from Kallio, [[P:Giulia]] & [[P:Matteo Ricci]]",
    "Contact: [[P:Ahmed]] [[T:+358 41 489 0193]]",
    "Re: your question about the sign-up list – yes, [[P:Nnamdi's]] number is [[T:045 112 8870]], call him after 5.",
    "[[P:priya]] here, for the record: the side door of the school gym doesn't lock properly, we left it like that at 21:05. [[T:+91 98450 22713]]",
    "Hello, my IP [[IP:85.76.141.22]] seems to be blocked from the feedback form, I get error 403 every time. [[P:Andrew Collins]]",
    "The construction site next to [[A:Sturenkatu 27]] runs a generator all night. We have a newborn. Please do something. [[P:Parisa]] & [[P:Reza Hosseini]]",
    "Booked by [[P:Maria Clara Santos]] ([[E:mclara.santos@hotmail.com]]). [[P:Rafa]] will bring the keys back Monday.",
    "Just wanted to say thanks to [[P:Anneli]] at the Kannelmäki library desk, she helped me with the booking for an hour 🙏 [[P:Kwame Asante]]",
    "There is an abandoned car, silver Skoda, regn [[R:HVL-93]], on Kirkonkyläntie next to the recycling point. Tyres flat since summer.",
    "Hi, the lift at Kalasatama metro has been out for a week. I use a wheelchair. [[P:Tyler Brooks]], [[T:+1 617 555 0143]]",
    "please call [[P:Will]] on [[T:0503318247]] if the door code doesn't work, he's the caretaker for our group",
    "Room booked under [[P:Hye-jin Choi]]. Contact [[E:hyejin.choi@gmail.com]] / [[T:+358449017352]].",
    "Hello from [[A:Kulosaarentie 32 A 4]] – the street sweeper came at 4am and woke up the whole house. Is there a schedule? [[P:Ayesha Siddiqui]]",
    "Sign-off from the volunteers: [[P:Bea]], [[P:Tolu]], [[P:Chidi]] and [[P:Sam O'Connor]]. Thanks for the space!",
    "pls refund to [[I:EE88 7522 5233 4104 1916]] (Swedbank Estonia), name [[P:Kadri Saar]]",
    "Contact person Fr. [[P:Thomas Abraham]], parish office [[T:09 2340 9118]]. The Orthodox youth group needs the hall on Saturdays.",
    "Our kids' football team uses the field Tue/Thu. Coach: [[P:Emeka]] [[T:+358 46 590 1172]], assistant coach [[P:May Tan]].",
    "Booking for the Tagalog Sunday school, contact [[P:Maricel Dela Cruz]], [[T:+63 917 502 3381]] or her daughter [[P:Joy]].",
    "Hi, [[P:Abebe Bekele]] here. The toilet at the Vuosaari beach sauna is broken, water running all night. [[E:abebe.bekele@protonmail.com]]",
    "The bus stop sign on Hakaniemenranta was knocked down by a truck this morning around 7. Plate was something like [[R:FTU-20]], I didn't see well. [[P:Daniel Kim]]",
    "Who do I talk to about the bike racks at Oodi? They're always full. - [[P:ming]] ([[T:046 811 2290]])",
    "Keys picked up by [[P:Dmitri]]. Returned by [[P:Anya Sokolova]] 23:10, put in the key box. All good!",
    "Payment went to the wrong booking, please move it. Paid from [[I:SE04 3252 8071 8404 4916 4858]] in [[P:Elin Sandberg's]] name.",
    "Hello, I'm [[P:Oluwaseun]] ([[E:seun.adebayo@gmail.com]]), I booked the studio but the drum kit is missing cymbals. Could someone check?",
    "The tree roots at [[A:Munkkiniemen puistotie 18]] have lifted the pavement, my mother tripped there. [[P:Sofía Martínez]] [[T:+34 612 483 905]]",
    "thank u for the new benches!! - [[P:nikhil]] & [[P:anjali]]",
    # --- hard negatives ------------------------------------------------------
    "Will the outdoor gym at Kaivopuisto stay open during winter? The bars were wrapped in plastic last year.",
    "May I suggest more benches along the shore path between Ruoholahti and Lauttasaari? Hope this gets considered in the next budget round.",
    "Booking VAR-2025-004817 – we need to move it from 14:00 to 15:00 if the room is free. Thank you!",
    "The Tove Jansson room is way too cold, the radiator under the window does nothing. It was 17 degrees in there on Saturday.",
    "Just a frank opinion: the new bike lane on Hämeentie is the best thing the city has done in years.",
    "Art club booking for the Thursdays in March, same as last year. Price was 0 € for registered associations, is that still the case?",
    "Where do I pay the bill for the sauna booking? The link in the confirmation email goes to a 404 page. Order 123456789.",
    "The rose bushes in the park next to the Sibelius monument have been cut all the way down, was that intentional?",
    "Please mark Sali Aalto as wheelchair accessible on the website, it has a lift but the page says it doesn't.",
    "Grace period for cancelling a booking is 24h? The terms say 48h but the app says 24h.",
    "The bus 55 stop on Mannerheimintie has no shelter since the tram works started. Lots of old people wait there in the rain.",
    "Opening hours of the Oodi maker space in December? The site says Mon–Fri 8–22, Sat–Sun 10–20 but nobody was there at 21 on Friday.",
    "Can we bring our own food to the Maunula-talo kitchen? Kids' party of about 20, three hours, 13.4. Postal code 00630 if that matters for the area discount.",
    "I saw Alexander Stubb jogging in Kaivopuisto this morning lol. Anyway the path there needs gravel, it's all mud.",
    "the Lidl parking lot on Kauppamiehentie is used as a drift track every friday night, can the police do something",
    "Hope the city fixes the stairs at Tervasaari before summer, it's a nice spot but dangerous in the dark.",
    "Please don't let kids pat the rabbits at the petting farm without an adult, I saw a child get bitten today.",
    "Bill 2024-118 from the city's rental services lists 3 bookings, we only had 2. Could you check?",
    "Too many Tier and Voi scooters dumped on the pavement on Aleksanterinkatu, blind people can't get past.",
    "Mark my words, this playground redesign will flood every spring. The old one was fine.",
    "Kalevala Day event on 28 February in Sali Aalto — is the room already taken? We'd like it 12–15.",
    "Price list says 25 €/h for residents and 40 €/h for businesses. Which one applies to a registered NGO? Reference HEL 2025-017733.",
    "In May the lilacs at Kaisaniemi are amazing but the toilets there are closed until June. Could they open earlier?",
    "Finlandia Hall should stay white, just like Alvar Aalto intended. Don't let them paint it grey!",
    "Do you have a room for 40 people on a Saturday in April? Budget max 150 €. Anything near Itäkeskus metro.",
    "kids broke the glass of the bus shelter on Kontulantie again, glass all over the ground, line 92",
    "Tried to book the Stoa music studio, the calendar says free but the booking fails with 'error 500'. iPhone 13, Safari.",
    "Sauna evening at Vuotalo on 6.12., 18–21 – is it possible or is the place closed for Independence Day?",
    "The sign says parking max 2h Mon–Fri 8–18 but the app charges 4 €/h even on Sundays. Zone 2, postal area 00510.",
    "Thanks to whoever replanted the flower beds on Esplanadi, it looks great. Will there be tulips again next spring?",
    "Amazing Grace was blasted at 2am from the karaoke bar on Fleminginkatu, windows open, three nights in a row.",
    "Is the Itäkeskus swimming hall open on Christmas Eve? The website lists 24.12. as closed but Google says 8–12.",
    "We'd like to hire the Kallio library event space for the launch of a new translation of Tove Jansson's letters. Around 60 guests.",
    "Art and craft supplies were left in the storage room of Sali Aalto after our event. Can we pick them up Monday 9-11?",
    "Bill Gates said something about cities and bikes... anyway, Helsinki needs way more bike parking at Pasila station.",
    "Frank Zappa night at Stoa was great, but the ventilation in the hall stopped working halfway through.",
    "The Ed Sheeran concert traffic jam on Mannerheimintie lasted 3 hours, next time please close Nordenskiöldinkatu earlier.",
]

_HAND_SV = [
    # --- positives -----------------------------------------------------------
    "Bokad av [[P:Linnea Sjöberg]] för körövning. Nycklarna hämtas av [[P:Mats]], [[T:040 532 1187]].",
    "Hej! Gatlyktan utanför [[A:Tavastvägen 41]] har varit släckt i tre veckor. Mvh [[P:Henrik Lindqvist]]",
    "Kontaktperson: [[P:Ingrid Wikström]], [[E:ingrid.wikstrom@kolumbus.fi]], [[T:+358 50 441 2093]]",
    "En bil med registreringsnummer [[R:JUV-615]] har stått på gångbanan vid Drumsövägen sedan i fredags.",
    "Tack för att ni lagade gungan! [[P:Elsas]] barn är jätteglada. /[[P:Camilla]]",
    "Återbetalning till mitt svenska konto: [[I:SE91 9346 5003 8217 5038 8738]], [[P:Johan Bergström]]. Bokningen avbokades 3.2.",
    "nycklarna hämtas av [[P:kaj]] kl 17, han har nr [[T:045 781 3320]]",
    "Jag bor på [[A:Mannerheimvägen 94 B 17]] och bullret från bygget börjar redan kl 6. Är det verkligen tillåtet? [[P:Gunilla Holmström]]",
    "Hej, jag heter [[P:Fatima Hassan]] och vill boka salen för ett möte med somaliska föräldrar. Ring [[T:044 219 8803]] eller mejla [[E:fatima.hassan@edu.hel.fi]].",
    "Bokad av [[P:Stig Nyman]], ansvarig på plats [[P:Bo Sundqvist]] [[T:09 310 44521]].",
    "[[P:Björn]] hämtar nycklarna på torsdag, [[P:Liv]] lämnar tillbaka dem på fredag. Tack! /[[P:Dag Ekholm]]",
    "Kontaktperson för bokningen av Mötesrum Runeberg är [[P:Anna-Karin Grönroos]], [[T:+358 40 661 9034]].",
    "Papperskorgen vid lekparken på Brändövägen är trasig. Hälsningar [[P:Oskar]] och [[P:Wilma Lindberg]]",
    "Jag vill klaga på parkeringsboten. Min bil ([[R:OLK-274]]) stod på en lovlig plats. Mvh [[P:Sebastian Forsman]], [[A:Fleminggatan 22 A 6]], 00530 Helsingfors",
    "hej, det är [[P:mia]] igen, lampan i trappan är fortfarande trasig 🙄",
    "Ring [[P:Patriks]] nummer om ingen svarar: [[T:050 998 1204]]",
    "Bokningen gjordes av min kollega [[P:Aleksandra Nowak]] ([[E:a.nowak@sfv.fi]]) men jag, [[P:Mikaela Ström]], är ansvarig på plats.",
    "Hej! Kan ni skicka fakturan till [[P:Erik Söderholms]] adress i stället: [[A:Runebergsgatan 37 C 15]], 00100 Helsingfors. Tack!",
    "Bilen [[R:ccx-903]] har stått övergiven vid [[A:Porkalagatan 13]] sedan oktober, inga skyltar, punkterade däck.",
    "Kontakt: [[P:Mehmet Yılmaz]] [[T:+46 70 412 35 88]] (svenskt nummer)",
    "Jag skriver för min mamma [[P:Rigmor Blomqvist]] som inte har dator. Hon bor på [[A:Sturegatan 4 B 22]] och gården har inte plogats på en vecka.",
    "Dagisutflykt, bokad av [[P:Yuki Tanaka]], [[T:041 330 7762]]. Ca 18 barn och 4 vuxna.",
    "Returen av nycklarna: [[P:Ulf]] lägger dem i postlådan på fredag kväll.",
    "hej!! [[P:sofia]] och [[P:amir]] tar hand om städningen efteråt, [[E:amir.rahimi96@gmail.com]] om ni behöver nå oss",
    "Betalning till [[I:FI82 8992 1468 2089 31]], kontoinnehavare [[P:Ronja Åkerblom]].",
    "Den ansvariga vuxna är [[P:Tuan Nguyen]] (pappa), [[T:+358 44 803 2251]].",
    "Hälsningar från Gardesstaden! Trädet utanför [[A:Kaserngatan 12]] lutar farligt efter stormen. [[P:Carl-Gustaf Wrede]]",
    "Tack till [[P:Jonnas]] gäng som städade stranden i Nordsjö!",
    "Bokad av: [[P:Ebba Lindroos]] / [[E:ebba.lindroos@abo.fi]] / [[T:0407726615]]",
    "Ärende HEL 2024-003381: jag har fortfarande inte fått svar. [[P:Kristian Nordström]], [[T:+358 9 2714 553]]",
    "Min granne [[P:Leif]] säger att bilen med reg.nr [[R:XRP-48]] har stått här i en månad.",
    "Vi firar [[P:Majas]] 60-årsdag i Sali Aalto, ansvarig [[P:Kim Westerlund]] [[T:050 312 4490]].",
    "Kontaktperson [[P:Natalia Kuznetsova]], hon talar svenska och ryska. [[T:+7 921 448 12 90]]",
    "Hej! Det var jag, [[P:Li Na]], som ringde i morse om den trasiga dörren i Arabia. Mitt nummer: [[T:+358 46 209 7731]]",
    "Nycklarna hämtas av [[P:Gustav]] eller [[P:Greta af Hällström]]. Båda har körkort om ni vill se legitimation.",
    "Fakturan till föreningen, att: [[P:Sirpa Ahlroos]], [[E:kassor@vallgardsscouterna.fi]]",
    "Vill bara säga att [[P:Vilmas]] och [[P:Noahs]] klass hade jättekul i simhallen, tack personalen!",
    "Kontakt [[P:Rahel Tesfay]] [[T:+251 91 230 4476]] – hon är i Addis just nu, svarar på WhatsApp.",
    # --- hard negatives ------------------------------------------------------
    "Bor man i Vallgård får man då boka Sali Aalto gratis? Vi är en förening med 30 medlemmar.",
    "Dag och tid: lördag 15.3. kl 10–14. Vi behöver projektor och 20 stolar.",
    "Stigen längs Vanda å är helt översvämmad vid Gammelstaden, omöjligt att gå där med barnvagn.",
    "Liv och rörelse på Salutorget i maj är underbart, men det behövs fler soptunnor.",
    "Björnarna på Högholmen är bästa stället för barnen, men bussen dit går alldeles för sällan.",
    "Tove Jansson-rummet är bokat hela veckan? Kalendern visar inget ledigt före 20.1.",
    "Mötesrum Runeberg har ingen fungerande whiteboard och pennorna är slut.",
    "Ärendenummer HEL 2024-001234. Frågan gäller fortfarande vattenläckan vid Tölöviken.",
    "Priset 30 €/h för salen är för dyrt för små föreningar. Kan det sänkas till 15 €?",
    "Öppettiderna för simhallen? Mån–fre 6.30–21, lör–sön 9–18 står det, men dörrarna var låsta kl 20.",
    "Runebergsdagen 5 februari: går det att ha program i Sali Aalto på eftermiddagen?",
    "Cykelbanan på Tavastvägen är full av grus, det är farligt i nedförsbacken.",
    "Vi vill boka igen nästa år, samma dag, samma tid. Bokningsnummer VAR-2025-009112.",
    "Parkeringsautomaten på Norra esplanaden tar inte kort. Kostar 4,20 €/h och bara mynt funkar?",
    "Alexander Stubb kom förbi vårt tält på Vallgårdsfesten, kul! Men elen till tälten fungerade inte.",
    "Tack för en fin kväll i Mötesrum Runeberg. Allt fungerade och kaffebryggaren var ny.",
    "Bo hellre i Borgå än här om snöröjningen fortsätter så här 😤 Gatorna i Brunakärr har inte plogats sedan söndag.",
    "Hej, postnumret i bokningen är fel: ska vara 00560, inte 00650. Annars ok.",
    "Dag 2 av festivalen: sopkärlen vid Kajsaniemi var fulla redan kl 14.",
    "Filmkväll med Ingmar Bergman-tema i Tove Jansson-rummet 7.11, 18–21. Finns det mörkläggningsgardiner?",
]

_HAND_FI = [
    # --- positives -----------------------------------------------------------
    "Varaaja [[P:Aino Heikkinen]], avaimet hakee [[P:Ville]] klo 16. [[T:040 812 3390]]",
    "Hei, katuvalo ei toimi osoitteessa [[A:Kaarelantie 14]]. Terveisin [[P:Bilal Haider]]",
    "Auto rekisterinumerolla [[R:KEO-729]] on pysäköity jalkakäytävälle Vallilantiellä jo viikon.",
    "Yhteyshenkilö [[P:Anh Tran]], [[E:anh.tran@gmail.com]], [[T:+358 45 229 8110]]",
    "Palautus tilille [[I:FI85 0902 1979 2176 52]], saaja [[P:Oksana Melnyk]]. Varaus peruttiin sairastumisen vuoksi.",
    "avaimet haetaan [[P:kallen]] kanssa perjantaina, soita [[T:044 012 3987]] jos tulee ongelmia",
    "Asun osoitteessa [[A:Mäkelänkatu 56 A 12]] ja pihalla on ollut hylätty auto ([[R:ZLP-104]]) elokuusta asti. [[P:Reijo Tuominen]]",
    "Kiitos [[P:Ahmedille]] ja [[P:Samirille]], jotka korjasivat penkit talkoilla! – [[P:Kaisu]]",
    "Laskun saa lähettää [[P:Maria Gonzálezille]], [[E:maria.gonzalez@kalasatamanseura.fi]]",
    "Yhteyshenkilö [[P:Chen Li]] ([[T:+86 138 1027 4459]], WeChat) ja suomenkielinen apu [[P:Tiina]] [[T:050 661 2083]].",
    "Varaus on [[P:Jukka-Pekan]] nimellä, mutta paikalla on [[P:Abdirahman]] [[T:041 776 0192]].",
    "Tilinumero palautusta varten: [[I:EE72 1778 2228 7503 4899]] ([[P:Kristjan Tamm]], virolainen pankki)",
    "Hei! Meillä on kielikahvila joka tiistai, vastuuhenkilö [[P:Roberta Esposito]]. t. [[P:Noora]]",
    "Ilmoitin jo kerran (HEL 2024-001234): [[A:Itäväylä 3]] kohdalla bussikatoksen lasi on rikki. [[P:Emre]]",
    "Liitteessä oli vahingossa henkilötunnukseni [[H:140387-4126]], poistakaa se järjestelmästä. [[P:Sari Lehto]]",
    "Avaimet palautti [[P:Ji-hoon]] postiluukkuun klo 22. t. [[P:Pirjo]]",
    "soitin jo [[P:Markolle]] mutta hän ei vastannut. numero [[T:050-4431882]]",
    "Vastuuhenkilö: [[P:Ngozi Eze]], [[T:+234 803 417 2209]] / [[T:044 390 2281]]",
    "Laskutus: [[P:Harri Mäkelä]], [[A:Pakilantie 61 B 3]], 00660 Helsinki",
    "Kysyitte henkilötunnusta laskua varten: [[H:021195-238B]], [[P:Leila Ahmadi]]",
    "Varauksen tekijä [[P:Tatiana Morozova]], avaimet hakee hänen miehensä [[P:Igor]].",
    "moi, [[P:juho]] tässä, sauna jäi päälle vahingossa 😬 voiko joku käydä sammuttamassa? [[T:0405518823]]",
    "Pysäköintivirhemaksu tuli, vaikka autoni [[R:MKT-338]] oli omalla paikalla osoitteessa [[A:Malminkaari 10]]. [[P:Jorge Herrera]]",
    "Kiitos [[P:Maijan]] ja [[P:Linhin]] ryhmälle, tila oli siisti kun tulimme.",
    # --- hard negatives ------------------------------------------------------
    "Onko Sali Aalto varattu koko lauantaiksi? Kalenterissa ei näy mitään.",
    "Aukioloajat joulun aikaan: ma–pe 9–16, la suljettu? Kysyn Kontulan kirjastoa.",
    "Varausnumero VAR-2025-004817, haluaisimme siirtää varauksen klo 17:ään.",
    "Mannerheimintiellä bussipysäkin katos puuttuu edelleen. Linja 18.",
    "Hinta 35 €/h on liikaa pienelle yhdistykselle, voisiko saada alennusta?",
    "Tove Janssonin puistossa roskikset ovat täynnä joka viikonloppu.",
    "Minna Canthin päivänä 19.3. haluaisimme käyttää Stoan salia. Onko vapaana?",
    "Postinumero 00940, Kontula. Pyörätiellä on iso kuoppa metroaseman lähellä.",
    "Tilaus 123456789 ei näy varauksissa, vaikka maksu meni läpi.",
    "Kiitos! Kaikki toimi hienosti ja kahvinkeitin oli uusi.",
    "Sibeliuksen puiston penkit on maalattu, mutta maali ei ole kuivunut eikä varoituskylttiä ole.",
    "Toukokuussa Kaisaniemen puisto on kaunis, mutta vessat ovat kiinni.",
    "Hesburgerin edessä Hakaniemessä on joka yö roskia ja lasinsiruja.",
]


# ---------------------------------------------------------------------------
# Small generators
# ---------------------------------------------------------------------------

_FIRST = [
    # (first name, surname) pairs from many origins
    ("Aarav", "Sharma"), ("Lakshmi", "Pillai"), ("Vikram", "Reddy"), ("Neha", "Kapoor"),
    ("Wang", "Fang"), ("Zhang", "Wei"), ("Liu", "Yang"), ("Chen", "Jing"),
    ("Takumi", "Watanabe"), ("Aiko", "Nakamura"), ("Yuto", "Kobayashi"),
    ("Min-jun", "Lee"), ("Seo-yeon", "Kang"), ("Jae-won", "Yoon"),
    ("Thanh", "Pham"), ("Linh", "Vo"), ("Quang", "Le"),
    ("Jasmine", "Reyes"), ("Paolo", "Bautista"), ("Rowena", "Santos"),
    ("Chiamaka", "Obi"), ("Tunde", "Bakare"), ("Funmi", "Adeleke"),
    ("Meron", "Alemu"), ("Yonas", "Girma"), ("Hiwot", "Tadesse"),
    ("Ayaan", "Farah"), ("Sahra", "Warsame"), ("Abdullahi", "Nur"),
    ("Layla", "Haddad"), ("Omar", "Khalil"), ("Noura", "Al-Amin"),
    ("Shirin", "Rezaei"), ("Arash", "Moradi"), ("Niloufar", "Tehrani"),
    ("Zeynep", "Kaya"), ("Burak", "Öztürk"), ("Ayşe", "Çelik"),
    ("Alexei", "Smirnov"), ("Irina", "Volkova"), ("Sergei", "Popov"),
    ("Oleksandr", "Shevchenko"), ("Iryna", "Bondarenko"), ("Taras", "Melnyk"),
    ("Katarzyna", "Zielińska"), ("Piotr", "Kowalczyk"), ("Agnieszka", "Wójcik"),
    ("Pablo", "García"), ("Lucía", "Fernández"), ("Javier", "Ruiz"),
    ("Francesca", "Bianchi"), ("Luca", "Conti"), ("Chiara", "Moretti"),
    ("Thiago", "Oliveira"), ("Larissa", "Pereira"), ("Gabriel", "Almeida"),
    ("Megan", "Carter"), ("Jordan", "Mitchell"), ("Kayla", "Robinson"),
    ("Oliver", "Hughes"), ("Charlotte", "Evans"), ("Harry", "Whitfield"),
    ("Nils", "Lindholm"), ("Frida", "Nyberg"), ("Axel", "Ekström"), ("Matilda", "Backman"),
    ("Jonas", "Sundström"), ("Tove", "Granqvist"), ("Rasmus", "Holmberg"),
]

_NICK = ["Jo", "Ed", "Li", "Ana", "Kai", "Sam", "Alex", "Tom", "Mo", "Nat", "Bea", "Vik", "Max", "Dani"]

_ROOMS_EN = ["the Tove Jansson room", "Sali Aalto", "Mötesrum Runeberg", "the Kallio library group room",
             "Maunula-talo kitchen", "the Stoa dance hall", "Oodi's Kuutio", "the Vuotalo sauna"]
_ROOMS_SV = ["Tove Jansson-rummet", "Sali Aalto", "Mötesrum Runeberg", "grupprummet i Berghälls bibliotek",
             "köket i Maunula-talo", "dansalen på Stoa", "Kuben i Ode", "bastun i Vuotalo"]
_ROOMS_FI = ["Tove Jansson -huone", "Sali Aalto", "Mötesrum Runeberg", "Kallion kirjaston ryhmätila",
             "Maunula-talon keittiö", "Stoan tanssisali", "Oodin Kuutio", "Vuotalon sauna"]

_MAIL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "helsinki.fi",
                 "aalto.fi", "protonmail.com", "kolumbus.fi", "elisanet.fi", "live.se", "gmx.de"]

_INTL_PHONE = [
    "+46 70 {a3} {b2} {c2}", "+44 7700 {a3}{b3}", "+1 (917) 555-{d4}", "+49 151 {a4}{b4}",
    "+372 5{a3} {d4}", "+91 9{a4} {b5}", "+234 80{a1} {a3} {d4}", "+7 916 {a3} {b2} {c2}",
    "+380 50 {a3} {d4}", "+48 60{a1} {a3} {b3}", "+34 6{a2} {b3} {c3}", "+39 34{a1} {a3} {d4}",
    "+55 21 9{d4}-{a4}", "+81 90-{d4}-{a4}", "+82 10-{d4}-{a4}", "+84 9{a1} {a3} {d4}",
    "+63 9{a2} {b3} {d4}", "+251 9{a1} {a3} {d4}", "+252 61 {a3}{d4}", "+90 5{a2} {b3} {c2} {e2}",
    "+98 912 {a3} {d4}", "+971 50 {a3} {d4}", "+86 13{a1} {d4} {a4}",
]

_STREETS_FI = ["Mannerheimintie", "Hämeentie", "Fleminginkatu", "Runeberginkatu", "Topeliuksenkatu",
               "Fredrikinkatu", "Lönnrotinkatu", "Porkkalankatu", "Mechelininkatu", "Sturenkatu",
               "Mäkelänkatu", "Vallilantie", "Helsinginkatu", "Castréninkatu", "Siltasaarenkatu",
               "Kontulantie", "Myllypurontie", "Vuosaarentie", "Kallvikintie", "Mellunmäentie",
               "Pakilantie", "Ruskeasuonkatu", "Huopalahdentie", "Pajamäentie", "Leppävaarankatu",
               "Tikkurilantie", "Myyrmäentie", "Otaniementie", "Kauppamiehentie", "Malminkaari"]
_STREETS_SV = ["Mannerheimvägen", "Tavastvägen", "Fleminggatan", "Runebergsgatan", "Topeliusgatan",
               "Fredriksgatan", "Lönnrotsgatan", "Porkalagatan", "Mechelingatan", "Sturegatan",
               "Helsingegatan", "Drumsövägen", "Brändövägen", "Vallgårdsvägen", "Arabiagatan"]

_FI_LETTERS = "ABCDEFGHIJKLMNOPRSTUVXYZ"


def _digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _fi_mobile(rng):
    pre = rng.choice(["040", "041", "044", "045", "046", "050"])
    body = _digits(rng, 7)
    style = rng.randint(0, 6)
    if style == 0:
        return f"{pre} {body[:3]} {body[3:]}"
    if style == 1:
        return f"{pre}{body}"
    if style == 2:
        return f"{pre}-{body[:3]} {body[3:]}"
    if style == 3:
        return f"+358 {pre[1:]} {body[:3]} {body[3:]}"
    if style == 4:
        return f"+358{pre[1:]}{body}"
    if style == 5:
        return f"+358 (0){pre[1:]} {body[:3]} {body[3:]}"
    return f"00358 {pre[1:]} {body}"


def _intl_phone(rng):
    pat = rng.choice(_INTL_PHONE)
    vals = {"a1": _digits(rng, 1), "a2": _digits(rng, 2), "a3": _digits(rng, 3), "a4": _digits(rng, 4),
            "b2": _digits(rng, 2), "b3": _digits(rng, 3), "b4": _digits(rng, 4), "b5": _digits(rng, 5),
            "c2": _digits(rng, 2), "c3": _digits(rng, 3), "d4": _digits(rng, 4), "e2": _digits(rng, 2)}
    return pat.format(**vals)


def _phone(rng):
    return _intl_phone(rng) if rng.random() < 0.35 else _fi_mobile(rng)


def _ascii(s):
    table = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", "á": "a", "í": "i", "ó": "o",
                           "ú": "u", "ñ": "n", "ç": "c", "ş": "s", "ı": "i", "ğ": "g", "ł": "l",
                           "ń": "n", "ś": "s", "ż": "z", "ź": "z", "ü": "u", "ã": "a", "ê": "e",
                           "-": "", "'": "", " ": ""})
    return s.lower().translate(table)


def _email(rng, first, last):
    f, l = _ascii(first), _ascii(last)
    style = rng.randint(0, 4)
    if style == 0:
        local = f"{f}.{l}"
    elif style == 1:
        local = f"{f[0]}{l}"
    elif style == 2:
        local = f"{f}{l}{rng.randint(1, 99)}"
    elif style == 3:
        local = f"{f}_{l}"
    else:
        local = f"{l}.{f}"
    return f"{local}@{rng.choice(_MAIL_DOMAINS)}"


def _plate(rng):
    letters = "".join(rng.choice(_FI_LETTERS) for _ in range(rng.choice([3, 3, 3, 2])))
    num = str(rng.randint(1, 999))
    style = rng.randint(0, 5)
    if style == 0:
        return f"{letters.lower()}-{num}"
    if style == 1:
        return f"{letters}{num}"
    if style == 2:
        return f"{letters} {num}"
    return f"{letters}-{num}"


def _iban(rng, cc=None):
    cc = cc or rng.choice(["FI", "FI", "FI", "SE", "DE", "EE"])
    length = {"FI": 14, "SE": 20, "DE": 18, "EE": 16}[cc]
    bban = _digits(rng, length)
    num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    iban = f"{cc}{98 - num % 97:02d}{bban}"
    if rng.random() < 0.7:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def _address(rng, sv=False):
    street = rng.choice(_STREETS_SV if sv else _STREETS_FI)
    out = f"{street} {rng.randint(1, 120)}"
    r = rng.random()
    if r < 0.4:
        out += f" {rng.choice('ABCDEF')} {rng.randint(1, 60)}"
    elif r < 0.55:
        out += f" {rng.choice('ABC')}"
    return out


def _person(rng):
    first, last = rng.choice(_FIRST)
    return first, last


def _name_span(rng, first, last):
    r = rng.random()
    if r < 0.5:
        return f"{first} {last}"
    if r < 0.75:
        return first
    if r < 0.85:
        return first.lower()
    if r < 0.93:
        return rng.choice(_NICK)
    return f"{first[0]}. {last}"


def _gen_booking(rng):
    """Varaamo booking notes: who books, who picks up keys, contact details."""
    first, last = _person(rng)
    first2, last2 = _person(rng)
    name = _name_span(rng, first, last)
    name2 = _name_span(rng, first2, last2)
    phone = _phone(rng)
    mail = _email(rng, first, last)
    lang = rng.choice(["en"] * 5 + ["sv"] * 3 + ["fi"] * 2)
    hh = rng.choice(["10–12", "14–16", "17–20", "18–21", "9–15", "12:30–15:30"])
    day = f"{rng.randint(1, 28)}.{rng.randint(1, 12)}."
    if lang == "en":
        room = rng.choice(_ROOMS_EN)
        t = rng.randint(0, 5)
        if t == 0:
            s = f"Booked by [[P:{name}]], [[T:{phone}]]. Keys picked up by [[P:{name2}]]. {room[0].upper() + room[1:]}, {day} {hh}."
        elif t == 1:
            s = f"{room[0].upper() + room[1:]} {day} {hh} – contact [[P:{name}]] [[E:{mail}]]"
        elif t == 2:
            s = f"keys picked up by [[P:{name2}]] ([[T:{phone}]]), booking is in [[P:{first}'s]] name"
        elif t == 3:
            s = f"Hi, we'll be about {rng.randint(6, 40)} people. Responsible adult: [[P:{name}]], [[T:{phone}]] / [[E:{mail}]]. Thanks!"
        elif t == 4:
            s = f"[[T:{phone}]] [[P:{name}]] – call if the door code doesn't work on {day}"
        else:
            s = f"Booking for our {rng.choice(['choir', 'chess club', 'parents group', 'yoga group', 'study circle'])}, {day} {hh}. Contact: [[E:{mail}]] ([[P:{name}]])"
    elif lang == "sv":
        room = rng.choice(_ROOMS_SV)
        t = rng.randint(0, 4)
        if t == 0:
            s = f"Bokad av [[P:{name}]], [[T:{phone}]]. Nycklarna hämtas av [[P:{name2}]]."
        elif t == 1:
            s = f"{room[0].upper() + room[1:]} {day} kl {hh}. Kontaktperson [[P:{name}]], [[E:{mail}]]"
        elif t == 2:
            s = f"nycklarna hämtas av [[P:{name2}]] kl {rng.randint(8, 18)}, ring [[T:{phone}]] om nåt"
        elif t == 3:
            s = f"Hej! Vi är ca {rng.randint(6, 40)} personer. Ansvarig vuxen: [[P:{name}]] [[T:{phone}]]. Mvh [[P:{name2}]]"
        else:
            s = f"Bokningen står på [[P:{first}s]] namn men [[P:{name2}]] öppnar. [[T:{phone}]]"
    else:
        room = rng.choice(_ROOMS_FI)
        t = rng.randint(0, 3)
        if t == 0:
            s = f"Varaaja [[P:{name}]], [[T:{phone}]]. Avaimet hakee [[P:{name2}]]."
        elif t == 1:
            s = f"{room[0].upper() + room[1:]} {day} klo {hh}. Yhteyshenkilö [[P:{name}]], [[E:{mail}]]"
        elif t == 2:
            s = f"avaimet hakee [[P:{name2}]] klo {rng.randint(8, 18)}, puh [[T:{phone}]]"
        else:
            s = f"Hei! Meitä on noin {rng.randint(6, 40)}. Vastuuhenkilö: [[P:{name}]] [[T:{phone}]]"
    return lang, s


def _gen_plate(rng):
    """Open311 parking complaints with a plate near a cue word."""
    plate = _plate(rng)
    lang = rng.choice(["en"] * 5 + ["sv"] * 3 + ["fi"] * 2)
    colour = rng.choice(["black", "white", "red", "silver", "dark blue"])
    street_fi = rng.choice(_STREETS_FI)
    street_sv = rng.choice(_STREETS_SV)
    sign = ""
    if rng.random() < 0.5:
        f, l = _person(rng)
        sign = f" [[P:{_name_span(rng, f, l)}]]"
    if lang == "en":
        cue = rng.choice(["plate", "reg", "reg.", "licence plate", "PLATE", "License plate no", "reg nr"])
        t = rng.randint(0, 3)
        if t == 0:
            s = f"A {colour} car, {cue} [[R:{plate}]], has been parked on the pavement on {street_fi} for days."
        elif t == 1:
            s = f"{cue} [[R:{plate}]] parks in the loading zone every morning, trucks can't get in."
        elif t == 2:
            s = f"Abandoned van on {street_fi}, {cue}: [[R:{plate}]], windows smashed."
        else:
            s = f"the {colour} SUV with {cue} [[R:{plate}]] keeps blocking the bike lane at rush hour"
    elif lang == "sv":
        cue = rng.choice(["reg.nr", "registreringsnummer", "regnr", "REG", "skylt"])
        t = rng.randint(0, 2)
        if t == 0:
            s = f"En {rng.choice(['svart', 'vit', 'röd', 'grå'])} bil med {cue} [[R:{plate}]] står på cykelbanan på {street_sv}."
        elif t == 1:
            s = f"Övergiven bil på {street_sv}, {cue} [[R:{plate}]], har stått där sedan sommaren."
        else:
            s = f"{cue} [[R:{plate}]] parkerar på handikapplatsen varje dag utan tillstånd."
    else:
        cue = rng.choice(["rekkari", "rekisterinumero", "rek.nro", "REK"])
        t = rng.randint(0, 1)
        if t == 0:
            s = f"Auto ({cue} [[R:{plate}]]) on parkissa kevyenliikenteen väylällä, katu {street_fi}."
        else:
            s = f"{cue} [[R:{plate}]] seisoo taas pelastustiellä."
    return lang, s + sign


def _gen_refund(rng):
    first, last = _person(rng)
    iban = _iban(rng)
    ref = f"VAR-2025-{rng.randint(1000, 99999):06d}"
    lang = rng.choice(["en"] * 5 + ["sv"] * 3 + ["fi"] * 2)
    if lang == "en":
        t = rng.randint(0, 2)
        if t == 0:
            s = f"Please refund booking {ref} to [[I:{iban}]], account holder [[P:{first} {last}]]."
        elif t == 1:
            s = f"IBAN [[I:{iban}]] ([[P:{first} {last}]]) – refund for {ref}, we had to cancel. thanks"
        else:
            s = f"Hi, {ref} was charged twice. My account: [[I:{iban}]]. [[P:{first}]]"
    elif lang == "sv":
        t = rng.randint(0, 1)
        if t == 0:
            s = f"Återbetala bokning {ref} till [[I:{iban}]], kontoinnehavare [[P:{first} {last}]]."
        else:
            s = f"Kontonummer för återbetalning: [[I:{iban}]]. Mvh [[P:{first} {last}]]"
    else:
        s = f"Palautus varauksesta {ref} tilille [[I:{iban}]], saaja [[P:{first} {last}]]."
    return lang, s


def _gen_feedback(rng):
    """Open311 feedback with a sign-off: name, maybe address, phone or e-mail."""
    first, last = _person(rng)
    lang = rng.choice(["en"] * 5 + ["sv"] * 3 + ["fi"] * 2)
    name = _name_span(rng, first, last)
    contact = rng.choice(["phone", "mail", "both", "none", "addr"])
    if lang == "en":
        body = rng.choice([
            "The streetlight outside our building has been out for two weeks.",
            "Broken glass all over the playground again, please clean it up.",
            "The recycling point is overflowing, cardboard everywhere.",
            "Snow has not been cleared from the pedestrian bridge since Sunday.",
            "Someone spray-painted the new bench by the shore.",
            "the traffic light for pedestrians is stuck on red",
        ])
        if contact == "addr":
            body = f"I live at [[A:{_address(rng)}]]. " + body
        sign = rng.choice(["Regards,", "Thanks,", "Best,", "-", "//", "Cheers"])
    elif lang == "sv":
        body = rng.choice([
            "Gatlyktan utanför vårt hus har varit släckt i två veckor.",
            "Krossat glas på lekplatsen igen, kan någon städa?",
            "Återvinningsstationen är överfull.",
            "Snön har inte röjts från gångbron sedan söndag.",
            "Någon har sprejat klotter på den nya bänken vid stranden.",
        ])
        if contact == "addr":
            body = f"Jag bor på [[A:{_address(rng, sv=True)}]]. " + body
        sign = rng.choice(["Mvh", "Hälsningar", "/", "Tack!"])
    else:
        body = rng.choice([
            "Katuvalo talon edessä on ollut rikki kaksi viikkoa.",
            "Leikkipuistossa on taas lasinsiruja.",
            "Kierrätyspiste on täynnä, pahvia joka puolella.",
            "Kävelysiltaa ei ole aurattu sunnuntain jälkeen.",
        ])
        if contact == "addr":
            body = f"Asun osoitteessa [[A:{_address(rng)}]]. " + body
        sign = rng.choice(["Terveisin", "t.", "-", "Kiitos!"])
    tail = f"{sign} [[P:{name}]]"
    if contact in ("phone", "both"):
        tail += f", [[T:{_phone(rng)}]]"
    if contact in ("mail", "both"):
        tail += f" [[E:{_email(rng, first, last)}]]"
    return lang, f"{body} {tail}"


def _gen_negative(rng, i):
    """Hard negatives: rooms named after people, word-names, refs, hours, prices, postal codes, brands."""
    lang = ["en", "sv", "en", "fi", "en", "sv", "en", "sv", "en", "fi"][i % 10]
    k = i // 10 + (i % 10)  # rotation index within the language
    ref = rng.choice([f"HEL {rng.choice([2024, 2025])}-{rng.randint(1, 99999):06d}",
                      f"VAR-2025-{rng.randint(1, 99999):06d}",
                      f"{rng.randint(100000000, 999999999)}"])
    price = rng.choice(["12 €/h", "25 €/h", "40 €", "0 €", "7,50 €", "150 €"])
    hours = rng.choice(["Mon–Fri 8–20", "8–16", "10–18", "9.00–21.00", "Sat 10–15"])
    month_en = rng.choice(["May", "June", "August", "March", "December"])
    postal = rng.choice(["00100", "00530", "00940", "00980", "02600", "01300", "00510"])
    street_fi = rng.choice(_STREETS_FI)
    street_sv = rng.choice(_STREETS_SV)
    if lang == "en":
        room = rng.choice(_ROOMS_EN)
        opts = [
            f"Is {room} free on a Saturday in {month_en}? We'd need it {hours}. Reference {ref}.",
            f"Will the price for {room} stay at {price} next year?",
            f"Hope {room} gets new chairs soon, half of them wobble. Order {ref}.",
            f"{room[0].upper() + room[1:]} smelled of paint all evening. Booking {ref}.",
            f"May we leave our instruments in {room} overnight? Opening hours say {hours}.",
            f"The bill for {ref} says {price} but the website said free for NGOs.",
            f"Mark the {street_fi} bike lane closure on the map please, it's not shown in the HSL app.",
            f"Postal code {postal} is missing from the drop-down in the booking form.",
            f"Art walk along {street_fi} on the first Friday of {month_en}: can we put up signs without a permit?",
            f"Rose garden at Kaisaniemi looks sad this {month_en}, nobody has watered it. Case {ref}?",
            f"Frank question: why does {room} cost 40 €/h when the Oodi rooms are free?",
            f"Pat on the back for the snow crew on {street_fi}, best job this winter!",
        ]
    elif lang == "sv":
        room = rng.choice(_ROOMS_SV)
        opts = [
            f"Är {room} ledigt en lördag i maj? Vi behöver det kl {rng.choice(['10–14', '16–20', '9–12'])}. Ärende {ref}.",
            f"Blir priset för {room} fortfarande {price} nästa år?",
            f"Dag för storstädning i {room}? Vi har bokning {ref}.",
            f"Stigen till stranden vid {rng.choice(['Fölisön', 'Brunnsparken', 'Stora Räntan'])} är lerig, liv och rörelse hela dagen men ingen belysning.",
            f"Postnumret {postal} finns inte i bokningsformuläret.",
            f"Bo nära {street_sv} är trevligt men bussarna går för sällan på kvällarna.",
            f"Fakturan för {ref} visar {price}, borde vara gratis för föreningar.",
            f"Björnbären vid {street_sv} växer ut över cykelbanan, kan någon klippa?",
            f"Öppettider {rng.choice(['mån–fre 8–20', 'lör 10–15', 'kl 9.00–21.00'])} står det, men {room} var låst. Ärende {ref}.",
        ]
    else:
        room = rng.choice(_ROOMS_FI)
        opts = [
            f"Onko {room} vapaana toukokuun lauantaina? Tarvitsisimme sen klo {rng.choice(['10–14', '16–20', '9–12'])}. Viite {ref}.",
            f"Pysyykö tilan {room} hinta {price} ensi vuonna?",
            f"Postinumero {postal} puuttuu varauslomakkeesta.",
            f"Lasku {ref} näyttää {price}, vaikka yhdistyksille piti olla ilmaista.",
            f"{street_fi} on suljettu, mutta HSL:n sovellus ei näytä sitä.",
            f"{room[0].upper() + room[1:]} oli kylmä koko illan, patteri ei toimi. Varaus {ref}.",
        ]
    return lang, opts[k % len(opts)]


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out: list[tuple[str, str]] = []
    out += [("en", s) for s in _HAND_EN]
    out += [("sv", s) for s in _HAND_SV]
    out += [("fi", s) for s in _HAND_FI]
    gens = [_gen_booking] * 30 + [_gen_plate] * 12 + [_gen_refund] * 8 + [_gen_feedback] * 14
    for g in gens:
        out.append(g(rng))
    for i in range(34):
        out.append(_gen_negative(rng, i))
    rng.shuffle(out)
    return out
