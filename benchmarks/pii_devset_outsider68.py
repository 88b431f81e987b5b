"""Blind evaluation block 68 for the personal-data scrubber.

Written by helper "outsider 68" on 2026-12-08.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/, /work/main/tests/,
/work/main/scripts/, /work/main/benchmarks/pii_eval.py, /work/main/benchmarks/pii_build_devset.py, any other
/work/main/benchmarks/pii_devset_outsider*.py file, or /work/scratch/ (apart from the brief itself). I ran no git
commands, did not run the scrubber and did not run any evaluation. The texts were written only from the brief and
my own knowledge of how people write to the city.

Focus: "another random day, English" - a realistic sample of one day's feedback, Kerrokantasi hearing comments,
OmaStadi proposals and Varaamo booking notes to the City of Helsinki, all in English, from students, expats,
refugees, tourists and long-time residents, about streets, snow, parks, noise, schools, libraries, traffic, parking,
bookings and compensation. Each message carries zero to four pieces of personal data in the forms people really
use (names in every position and case, possessives, phones, e-mails, Helsinki/Espoo/Vantaa addresses with flats,
plates, Finnish personal identity codes, IBANs, IPs). About a third are hard negatives (streets without numbers,
parks and buildings named after people, famous people, brands, pets, case numbers, bus lines, prices, times).
Most records are written by hand; the rest come from small seeded generators below.

Seed: 6868 (random.Random(SEED) only).

Markup: [[LABEL:text]] around each piece of personal data. P person name (titles such as Mr./Ms./Dr. stay
outside; possessive 's and case endings inside), E e-mail, T phone number, H Finnish personal identity code,
I IBAN or bank account, R licence plate, IP IP address, A street address with a house number (staircase and flat
included; postal code and city outside).
"""

import random
import unicodedata

SEED = 6868

