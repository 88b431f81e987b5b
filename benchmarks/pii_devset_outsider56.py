"""Blind evaluation block 56 for the personal-data scrubber.

Written by helper "outsider 56" on 2026-12-08.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/, /work/main/tests/,
/work/main/scripts/, /work/main/benchmarks/pii_eval.py, /work/main/benchmarks/pii_build_devset.py, any other
/work/main/benchmarks/pii_devset_outsider*.py file, or /work/scratch/ (apart from the brief itself). I ran no git
commands and did not run the scrubber or any evaluation. The texts come only from the brief and from my own
knowledge of how people write.

Focus: "international Helsinki". Open311 feedback, Kerrokantasi comments, OmaStadi proposals and Varaamo booking
notes written in English (about 60 %) and in simple learner's Finnish (about 40 %) by residents who moved to
Helsinki from India, China, Vietnam, the Philippines, Somalia, Iraq, Syria, Afghanistan, Iran, Turkey, Russia,
Ukraine, Estonia, Nigeria, Kenya, Brazil, Spain, the USA, the UK, Poland, Nepal and Bangladesh. They name
themselves, children, spouses, neighbours, teachers and landlords with names from their own cultures (diacritics,
hyphens, particles bin/bint/al-/van der/de/da/dos, surname-first order, Finnish case endings on foreign names such
as Nguyenille, Priyan kanssa, Ahmedilta), with phones (Finnish and foreign), e-mails, addresses, plates, IBANs, a
few HETUs and one IP address. About a third are hard negatives: festivals and religious holidays (Diwali, Eid,
Nowruz, Tet, Yalda, Teej), dishes (pho, adobo, injera, biryani), cities and countries that look like names
(Jordan, Georgia, Victoria), brands (Toyota, Mercedes, Jopo), famous people (Gandhi, Messi, Shakira, Kipchoge,
Shirin Ebadi, Ai Weiwei), streets without numbers, case numbers, bus lines, and English words that are also first
names capitalised at sentence start (Will, Grace, Hope, Mark, Frank, Rich, Sunny, Joy, Rose).

Seed: 5656. Hand-written records come first (each an individual message); the remaining records come from small
generators seeded with random.Random(SEED); the combined list is shuffled with the same generator.

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person name (case endings, possessive 's
inside; titles and role words outside), E e-mail, T phone number, H Finnish personal identity code, I IBAN / bank
account, R licence plate, IP IP address, A street address with house number (postal code and city outside).
"""

import random
import unicodedata

SEED = 5656