_HAND = [
    # ---------------- Open311 feedback, with personal data ----------------
    "Hi, the snow plough left a huge wall of snow in front of our gate at [[A:Kulosaaren puistotie 34]] and my "
    "elderly mother can't get out of the yard. Nobody answers the phone at the contractor. Please send someone "
    "today!!\n[[P:Rebecca Lindholm]]\n[[T:+358 44 927 1180]]",

    "There is a car parked on the pedestrian crossing on Fleminginkatu every single morning, plate [[R:KZN-482]], "
    "silver Toyota Corolla. It's dangerous for the kids walking to school. I have photos if needed.",

    "Dear City of Helsinki,\n\nI'm writing on behalf of my neighbour Mrs. [[P:Kaarina Nyström]] who is 87 and "
    "doesn't use a computer. The bench at the tram stop on Mäkelänkatu was removed in October and she has nowhere "
    "to rest on her way to the health station. Could it be put back?\n\nYou can reach me at "
    "[[E:jonas.becker.hki@gmail.com]].\n\nBest regards,\n[[P:Jonas Becker]]",

    "My bike was removed by the city from the rack at [[A:Porthaninkatu 9]] even though it was NOT abandoned, i use "
    "it every day!! where can I get it back? its a black Jopo with a pink basket. call me [[T:045 788 2310]] - "
    "[[P:Mei Lin]]",

    "Hello, I am [[P:Abdikarim Yusuf]] from Kontula. The lights in the underpass under Kontulantie don't work since "
    "Monday. Women in our building are afraid to walk there after dark. Thank you.",

    "Compensation claim – damaged tyre\n\nPothole on Itäväylä near the Kulosaari exit, 14.11. around 7:40. Car reg. "
    "[[R:GMT-57]]. Receipt from the tyre shop attached (189,90 €).\nOwner: [[P:Saara Kettunen]], [[H:030487-215J]]\n"
    "Account: [[I:FI81 2914 1777 6317 06]]",

    "hey so my downstairs neighbour at [[A:Vaasankatu 14 B 22]] has been running a leaf blower on the balcony at "
    "6am every day lol is that even allowed?? who do I report this to",

    "To whom it may concern,\n\nOn 3 December my son [[P:Elias]] (8) slipped on the unsanded pavement outside "
    "Pakilan ala-aste and chipped his front tooth. The dentist bill was 240 €. I would like to apply for "
    "compensation.\n\nGuardian: [[P:Natalia Korhonen-Ruiz]]\nAddress: [[A:Pakilantie 61 C 12]], 00660 Helsinki\n"
    "IBAN: [[I:FI34 6907 4391 5000 80]]\n\nThank you.",

    "Report: abandoned car in the parking area of [[A:Kivikonkaari 21]], no plates, two flat tyres, been there since "
    "July. Not any resident's car as far as we know.",

    "The new cycle lane on Hämeentie is great but delivery vans keep stopping on it. Today 8:15 a white Sprinter "
    "[[R:MLX-903]] sat there for 20 minutes with the driver eating breakfast. Photo attached.",

    "I live at [[A:Mechelininkatu 20 A 7]] and the construction noise from the site across the street starts at "
    "6:30 even on Saturdays. I thought the limit was 7? Please check. -[[P:Ilkka]]",

    "My name is [[P:Oksana Kovalenko]], I came from Ukraine last year and live in Vuosaari. The path from the metro "
    "to Kallahti is very dark in winter and no lighting near the forest part. My daughter walks there to school. "
    "Please add lamps. My phone [[T:+358 41 702 6649]].",

    "Forwarded from my husband:\n> the drain outside our house at [[A:Kuusitie 8]] is blocked, water is flooding "
    "the driveway\n> [[P:Pertti]]\n\nHe has tried calling twice. Please send someone.\n[[P:Leena Aaltonen]]",

    "Hello, someone has been dumping construction waste in the forest behind [[A:Myllypurontie 18]]. I saw a red "
    "pickup [[R:JUO-218]] there Tuesday evening around 21. I'd rather not give my name but you can email me at "
    "[[E:myllypuro.resident@outlook.com]]",

    "I am writing about the parking fine I got on 21.11. (fine no. 7730 2211 0456). I was carrying furniture into "
    "my flat at [[A:Neljäs linja 22 A 4]] and the car [[R:CFA-71]] was there 9 minutes max. The ticket says 10:42 "
    "but I have a receipt from the shop at 10:35. Not fair imo.\n[[P:Dmitri Volkov]] [[T:050 441 2087]]",

    "Dear sir/madam, our kindergarten group visited Oodi today and the staff were lovely. However the lift to the "
    "3rd floor was out of order and one of our children uses a wheelchair. Please fix it before Christmas! Regards, "
    "teacher [[P:Hanna-Mari Lehtinen]], Päiväkoti Vekara",

    "i think someone is sleeping in a tent in Lapinlahti park, they looked very cold this morning. not a complaint!! "
    "just please send outreach workers to check on them? he said his name is [[P:Marko]] and he's from Tampere "
    "originally",

    "Re: case HEL 2024-118204\n\nStill no reply after 6 weeks. The streetlight in front of [[A:Siltamäentie 5]] is "
    "STILL out.\n\nKind regards [[P:R. Holmström]]",

    "The neighbour's car [[R:ZUV-7]] has been parked on the disabled spot in our yard at "
    "[[A:Linnanrakentajantie 2]] for a week without a permit. I know it's private property but parking control said "
    "to report it here??",

    "Good morning, my name is [[P:Chinedu Okafor]]. I want to complain about the pedestrian crossing at Itäkeskus. "
    "The green light is only 8 seconds, my mother cannot cross in 8 seconds. Thank you. "
    "[[E:chinedu.okafor@yahoo.com]]",

    "We are tenants at [[A:Kaarlenkatu 7 C 41]]. Since the street renovation started the tap water has been brown "
    "twice. Is this related? Who pays for the filters we had to buy? - [[P:Aleksi]] and [[P:Noor]]",

    "SNOW!!! nobody has plowed the yard road at [[A:Kettutie 6]] which is city owned according to my landlord. My "
    "car [[R:NOP-315]] is stuck. 3rd day. Ridiculous.",

    "I was bitten by a dog in the Munkkiniemi beach park on Sunday and the owner just walked off. I think his name "
    "was [[P:Tapsa]] because someone shouted it. Black labrador. Can the city do anything?\n[[P:Maja Holm]] "
    "[[T:040 518 0074]]",

    "Hei! Sorry I don't speak Finnish yet. I live in [[A:Kontulantiellä 12 B]] (I think in English it is "
    "Kontulantie?) and the recycling containers are always full of cardboard. Thanks, [[P:Yusuf]]",

    "Complaint about the Kallio swimming hall: the cashier refused to let my son [[P:Amir]] in because his swimming "
    "cap was 'wrong'. He was humiliated in front of his class. Please answer me at [[E:shirin.ahmadi82@gmail.com]]. "
    "[[P:Shirin Ahmadi]]",

    "The e-service for resident parking permits crashed when I tried to pay. Error 502 at 14:03, my IP was "
    "[[IP:91.152.37.204]] if that helps your IT people. Payment might have gone through twice. Plate "
    "[[R:LKT-640]].",

    "this is [[P:sanna]] from Roihuvuori, the ice on the stairs at the metro is insane, i fell and my phone broke. "
    "do i need to send the receipt somewhere? [[T:0452290713]]",

    "Dear Ms. [[P:Virtanen]],\n\nThank you for your answer regarding the tree felling in Alppila. I still disagree. "
    "The two birches in our yard at [[A:Kaarlenkatu 20]] are healthy and I have an arborist's statement.\n\n"
    "Sincerely,\n[[P:Gregor Lindqvist]]",

    "I (tourist from Germany) got a parking fine in Eira for my rental car [[R:GHJ-520]] but there was no sign at "
    "all. Can I pay from abroad? My IBAN is [[I:DE47 3704 0044 0532 0130 77]] in case you refund. "
    "[[P:Jens Müller]], [[T:+49 151 2367 0982]]",

    "Hi there! I'm [[P:Maricel Dela Cruz]], a nurse at Laakso hospital. The bike path from Meilahti to Laakso isn't "
    "plowed at 6am when the morning shift starts. Every winter the same. Many of us cycle. thx",

    "Please contact [[P:Jarkko]] (our caretaker) at [[T:044 702 19 83]] about the broken fence between the school "
    "yard and our building, he has the key to the gate.",

    "ATTENTION: the manhole cover outside our building is loose and clanks every time a car drives over it, all "
    "night long. We have a newborn. PLEASE fix.\n[[P:K. Heikkinen]], [[A:Kiviportintie 3 A 14]]",

    "I want to report a racist incident at the Malmi library. A man shouted at my wife in the children's section. "
    "The staff member [[P:Tiina]] helped us, please thank her. We don't want to give more details.",

    "Compensation: my glasses broke when I fell on the icy stairs near the Kamppi bus terminal (Salomonkatu side), "
    "9.1. at 17:20. New glasses cost 420 €. [[P:Nguyen Thi Lan]], [[H:220991-482F]], "
    "[[A:Lapinlahdenkatu 16 B 31]], account [[I:FI3763608377835337]]",

    "from: [[E:k.wisniewska@protonmail.com]]\nsubject: rats\n\nthere are rats in the courtyard bins at "
    "[[A:Agricolankatu 4]], we've seen 5-6 at a time. the housing company says it's the city's problem because of "
    "the park next door. who's right??\n\n[[P:Katarzyna]]",

    "Hello,\nI am contacting you about my mother's parking permit. She is [[P:Aila Saarinen]], she has a disability "
    "card and her own car is [[R:BIT-88]]. Can the permit be used for my car [[R:SOR-412]] when I drive her to the "
    "hospital?\n[[P:Marjo Saarinen-Wood]]",

    "someone keeps parking a camper van [[R:XKO-129]] on Tehtaankatu for weeks. are campers even allowed on "
    "residential streets??",

    "Hi, [[P:Lucas]] here (Brazilian, living in Kallio 2 yrs). The lights at the Suvilahti skatepark go off at 21, "
    "which is way too early in winter when it's dark at 15:30 anyway.",

    "[[P:Sofia's]] school bus stop at Ruskeasuo has no shelter and the kids wait in the rain. Could there be one? "
    "Thanks, [[P:Dan]] & [[P:Ilona Fischer]]",

    "I reported this already (ref. 2025-04512) but: the pedestrian light at [[A:Mannerheimintie 87]] beeps all "
    "night. People living in the corner building can't sleep. — [[P:Jon Ólafsson]]",

    "Please call me back, [[P:Helmi Ojala]], [[T:(09) 728 8341]], about the parking space I applied for in the "
    "Hakaniemi parking hall. It's been three weeks.",

    "Dear city, I'm [[P:Oliver Brennan-Smith]], a student at the University of Helsinki living in the HOAS building "
    "at [[A:Kyläsaarenkatu 8 C 402]]. The bus stop outside has had no timetable since the storm. Thanks!",

    "To parking control: car [[R:RRE-906]] is left idling outside the daycare on Kuusitie every morning for 20+ "
    "minutes. The exhaust goes straight into the yard where the kids play.",

    "hi i lost my wallet in Sibelius park yesterday, if found pls call [[T:0503318842]], name on the cards is "
    "[[P:Aarav Sharma]]",

    "My father [[P:Esko Tuominen]] ([[H:010170-848V]]) has been waiting for a decision on his home care service "
    "voucher since October. I have his power of attorney. Can someone call me, [[P:Tuula]], "
    "[[T:+358 40 237 9901]]?",

    "Found a kid's bike (green Helkama) at the Kumpula outdoor pool parking. Left it with the staff. There was a "
    "sticker 'Property of [[P:Onni Laaksonen]]' on the frame.",

    "this is the 4th time. the bus shelter glass at the Kallion virastotalo stop smashed again. maybe a camera? btw "
    "i'm [[P:Julia]] from [[A:Toinen linja 7]]",

    "Request for information: I would like to see all documents about me held by the social services. Name "
    "[[P:Ahmad Jawad Karimi]], [[H:120388-793E]]. Please send them by post to [[A:Kivikonlaita 4 B 15]], 00940 "
    "Helsinki.",

    "Seriously who approved the new parking meters on Korkeavuorenkatu, they only take the app. My mom (78) can't "
    "use it. Write to me [[E:petra.k.sundberg@icloud.com]]",

    "hi, my car [[R:KIR-7]] was towed from Laivurinkatu last night, there was no sign about the street cleaning!!! "
    "I need it for work at 6am. [[T:044-6612093]]",

    "Report from the Roihuvuori allotments: someone stole all the tools from shed 14 over the weekend. We saw a man "
    "in a grey Škoda there on Saturday, plates [[R:OKT-553]] we think.",

    "I sent feedback last week from [[E:hietalahti.hanna@gmail.com]] and got no answer. Re-sending: the stalls at "
    "Hietalahti market square leave trash every Saturday.",

    "Hello Helsinki! I am [[P:Wei Zhang]] from Shanghai, visiting my daughter [[P:Xiaoyu]] who studies at Aalto. "
    "Your city is very clean but the public toilets close too early, 20:00 in Esplanadi. Thank you.",

    "From a Ukrainian family: thank you to the social worker [[P:Svitlana]] at the Vuosaari service point, she "
    "helped us a lot. Also, the playground at [[A:Kallvikintie 28]] has a broken slide, kids could get hurt.",

    "Noise at [[A:Albertinkatu 36 B 18]] (I think) — party every Thursday until 4am, screaming, bass. We've asked "
    "nicely. Now reporting. 3rd floor, [[P:Emma]] & [[P:Oskari]]",

    "Mr. [[P:Hämäläinen]] from building control said I should write here: the construction fence at "
    "[[A:Fredrikinkatu 61]] blocks the whole sidewalk and people walk on the tram tracks.",

    "[[P:LEO]] is 7 and walks to Vuoniityn peruskoulu alone. The crossing on Vuoniityntie has no crossing guard "
    "anymore. WHY.\n- [[P:Leo's]] dad",

    "Hi, could the city fix the lock of the bike shelter at [[A:Ulvilantie 11 D]]? Tenant [[P:Hamid Rezaei]] 📞 "
    "[[T:+358 40 5512 776]]",

    "Please stop sending parking fines to me for the car [[R:ELK-284]] — I sold it in August to "
    "[[P:Tomi Lahtela]]. The change of ownership was done at Traficom, contract attached. [[P:Arja Blomqvist]]",

    "Complaint about social services. I am a refugee, arrived 2023, and I asked 4 times for an interpreter in Dari. "
    "My caseworker Mrs. [[P:Kallio]] says there is no budget. I have the right to an interpreter. "
    "[[P:Sayed Hashimi]], customer number 448812.",

    "lamppost knocked down by a truck at the corner of Vihdintie and Kaupintie, cables hanging out. Truck was "
    "[[R:FGH-901]], blue Scania, the driver just left.",

    "hei, [[P:Jaakko]] here, my friend [[P:Tuomo]] and I found a bag of what looks like medical waste (needles!) in "
    "the sandbox at the Brahenkenttä playground. We removed it with gloves. Please check the other sandboxes too.",

    "I'm a tour guide and bring groups to Temppeliaukio church every day. The coach parking on Fredrikinkatu has "
    "been removed. Where do we park now?\n[[P:Camille Rousseau]] | Nordic Walks Oy | [[T:+33 6 12 48 90 37]]",

    "Elderly man in our building, Mr. [[P:Lindroos]] at [[A:Puistokatu 4 A 9]], hasn't been seen for a week and his "
    "mail is piling up. We called the police but nothing happened. Can social services check?",

    "Parking permit application stuck 'in processing' since 2.10. Plate [[R:CPU-250]], applicant "
    "[[P:Anton Ivanov]], address [[A:Itämerenkatu 14 B 60]].",

    "Thank you to the snow crew in Paloheinä!! especially the guy in the small tractor who waved at my son every "
    "morning, he says his name is [[P:Rami]] :) best city service ever",

    "Please anonymise my previous message, I accidentally wrote my personal identity code [[H:240695-611J]] in it. "
    "Thanks. [[P:J. Mäenpää]]",

    "comp claim: a tree branch fell on my car [[R:SXV-392]] in the Töölö sports park parking lot during the storm "
    "on 2.11. body shop estimate 1 850 €.\n[[P:Markku Ylönen]]\n[[A:Runeberginkatu 43 A 11]]\n"
    "[[I:FI04 9996 2283 0388 36]]",

    "I work for a removals company and need a temporary no-parking permit for [[A:Tehtaankatu 27]] on 18.12. "
    "8–14. Customer: [[P:Elisabeth Harju]]. Our van is [[R:MUU-12]].",

    "It's [[P:Olga]] again from the yellow wooden house on Kirkkotie — the tree roots have lifted the pavement, you "
    "can see it from our window. Somebody will trip.",

    "Dear feedback team — I'm [[P:Rohan]] (exchange student, Hanken). The library card form rejected my address "
    "because it has a letter in it: [[A:Leppäsuonkatu 11 A 5]]. Help?",

    "i saw a fox near Vallilanlaakso, is that normal?? my neighbour mrs [[P:korpela]] says they eat cats 😳",

    "Please send the decision by post, not email. [[P:Fadumo Mohamed Hassan]], [[A:Mellunmäentie 16 C 33]], 00970 "
    "Helsinki. My daughter [[P:Ayaan]] translates for me.",

    "Paid the parking fine twice by mistake (ref 7820 1234 5566). Please refund to [[I:FI68 0889 9579 0328 92]]. "
    "[[P:Kenji Watanabe]]",

    "The ticket machine at the Ruoholahti parking garage ate my card. Transaction at 16:47. Reach me at "
    "[[E:kenji.w@outlook.jp]]",

    "I work in Helsinki but live in Vantaa ([[A:Tikkurilantie 44 B 9]]). The park-and-ride at Malmi station is "
    "always full by 7:30. Could it be expanded? [[P:Nina Hakala]]",

    "Your Kerrokantasi site won't let me post, it says 'too many comments from this address'. I'm on a shared "
    "library computer, IP [[IP:62.78.144.19]]. Please unblock.",

    "The feedback form keeps timing out. I'm on eduroam at the Kumpula campus (IP shows [[IP:128.214.7.82]]). "
    "Anyway: the railing of the Kumpula bridge is broken.",

    "Kiitos [[P:Mikolle]] from the parks department, he fixed the swing super fast! (sorry my Finnish, kiitos = "
    "thank you)",

    "My son [[P:Yasin Osman]] (class 3C, Kontulan ala-aste) has been bullied for months and the school doesn't "
    "respond. I want a meeting with the principal. [[P:Ubah Osman]] [[T:0413329015]]",

    "Hi! We are moving to Helsinki from Toronto in January. Our daughter [[P:Chloé Tremblay-Singh]] is 9. Which "
    "school would she go to if we live at [[A:Sibeliuksenkatu 9 B 22]]? Are there English-speaking classes?\n"
    "- [[P:Aditi]]",

    "Library fine dispute: the system says I never returned 'Moominsummer Madness' but I returned it to Töölö "
    "library on 4.11. Card holder [[P:Anna-Liisa Pelkonen]].",

    "The drivers of bus 70 are great but one guy today, [[P:Harri]] according to his badge, drove off while my "
    "grandmother was still on the steps. She's fine but scared.",

    "Our building at [[A:Sturenkatu 31]] shakes every time a heavy truck goes to the Vallila depot. Cracks in the "
    "walls. Can the trucks use another route? [[E:sturenkatu31.asukkaat@gmail.com]]",

    "Tenant [[P:O'Donnell]] from [[A:Kalevankatu 30 as. 5]] here. The streetlight right outside our window has been "
    "blinking for two weeks, it's like a disco at night.",

    "Re: your reply from [[E:mirja.hakkarainen@hel.fi]] — thanks, but the answer doesn't match the question. I asked "
    "about the BIKE parking at Pasila, not the car parking.",

    "my daughter's stroller got stuck in the tram tracks at Hakaniemi and the wheel broke. 129 € stroller, receipt "
    "attached. whom do I contact? [[P:fatima hassan]] [[T:+358504439021]]",

    "Hi, [[P:Gustav]] (age 11) here, my mom is helping me write. Can there be a basketball hoop at the "
    "Hakaniemenranta park? We have to go all the way to Kallio.",

    "Please remove my old address from your system. I moved from [[A:Vuotie 45 C 14]] to Espoo in spring but "
    "letters still come there. [[P:Tatiana Smirnova]]",

    "Lost: dog collar with tag 'BONNIE' and my number [[T:041 470 2281]], somewhere between Munkkivuori shopping "
    "centre and the Huopalahti shore.",

    # ---------------- Kerrokantasi hearing comments ----------------
    "As a resident of [[A:Hiihtäjäntie 4 D 51]] for 32 years I strongly oppose the 14-storey tower planned next to "
    "Siilitie metro station. Our afternoon sunlight will be gone completely.",

    "Replying to [[P:Jussi K.]] above: no, the new tram line will not 'destroy' Vallila. It's the opposite. Have you "
    "ever tried to get from Pasila to Kalasatama by bus at 8am?",

    "Totally agree with [[P:Maria]]! The old Malmi airport terminal should stay and the runway should become a park. "
    "We already lost so much green in the north.",

    "@[[P:tuomas_h]] the study you linked is from 2011, a lot has changed since the metro was extended to Espoo.",

    "[[P:Ahmed's]] point about Friday prayers and parking near Kaupintie is fair, but the solution isn't more "
    "parking, it's better bus connections.",

    "My grandmother [[P:Ritva Salminen]] lived at [[A:Kustaa Vaasan tie 10 A 3]] in the 60s when all this was "
    "fields. Please keep some of the old Kumpula allotments, they are history too.",

    "Agree with [[P:Liisa V]] and [[P:Sami]]. One more thing: the pedestrian bridge at Kalasatama is closed half the "
    "winter because of ice. Why build another one like it?",

    "As a wheelchair user I ask that the new square at Itäkeskus has NO cobblestones. Every new square in this city "
    "has cobblestones. Why?\n— [[P:Ville-Pekka Honkanen]]",

    "[[P:PAULIINA]] WROTE: 'the trees must go for the tram'. NO. The lindens on Bulevardi are 100 years old and "
    "they are the reason people walk there at all.",

    "To the planner [[P:Anniina Sjöberg]]: thank you for answering our questions at the Vuosaari event on Tuesday. "
    "Could you send the slides to [[E:vuosaari.kotiseutu@gmail.com]]? Several people asked.",

    "Comment on behalf of the Munkkiniemi residents' association: we have collected 412 signatures against "
    "removing the parking along Munkkiniemen puistotie. Contact: chair [[P:Henrik Ekholm]], "
    "[[E:henrik.ekholm@munkkiniemiseura.fi]], [[T:+358 50 66 11 472]]",

    "I live right next to the planned park (at [[A:Kalasatamankatu 11 F 120]]) and I'm fine with everything except "
    "the outdoor stage. Concerts until 22 under our windows every summer weekend? no thanks.",

    "[[P:jukka]] you clearly don't bike. painted lanes are not safe, physical separation is the only thing that "
    "works. source: me, hit twice on Topeliuksenkatu.",

    "I wrote yesterday as '[[P:KalleK]]' but wanted to add: the noise survey was done in July when the schools were "
    "closed. Of course it was quiet.",

    "My husband [[P:Rashid]] and I run the kiosk at Kannelmäki station. If the square is closed for 2 years of "
    "construction, our business dies. Nobody asked us. [[P:Layla Haddad]], [[T:0415883026]]",

    "Response to Mr. [[P:Lindberg's]] comment: car traffic on Sturenkatu has decreased since 2019, you can check "
    "the city's own traffic counts.",

    "thank you [[P:Ulla]] from the city for coming to the Kontula evening, you really listened. Most of us don't get "
    "to say things this clearly in Finnish.",

    "I second what Dr. [[P:Paavola]] wrote about the air quality near schools. I'm a paediatrician too and we see more asthma in kids living by the "
    "ring roads.",

    "As someone who grew up at [[A:Kontulankaari 5 B 27]] I can tell you the shopping centre is not 'dangerous', "
    "it's the only place the community meets. Renovate, don't demolish.",

    "@[[P:Minna_L]] @[[P:Pekka S]] you're both right tbh. The plan is good, the schedule is impossible.",

    "Comment to [[P:Eveliina's]] reply: a 'temporary' bridge in this city means 15 years. See Kruunuvuorenranta.",

    # ---------------- OmaStadi proposals and comments ----------------
    "Proposal by [[P:Amina Hussein]] and the Somali mothers' group of Jakomäki: a covered bench and lighting at the "
    "Jakomäki playground, so mothers can stay outside with the kids in the autumn evenings.",

    "Love this idea!! My kids would go there every day. We live right next to it, [[A:Kantelettarentie 3]], so we'd "
    "volunteer to keep an eye on it :) [[P:Jenni]] & [[P:Tuomas]]",

    "Idea for Maunula: a community tool library in the Maunula-talo. Drills, ladders, sewing machines. I can "
    "coordinate. Contact [[P:Rafael Ortega]] [[T:044 093 5518]] or [[E:rafa.ortega@iki.fi]]",

    "Comment from Herttoniemi school parents: we support this but the budget looks too low. [[P:Jaana]] from class "
    "4B said the skatepark in Tapanila cost three times as much.",

    "I propose a winter swimming spot in Kallahti with a small wood sauna. Contact person: [[P:Mikko Rautiainen]], "
    "I'm already in the local ice swimming club.",

    "Hi, I'm [[P:Priya]], mum of two in Kalasatama 👋 Proposal: a splash pad for toddlers. There is nothing for "
    "under-3s here, all the playgrounds are for big kids.",

    "this proposal was made by my late father [[P:Seppo Lahtinen]] in 2019 and never got built. I am re-submitting "
    "it in his memory: benches along the Vantaa river path in Pukinmäki every 300 m.",

    "great! but who maintains it? the last community garden in Meri-Rastila died when [[P:Anja]] moved away, she did "
    "everything alone.",

    "Proposal: board game evenings for teenagers at the Itäkeskus library. I'm a youth worker "
    "([[E:olli.paananen@hel.fi]]) and can help with the practical side.",

    "+1 from Pasila. My son [[P:Eetu]] and his friends would use a parkour area for sure.",

    "Proposal (sent for my grandma who has no email): [[P:Sirkka Mäkinen]], [[A:Maunulantie 14 C 45]], would like "
    "more benches with armrests along Pirkkolantie. She says the current ones are too low to get up from.",

    "PROPOSAL: Free bike repair stand at Myllypuro metro. Pump + tools on cables. Cheap and useful. //"
    "[[P:Tero]] 045 ...sorry, forgot, contact through the OmaStadi message.",

    "Comment: [[P:Xavier]], your proposal is basically the same as [[P:Oona Kivelä's]] from last round. Maybe "
    "merge them?",

    # ---------------- Varaamo booking notes ----------------
    "Booking for the Oodi studio 'Kuutio' 14.12. 16–19. We're a student band from Metropolia, 4 people. Access card "
    "picked up by [[P:Lauri Mäkelä]], [[T:0407712839]].",

    "Hi, I booked the Kontula youth house hall for my daughter's 10th birthday (Sat 13.1.). My name "
    "[[P:Fatuma Abdi]], phone [[T:+358 46 551 0923]]. About 15 kids. Is it OK to bring a cake and balloons?",

    "Room: Kallio library meeting room. Purpose: Finnish conversation club for Afghan women. Responsible person: "
    "[[P:Zahra Rahimi]]. Please invoice the association, not me. Business ID 3215567-9.",

    "Note to staff: I can't come myself, my colleague [[P:Ben Carter]] picks up the keys. Booking code 48XK-22. "
    "Thanks, [[P:Olivia Hartmann]]",

    "Sewing machine Tue 10-12 at the Urban Workshop - cancelled, sorry I'm sick 🤒 [[E:a.nguyen.thi@hotmail.com]]",

    "Booking the Vallila library event space for a Tamil New Year celebration, ~40 guests. Contact "
    "[[P:Senthil Kumaran]] or his wife [[P:Kavitha]], [[T:+358 50 389 2146]]. Tables in U-shape please.",

    "Kitchen at Malmitalo for a cooking workshop 20.1. 12–16.\nBilling: [[P:Juha Leppänen]], "
    "[[A:Kirkonkyläntie 12 as 7]], 00700 Helsinki\nPersonal ID for the invoice: [[H:071178-933L]]",

    "Badminton court, Myllypuro sports hall, every Thursday 18–19 until March. Payer [[P:Tran Van Minh]]. Paying "
    "from account [[I:FI64 4068 1241 5868 34]].",

    "Booked by [[P:Hodan Ali]] for the Somali youth association, meeting room at Stoa, Sunday 15–18. The key will "
    "be returned by [[P:Abdullahi]] to the info desk.",

    "Group room for a support group for new parents. Please don't put my full name on the public calendar, just "
    "'perheryhmä'. Booker: [[P:Emilia Grönroos]], [[E:emilia.gronroos@gmail.com]]",

    "Re: booking 552019 — the room was left dirty by the previous group (coffee cups everywhere). Not our fault, we "
    "found it like this at 17:00. Photos sent to staff member [[P:Minna]]. [[P:Georgios Papadakis]]",

    "we want to book the gym hall of Latokartano school for futsal, sundays 10-12. team contact "
    "[[P:Mohamed 'Mo' Warsame]] [[T:+358 45 112 7740]]",

    "3D printer, 2h, Oodi, Saturday morning if possible. Login [[E:jiri.novak@helsinki.fi]]",

    "Invoice address for the booking of the Annantalo hall: [[P:Sophie Laurent]], [[A:Annankatu 28 B 19]], 00100 "
    "Helsinki. Ref. our dance school 'Studio Pas'.",

    "The door code we got by SMS to [[T:+358 40 998 1265]] didn't work, we waited outside the Jakomäki youth house "
    "for 30 min with 12 children. Please refund. [[P:Pia Koskinen]], IBAN [[I:FI75 5178 1286 5707 04]]",

    "The booking system logged me out twice and now shows two bookings for the same slot. I was logged in from "
    "[[IP:2001:14ba:9c2:4e00:1d5:7a10:c3b2:55e1]] if you need to check. Please delete the one at 18:00. - "
    "[[P:Pekka]]",

    "Band room at Malmitalo, Fri 19-22. DJ [[P:Kofi]] + 2 friends. We bring our own cables.",

    "Booking on behalf of my father [[P:Heikki Rauhala]] ([[H:131052-308T]]) who is registered as the customer. "
    "He is 74 and doesn't use online banking, please send a paper invoice.",

    "Hello! Can [[P:Ngozi]] and [[P:Adaeze]] come and get the keys at 15:00 instead of 16:00? Same booking, "
    "Kannelmäki library Room 2. Thank you!",
]