HAND = [
    # ---------------------------------------------------------------- English, hand-written
    ("en", "Hi, the street lamp in front of [[A:Kontulankaari 9 B]] is broken since two weeks. My daughter [[P:Aanya]] walks home from the metro in total dark. please fix asap.\n[[P:Sandeep Kulkarni]] / [[T:+358 44 718 2290]]"),
    ("en", "Diwali celebration at Stoa last November was amazing!! Please can the city support it again this year, the rangoli workshop and Bollywood dance class were full in 20 minutes. Happy Diwali everyone 🪔"),
    ("en", "Vietnamese association monthly meeting, approx 25 persons. Keys will be picked up by [[P:Trần Văn Minh]] (tel. [[T:045 239 8811]]). If he dont answer please call his wife [[P:Phạm Thu Hà]], [[T:+358 40 552 7063]]."),
    ("en", "Pho night in the Maunula house kitchen was a big success, thank you to the staff! Next time we want to try spring rolls and bánh mì. Is the kitchen free on Sundays in March?"),
    ("en", "Multilingual story hour at Itäkeskus library\n\nMany children in East Helsinki speak Somali, Arabic, Dari or Russian at home. Volunteers could read books in their home language every Saturday. I can read in Somali myself, my name is [[P:Hodan Abdi Warsame]] and my friend [[P:Faadumo]] can also help. Contact [[E:hodan.warsame@gmail.com]]"),
    ("en", "The car [[R:GJN-517]] (grey Mercedes) is parked on the grass between the buildings at [[A:Mellunmäentie 14]] every night. It belongs to the neighbour in C stairway, Mr [[P:Okafor]]. I told him many times. Grass is destroyed."),
    ("en", "Messi shirts on every kid in Kontula lol ⚽ but seriously the football field nets are broken again and the lights turn off at 21:00, kids play until 22:00 in summer. Can you change the timer?"),
    ("en", "Grace period for the residential parking permit renewal should be longer. Many of us do not read Finnish well and the letter comes only in Finnish and Swedish."),
    ("en", "I lost my wallet in tram 7 near Sörnäinen on Friday evening (around 19:30). Inside was my residence permit card, name [[P:NGUYEN Thi Hoa]]. If somebody brings it to lost and found please email me [[E:hoa.nguyen88@gmail.com]] 🙏"),
    ("en", "Will the Itäkeskus swimming hall have women-only swimming times again? Many Somali, Arab and Afghan women in our area are asking. Hope the answer is yes, it was every Sunday 8-10 before."),
    ("en", "@[[P:Olga S.]] sorry but I don't agree. The park is not only for dogs. Families from Kurkimäki use it for picnics, birthday parties and the Nowruz celebration in March. Please keep the open lawn."),
    ("en", "We booked the music room at Vuotalo 14.3. 18–21 (booking no 2024-118734). Key will be collected by my son [[P:Arjun]], he is 19 years. My number [[T:050 418 6622]]\n\nRegards,\n[[P:Lakshmi Venkatesan]]"),
    ("en", "Santa Claus visited our daycare in Jakomäki and the kids from Ukraine, Syria and Vietnam were so happy. Thank you Helsinki for such a nice Christmas party!"),
    ("en", "Cricket pitch for Malmi 🏏\nMany families from India, Pakistan, Bangladesh, Nepal and Sri Lanka live in Malmi and Pukinmäki. Now we play cricket on the football field and there are conflicts with the football teams. A simple artificial pitch would be enough.\nProposer: [[P:Tanvir Hossain]], Malmi Cricket Friends, [[E:tanvir.hossain.fi@outlook.com]]"),
    ("en", "Sibelius park needs more benches and the toilet should be open in winter. Tourists from China and Japan come there all year, also in January."),
    ("en", "Not sure if the city can help with this. Our landlord Mr. [[P:Raimo Lindqvist]] has not fixed the radiator at [[A:Visbynkatu 6 A 12]] since October, we have a 2 year old baby. He don't answer to my emails. Can someone from housing inspection come? [[P:Mustafa Al-Obaidi]] [[T:0445218830]]"),
    ("en", "Eid al-Fitr prayer at the Kontula sports field was very well organised last year. Please remember that this year Eid is probably on a weekday, so the parking around Kontulantie will be full in the morning."),
    ("en", "As a mother of three in Jätkäsaari I support the new school plan. My kids [[P:Ebere]], [[P:Chidi]] and [[P:Nneka]] now take bus 15 to Ruoholahti every day. – [[P:Adaeze Nwosu]]"),
    ("en", "Our under-12 groups are called Jordan, Georgia, Chelsea and Porto (the kids chose the names 😂). We need more training time at the Vuosaari sports park artificial turf on Tuesdays, now we have only 17:00-18:00."),
    ("en", "Keys: [[P:Siobhan O'Brien]] will pick them up at the Oodi info desk, Thursday after 17. Backup person [[P:Gareth]] [[T:+44 7700 912384]] (UK number, sorry!)."),
    ("en", "Hope the city bike season starts earlier this year. Rich people have their own bikes but students and immigrants use the yellow bikes a lot."),
    ("en", "Hello, my name is [[P:Parisa Mohammadi]] and I live at [[A:Kauppakartanonkatu 7 C 59]], 00930 Helsinki. The elevator in our stairway is broken for 10 days. There are old people and baby carriages. Building manager says it is not his problem. Phone [[T:040 311 9072]]"),
    ("en", "Shakira concert traffic last summer was a disaster around the Olympic stadium. Please plan the trams better for big concerts, tram 2 and 3 were totally full and people stood on Mannerheimintie for one hour."),
    ("en", "I am from Kenya and I cycle every day from Vuosaari to the centre. The new bridge plan is great but please add lights. My colleague [[P:Otieno]] had an accident there in November in the dark. — [[P:Wanjiru Kamau]]"),
    ("en", "Gandhi said the greatness of a nation can be judged by the way its animals are treated. Please build a proper dog park in Myllypuro, the current one is mud and a broken fence."),
    ("en", "Great idea [[P:Mehmet]]! I also vote for the Turkish-Finnish football tournament. My boys [[P:Emir]] and [[P:Yusuf]] will play for sure. / [[P:Ayşe Yılmaz]]"),
    ("en", "---------- Forwarded message ----------\nFrom: [[P:Javier Fernández]] <[[E:javi.fdez@gmail.com]]>\nSubject: sauna\n> The sauna at Yrjönkatu swimming hall was only 45 degrees, is the heater broken?\n\nSame problem on Wednesday morning. Please check."),
    ("en", "Chinese New Year lantern walk in Kaisaniemi park would be so beautiful. In Shanghai every park has red lanterns in February. The Year of the Horse starts in 2026!"),
    ("en", "Booking for Nepali Teej festival rehearsal, women's dance group. Responsible person [[P:Sita Gurung]] [[T:044-613-2058]], keys also ok for [[P:Anisha Thapa Magar]]."),
    ("en", "Teej and Dashain are big festivals for Nepali people. Could the city library have more books in Nepali? Now there are only 3 books in Pasila library and all are for children."),
    ("en", "Abandoned car with Estonian plates [[R:512 BNM]] on Välimerenkatu near the playground. It has been there since August, tyres are flat and kids climb on it."),
    ("en", "Hi [[P:Kadri]]! Replying to your proposal: I am Estonian too and we could do a Jaanipäev bonfire together with the Finnish juhannus people 😊 write me [[E:liis.kask@mail.ee]]"),
    ("en", "Holi colour festival in Kaivopuisto was messy but fun. Please tell the organisers next year to clean the colour powder from the grass. Also bring more toilets."),
    ("en", "My son [[P:Oluwaseun]] (8 years) was bitten by a dog in Kivikko park on Sunday 15.9. around 16:00. The owner was a tall man with a black dog, no leash. If anyone saw it please contact [[P:Folake Adeyemi]] [[T:+358 45 671 0923]]."),
    ("en", "The bus 554 schedule is not good for people working shifts at the airport. First bus at 5:12 is too late for the 5:30 shift. Many cleaners from the Philippines, Nepal and Somalia live in Kontula and Myllypuro."),
    ("en", "Reply to [[P:Dmitri]]: Yes, the Russian-speaking parents also want more Finnish as second language classes. My daughter [[P:Polina]] waited 8 months. [[P:Anastasia Volkova]], Vuosaari"),
    ("en", "Tolstoy, Dostoevsky and Chekhov in Russian at the library, please keep them! Many Ukrainians and Estonians read Russian too, and the Pushkin shelf in Itäkeskus is always empty because people borrow."),
    ("en", "Meeting room for the Syrian parents association, every 2nd Sunday 12–15. Contact person [[P:Rania Haddad]], [[E:rania.haddad@syrianparents.fi]], [[T:050 937 4416]]. Invoice to the association, IBAN [[I:FI53 5720 1320 0394 18]]."),
    ("en", "Kebab and shawarma places on Hämeentie leave their garbage bags outside the whole weekend. Rats everywhere near Vaasanpuistikko. Please inspect."),
    ("en", "I want to thank teacher [[P:Miia Hakala]] from Kannelmäki school, she helped my son [[P:Reza]] so much with Finnish. We came from Iran two years ago and now he reads Finnish books! [[P:Niloufar Ghasemi]]"),
    ("en", "Shirin Ebadi spoke at the university last week about women's rights in Iran. It would be great if the city library organised more events like that in Persian and English."),
    ("en", "pls help, our neighbour upstairs ([[A:Kurkimäentie 8 B 27]]) plays loud music every night until 3. we are family from Afghanistan, my husband [[P:Habibullah]] works early. we called police 2 times. [[P:Shabnam Rahimi]]"),
    ("en", "Kabul Bakery on Kauppakartanonkatu is the best, naan bread fresh every morning. But the sidewalk in front is icy every day in winter, someone fell there. Please put sand."),
    ("en", "Bangla language and culture class for kids in Vuosaari. We are ~40 Bangladeshi families. Teacher would be [[P:Nusrat Jahan]], she is a qualified teacher from Dhaka. Budget: 4000 € per year for materials and room. Contact: [[P:Mohammad Rafiqul Islam]] [[T:0413398127]]"),
    ("en", "21 February is International Mother Language Day, it started in Bangladesh. Helsinki could celebrate it in all libraries with stories in many languages."),
    ("en", "Hi, booking the sauna at Kontula youth house for our Polish women's club on 8.3. (Dzień Kobiet). Keys: [[P:Małgorzata Wiśniewska]], tel [[T:+48 601 447 283]] or Finnish number [[T:041 552 9016]]."),
    ("en", "Mark the date: Polish Independence Day 11.11. picnic at Töölönlahti if the weather is ok. Everybody welcome, pierogi and bigos for free! 🇵🇱"),
    ("en", "The guy in the silver Toyota [[R:ZKT-84]] again blocked the fire lane at [[A:Kiviportintie 4]] today 7.10. at 18:40. Photo attached. This is every week."),
    ("en", "Toyota, Honda, Tesla, all parked on the bike lane at the Itäkeskus shopping centre on Friday evening. Parking control please come on Fridays 17-20."),
    ("en", "I fully agree with [[P:Marcus]] above. As an American I was used to a car everywhere but after 6 years in Helsinki I sold mine. Build the tram to Viikki. - [[P:Jennifer Kowalski]], Arabianranta"),
    ("en", "Frank opinion: the Kalasatama towers look like Dubai, not Helsinki. Keep the buildings lower near the shore."),
    ("en", "Hello. I am writing for my mother [[P:Ferdous Begum]], she does not speak English or Finnish. She lives at [[A:Jakomäentie 3 A 5]] and the snow is not cleared from the stairs of the building. She is 74 and afraid to go out. You can call me, her son [[P:Rashed]], [[T:044 870 3361]]."),
    ("en", "Bollywood movie night at the Malmitalo cinema would be fun. Shah Rukh Khan films have English subtitles and many Finns like them too."),
    ("en", "Booking the Stoa dance studio for Filipino folk dance practice (tinikling). Responsible: [[P:Maria Lourdes Dela Cruz]] 📞 [[T:+358 46 955 3102]]. Her sister [[P:Rhea Mae]] may bring the keys back on Monday."),
    ("en", "Sinulog and the Santo Niño fiesta are in January, we would like to make a small parade in Itäkeskus. Who can we ask about permits for the street?"),
    ("en", "Dear [[P:Jose Miguel]], thanks for the reply. I will send the list of dancers to your email [[E:jm.santos.hki@gmail.com]] tomorrow. Salamat po! - [[P:Marites]]"),
    ("en", "Adobo, pancit and lumpia for the kids at the summer festival in Kontula! We will bring the food ourselves, we only need tables and the permit for the park."),
    ("en", "Chess club for kids in Meri-Rastila. My husband [[P:Taras Shevchuk]] taught chess in Kharkiv for 15 years and he can do it voluntary. We need only tables and chess boards. [[P:Iryna Shevchuk]], [[E:iryna.shevchuk@ukr.net]]"),
    ("en", "Kharkiv, Mariupol, Kherson — many families here lost everything. Thank you Helsinki for the free public transport in 2022 and the language courses."),
    ("en", "My car [[R:XOP-391]] was towed from Kalasatamankatu yesterday but there was no sign!! I paid 210 €. I want the money back. [[P:Oleksandr Melnyk]], [[T:+380 67 412 8830]], [[E:melnyk.oleks@gmail.com]]"),
    ("en", "The new Kiasma exhibition about Ai Weiwei was excellent. Please translate the texts to Chinese too, lots of Chinese students visit."),
    ("en", "Room for the Chinese language school (Saturday 10-13). Teacher: [[P:ZHANG Xiaoyu]] ([[P:张晓雨]]), contact [[T:045 128 7739]]. Parent representative [[P:Liu Yang]]."),
    ("en", "Mid-Autumn Festival moon cakes are sold at the Asian shop in Hakaniemi market hall. The hall itself is nice but parking is impossible. More bike racks please."),
    ("en", "Replying to [[P:Wang Lei's]] comment: yes the Chinese community would like a small garden plot too, we can grow bok choy and garlic chives. [[P:Chen Jie]]"),
    ("en", "Bruce Lee has a statue in Hong Kong. Helsinki could have more statues of people who are not only old Finnish men 😅 for example Tove Jansson or Minna Canth."),
    ("en", "Complaint about the Kannelmäki health station: the nurse gave my husband [[P:Mehmet Öztürk]] (HETU [[H:170582-455U]]) wrong vaccine information. Please contact me, [[P:Elif Öztürk]], [[T:040 773 6105]]."),
    ("en", "Istanbul has cats everywhere and people feed them. Here feeding birds and cats is forbidden in some yards? Can someone explain the rule?"),
    ("en", "Booking for the Somali mothers' sewing group, Kontula library workshop. Person responsible: [[P:Hamdi Osman]] [[T:0447213390]]. If I am sick, [[P:Faadumo Hassan]] comes instead."),
    ("en", "Mogadishu and Hargeisa are hot all year, so for many Somali kids winter swimming is a new thing 😄 the ice swimming place at Vuosaari beach could have a beginners' day."),
    ("en", "I support this. [[P:Abdirahman]] from our mosque youth group also wants to volunteer. You can reach him through me: [[E:y.abdi1990@hotmail.com]]"),
    ("en", "Ramadan Mubarak to everyone! The iftar in Kontula library was beautiful. Many Finnish neighbours came to try dates and sambusa."),
    ("en", "Hi, this is [[P:Pieter van der Meer]] from the Dutch-Finnish parents group. We want to book the Arabia library hall for Sinterklaas on 5.12. The booking system says error. My phone [[T:+358 50 398 2215]]"),
    ("en", "Please note the tenant [[P:Luc de Vries]] moved out from [[A:Porvoonkatu 35 B 18]] in June, letters for him keep coming to that address. The new tenant is [[P:Ana da Costa]]."),
    ("en", "Vanha Viertotie and Malminkaari junction: the green light for pedestrians is too short. Old people and parents with strollers cannot cross in time."),
    ("en", "As a Brazilian in Vuosaari I think the beach could have a beach volleyball court like in Copacabana 😎 We are already 12 players. Write to [[P:João Pedro da Silva]] [[E:joaopedro.dasilva@gmail.com]]"),
    ("en", "Carnival in Rio is in February, but in Helsinki the samba carnival is in June. Please keep the route through Senaatintori, it's the most beautiful place."),
    ("en", "[[P:Yevgeni Kuznetsov]] (landlord) wants me to pay the rent in cash, no contract. I live at [[A:Kontulantie 12 A 7]]. Is this legal? I'm from Nigeria, [[P:Chukwuemeka Okafor]], [[T:0452106647]]"),
    ("en", "Lagos traffic is worse, I admit 😂 but the Itäväylä roadworks are making my commute to Kamppi one hour. Any plan when it ends?"),
    ("en", "Hello, is my IP address blocked? I tried to book Malmitalo 5 times and got 'too many attempts'. My IP is [[IP:84.248.61.119]], account email [[E:kumar.pranav@protonmail.com]]. [[P:Pranav Kumar]]"),
    ("en", "The Varaamo page says 'Error 403' when I use Safari on iPhone. With Chrome it works. Just FYI for the developers."),
    ("en", "Note for [[P:Sandra]]: I left the keys in the mailbox of Kanneltalo at 21:15. Room was clean. Thanks! —[[P:Thiago]]"),
    ("en", "Christmas, Hanukkah, Diwali, Eid — our kindergarten celebrates all of them and the kids love it. Thank you Helsinki daycare!"),
    ("en", "Subject: dangerous crossing\n\nI am writing as a parent from Vuosaari. Yesterday a van almost hit my daughter [[P:Aisha]] at the crossing of Kallvikintie and Vuotie. The driver did not stop. I got the plate: [[R:CVL-902]]. Please put a speed bump.\n\n[[P:Khadija bint Ahmed Al-Sayegh]]"),
    ("en", "Vuotie and Kallvikintie crossing needs a speed bump, cars go 60 km/h there. Children walk to Aurinkolahti school every morning."),
    ("en", "[[P:Ngozi]] here, from the Nigerian women association. We will pay the booking fee by bank transfer from account [[I:FI79 1057 3000 4128 76]] (account holder [[P:Ngozi Eze]]). Please send the invoice to [[E:treasurer.nwaf@gmail.com]]."),
    ("en", "Shakira, Beyoncé and BTS songs at the Vuosaari summer disco, the kids loved it. Please organise it again in July!"),
    ("en", "Hi, I'm [[P:Tyler]], an exchange student from Ohio. My bike was stolen from the Kumpula campus rack. Frame number WTU123456 (Jopo, blue). If found please text [[T:+1 614 555 0187]]. thanks"),
    ("en", "Jopo bikes are so Helsinki ❤ but the bike racks at Pasila station are always full. Please add more two-level racks."),
    ("en", "> [[P:Fiona MacLeod]] wrote: 'the trees must stay'\nExactly. I'm from Scotland too and the Keskuspuisto forest is the best thing in this city. - [[P:Callum]]"),
    ("en", "Edinburgh has a big park in the middle of the city too and they kept it. Keep Keskuspuisto as it is, don't build the new houses in the forest."),
    ("en", "Hello, I forgot my laptop in meeting room 3 at Oodi yesterday 18-20. Black Lenovo with a sticker of Messi 😅 My name is [[P:Bikash Shrestha]], please call [[T:045 600 1947]]."),
    ("en", "Everest Restaurant and Himalaya Restaurant are both on the same street in Kallio, nice, but the street lamp between them is dark. It's on Helsinginkatu near the park."),
    ("en", "Community garden for Meri-Rastila 🌱 We are families from Afghanistan, Iraq and Somalia who were farmers in our home countries. We would grow coriander, mint, okra. Contact persons: [[P:Farid Ahmadzai]] [[T:041 908 3316]] and [[P:Haider Kadhim]]."),
    ("en", "Okra and coriander do grow in Finland in a greenhouse, I tried in the Kumpula allotment garden. Good idea for Meri-Rastila!"),
    ("en", "To whom it may concern, I request a copy of decision HEL 2025-004417 about my daycare fee. My details: [[P:Ashley Nguyen]], born 3.7.1991, personal id [[H:030791-512K]]. Address [[A:Agricolankatu 9 A 14]], 00530 Helsinki."),
    ("en", "Case HEL 2025-004417 is still open after 4 months. Please tell me when the daycare fee decision comes, the reference number is in the letter from 12.2.2025."),
    ("en", "booking for Iranian community Yalda night 21.12. 18:00-23:00 at Kanneltalo hall. responsible [[P:Kaveh Farahani]] [[T:0503917722]]"),
    ("en", "Yalda night is the longest night of the year, we eat pomegranate and read Hafez poems. Open for everybody!"),
    ("en", "Thanks to the social worker [[P:Mirja]] at Itäkeskus who helped [[P:Lan]] and me with the Kela papers. [[P:Nguyễn Văn An]]"),
    ("en", "Kela and Migri letters are very difficult to understand. Could the city have a help desk in Itäkeskus in English, Arabic, Somali and Russian every week?"),
    ("en", "Lost cat! Grey tabby called Simba, disappeared from [[A:Linnanrakentajantie 2 C 16]] on Tuesday. Owner [[P:Ahmed Farah]], [[T:0469184402]]"),
    ("en", "Will anyone fix the swings at the Kontula playground? They are the joy of my kids every evening and now broken for 3 weeks."),
    ("en", "Message to Helsinki Housing: the flat at [[A:Kivikonkaari 14 A 3]] has mould in the bathroom. Tenant [[P:Mursal Noori]], mobile [[T:+358 41 229 6084]]. I can send photos."),
    ("en", "Rose garden in Kaivopuisto is beautiful in June. Faith, hope and love, my grandmother used to say, and she loved roses. Please keep it."),
    ("en", "Agree with [[P:Krzysztof]] 100%. Also the Polish Saturday school needs a room, now they rent from a church. // [[P:Agnieszka Zielińska]]"),
    ("en", "Pope John Paul II visited Finland in 1989, my Polish grandfather told me. Anyway, the Catholic church in Kamppi needs a bike rack, I asked the city and the church both 😊"),
    ("en", "Hi! we are the Spanish-speaking moms group. Next meeting at Töölö library 17.10. 10am. Organiser: [[P:María José García de la Fuente]] ([[P:Majo]]), whatsapp [[T:+34 612 48 93 07]]"),
    ("en", "Día de los Muertos altar exhibition at the Cable Factory was fantastic. Frida Kahlo paintings copied by kids!"),
    ("en", "Big thanks to Dr. [[P:Achieng Ouma]] and nurse [[P:Minna]] at Malmi health station, they explained everything in English. My husband is much better now."),
    ("en", "Eliud Kipchoge runs a marathon in two hours, but in Helsinki the running track in Paloheinä is not lit after 20:00 in autumn. Please longer lights."),
    ("en", "Sunny days are rare, so when the sun comes everybody goes to Hietaniemi beach and the bins overflow. Please empty the bins daily in July."),
    # ---------------------------------------------------------------- Finnish (learner's), hand-written
    ("fi", "Hei! Minä olen [[P:Oksana Kovalenko]] ja asun [[A:Kivikonkaari 21 A 8]]. Meidän piha keinu on rikki, lapset ei voi leikkiä. Voiko korjata? Kiitos paljon. puh [[T:041 736 2259]]"),
    ("fi", "Varaus lauantai 12.10. klo 16-20 syntymäpäivä juhla. Avaimet hakee minun mies [[P:Ahmed]]. Jos on ongelma soita [[P:Ahmedille]] [[T:044 902 1187]] tai minulle. terveisin [[P:Zainab al-Hashimi]]"),
    ("fi", "Ramadanin aikana me haluaisimme käyttää Kontulan nuorisotalo iltaisin, iftar ruokailu. Onko mahdollista? Meidän yhdistys maksaa vuokra."),
    ("fi", "Minä puhuin jo [[P:Priyan]] kanssa, hän tuo avaimet takaisin maanantaina. [[P:Priyan]] numero on [[T:0451882034]]. t. [[P:Deepa]]"),
    ("fi", "Iso kiitos opettaja [[P:Nguyenille]]! Hän opetti minun tytär suomen kieli kaksi vuotta Vuosaaren koulussa. Nyt hän puhuu hyvin. [[P:Fatuma Ali]]"),
    ("fi", "Tallinnanaukio on liian pimeä illalla. Lamppu ei toimi bussipysäkin lähellä, linja 90 pysäkki. Ihmiset pelkää."),
    ("fi", "Minun naapuri [[P:Mehmet]] sanoi että roskakatos ovi on rikki jo kuukausi. Me asumme [[A:Kontulankaarella 5 C 31]]. Isännöitsijä ei vastaa. [[P:Hodan]]"),
    ("fi", "Hyvää Diwalia kaikille! Stoan juhla oli tosi kiva, kiitos Helsinki. Ensi vuonna enemmän tuolit kiitos 🙏"),
    ("fi", "Sain [[P:Ahmedilta]] tiedon että sauna on varattu 3.11. Voinko vaihtaa 10.11.? Varaus nro 2024-220871. [[P:Rasha Khalil]] [[E:rasha.khalil@gmail.com]]"),
    ("fi", "Hei, olen [[P:Wang Lei]], kiinalainen opiskelija. Minun polkupyörä varastettiin Kumpulan kampus. Poliisi sanoi että kaupunki ei voi auttaa mutta kysyn silti, onko kameroita? [[T:+358 44 615 0397]]"),
    ("fi", "Kiinalainen uusivuosi on helmikuussa. Voiko Oodi tehdä lyhty näyttely? Shanghaissa se on tosi kaunis."),
    ("fi", "Avaimet annettiin [[P:Kadri Tammille]] klo 17. Hän palauttaa ne Malmitalon infoon huomenna. -[[P:Märt]]"),
    ("fi", "Juhannus ja Jaanipäev on sama juhla Virossa ja Suomessa. Voiko Vuosaaren rannalla tehdä kokko? Kuka antaa luvan?"),
    ("fi", "Minun vuokranantaja [[P:Laaksonen]] ei korjaa jääkaappi. Asun [[A:Myllypurontie 20 B 42]]. Minä olen Syyriasta, [[P:Omar Aldarwish]]. puhelin [[T:050-612-4398]]"),
    ("fi", "Olen samaa mieltä [[P:Joãon]] kanssa, Vuosaaren uimaranta tarvitsee lentopallo kenttä. Minäkin pelaan. [[P:Luana]]"),
    ("fi", "Messi ja Ronaldo on lasten suosikki. Kontulan jalkapallokenttä tarvitsee uudet maalit, vanhat on rikki."),
    ("fi", "Hyvä ehdotus! Kysyin myös [[P:Oksanalta]], hän voi auttaa ukrainan kielen kerhossa. Hänen sähköposti [[E:oksana.kov@ukr.net]]"),
    ("fi", "Nowruz on 20.3. Iranilaiset, afgaanit ja kurdit juhlivat sitä. Haluaisimme tehdä juhlan Meri-Rastilan nuorisotalossa, onko vapaa?"),
    ("fi", "Lapseni [[P:Aryan]] ja [[P:Isha]] käyvät Kannelmäen leikkipuistossa. Siellä on rikki lasia hiekkalaatikossa!! Vaarallinen. äiti [[P:Ananya Iyer]] [[T:0442918765]]"),
    ("fi", "Auto [[R:BNT-608]] on pysäköity meidän pihalla jo 3 viikkoa, ei meidän talon auto. Osoite [[A:Rastilantie 6]]. Kiitos."),
    ("fi", "Pysäköinti Itäkeskus kauppakeskus on liian kallis, 4 € tunti. Ihmiset pysäköi Turunlinnantiellä ja Kauppakartanonkadulla."),
    ("fi", "Terveisiä [[P:Siobhanille]]! Varasimme tilan hänen nimellä mutta hän on nyt Irlannissa, joten minä haen avaimet. [[P:Aoife]] / [[T:040 228 7715]]"),
    ("fi", "Onko Helsingissä katu jonka nimi on Gandhi? Delhissä on monta. Ehdotan että uusi puisto Kalasatamassa saa kansainvälinen nimi."),
    ("fi", "Tämä on [[P:Chukwuemekan]] äiti. Hän unohti takin liikuntasaliin eilen (Jakomäen koulu, klo 18-19 harjoitus). Musta takki, Nike. Soita [[T:0408856213]] kiitos"),
    ("fi", "Hei, olen [[P:Sita Gurung]]. Maksoin varauksen mutta raha meni kaksi kertaa. Tilinumero [[I:FI13 4006 0020 1833 77]]. Palauttakaa yksi maksu kiitos."),
    ("fi", "Dashain juhla on lokakuussa, nepalilaiset perheet haluavat vuokrata Malmitalon salin. Hinta on kallis, onko alennus yhdistyksille?"),
    ("fi", "[[P:Rezalle]] iso kiitos, hän korjasi meidän talon pyörävarasto oven ilmaiseksi! Isännöitsijä ei tehnyt mitään. Kirjoitan tämän koska haluan että kaupunki tietää hyvä naapuri 😊"),
    ("fi", "Koraani kurssi lapsille ei ole kaupungin asia ymmärrän, mutta voiko nuorisotalossa olla arabian kielen kerho? Monet lapset unohtaa arabia."),
    ("fi", "Olen [[P:Małgorzatan]] naapuri. Hänen auto [[R:KIL-273]] seisoo väärin paikalla joka päivä meidän ulko-oven edessä. Ambulanssi ei pääse."),
    ("fi", "Varaaja: [[P:Anh Thư Lê]]\nPuhelin: [[T:045 771 3098]]\nTarkoitus: vietnamilainen Tết juhla, 60 henkeä\nAvaimet hakee: [[P:Lê Quang Huy]]"),
    ("fi", "Tết on vietnamilainen uusivuosi. Me teemme bánh chưng ja kaikki saa maistaa. Kiitos Vuotalo tilasta!"),
    ("fi", "Kirjoitan minun isän puolesta, hänen nimi on [[P:Ghulam Sakhi Ahmadzai]]. Hän ei osaa suomi. Hänen asunto [[A:Ostostie 4 B 19]] on kylmä, 17 astetta. Soita minulle [[P:Faridille]] [[T:041 908 3316]]"),
    ("fi", "Bussi 560 on aina myöhässä Myllypurossa. Talvella odotamme 20 minuuttia kylmässä. HSL?"),
    ("fi", "Kiitos [[P:Wanjirulle]] ja [[P:Achiengille]] jotka järjesti afrikkalainen ruoka ilta Kontulan kirjastossa. Ensi kerralla minäkin tuon injera. -[[P:Selam]]"),
    ("fi", "Injera, ugali ja jollof riisi — afrikkalainen ruokailta oli hyvä idea. Tehkää uudestaan kesällä Kontulan ostarilla!"),
    ("fi", "Hei [[P:Ayşe]]! Vastaus sinun kommentti: minäkin haluan naisten uinti vuoro Itäkeskus uimahalli. Soita [[T:+358 50 442 8170]] niin puhutaan. [[P:Elif]]"),
    ("fi", "Naisten uintivuoro sunnuntaisin klo 8-10 oli tosi hyvä. Miksi se loppui? Monet musliminaiset ei voi mennä muuten."),
    ("fi", "Poikani [[P:Mykola]] (11v) sai lyönti koulun pihalla. Rehtori ei tehnyt mitään. Koulu on Vuosaaressa. Isä [[P:Andrii Hrytsenko]], [[E:a.hrytsenko@gmail.com]]"),
    ("fi", "Shakira tulee Helsinkiin kesällä? Sitten ratikka 2 ja 3 pitäisi kulkea useammin. Viime konsertin jälkeen kaikki oli täynnä."),
    ("fi", "Kirjoitan [[P:Nguyenin]] perheen puolesta: heidän asunnossa [[A:Meri-Rastilan tie 3 D 51]] vuotaa vesi katosta. Isännöitsijä sanoo odota. Heillä on vauva. [[P:Trinh]] [[T:0402258716]]"),
    ("fi", "Helsinki-päivä 12.6. oli kiva, mutta ohjelma oli vain suomeksi ja ruotsiksi. Ensi vuonna myös englanti, arabia, venäjä, somali?"),
    ("fi", "Varaus peruttu. [[P:Javier]] on sairas. Uusi päivä myöhemmin. Soita [[P:Javierille]] [[T:+34 655 219 844]] tai minulle [[T:044 380 1127]]. [[P:Lucía Martín]]"),
    ("fi", "Espanjan kielen kerho kirjastossa joka tiistai klo 17, Madrid ja Barcelona kuvia seinällä. Kaikki tervetuloa, ilmainen."),
    ("fi", "Opettaja [[P:Heikkiselle]]: kiitos kun autoitte [[P:Abdullahia]] suomen kokeessa. Hän sai 8! äiti [[P:Hamdi]]"),
    ("fi", "Tarvitsen apua. Minun henkilötunnus on [[H:291199-038B]] ja Kela sanoo etten asu Helsingissä mutta asun [[A:Kiviportintie 10 A 6]]. [[P:Pooja Rani]]"),
    ("fi", "Pääsiäinen ja Ramadan samaan aikaan tänä vuonna. Kirjasto voisi tehdä yhteinen juhla kaikille, munat ja taatelit 🥚🌴"),
    ("fi", "Hei [[P:Tuomas]], kiitos vastauksesta. Me tulemme 15 henkeä, ei 30. [[P:Tanvir]] tuo ruoka. Terveisin [[P:Nusrat]]"),
    ("fi", "Kalasataman uusi puisto on hyvä, mutta liian vähän puita. Tokiossa on pienet puistot joka korttelissa."),
    ("fi", "Minun pyörä on löytynyt Sörnäisten metroasemalta! Kiitos [[P:Pasille]] joka soitti. Minä olen [[P:Zhou Mingyu]] [[T:0453017762]]"),
    ("fi", "Olen [[P:Ana Beatriz dos Santos]], haluan ehdottaa OmaStadiin samba tanssi kurssi nuorille Vuosaaressa. Opettaja olisi minun mies [[P:Thiago Oliveira]]. [[E:anabeatriz.ds@gmail.com]]"),
    ("fi", "Samba, capoeira ja forró — brasilialaiset voivat opettaa nuorille ilmaiseksi jos saamme tilan. Vuotalo olisi hyvä paikka."),
    ("fi", "Naapurin koira purri minun poika [[P:Abdia]]. Koiran omistaja asuu [[A:Kontulantie 8 C 44]]. Poliisi tietää. äiti [[P:Sahra Mohamed Nur]] [[T:0449163028]]"),
    ("fi", "Koirien ulkoilutus ilman hihnaa Kontulan metsässä. Lapset pelkää. Laittakaa kyltti englanniksi ja suomeksi."),
    ("fi", "Avain palautettu. Kiitos [[P:Hanna]]! t. [[P:Rafael Gómez]] ja [[P:Inés]]"),
    ("fi", "Toivo ja onni ovat minun suosikki suomen sanat 😊 Toivon että kirjasto jatkaa suomen kielen keskusteluryhmää keväällä."),
    ("fi", "Meidän yhdistys (Somalialaiset Äidit ry) maksaa vuokran tililtä [[I:FI42 1590 3000 2766 51]]. Laskun voi lähettää [[P:Hodan Abdi Warsamelle]], [[E:hodan.warsame@gmail.com]]"),
    ("fi", "Kontulan ostari on meidän olohuone. Ruokakauppa, halal liha, Aasia kauppa, kahvila. Älkää purkako!"),
    ("fi", "Olen [[P:Kateryna]], asun väliaikaisesti [[A:Siltamäentie 9 A 3]]. Pihan lamppu ei toimi ja ilta on pimeä. Kiitos. [[T:+380 50 881 2274]]"),
    ("fi", "Afganistanissa ei ole tällaista lunta 😄 mutta Jakomäentie pitää aurata aikaisemmin, bussi ei pääse mäkeä ylös."),
    ("fi", "Minä lähetin [[P:Oksanalle]] kuvat jo. Hän laittaa ne OmaStadiin. Jos kysymyksiä, soita [[P:Taras]] [[T:0417045592]]."),
    ("fi", "Varauksen tiedot: ryhmä 'Iraqi Women Helsinki', vastuuhenkilö [[P:Zahraa Jabbar]], [[T:+358 45 320 8861]], [[E:zahraa.j@outlook.com]]. Avaimet hakee [[P:Zahraa]] itse."),
    ("fi", "Vuosaaren ranta on ihana kesällä, mutta roskikset ovat täynnä viikonloppuna. Lisää roskiksia kiitos. Ja wc!"),
    ("fi", "Olen soittanut [[P:Kuznetsoville]] monta kertaa, hän ei vastaa. Hän on minun vuokranantaja. Lämmitys ei toimi, osoite [[A:Hakunilantie 40 C 12]], Vantaa. Mitä teen? [[P:Ikechukwu]]"),
    ("fi", "Turistit kysyi minulta Mannerheimin patsaan lähellä missä on julkinen wc. Kiasman lähellä ei ole!"),
    ("fi", "Minä ja [[P:Hassan]] haluamme varata koripallo salin joka lauantai. Me olemme 10 poikaa Kontulasta. [[P:Hassanin]] numero [[T:0465530871]]"),
    ("fi", "Atatürk päivä 19.5. turkkilaiset haluavat järjestää tapahtuma. Voiko saada Oodin lavan?"),
    ("fi", "Tässä meidän OmaStadi ehdotus: ulkokuntosali Myllypuroon. Ehdottajat: [[P:Burak Çelik]], [[P:Emre]] ja [[P:Sevgi Kaya]]. Yhteys: [[E:burak.celik@gmail.com]]"),
    ("fi", "Kiitos [[P:Liisalle]] kirjastossa, hän auttoi minun äiti [[P:Mariam]] täyttää lomake. Äiti asuu [[A:Kontulankaari 1 A 2]]."),
    ("fi", "Kirjaston englanninkieliset kirjat: enemmän Chimamanda Adichie ja Arundhati Roy kirjoja kiitos!"),
    ("fi", "Pyöräilijät ajavat Itäväylän alikulussa liian nopeasti. Siellä on sokea kulma. Peili tai kyltti auttaisi."),
]