_HAND_NEG = [
    "ice on the stairs by the Sörnäinen metro entrance, someone already fell this morning. not personal, just fix it "
    "pls",

    "broken glass all over the playground in Alppipuisto near the swings, again. third weekend in a row",

    "Water is leaking from a pipe at the corner of Sturenkatu and Mäkelänkatu and freezing into a sheet of ice. "
    "Someone's going to break a hip.",

    "The bins at the Kaivopuisto entrance are overflowing every Sunday. More collection on weekends please, "
    "especially in summer when everyone has picnics.",

    "Why does the 55 skip the Koskelantie stop after 22:00?? The timetable says it should stop. Waited 25 min in "
    "-12 yesterday.",

    "Snow hasn't been cleared at all on Kirstinkatu this week, cars are getting stuck. The other side of "
    "Helsinginkatu is fine, funny that.",

    "Hi! Tourist here from Canada 🇨🇦 Just wanted to say the Allas pool is amazing and the toilets at the Market "
    "Square were super clean. Only thing — the signs at Central Station for the airport train are confusing. Cheers!",

    "The dog park at Tervasaari has a broken gate latch. Our corgi Biscuit squeezed out and almost ran onto "
    "Pohjoisranta. Please fix it before someone's dog gets hit.",

    "Noise complaint: a bar on Iso Roobertinkatu has live music until 2am on weekdays. The whole courtyard echoes. "
    "Several residents of our building have complained.",

    "Please remove the graffiti on the wall of the Töölönlahti pavilion, someone sprayed a very offensive message "
    "about a named person there. Not nice for kids to read.",

    "Kids are sledging down the hill at Kumpula straight onto the road. It needs a fence or hay bales at the bottom "
    "before someone gets hit by a car.",

    "Streetlamp no. 4471 on Turunlinnantie is out.",

    "The e-scooters dumped on the pavement on Aleksanterinkatu are a menace. A blind man tripped over one in front "
    "of Stockmann today. Ban them or enforce parking.",

    "I support making Senaatintori car-free in summer. The Cathedral steps are already full of tourists and the cars "
    "make it chaotic.",

    "Please consider a noise barrier along Tuusulanväylä at Käpylä, the trucks at night are unbearable.",

    "Exchange student at Aalto here, I bike from Otaniemi to Töölö daily. The Baana extension would be a dream. Also "
    "please plow the bike lanes BEFORE 7am, not after!!",

    "The plan says the park will be named after Tove Jansson. Lovely, but the park already exists — it's just "
    "renaming, and the budget goes to new signs?",

    "Why is there no Swedish or English summary of the Hernesaari plan? Half of my neighbours can't read an 80-page "
    "PDF in Finnish.",

    "The traffic calming on Pirkkolantie is ridiculous, I have to brake every 50 m. Who designed this, honestly?",

    "The map on page 14 shows the bike route going straight through the Central Park nature reserve. That's not ok "
    "for the flying squirrels.",

    "I work night shifts at Meilahti hospital and the 18 is my only option. Cutting it after midnight means a "
    "50-minute walk in the dark.",

    "Let's not repeat the Jätkäsaari mistake. Wind tunnels between tall buildings, no shops on the ground floor, "
    "nothing for kids to do.",

    "Proposal: outdoor gym at the Puotila sports park. Lots of older people would use it, the nearest one is in "
    "Vuosaari. Cost estimate around 60 000 €.",

    "Proposal: chess tables in Kaisaniemi park like in Paris. Bring your own pieces or borrow them from the "
    "Rikhardinkatu library.",

    "This is the same proposal as last year, which got 1 200 votes and was never built. What happened? Case HEL "
    "2022-004518.",

    "Proposal for Malmi: a legal graffiti wall for young people, like the one at Suvilahti. The Malmi youth centre "
    "supports it.",

    "Bird nesting boxes around Vanhankaupunginlahti bay. Volunteers from the local bird association already agreed "
    "to put them up in March.",

    "Will the ice rink at Brahenkenttä be open on Christmas Eve? My kids ask every day.",

    "The rose beds at the Kaisaniemi Botanic Garden are lovely but the path next to them turns into mud every time "
    "it rains.",

    "Bill for the room booking came twice (invoice 90012387, 45,00 €). Please cancel one of them.",

    "Grace period for resident parking permits? I moved in on 15.11. and the permit only starts from 1.1.",

    "Is the Alvar Aalto exhibition at the Ateneum accessible by wheelchair? The website doesn't say.",

    "Hope the new Hakaniemi market hall keeps the old cafés. Frank opinion: the temporary hall was awful.",

    "Mark the bike route better on Sörnäisten rantatie, the paint is completely worn off and cars drift into it.",

    "Summer timetable for the Pihlajasaari ferry? Last year it was June 1 – Aug 31, 9–21. Same in 2027?",

    "Lost: a child's blue mitten near the Runeberg statue on the Esplanadi. It has a reindeer on it. Sentimental "
    "value!",

    "The Sibelius Monument area needs more bins, tour buses stop there all day and people leave coffee cups "
    "everywhere.",

    "Mannerheimintie is a nightmare during the roadworks, why are both directions dug up at the same time?",

    "Is it allowed to bring a dog into Oodi? Our dog Max is very calm and small.",

    "The Music Centre stop for tram 2 has no roof, and in this rain… 🌧️",

    "Varaamo question: can I book the Maunula-talo sauna for a group of 8 on a Friday 18–21? The calendar only "
    "shows weekdays.",

    "Booking 4471-A was for 10–12 but the room was locked until 10:25. Please adjust the price. Thanks.",

    "Why does the zone K sign on Liisankatu say 9–18 but the app says 8–20?? Which one is right?",

    "Our housing company has 3 stairwells and only one bin shelter, and the garbage truck comes at 5:45 in the "
    "morning. Can the route be changed?",

    "When President Stubb's motorcade goes through, the trams stop for 15 min. Could HSL at least inform people?",

    "Kimi Räikkönen grew up in Espoo and look at Espoo's outdoor rinks compared to ours. Fix the rinks in "
    "Helsinki!",

    "Last winter Lordi played at Rautatientori and the square was plowed perfectly. This winter, for normal people, "
    "no plowing at all.",

    "Please keep the beach volleyball nets at Hietaniemi up until September. Opening hours 10–22 are great.",

    "Someone has vandalised graves at the Hietaniemi cemetery near the artists' hill. Very sad.",

    "Does the Helsinki City Museum have free entry on Fridays? A friend said so.",

    "Do any libraries in the east have books in Tigrinya or Amharic? Our community would love some.",

    "The door at the Kannelmäki service centre is too heavy for people with strollers or walkers. An automatic "
    "opener please.",

    "The HSL app said tram 9 goes to Ilmala but it stopped at Pasila and everyone had to get off. No announcement "
    "in English.",

    "Postal code 00530: there's no mailbox anywhere near Kaikukatu anymore. Where are we supposed to post letters?",

    "Hi, I just want to say THANK YOU to the Kallio library staff. Best place in the city ❤️",

    "Christmas market on Senate Square: please add more accessible toilets. 2 for thousands of people is not "
    "enough.",

    "Please clear the snow on the Lauttasaari bridge bike path before 7. Today at 8:30 it still wasn't done.",

    "Is the Joy Club at the Itäkeskus library still running on Wednesdays 17–19? The poster is gone.",

    "The May Day picnic at Kaivopuisto left the park covered in rubbish again. Every year the same, every year the "
    "same response.",

    "Robins and blackbirds nest in the hedge the city plans to cut at Kaisaniemi. Please wait until after the "
    "nesting season (April–July).",

    "Order number 2025/118347 for the Christmas tree pickup, did you receive it? Pickup window 7.1.–14.1.",

    "Sunny days are rare here so please keep the Hesperia park benches facing the sun, not the road 😅",

    "Amos Rex has a queue every weekend that blocks the whole Lasipalatsi square. Could the queue be guided along "
    "Mannerheimintie instead?",

    "Opening hours of the Kaisa House library during the exam period? Students need it open until midnight.",

    "The parking garage at the Aurora hospital charges 4 €/h. Parents of sick kids pay this every day. Please "
    "reconsider.",

    "Meeting at Annantalo, then the walk goes down Mariankatu towards Sofiankatu — the cobblestones there are "
    "impossible with a walker.",

    "The Sinebrychoff park slopes are icy and there's no sand bin. Also the lights by the Koffin puisto entrance "
    "are out.",

    "Helene Schjerfbeckin katu in Jätkäsaari needs a crossing near the school. Cars come fast from the harbour.",

    "Our cat Lenni escaped and was found by a kind lady in Käpylä. Just wanted to say Helsinki people are the best.",

    "Tram 3 shelter on Aleksis Kiven katu: glass broken, again. Third time this autumn.",

    "Why do the Linnanmäki buses (bus 23) run only every 30 min on summer weekends? The park has thousands of "
    "visitors.",

    "The Marimekko outlet area in Herttoniemi has no pedestrian crossing to the metro. People cross in the middle of "
    "Kirvesmiehenkatu.",

    "Reference number 11223 34455 66778 from the invoice doesn't work in my bank app. Is there a typo?",

    "Who is responsible for the stairs between Tehtaanpuisto and the church? The handrail is loose.",

    "Comment: Agree with the above. Keep the forest.",

    "Proposal: a dog agility park in Kivikko. Budget maybe 35 000 €. Dogs and owners would love it.",

    "Grandpa and I walk every day in the Eläintarha park and the path lights have been off since Sunday.",

    "The Stoa theatre hall booking form doesn't accept Saturdays. Is that on purpose?",

    "Christmas lights on Aleksanterinkatu are beautiful this year, thank you! 🎄",
]