# ---------------------------------------------------------------------------- generator material
# (full name, given name, family name, given genitive, given allative, given ablative, country code)
PEOPLE = [
    ("Deepika Menon", "Deepika", "Menon", "Deepikan", "Deepikalle", "Deepikalta", "in"),
    ("Venkat Subramanian", "Venkat", "Subramanian", "Venkatin", "Venkatille", "Venkatilta", "in"),
    ("LIU Wenjing", "Wenjing", "Liu", "Wenjingin", "Wenjingille", "Wenjingiltä", "cn"),
    ("Huang Zhiwei", "Zhiwei", "Huang", "Zhiwein", "Zhiweille", "Zhiweiltä", "cn"),
    ("Phạm Minh Tuấn", "Tuấn", "Phạm", "Tuấnin", "Tuấnille", "Tuấnilta", "vn"),
    ("Đỗ Thị Mai", "Mai", "Đỗ", "Main", "Maille", "Mailta", "vn"),
    ("Jerome Bautista", "Jerome", "Bautista", "Jeromen", "Jeromelle", "Jeromelta", "ph"),
    ("Kristine Joy Villanueva", "Kristine", "Villanueva", "Kristinen", "Kristinelle", "Kristineltä", "ph"),
    ("Abdullahi Sheikh Mohamud", "Abdullahi", "Mohamud", "Abdullahin", "Abdullahille", "Abdullahilta", "so"),
    ("Ifrah Jama", "Ifrah", "Jama", "Ifrahin", "Ifrahille", "Ifrahilta", "so"),
    ("Ali Hussein al-Jubouri", "Ali", "al-Jubouri", "Alin", "Alille", "Alilta", "iq"),
    ("Noor Abdulkareem", "Noor", "Abdulkareem", "Noorin", "Noorille", "Noorilta", "iq"),
    ("Yara Al-Khatib", "Yara", "Al-Khatib", "Yaran", "Yaralle", "Yaralta", "sy"),
    ("Samer Haddad", "Samer", "Haddad", "Samerin", "Samerille", "Samerilta", "sy"),
    ("Zarghona Popal", "Zarghona", "Popal", "Zarghonan", "Zarghonalle", "Zarghonalta", "af"),
    ("Ahmad Shah Karimi", "Ahmad", "Karimi", "Ahmadin", "Ahmadille", "Ahmadilta", "af"),
    ("Mahsa Rezaei", "Mahsa", "Rezaei", "Mahsan", "Mahsalle", "Mahsalta", "ir"),
    ("Arash Karimzadeh", "Arash", "Karimzadeh", "Arashin", "Arashille", "Arashilta", "ir"),
    ("Zeynep Arslan", "Zeynep", "Arslan", "Zeynepin", "Zeynepille", "Zeynepiltä", "tr"),
    ("Emre Doğan", "Emre", "Doğan", "Emren", "Emrelle", "Emreltä", "tr"),
    ("Natalia Morozova", "Natalia", "Morozova", "Natalian", "Natalialle", "Natalialta", "ru"),
    ("Alexei Popov", "Alexei", "Popov", "Alexein", "Alexeille", "Alexeilta", "ru"),
    ("Yuliia Tkachenko", "Yuliia", "Tkachenko", "Yuliian", "Yuliialle", "Yuliialta", "ua"),
    ("Bohdan Lysenko", "Bohdan", "Lysenko", "Bohdanin", "Bohdanille", "Bohdanilta", "ua"),
    ("Kertu Lepik", "Kertu", "Lepik", "Kertun", "Kertulle", "Kertulta", "ee"),
    ("Tõnu Kivisild", "Tõnu", "Kivisild", "Tõnun", "Tõnulle", "Tõnulta", "ee"),
    ("Chiamaka Obi", "Chiamaka", "Obi", "Chiamakan", "Chiamakalle", "Chiamakalta", "ng"),
    ("Babatunde Ogunleye", "Babatunde", "Ogunleye", "Babatunden", "Babatundelle", "Babatundelta", "ng"),
    ("Mercy Chebet", "Mercy", "Chebet", "Mercyn", "Mercylle", "Mercyltä", "ke"),
    ("Brian Mutua", "Brian", "Mutua", "Brianin", "Brianille", "Brianilta", "ke"),
    ("Rafaela Souza", "Rafaela", "Souza", "Rafaelan", "Rafaelalle", "Rafaelalta", "br"),
    ("Gabriel dos Reis", "Gabriel", "dos Reis", "Gabrielin", "Gabrielille", "Gabrielilta", "br"),
    ("Carmen Ruiz de Alda", "Carmen", "Ruiz de Alda", "Carmenin", "Carmenille", "Carmenilta", "es"),
    ("Pablo Hernández", "Pablo", "Hernández", "Pablon", "Pablolle", "Pablolta", "es"),
    ("Kayla Robinson", "Kayla", "Robinson", "Kaylan", "Kaylalle", "Kaylalta", "us"),
    ("Derek Lindgren", "Derek", "Lindgren", "Derekin", "Derekille", "Derekiltä", "us"),
    ("Eleanor Fitzgerald", "Eleanor", "Fitzgerald", "Eleanorin", "Eleanorille", "Eleanorilta", "uk"),
    ("Rhys Davies", "Rhys", "Davies", "Rhysin", "Rhysille", "Rhysiltä", "uk"),
    ("Joanna Kowalczyk", "Joanna", "Kowalczyk", "Joannan", "Joannalle", "Joannalta", "pl"),
    ("Łukasz Dąbrowski", "Łukasz", "Dąbrowski", "Łukaszin", "Łukaszille", "Łukaszilta", "pl"),
    ("Sunita Tamang", "Sunita", "Tamang", "Sunitan", "Sunitalle", "Sunitalta", "np"),
    ("Ram Bahadur Karki", "Ram", "Karki", "Ramin", "Ramille", "Ramilta", "np"),
    ("Sadia Chowdhury", "Sadia", "Chowdhury", "Sadian", "Sadialle", "Sadialta", "bd"),
    ("Md. Shafiqul Alam", "Shafiqul", "Alam", "Shafiqulin", "Shafiqulille", "Shafiqulilta", "bd"),
]

# (nominative, adessive/inessive "where" form) — real Helsinki / Espoo / Vantaa streets
STREETS = [
    ("Kontulankaari", "Kontulankaarella"), ("Mellunmäentie", "Mellunmäentiellä"), ("Ostostie", "Ostostiellä"),
    ("Turunlinnantie", "Turunlinnantiellä"), ("Kivikonkaari", "Kivikonkaarella"), ("Myllypurontie", "Myllypurontiellä"),
    ("Vuosaarentie", "Vuosaarentiellä"), ("Kallvikintie", "Kallvikintiellä"), ("Meri-Rastilan tie", "Meri-Rastilan tiellä"),
    ("Jakomäentie", "Jakomäentiellä"), ("Kaarelantie", "Kaarelantiellä"), ("Malminkaari", "Malminkaarella"),
    ("Hämeentie", "Hämeentiellä"), ("Sturenkatu", "Sturenkadulla"), ("Helsinginkatu", "Helsinginkadulla"),
    ("Leppävaarankatu", "Leppävaarankadulla"), ("Kivenlahdenkatu", "Kivenlahdenkadulla"), ("Tikkurilantie", "Tikkurilantiellä"),
    ("Myyrmäentie", "Myyrmäentiellä"), ("Rajatorpantie", "Rajatorpantiellä"), ("Matinkatu", "Matinkadulla"),
    ("Atlantinkatu", "Atlantinkadulla"), ("Kauppakartanonkatu", "Kauppakartanonkadulla"), ("Fleminginkatu", "Fleminginkadulla"),
    ("Pakilantie", "Pakilantiellä"), ("Alakiventie", "Alakiventiellä"),
]