# ---------------------------------------------------------------------------------------------------------------
# Small generators (seeded). Values are fake but valid-looking.
# ---------------------------------------------------------------------------------------------------------------

_HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"

_PEOPLE = [
    ("Aino", "Korhonen"), ("Matti", "Nieminen"), ("Hanna", "Laine"), ("Olli", "Heinonen"), ("Sara", "Lindqvist"),
    ("Ali", "Hassan"), ("Hodan", "Warsame"), ("Farid", "Nazari"), ("Elena", "Popescu"), ("Ivan", "Petrov"),
    ("Anastasia", "Sokolova"), ("Kadri", "Tamm"), ("Mart", "Kask"), ("Tuan", "Pham"), ("Linh", "Nguyen"),
    ("Ana", "Silva"), ("Diego", "Fernández"), ("Sofía", "Ramírez"), ("Kwame", "Mensah"), ("Wanjiru", "Mwangi"),
    ("Rahul", "Mehta"), ("Ananya", "Iyer"), ("Mehmet", "Demir"), ("Zeynep", "Kaya"), ("Lena", "Schmidt"),
    ("Pierre", "Moreau"), ("Giulia", "Rossi"), ("Seo-yeon", "Kim"), ("Haruto", "Sato"), ("Joanna", "Nowak"),
    ("Emily", "Clarke"), ("Tom", "Walsh"), ("Siiri", "Mattila"), ("Veikko", "Hirvonen"), ("Noora", "Kallio"),
    ("Juho", "Salo"), ("Ilona", "Rinne"), ("Patrik", "Sundström"), ("Hussein", "Jama"), ("Maryam", "Karimi"),
    ("Nasrin", "Hosseini"), ("Daniel", "Berg"), ("Pirjo", "Väisänen"), ("Eero", "Kärkkäinen"), ("Bisrat", "Tesfaye"),
]