ROOMS_EN = ["Oodi meeting room Kuutio", "Oodi group room 2", "Stoa dance studio", "Vuotalo hall", "Malmitalo music room",
            "Kanneltalo hall", "Maunula house kitchen", "Kontula library workshop", "Itäkeskus library group room",
            "Arabia library hall", "Töölö library meeting room", "Jakomäki youth house gym", "Myllypuro youth house"]
ROOMS_FI = ["Oodin ryhmätila", "Stoan tanssistudio", "Vuotalon sali", "Malmitalon musiikkiluokka", "Kanneltalon sali",
            "Maunula-talon keittiö", "Kontulan kirjaston paja", "Itäkeskuksen kirjaston ryhmätila", "Myllypuron nuorisotalo"]
PURPOSES_EN = ["Eritrean church choir practice", "birthday party for a 7-year-old", "Tamil language class",
               "Kurdish women's coffee morning", "board meeting of Somali Parents ry", "Diwali rehearsal",
               "Vietnamese New Year planning", "homework club", "Filipino basketball", "Persian poetry evening",
               "Ukrainian Saturday school", "Estonian choir", "capoeira for kids", "Nepali dance group",
               "Bengali cooking club", "Arabic reading circle", "chess for kids", "Turkish tea evening"]
PURPOSES_FI = ["syntymäpäivä juhla", "yhdistyksen kokous", "kuoro harjoitus", "tanssi harjoitus", "läksykerho lapsille",
               "naisten kahvila", "kieli kerho", "ompelu ryhmä", "äitien ja vauvojen tapaaminen", "shakki kerho"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_FI = ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"]
MONTHS_EN = ["January", "February", "March", "April", "May", "September", "October", "November", "December"]
DOMAINS = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "protonmail.com", "live.fi", "elisanet.fi"]
FOREIGN = {
    "in": "+91 9{d4} {d5}", "ee": "+372 5{d3} {d4}", "ng": "+234 80{d1} {d3} {d4}", "ke": "+254 7{d2} {d6}",
    "uk": "+44 7{d3} {d6}", "pl": "+48 {d3} {d3} {d3}", "ua": "+380 {d2} {d3} {d4}", "us": "+1 {d3} 555 {d4}",
    "es": "+34 6{d2} {d2} {d2} {d2}", "br": "+55 11 9{d4}-{d4}", "tr": "+90 5{d2} {d3} {d2} {d2}",
}
PLATE_LETTERS = "ABCDEFGHIJKLMNOPRSTUVXYZ"
IBAN_BASES = ["80001870562234", "20061800449102", "47100012093385", "31313001557460", "10573000412876"]