_STREETS = [
    "Mannerheimintie", "Hämeentie", "Fleminginkatu", "Mechelininkatu", "Runeberginkatu", "Töölönkatu",
    "Kalevankatu", "Bulevardi", "Tehtaankatu", "Pursimiehenkatu", "Itäinen Papinkatu", "Sturenkatu",
    "Mäkelänkatu", "Siltasaarenkatu", "Helsinginkatu", "Vaasankatu", "Kolmas linja", "Porthaninkatu",
    "Porkkalankatu", "Lapinlahdenkatu", "Iso Roobertinkatu", "Korkeavuorenkatu", "Merimiehenkatu", "Vironkatu",
    "Liisankatu", "Vuotie", "Kontulantie", "Mellunmäentie", "Turunlinnantie", "Vuosaarentie", "Kallvikintie",
    "Meri-Rastilan tie", "Myllypurontie", "Siilitie", "Hiihtäjäntie", "Kettutie", "Pakilantie",
    "Käskynhaltijantie", "Oulunkyläntie", "Maunulantie", "Huopalahdentie", "Ulvilantie", "Vihdintie",
    "Kaupintie", "Kannelmäentie", "Kaarelantie", "Malminkaari", "Latokartanontie", "Viikintie", "Tapanilantie",
    "Jakomäentie", "Mäkitorpantie", "Kulosaaren puistotie", "Munkkiniemen puistotie", "Lauttasaarentie",
    "Otaniementie", "Leppävaarankatu", "Kivenlahdenkatu", "Myyrmäentie", "Martinlaaksontie", "Hakunilantie",
]

_ROOMS = [
    "the Oodi group room 'Kuutio'", "Kallio library meeting room", "Maunula-talo hall", "Malmitalo band room",
    "Stoa meeting room 2", "Vallila library event space", "Kannelmäki library room 2", "the Annantalo dance studio",
    "Myllypuro sports hall court B", "Jakomäki youth house hall", "Pasila library study room", "the Oodi sewing room",
    "Itäkeskus library 'Pikkusali'", "Kontula youth house kitchen", "Töölö library group room",
]

_PURPOSES = [
    "a book club", "Arabic homework help", "our choir rehearsal", "a Finnish language café", "a birthday party",
    "board games", "a housing company meeting", "band practice", "yoga for seniors", "a Tigrinya Sunday school",
    "a chess club", "a parents' evening", "a coding workshop for kids", "a podcast recording", "a knitting circle",
    "a Ukrainian community meeting", "a Nepali dance rehearsal", "thesis group work",
]

_PARKS = [
    "Sibelius park", "Alppipuisto", "Kaivopuisto", "Tervasaari", "Vallilanlaakso", "Kaisaniemi park",
    "Tokoinranta", "Eläintarha", "Keskuspuisto", "Mustikkamaa", "Hesperia park", "Kallahti beach",
    "Vuosaari harbour park", "Tali manor park", "Munkkiniemi beach park",
]