def _digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _fi_mobile(rng):
    pre = rng.choice(["040", "041", "044", "045", "050", "046", "040", "050"])
    d = _digits(rng, 7)
    style = rng.randrange(7)
    if style == 0:
        return f"{pre} {d[:3]} {d[3:]}"
    if style == 1:
        return f"{pre}{d}"
    if style == 2:
        return f"{pre}-{d}"
    if style == 3:
        return f"+358 {pre[1:]} {d[:3]} {d[3:]}"
    if style == 4:
        return f"+358{pre[1:]}{d}"
    if style == 5:
        return f"{pre} {d[:2]} {d[2:4]} {d[4:]}"
    return f"(+358) {pre[1:]}-{d[:3]} {d[3:]}"


def _phone(rng, cc):
    if cc in FOREIGN and rng.random() < 0.3:
        out = FOREIGN[cc]
        for k in ("d6", "d5", "d4", "d3", "d2", "d1"):
            while "{" + k + "}" in out:
                out = out.replace("{" + k + "}", _digits(rng, int(k[1])), 1)
        return out
    if rng.random() < 0.08:
        return f"09 {_digits(rng, 3)} {_digits(rng, 4)}"
    return _fi_mobile(rng)


def _ascii(s):
    for a, b in (("ł", "l"), ("Ł", "L"), ("đ", "d"), ("Đ", "D"), ("ı", "i")):
        s = s.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _email(rng, person):
    given = _ascii(person[1]).lower()
    family = _ascii(person[2]).lower().replace(" ", "").replace("-", "").replace("'", "")
    style = rng.randrange(5)
    if style == 0:
        local = f"{given}.{family}"
    elif style == 1:
        local = f"{given[0]}{family}{rng.randint(1, 99)}"
    elif style == 2:
        local = f"{family}.{given}"
    elif style == 3:
        local = f"{given}{rng.randint(1975, 2005)}"
    else:
        local = f"{given}_{family[:4]}"
    return f"{local}@{rng.choice(DOMAINS)}"


def _plate(rng):
    letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(rng.choice([3, 3, 3, 2])))
    num = str(rng.randint(1, 999))
    style = rng.randrange(5)
    if style == 0:
        return f"{letters.lower()}-{num}"
    if style == 1:
        return f"{letters} {num}"
    return f"{letters}-{num}"


def _addr(rng, where=False, lang="en"):
    nom, loc = rng.choice(STREETS)
    s = f"{loc if where else nom} {rng.randint(1, 48)}"
    r = rng.random()
    if r < 0.45:
        s += f" {rng.choice('ABCDE')} {rng.randint(1, 60)}"
    elif r < 0.6:
        s += f" {rng.choice('ABC')}"
    elif r < 0.72:
        s += (f" apt {rng.randint(1, 40)}" if lang == "en" else f" as. {rng.randint(1, 40)}")
    return s


def _iban(rng):
    base = rng.choice(IBAN_BASES)
    num = int("".join(str(int(c, 36)) for c in base + "FI00"))
    iban = "FI%02d%s" % (98 - num % 97, base)
    if rng.random() < 0.6:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def _date(rng):
    return f"{rng.randint(1, 28)}.{rng.randint(1, 12)}."


def _two(rng):
    a, b = rng.sample(PEOPLE, 2)
    return a, b


def _m(label, text):
    return f"[[{label}:{text}]]"


def _gen_varaamo_en(rng, n):
    out = []
    for i in range(n):
        a, b = _two(rng)
        room, purpose = rng.choice(ROOMS_EN), rng.choice(PURPOSES_EN)
        t1 = rng.randint(9, 19)
        t2 = t1 + rng.randint(1, 4)
        k = i % 8
        if k == 0:
            s = (f"Booking {_date(rng)} {t1}-{t2}, {room}. Purpose: {purpose}. Contact person "
                 f"{_m('P', a[0])}, {_m('T', _phone(rng, a[6]))}.")
        elif k == 1:
            s = (f"Hi! {_m('P', a[1])} will pick up the keys, I am travelling that week. {_m('P', a[1] + chr(39) + 's')} "
                 f"phone is {_m('T', _phone(rng, a[6]))}. Thanks, {_m('P', b[0])}")
        elif k == 2:
            s = (f"Contact: {_m('P', a[0])}\nPhone: {_m('T', _phone(rng, a[6]))}\nEmail: {_m('E', _email(rng, a))}\n"
                 f"Group: {purpose}\nPeople: {rng.randint(6, 60)}")
        elif k == 3:
            s = (f"we are {rng.randint(5, 40)} persons, {purpose}. pls send the confirmation to {_m('E', _email(rng, a))} "
                 f"not to my old address. /{_m('P', a[1])}")
        elif k == 4:
            s = (f"Keys returned to the key box at {room} {_date(rng)} at {t2}:{rng.choice(['00', '10', '25', '40'])}. "
                 f"Everything ok, the coffee machine was already broken when we came. - {_m('P', a[0])} ({_m('T', _phone(rng, a[6]))})")
        elif k == 5:
            s = (f"Invoice for the {purpose} please to our association, contact {_m('P', a[0])}, "
                 f"IBAN {_m('I', _iban(rng))}. Reference: booking {rng.randint(2023, 2026)}-{rng.randint(100000, 999999)}.")
        elif k == 6:
            s = (f"Change of responsible person for {room}: not {_m('P', a[0])} anymore, from now on "
                 f"{_m('P', b[0])}, {_m('T', _phone(rng, b[6]))}.")
        else:
            s = (f"Our group ({purpose}) books {room} every {rng.choice(WEEKDAYS_EN)} in {rng.choice(MONTHS_EN)}. "
                 f"{_m('P', b[1] + ' ' + b[2].upper())} is the teacher, {_m('E', _email(rng, b))}.")
        out.append(("en", s))
    return out


def _gen_open311_en(rng, n):
    out = []
    for i in range(n):
        a, b = _two(rng)
        k = i % 8
        if k == 0:
            s = (f"Car {_m('R', _plate(rng))} parked on the sidewalk in front of {_m('A', _addr(rng))} again today "
                 f"{_date(rng)} at {rng.randint(7, 22)}:{rng.choice(['05', '20', '45'])}. Please send parking control.")
        elif k == 1:
            s = (f"Water is leaking from the ceiling in the stairwell at {_m('A', _addr(rng))}. I am the tenant, "
                 f"{_m('P', a[0])}, call {_m('T', _phone(rng, a[6]))}.")
        elif k == 2:
            s = (f"No hot water in our flat at {_m('A', _addr(rng))} since {_date(rng)} Building manager not answering. "
                 f"{_m('P', a[0])}, {_m('E', _email(rng, a))}")
        elif k == 3:
            s = (f"The delivery van {_m('R', _plate(rng))} comes to the shop at {_m('A', _addr(rng))} every morning at 5 "
                 f"and leaves the engine running. Noise!! - {_m('P', a[1])}")
        elif k == 4:
            s = (f"Broken glass on the playground next to {_m('A', _addr(rng))}. My son {_m('P', b[1])} cut his hand. "
                 f"{_m('P', a[0])} {_m('T', _phone(rng, a[6]))}")
        elif k == 5:
            s = (f"My bicycle was stolen from the yard of {_m('A', _addr(rng))} on {_date(rng)} Police report done. "
                 f"{_m('P', a[0])}, tel {_m('T', _phone(rng, a[6]))}")
        elif k == 6:
            s = (f"Snow not cleared at {_m('A', _addr(rng))}, my neighbour {_m('P', b[0])} (82 years) can't go out. "
                 f"Please help. {_m('P', a[1])} {_m('T', _phone(rng, a[6]))}")
        else:
            s = (f"Someone dumped a sofa and a fridge next to {_m('A', _addr(rng))}. A white car {_m('R', _plate(rng))} "
                 f"was there when it happened. {_m('P', a[0])}")
        out.append(("en", s))
    return out