_STOPS = ["Hakaniemi", "Rautatientori", "Kamppi", "Sörnäinen", "Itäkeskus", "Pasila", "Herttoniemi", "Malmi",
          "Kontula", "Ruskeasuo", "Munkkivuori", "Oulunkylä", "Töölön halli", "Kalasatama", "Lauttasaari"]

_LINES = ["55", "58", "70", "71", "78", "500", "510", "550", "560", "14", "18", "23", "39", "65", "97V"]
_TRAMS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "13", "15"]


def _fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(" ", "").replace("'", "")


def _hetu(rng):
    year = rng.randint(1935, 2009)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    sign = "-" if year < 2000 else "A"
    nnn = rng.randint(2, 899)
    base = f"{day:02d}{month:02d}{year % 100:02d}"
    return f"{base}{sign}{nnn:03d}{_HETU_CHARS[int(base + f'{nnn:03d}') % 31]}"


def _iban(rng, spaced=None):
    bban = "".join(str(rng.randint(0, 9)) for _ in range(14))
    num = int("".join(str(int(c, 36)) for c in bban + "FI00"))
    s = f"FI{98 - num % 97:02d}{bban}"
    if spaced is None:
        spaced = rng.random() < 0.6
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def _phone(rng):
    pre = rng.choice(["40", "41", "44", "45", "50", "50", "40"])
    digits = "".join(str(rng.randint(0, 9)) for _ in range(7))
    style = rng.randrange(7)
    if style == 0:
        return f"0{pre}{digits}"
    if style == 1:
        return f"0{pre} {digits[:3]} {digits[3:]}"
    if style == 2:
        return f"0{pre}-{digits}"
    if style == 3:
        return f"+358 {pre} {digits[:3]} {digits[3:]}"
    if style == 4:
        return f"+358{pre}{digits}"
    if style == 5:
        return f"0{pre} {digits[:3]} {digits[3:5]} {digits[5:]}"
    return f"+358 {pre} {digits[:4]} {digits[4:]}"


def _email(rng, first, last):
    f, l = _fold(first), _fold(last)
    style = rng.randrange(6)
    dom = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "elisanet.fi",
                      "kolumbus.fi", "protonmail.com"])
    if style == 0:
        return f"{f}.{l}@{dom}"
    if style == 1:
        return f"{f}{l}{rng.randint(70, 99)}@{dom}"
    if style == 2:
        return f"{f[0]}.{l}@{dom}"
    if style == 3:
        return f"{f}_{l}@{dom}"
    if style == 4:
        return f"{l}.{f}{rng.randint(1, 9)}@{dom}"
    return f"{f}{l[0]}@{dom}"


def _plate(rng):
    letters = "ABCEFGHIJKLMNOPRSTUVXYZ"
    lt = "".join(rng.choice(letters) for _ in range(3))
    num = str(rng.randint(1, 999))
    style = rng.randrange(6)
    if style == 4:
        return f"{lt}{num}"
    if style == 5:
        return f"{lt.lower()}-{num}"
    return f"{lt}-{num}"


def _address(rng):
    street = rng.choice(_STREETS)
    num = rng.randint(1, 90)
    style = rng.randrange(5)
    if style == 0:
        return f"{street} {num}"
    if style == 1:
        return f"{street} {num} {rng.choice('ABCDEF')}"
    if style == 2:
        return f"{street} {num} as {rng.randint(1, 60)}"
    return f"{street} {num} {rng.choice('ABCDEF')} {rng.randint(1, 90)}"


def _ip(rng):
    if rng.random() < 0.2:
        return f"2001:14ba:{rng.randint(0, 65535):x}:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}"
    first = rng.choice([37, 46, 62, 78, 80, 84, 85, 87, 88, 91, 193, 194, 212, 213])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _date(rng):
    return f"{rng.randint(1, 28)}.{rng.choice([1, 2, 3, 11, 12])}."