def _gen_varaamo_fi(rng, n):
    out = []
    for i in range(n):
        a, b = _two(rng)
        room, purpose = rng.choice(ROOMS_FI), rng.choice(PURPOSES_FI)
        t1 = rng.randint(9, 19)
        t2 = t1 + rng.randint(1, 4)
        k = i % 8
        if k == 0:
            s = (f"Varaus {_date(rng)} klo {t1}-{t2}, {room}. {purpose.capitalize()}. Yhteyshenkilö {_m('P', a[0])}, "
                 f"{_m('T', _phone(rng, a[6]))}.")
        elif k == 1:
            s = (f"Avaimet hakee {_m('P', a[1])}. Jos hän ei vastaa, soita {_m('P', b[4])} {_m('T', _phone(rng, b[6]))}.")
        elif k == 2:
            s = (f"Varaaja: {_m('P', a[0])}\nPuh: {_m('T', _phone(rng, a[6]))}\nSähköposti: {_m('E', _email(rng, a))}\n"
                 f"Henkilömäärä: {rng.randint(5, 50)}")
        elif k == 3:
            s = (f"Kiitos {_m('P', a[4])}, hän auttoi meitä varauksen kanssa. Lasku pitää lähettää {_m('P', b[4])}, "
                 f"{_m('E', _email(rng, b))}")
        elif k == 4:
            s = (f"Sain {_m('P', a[5])} avaimet, palautan ne {_date(rng)} mennessä. {_m('P', b[0])} {_m('T', _phone(rng, b[6]))}")
        elif k == 5:
            s = (f"Meidän yhdistys maksaa tililtä {_m('I', _iban(rng))}. Yhteyshenkilö {_m('P', a[0])}, "
                 f"{_m('E', _email(rng, a))}.")
        elif k == 6:
            s = (f"Minä en pääse, {_m('P', a[1])} tulee minun sijasta. {_m('P', a[3])} numero {_m('T', _phone(rng, a[6]))}. "
                 f"t. {_m('P', b[1])}")
        else:
            s = (f"{purpose.capitalize()} joka {rng.choice(WEEKDAYS_FI)} {room}. Vastuuhenkilö {_m('P', a[0])} "
                 f"({_m('T', _phone(rng, a[6]))}), varahenkilö {_m('P', b[1])}.")
        out.append(("fi", s))
    return out


def _gen_open311_fi(rng, n):
    out = []
    for i in range(n):
        a, b = _two(rng)
        k = i % 6
        if k == 0:
            s = f"Auto {_m('R', _plate(rng))} pysäköi joka päivä {_m('A', _addr(rng, True, 'fi'))} jalkakäytävälle. {_m('P', a[1])}"
        elif k == 1:
            s = f"Asun {_m('A', _addr(rng, True, 'fi'))}. Hissi on rikki jo viikko. {_m('P', a[0])}, puh {_m('T', _phone(rng, a[6]))}"
        elif k == 2:
            s = f"Meidän talo {_m('A', _addr(rng, False, 'fi'))}, roskakatoksessa on rottia! {_m('P', a[0])} {_m('E', _email(rng, a))}"
        elif k == 3:
            s = (f"Lumi ei ole aurattu talon {_m('A', _addr(rng, False, 'fi'))} edessä. Naapuri {_m('P', b[1])} kaatui eilen. "
                 f"{_m('P', a[1])} {_m('T', _phone(rng, a[6]))}")
        elif k == 4:
            s = f"Pihalla {_m('A', _addr(rng, True, 'fi'))} on hylätty auto {_m('R', _plate(rng))}. Se on ollut siellä 2 kuukautta."
        else:
            s = f"Porraskäytävän ikkuna rikottu, osoite {_m('A', _addr(rng, False, 'fi'))}. Soita {_m('P', a[4])} {_m('T', _phone(rng, a[6]))}."
        out.append(("fi", s))
    return out


FESTIVALS = ["Diwali", "Eid al-Adha", "Nowruz", "Tết", "Holi", "Chinese New Year", "Yalda", "Teej", "Vappu", "Hanukkah",
             "Songkran", "Mid-Autumn Festival", "Independence Day"]
DISHES = ["biryani", "pho", "adobo", "injera", "jollof rice", "pierogi", "baklava", "momo", "feijoada", "paella",
          "borscht", "sambusa", "dumplings"]
VENUES = ["Stoa", "Vuotalo", "Malmitalo", "Kanneltalo", "Oodi", "Maunula-talo", "Caisa", "Kontula library"]
CITIES = ["Mumbai", "Hanoi", "Manila", "Nairobi", "Lagos", "Kyiv", "Tallinn", "Tehran", "Kabul", "Dhaka", "Kathmandu",
          "São Paulo", "Madrid", "Istanbul", "Warsaw", "Chicago"]
FAMOUS = ["Messi", "Ronaldo", "Shakira", "Kipchoge", "Neymar", "Mo Salah", "Teemu Pukki", "Bob Marley"]
STREET_ONLY = ["Hämeentie", "Itäkatu", "Kontulantie", "Mannerheimintie", "Aleksis Kiven katu", "Sturenkatu",
               "Vuosaarentie", "Turunlinnantie"]


def _gen_neg_en(rng, n):
    out = []
    for i in range(n):
        k = i % 4
        if k == 0:
            t1 = rng.randint(12, 18)
            s = (f"{rng.choice(FESTIVALS)} celebration at {rng.choice(VENUES)} on {_date(rng)} {t1}–{t1 + 3}, free entry, "
                 f"bring some {rng.choice(DISHES)}! Bus {rng.choice(['560', '561', '90', '92', '54', '500'])} stops nearby.")
        elif k == 1:
            s = (f"The side door of {rng.choice(VENUES)} has no ramp, strollers and wheelchairs can't enter. "
                 f"I reported this already, reference HEL {rng.randint(2023, 2026)}-{rng.randint(1000, 99999):06d}.")
        elif k == 2:
            s = (f"Is there a {rng.choice(DISHES)} cooking class anywhere in {rng.choice(VENUES)}? In {rng.choice(CITIES)} "
                 f"I went every week. Opening hours {rng.randint(8, 10)}-{rng.randint(18, 21)} would be fine.")
        else:
            s = (f"{rng.choice(FAMOUS)} fans watching the final at the bar on {rng.choice(STREET_ONLY)} were loud until "
                 f"{rng.randint(0, 2)}:{rng.choice(['00', '30'])}, ok it was the final. But please more trash bins there.")
        out.append(("en", s))
    return out


def _gen_neg_fi(rng, n):
    out = []
    for i in range(n):
        k = i % 3
        if k == 0:
            s = (f"{rng.choice(FESTIVALS)} juhla {rng.choice(VENUES)} {_date(rng)} klo {rng.randint(12, 18)}. "
                 f"Ilmainen, tuomme {rng.choice(DISHES)}. Kaikki tervetuloa!")
        elif k == 1:
            s = (f"{rng.choice(STREET_ONLY)} bussipysäkki on ilman katosta. Linja {rng.choice(['560', '97', '78', '55', '23'])}. "
                 f"Sade ja tuuli, vanhat ihmiset odottaa.")
        else:
            s = (f"Minun kotikaupunki {rng.choice(CITIES)} on iso, mutta Helsinki on turvallinen. Kiitos! "
                 f"Vain yksi asia: {rng.choice(STREET_ONLY)} on liian pimeä talvella.")
        out.append(("fi", s))
    return out


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = list(HAND)
    out += _gen_varaamo_en(rng, 24)
    out += _gen_open311_en(rng, 16)
    out += _gen_neg_en(rng, 4)
    out += _gen_varaamo_fi(rng, 19)
    out += _gen_open311_fi(rng, 12)
    out += _gen_neg_fi(rng, 3)
    rng.shuffle(out)
    return out