def _booking(rng):
    first, last = rng.choice(_PEOPLE)
    room = rng.choice(_ROOMS)
    purpose = rng.choice(_PURPOSES)
    start = rng.randint(8, 19)
    dur = rng.choice([1, 2, 2, 3])
    date = _date(rng)
    ref = f"{rng.randint(100000, 999999)}"
    style = rng.randrange(9)
    if style == 0:
        return (f"Booking: {room}, {date} {start}–{start + dur}. Purpose: {purpose}. Contact person "
                f"[[P:{first} {last}]], [[T:{_phone(rng)}]].")
    if style == 1:
        return (f"hi! booking {room} for {purpose} on {date} ({start}-{start + dur}). keys picked up by "
                f"[[P:{first.lower() if rng.random() < 0.5 else first}]], number [[T:{_phone(rng)}]] thx")
    if style == 2:
        return (f"{purpose[0].upper() + purpose[1:]} – {room}\nDate: {date}\nTime: {start}:00–{start + dur}:00\n"
                f"Booker: [[P:{last}, {first}]]\nEmail: [[E:{_email(rng, first, last)}]]")
    if style == 3:
        return (f"Please send the invoice for booking {ref} to [[P:{first} {last}]], [[A:{_address(rng)}]], "
                f"00{rng.choice(['100', '150', '250', '510', '530', '610', '700', '920', '940', '980'])} Helsinki.")
    if style == 4:
        return (f"{room[0].upper() + room[1:]} {date} {start}–{start + dur} — {purpose}. No contact details needed, "
                f"we are a registered association (booking {ref}).")
    if style == 5:
        f2, l2 = rng.choice(_PEOPLE)
        return (f"Change to booking {ref}: [[P:{f2} {l2}]] will pick up the keys instead of me.\n– [[P:{first}]]")
    if style == 6:
        return (f"We need {room} for {purpose}, about {rng.randint(5, 40)} people. Can the chairs be set up before "
                f"{start}:00? Contact: [[E:{_email(rng, first, last)}]] / [[T:{_phone(rng)}]]")
    if style == 7:
        return (f"Cancelling {room} on {date}, sorry! Refund to [[I:{_iban(rng)}]] please. [[P:{first} {last}]]")
    return (f"Booking {ref} ({room}, {date}) — the code did not open the door at {start}:05. We waited 20 min. "
            f"Please check the lock.")


_ISSUES = [
    ("the streetlight", "has been out for a week"),
    ("the drain", "is blocked and the street floods every time it rains"),
    ("the pavement", "hasn't been sanded, it's pure ice"),
    ("the bin shelter", "is overflowing and crows spread the rubbish everywhere"),
    ("the bike rack", "is full of abandoned bikes with no wheels"),
    ("the snow pile", "blocks the view at the crossing, kids can't be seen"),
    ("the road", "has a pothole about 40 cm wide"),
    ("the bench", "was smashed over the weekend"),
    ("the fence", "has fallen onto the footpath"),
]

_CAR_ISSUES = [
    "has been parked on the bike lane", "blocks the fire lane", "has an expired parking disc on the dashboard", "is parked on the pavement every night", "stood with the engine running "
    "for 40 minutes", "has been in the same spot for 3 weeks",
]


def _report(rng):
    first, last = rng.choice(_PEOPLE)
    thing, problem = rng.choice(_ISSUES)
    street = rng.choice(_STREETS)
    style = rng.randrange(8)
    if style == 0:
        return (f"{thing[0].upper() + thing[1:]} outside [[A:{_address(rng)}]] {problem}. "
                f"{rng.choice(['Please fix. ', 'Second report. ', 'Thanks in advance. ', ''])}[[P:{first} {last}]]")
    if style == 1:
        return (f"Car [[R:{_plate(rng)}]] {rng.choice(_CAR_ISSUES)} on {street} "
                f"{rng.choice(['since Monday', 'this morning', 'again tonight', 'every weekend'])}.")
    if style == 2:
        return (f"{thing[0].upper() + thing[1:]} in {rng.choice(_PARKS)} {problem}. Please call me back: "
                f"[[T:{_phone(rng)}]]")
    if style == 3:
        return (f"Hello, {thing} in front of our building ([[A:{_address(rng)}]]) {problem}. Reported already on "
                f"{_date(rng)} //[[P:{first}]]")
    if style == 4:
        return (f"{thing.upper()} {problem.upper()}!!! {street} again. [[E:{_email(rng, first, last)}]]")
    if style == 5:
        return (f"Compensation request: I fell on {street} on {_date(rng)} and tore my coat, damage about "
                f"{rng.randint(60, 400)} €. Applicant [[P:{first} {last}]], [[H:{_hetu(rng)}]]. Account "
                f"[[I:{_iban(rng)}]].")
    if style == 6:
        return (f"{thing[0].upper() + thing[1:]} on {street} {problem}. Tried the app first but it crashed "
                f"(my IP [[IP:{_ip(rng)}]]). - {first[0]}.")
    return (f"My neighbour's car [[R:{_plate(rng)}]] {rng.choice(_CAR_ISSUES)} in our yard. I don't want to "
            f"fight with them, can the city send a warden? {street}, {rng.choice(['A', 'B', 'C'])} stairway.")


def _negative(rng):
    style = rng.randrange(9)
    street = rng.choice(_STREETS)
    stop = rng.choice(_STOPS)
    park = rng.choice(_PARKS)
    if style == 0:
        return (f"Bus {rng.choice(_LINES)} was {rng.randint(6, 25)} minutes late at {stop} again this morning "
                f"({rng.randint(6, 9)}:{rng.choice(['05', '12', '25', '40', '52'])}).")
    if style == 1:
        return (f"What are the opening hours of the {stop} library over the holidays? The website says "
                f"{rng.randint(8, 10)}–{rng.randint(16, 20)} but the note on the door said something else.")
    if style == 2:
        thing, problem = rng.choice(_ISSUES)
        return (f"Re: case HEL {rng.randint(2022, 2026)}-{rng.randint(1, 150000):06d}. Any update? {thing[0].upper()}"
                f"{thing[1:]} on {street} {problem} and nothing has happened.")
    if style == 3:
        thing, problem = rng.choice(_ISSUES)
        return f"{thing[0].upper() + thing[1:]} in {park} {problem}. {rng.choice(['', 'Please.', 'Thanks!', '🙏'])}".strip()
    if style == 4:
        return (f"The {street} roadworks were supposed to end on {_date(rng)} Now it's {_date(rng)} and the detour "
                f"is still there. Project no. {rng.randint(1000, 9999)}/{rng.randint(2024, 2026)}.")
    if style == 5:
        return (f"Price question: {rng.choice(_ROOMS)} costs {rng.randint(5, 30)} € per hour on weekdays but "
                f"{rng.randint(31, 60)} € on weekends? Why the difference?")
    if style == 6:
        return (f"Tram {rng.choice(_TRAMS)} doesn't stop at {stop} between {rng.randint(20, 22)}:00 and "
                f"{rng.randint(0, 1)}:30 — is this permanent or just the track works?")
    if style == 7:
        return (f"Postal code 00{rng.choice(['150', '170', '250', '500', '530', '560', '610', '810', '920', '980'])}: "
                f"the parcel lockers are always full before Christmas. Could the city allow more of them on "
                f"{street}?")
    return (f"Snow on {street} was piled onto the bike path again. {rng.choice(['Third time this week.', 'Why?', 'Every winter!', 'Please do better.'])}")


def records():
    rng = random.Random(SEED)
    texts = list(_HAND) + list(_HAND_NEG)
    for _ in range(24):
        texts.append(_booking(rng))
    for _ in range(26):
        texts.append(_report(rng))
    for _ in range(18):
        texts.append(_negative(rng))
    rng.shuffle(texts)
    return [("en", t) for t in texts]
