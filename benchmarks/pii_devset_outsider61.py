"""Blind evaluation block 61 for the personal-data scrubber.

Written by helper "outsider 61" on 2026-12-08.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file, or
/work/scratch/ (apart from the brief I was handed). I ran no git commands, did not run the scrubber and did not
run any evaluation. The texts come only from the brief and my own idea of how residents write.

Focus: "English-speaking residents, names in running prose". Open311 feedback, Kerrokantasi hearing comments,
OmaStadi proposals/comments and Varaamo booking notes, about 80 % English and 20 % Finnish, where residents
mention other people in the middle of sentences: neighbours, partners, children, colleagues, landlords,
coaches, teachers and city staff ("my neighbour Grace", "I spoke with Mark from the city", "Will and I",
"our son Hope", "ask June at the front desk", "Dawn's dog", "Bill Thompson from B stairs"). Many first names
are also English words (Will, Grace, Hope, Rose, Mark, Bill, June, May, Dawn, Summer, Joy, Faith, Art, Frank,
Sky, River, Amber, Ivy, Hunter, Penny) and appear capitalised, in lower case, in capitals and with possessives;
other names come from everywhere. Finnish texts use the same names with case endings, plus Finnish names that
are also words (Toivo, Onni, Usko, Ilo, Lumi). Phone numbers, e-mails, addresses, plates, a few HETUs, IBANs
and one IP address appear where natural. About a third are hard negatives where those words are ordinary
words ("I will", "grace period", "hope so", "rose garden", "mark the spot", "the bill", "in June", "at dawn",
"summer camp", "art class", "be frank", "river bank"), plus famous people, streets, parks, pets, dates,
prices, reference numbers and bus lines.

Seed: 6161 (random.Random(SEED) drives the small generators; the hand-written records are fixed).

Markup: `[[LABEL:text]]` around each piece of personal data. P = person's name (any case; English possessive
's, Swedish genitive -s and Finnish case endings inside the span; titles and role words outside), E = e-mail,
T = phone number, H = Finnish personal identity code, I = IBAN / bank account, R = licence plate,
IP = IP address, A = street address with a house number (postal code and city outside). Famous people and
names of streets, parks, buildings, brands and pets are not marked.
"""

import random

SEED = 6161


# ---------------------------------------------------------------------------
# Hand-written records: English, with personal data
# ---------------------------------------------------------------------------
_HAND_EN_POS = [
    "My neighbour [[P:Grace]] has been reporting the broken streetlight on Sturenkatu since October and nothing has happened. It is pitch dark at 16:00 now, someone will get hurt.",
    "I spoke with [[P:Mark]] from the city on the phone last Tuesday and he promised someone would come and look at the blocked drain. nobody came. please call me [[T:040 718 2293]]",
    "[[P:Will]] and I will pick up the keys on Friday around 17:00. If we are late, [[P:Will's]] number is [[T:044 902 1187]].",
    "Our son [[P:Hope]] goes to the daycare on Kaarelantie and the crossing in front of it is dangerous in the mornings. Cars don't stop at all. I hope someone from traffic planning can come and see it at 8am.",
    "Keys: ask [[P:June]] at the front desk, she has the spare set for the music room. (We booked in June for the whole autumn so it should be in the system.)",
    "[[P:Rose]] said our sauna slot was cancelled but no one told us anything?? Booking ref VAR-55120. Could someone check, we were 8 people standing outside a locked door.",
    "[[P:Dawn's]] dog keeps getting loose in the courtyard and the smaller kids are scared. I have talked to [[P:Dawn]] twice, she just laughs. We are at [[A:Porvoonkatu 19 C 41]] if the inspector needs to come in.",
    "[[P:Bill Thompson]] from B stairs parks his van [[R:KXN-482]] on the fire lane every single night. The housing company says it is a city matter, the city says it is the housing company. So who is it then?",
    "Replying to [[P:Frank]] above: I agree the bike lane is needed but it should go on the east side of the street, not next to the bus stop. To be frank the current drawing makes no sense for anyone coming from Pasila.",
    "i live with my partner [[P:summer]] at [[A:Helsinginkatu 8 A 5]] and the construction next door starts at 6 every morning incl saturdays. that can't be legal?",
    "Booking for a kids birthday party (10 kids + 4 adults). Contact person [[P:Joy Mensah]], [[T:+358 45 118 3390]], [[E:joy.mensah@gmail.com]]. My sister [[P:Faith]] will return the keys on Sunday.",
    "Our coach [[P:Art Lindqvist]] asked me to book the gym for Tuesdays again this spring, same times as last year 18-19:30. Invoice to the club as before please.",
    "Hello, I'm [[P:Ivy Chen]], I run the evening English conversation group at the library. Could we get the bigger room on Wednesdays? Ms. [[P:Okafor]] who had it before has moved to Espoo.",
    "[[P:River]] (my daughter, 9) asked me to write this: why is the playground in Alppipuisto fenced off since summer?? She says the swings were the best in Kallio. Please fix it before winter.\n- [[P:Tom]], [[P:River's]] dad",
    "Our landlord Mr. [[P:Hunter]] insists the broken pavement outside the door is the city's job. The hole is right in front of [[A:Kustaankatu 3]], my elderly mother already tripped there once.",
    "me and my colleague [[P:penny]] cycle Hämeentie every morning and the tram tracks near Sörnäinen are a death trap when wet. [[P:penny]] fell last week and broke her wrist.",
    "I'm [[P:Sky's]] mum - [[P:Sky]] is in 3B at the school on Agricolankatu - and the kids have been asking for a crossing guard for ages. The traffic at 8:05 is insane.",
    "[[P:Amber]] from our housing company told us the city has to approve the new bike shelter. Could you tell us what the process is? Her email is [[E:amber.k@kotikatu-isannointi.fi]] if you want to contact her directly.",
    "me and [[P:will]] were at the info evening at Maunula-talo and nobody could answer where the new parking spaces go. [[P:will]] asked twice and got two different answers.",
    "[[P:GRACE]] AND I WANT TO KNOW WHY THE BINS AT [[A:KONTULANTIE 14]] HAVE NOT BEEN EMPTIED IN THREE WEEKS!!! WE HAVE RATS NOW",
    "Hi! Picking up the keys for Saturday: [[P:Oluwaseun Adebayo]] (me) or my husband [[P:Kwame]]. Phone [[T:050 441 0092]]. We'll be there at 9 sharp.",
    "The person at the service point in Kalasatama, I think her name was [[P:Priya]], was super helpful, please pass on my thanks. Everyone else just forwarded me around.",
    "Proposal: a community garden on the empty lot behind the shopping centre in Malmi. [[P:Matteo Rossi]] and [[P:Siobhán Kelly]] from our building have already volunteered to water it in July. We could even do a small rose garden at one end.",
    "Great idea [[P:Jae-won]]! I'd add a proper shelter to the bus stop as well. Can I join the planning group? Reach me at [[E:lisbeth.ng@outlook.com]]",
    "I called on Monday and talked to [[P:Ahmed]] in customer service, he gave me case number HEL 2026-014882. Still no answer. My number is [[T:0449876512]].",
    "The car [[R:ZTL-905]] has been abandoned on Vuosaarentie for two months, flat tyres, rusty. [[P:Nguyen]] from the kiosk says the owner moved away in the spring.",
    "my ex [[P:Mark]] keeps parking his car in the disabled spot in front of our building ([[A:Itäkatu 5 B]]). plate is [[R:FOP-117]]. please don't tell him who reported it",
    "Keys go back to [[P:Hope Andersson]] at the Vuotalo info desk before 20:00 please, she closes at 20. If you're late call [[T:09 310 88214]].",
    "Forwarded message from [[P:Rose Mwangi]] <[[E:rose.mwangi@hotmail.com]]>:\n> The school yard lights are off again after 19, please tell the city.\nI'm forwarding because [[P:Rose]] doesn't write Finnish and got no reply to her earlier one.",
    "Thanks [[P:Will]] for organising the clean-up day! Next time I'll bring more bags. We filled 40 in two hours along the river bank at Vantaanjoki.",
    "[[P:June]] and [[P:May]] (our twins) are in the swimming school at Itäkeskus and the changing rooms were freezing again. Also none of the hair dryers work.",
    "My roommate [[P:Hunter]] got a parking ticket on Mechelininkatu even though the sign was covered in snow. Plate [[R:GKE-339]], ticket number 4401928. I have a photo of the sign.",
    "[[P:Frank Osei]]\n[[A:Kivikonkaari 6 B 22]], 00940 Helsinki\nComplaint: the footpath behind our house is never ploughed, old people cannot get to the bus.",
    "@[[P:Dawn Reyes]] you said the trees are 'not valuable' but they are 80 years old and birds nest there every spring. I walk there at dawn and it's full of life.",
    "Still no reply to my message from 3 November about the noise from the bar on Fleminginkatu. It goes on till 4am on weekdays.\n- [[P:Mark]] ([[T:+358 40 552 7781]])",
    "Please contact [[P:Bill]] from the residents' association, not me, he knows the whole history: [[E:bill.aaltonen@elisanet.fi]]. And the bill for the fence repair should NOT go to the residents.",
    "my son [[P:Art]] had a great time at the summer camp in Pihlajasaari, the staff were wonderful, especially [[P:Joy]] and [[P:Tuomas]]. thank you!",
    "Could [[P:Summer Johansson]] please call me back about the tree permit, she had my file last month.\n[[P:Olga Petrova]], [[T:045 670 3312]]",
    "The guy at [[A:Vaasankatu 12 A 3]] (I think his name is [[P:Dmitri]]) runs a loud generator on his balcony every night from 22 onwards.",
    "Varaus: meeting room for the parents' association. Responsible adult: [[P:Faith Oyelaran]], [[E:faith.oyelaran@gmail.com]], [[T:041 228 9036]]. [[P:Keisha]] will pick up the keys.",
    "I agree with [[P:Ivy]] and [[P:Sanna]] above. More benches, less parking. Older people need somewhere to sit between Kallio library and the metro.",
    "Our floorball coach [[P:Sky Lindgren]] is the responsible person this time, number [[T:+358 50 991 2447]]. 14 players, ages 12-13.",
    "The bus driver on line 55 yesterday at 17:40 (towards Itäkeskus) was rude to my mother [[P:Fatima]]. She doesn't speak Finnish well and he shouted at her in front of everyone.",
    "hi its [[P:amber]] from B 12, the lift has been broken since monday and my grandma lives on the 6th floor. address [[A:Kallvikintie 28 B 12]]",
    "Thanks to [[P:Mark Ellison]] and [[P:Grace Liu]] who came to the park meeting and counted the cars with us. Our count: 212 cars between 8 and 9.",
    "We (me, [[P:Will Bennett]] and [[P:Hope Salo]]) want to propose outdoor table tennis tables in Käpylä. Contact: [[E:will.bennett@iki.fi]]",
    "[[P:Rose]] and [[P:Ivy]] from the knitting club will use the room on Thursdays, I'm only booking on their behalf since they don't have bank IDs.",
    "I work nights and my neighbour [[P:Penny Virtanen]] does renovation every day from 8. I asked her nicely. The property manager [[P:Jussi]] says nothing can be done.",
    "deposit for the hall should be returned to [[P:Hunter Mäkinen]], IBAN [[I:FI94 1234 5600 0789 14]]",
    "My wife [[P:Grace]] uses a wheelchair and the ramp at Malmi station has been iced for a week. Today she waited 40 minutes for someone to help her. Please do something.\n[[P:Peter Ochieng]], [[T:+358 44 301 8825]]",
    "Noise complaint about flat 34, [[A:Mannerheimintie 112 C 34]]. The tenant ([[P:Rasmus]]? not sure) plays bass until 2am. I've left two notes.",
    "[[P:mark]] from the city said on the phone I would get a reply within two weeks. it's been six. starting to think [[P:mark]] isn't real lol",
    "To the planner, [[P:Laura Nieminen]]: thank you for replying to my earlier comment. I still think the birches on the west side should stay.",
    "Booked by [[P:Joy]]. Keys are with [[P:Dawn]] (caretaker), her number [[T:040-118 9776]]. We'll leave the room as we found it.",
    "I'm writing for my father [[P:Frank Heikkinen]] ([[H:250562-1190]]) who can't use the online service. He needs the resident parking permit for [[R:BCT-218]] renewed, it expired in June.",
    "[[P:Hope's]] class is going to the art museum on Thursday, so can we book the classroom on Wednesday for the art class prep? 22 kids, 2 teachers.",
    "Hi [[P:Will]], thanks for the reply. I will send the photos tomorrow.\nRegards, [[P:Amara]]",
    "We are [[P:Sofía]] and [[P:Diego]], new in Vuosaari. Our kids need a place to play football in the evenings, the field near the metro is always locked after 18.",
    "Complaint about taxi [[R:XLR-660]]: the driver left my grandmother [[P:Maija]] in the rain one block from home at [[A:Kielotie 22 A 4]] in Tikkurila.",
    "[[P:Bill]] and [[P:Art]] from the pensioners' club ask for the petanque court to be rolled flat before May. They play every morning.",
    "Please email the confirmation to my daughter [[P:Raven]] ([[E:raven.t.okoro@gmail.com]]), I don't use email myself.",
    "[[P:MAY]] IS ON THE BOOKING BUT [[P:ROSE]] WILL OPEN THE DOOR. SORRY FOR CAPS, PHONE IS BROKEN",
    "The snowplough hit our fence at [[A:Louhentie 4]] in Vantaa on the 2nd. The driver (name tag said [[P:J. Korpela]]) admitted it on the spot.",
    "[[P:Kai]] and [[P:Summer]] from the youth council are collecting ideas for the skate park, message them here on OmaStadi or text [[T:050 338 1290]].",
    "This is [[P:Grace O'Neill]] again, the tree outside my window at [[A:Runeberginkatu 41 B 18]] is leaning towards the house after the storm.",
    "Please remove the bike that has been chained to our fence for a year. It belongs to someone called [[P:Lucas]] who moved out last winter.\nThanks, [[P:Irene]]",
    "[[P:River Holm]] and I bike our kids to school along Mäkelänkatu and the painted lane just ends at Sturenkatu. Where are we supposed to go?",
    "The booking page keeps saying my account is blocked. My IP address is [[IP:85.76.142.19]] if that helps. Account is under [[P:Ivy Tan]].",
    "the man who runs the corner shop, [[P:Hasan]], says the bins have been overflowing since the school break. my daughter [[P:joy]] picked up broken glass from the sandbox today",
    "I was told by [[P:Penny]] at Kanneltalo info that I can book the hall without a deposit. Is that right? Event is on 14 March.",
    "I'm with [[P:Hunter]] on this one. And [[P:Ana Sousa]] made a good point about the school run, nobody has counted the kids walking.",
    "Stairwell lights at [[A:Sturenkatu 27 A]] off for 3 weeks. Called the maintenance company, spoke to [[P:Mark]], then to [[P:Teemu]], then to [[P:Mark]] again. Nothing.",
    "HELLO this is [[P:Art]] from the Kontula chess club, we need the room on the 12th, same as always, 17-21.\n[[P:Art]]",
    "The coach, [[P:Hunter Nyberg]], has the key card. If he's sick, [[P:Lily]] from the club board: [[T:+358 40 901 7332]]",
    "My neighbour [[P:Dawn]] and I want to suggest a little free library box at the corner of Kalevankatu and Albertinkatu.",
    "Dear Ms. [[P:Grace Adu]], thank you for the answer about the bus stop. Unfortunately it did not answer my actual question.",
    "we met [[P:Will]] from the parks department at the site and he agreed the bench can be moved. can someone confirm in writing to [[E:hannah.j.berg@gmail.com]]?\n- [[P:Hannah]]",
    "[[P:Bill's]] car [[R:UEV-731]] was towed from Tehtaankatu although the sign said parking is allowed on weekends. Who do we send the receipt to?",
    "Hi, [[P:Rose Abernathy]] here, we'd like to reserve the courtyard of the youth centre for Saturday 6 June, about 30 people. Call me [[T:045 118 2230]]",
    "The teacher, Mrs. [[P:Koskinen]], says the school yard is too small for 400 kids and she's right. Please include the yard in the plan.",
    "our landlady [[P:Marjatta]] said we should contact you about the rats in the yard at [[A:Vernissakatu 4 B 31]], Vantaa. We have a 1-year-old.",
    "Hey [[P:Summer]]! Saw your comment. I live next to the same park, let's start a petition. My email [[E:k.nwosu@proton.me]]",
    "i booked this for [[P:hope]] and her friends, theyre 16 so I'm the responsible adult. [[P:Carlos Mendes]] [[T:0405517738]]",
    "Me and [[P:Jin]] (neighbour, 3rd floor) both heard the crash on Vaasankatu last night, the car was [[R:JMO-402]] I think, it just drove off.",
    "[[P:Grace]] at the library was lovely, thanks to her my father finally got his library card. [[P:Grace]] if you read this, thank you!",
    "Reply to [[P:Joy]]: I hope so too, but the budget for this area was already used. Let's try again next round.",
    "[[P:Abdi]] from the football team booked the field but we had the slot, see booking 88213. Could someone from sports services sort this out?\n[[P:Miriam Holt]], [[T:+358 50 771 2093]]",
    "The woman upstairs (Ms. [[P:Joy Hill]] on the nameplate) has a washing machine that leaks through our ceiling. The housing company won't answer.",
    "Please refund to my account: [[P:Amber Niemi]], [[I:FI70 8000 1402 1768 93]]. Personal identity code [[H:020791-436F]] if needed.",
    "I've read [[P:Ivy's]] and [[P:Frank's]] comments. Both good points, but nobody mentions the buses.",
    "[[P:June]] will bring the projector, [[P:April]] handles coffee. We need the room from 17 not 18, sorry for the change.",
    "Hi, [[P:Bill]] here from [[A:Hämeentie 64 B 20]]. The glass at the Arabia bus shelter is smashed again, third time this year.",
    "Tell [[P:WILL]] the door code changed, he's bringing the speakers. Thx",
    "my boyfriend [[P:river]] nearly got hit by an e-scooter on the pavement at Kamppi. ban them from pavements please!!",
    "Email from [[P:Frank Mbeki]] to me, copied here with his permission: 'The Kerava-bound trains are always late.' I agree with [[P:Frank]].",
    "Our landlord [[P:Sami Lahtinen]] ([[T:044 510 2267]]) is not fixing the entrance door that doesn't lock. Anyone can get in at [[A:Vallilantie 11 A]].",
    "My colleague [[P:Hunter]] and I use the Baana every day. Please keep it lit in winter, [[P:Hunter]] was almost robbed there at 18:30.",
    "The kids from [[P:Faith's]] daycare group planted tulips in the park last autumn and someone mowed them. They were heartbroken.",
    "Contact for the event: [[P:Penny Okonkwo]] / [[E:penny@okonkwo.net]] / [[T:+44 7700 900318]] (UK number, I'm visiting until the 20th).",
]

# ---------------------------------------------------------------------------
# Hand-written records: English hard negatives (no personal data)
# ---------------------------------------------------------------------------
_HAND_EN_NEG = [
    "I will be late with the keys, can I return them at 9 tomorrow instead of tonight?",
    "Is there a grace period for the resident parking permit? Mine expired on 30 November and I only noticed today.",
    "Hope so! This park really needs more lights, it's scary after dark.",
    "The rose garden in Kaisaniemi looks terrible this year, half the bushes are dead. Who is responsible for that side?",
    "Please mark the spot on the map where the new bike racks will go, the current drawing is unclear.",
    "Who pays the bill if the heating in the rental room breaks? We were freezing for three hours last Saturday.",
    "Is the swimming hall in Itäkeskus closed in June for maintenance? The website says June in one place and July in another.",
    "Trucks start unloading at dawn at the supermarket on Kontulantie. 5:15 every morning, beeping non-stop.",
    "Will the summer camp at Pihlajasaari run again next year? Registration opened in March last time.",
    "Art class for kids on Saturdays at Annantalo is full again. Could there be more groups?",
    "To be frank, this plan is a waste of money. Nobody asked the residents before drawing it.",
    "The river bank along Vantaanjoki near Tapanila is eroding fast, the path is about to fall in.",
    "The ivy on the old stone wall by Tehtaanpuisto is gorgeous, please don't cut it down.",
    "The amber light at the Hakaniemi crossing is way too short, cars run the red constantly.",
    "Not one penny more for car parking. Spend it on bike lanes and trams.",
    "What a joy to see the new benches in Sibeliuspuisto! Thank you.",
    "I have lost faith in this feedback system. Three reports, zero replies.",
    "Someone has been setting off sky lanterns at Hietaniemi beach, the wire frames are all over the sand.",
    "Frank Sinatra songs blasting from the karaoke bar on Fleminginkatu until 3am every Friday. Enough.",
    "The statue of Aleksis Kivi at the railway station square needs cleaning, the pigeons have won.",
    "Booking for Oodi studio 2, Saturday 14:00-16:00, 6 people, podcast recording. Ref VAR-2026-11873.",
    "Bus 55 never comes on time after 22:00. Yesterday I waited 35 minutes at the Koskelantie stop.",
    "The May Day picnic in Kaivopuisto left mountains of trash. More bins next year please.",
    "Mark my words, the new parking garage will stand empty.",
    "Art Nouveau buildings in Katajanokka need better protection, one facade is crumbling.",
    "June 12 is fine for us, or any weekday in May after 17.",
    "Please keep Vartiosaari as it is, the old summer villas and the forest are unique in Helsinki.",
    "I will, I will, I WILL keep reporting this lamp until it is fixed.",
    "Booking note: heating on please, we will bring our own coffee. Price 24 €/h is ok. Invoice reference 1004 2200 1567.",
    "Lost dog: brown labrador called Frank, ran off near Kivikko on Sunday evening. He is chipped and friendly.",
    "Our cat Penny got stuck in the storm drain on Agricolankatu, the rescue service came in 10 minutes. Thank you!",
    "A black mark was left on the new floor in room 3 after the dance group, not by us.",
    "Can the bill for the Tapiola hall booking be split between two associations?",
    "Planting hope: fruit trees for the yard of Kannelmäki school. Apples, plums, maybe cherries.",
    "At the hearing the city planner said the tower will be 24 floors. That's too high for Pasila.",
    "The sky is grey, the streets are grey, please paint the underpass in Malmi with colour! Students from the local art school could do it.",
    "In May the cherry trees in Roihuvuori are amazing, please add more bins for the crowds.",
    "Regarding case HEL 2026-009341: the pothole is still there. Corner of Mäkelänkatu and Sturenkatu.",
    "Summer opening hours for Maunula library? The door said 10-18 but it was closed at 16.",
    "My neighbour in C stairs says the caretaker promised to fix the gate. The caretaker says he never did. Can the city check the gate at least?",
    "The coach of our team asked me to ask: is the artificial turf in Brahenkenttä open in December?",
    "The bill came to 180 €, but the booking said 120 €. Please explain.",
    "Hunting season: is anyone allowed to hunt in Central Park? I saw a man with a rifle near Paloheinä.",
    "Will there be a grace period for the new parking zones or do fines start on day one?",
    "I hope, I really hope, that someone reads these comments before the decision on 14 January.",
    "Tove Jansson would be sad to see the state of the park named after her in Katajanokka.",
    "The Rose Bowl tournament at Myllypuro was great, but the toilets were locked all day.",
    "Sauna booked for Friday 18-20, two families, we will bring towels. Door code from the app.",
    "Dawn to dusk the leaf blowers run in Munkkiniemi. Surely there is a quieter way?",
    "the cherry tree art project at Kalasatama is beautiful but the info sign has fallen over",
    "Mark the crossing better!! The white stripes on Kaarelantie are gone completely.",
    "Frank opinion: the new bus network in Kontula is worse. Line 97 used to come every 10 minutes.",
    "Could the summer swimming school at Uimastadion start before Midsummer this year?",
    "Please fix the joystick of the accessible lift at Kamppi metro, it sticks.",
]

# ---------------------------------------------------------------------------
# Hand-written records: Finnish, with personal data
# ---------------------------------------------------------------------------
_HAND_FI_POS = [
    "Naapurini [[P:Grace]] on valittanut rikkinäisestä katuvalosta jo kuukauden. Sturenkadulla on säkkipimeää jo neljältä.",
    "Soitin viime viikolla [[P:Markille]] kaupungilta ja hän lupasi että joku tulee katsomaan viemäriä. Kukaan ei ole tullut. Soittakaa [[T:040 812 3364]]",
    "Kysykää [[P:Junelta]] infosta, hänellä on vara-avaimet kerhohuoneeseen.",
    "[[P:Rose]] sanoi että saunavuoromme peruttiin, mutta meille ei ilmoitettu mitään. Varaus VAR-55877.",
    "Varaan salin tiistaisin valmentajamme [[P:Art Lindqvistin]] pyynnöstä, samat ajat kuin viime keväänä.",
    "Poikani [[P:Toivo]] käy päiväkotia Kaarelantien varrella ja suojatie sen edessä on tosi vaarallinen aamuisin.",
    "Asun [[A:Kaarelantiellä 7]] ja roska-autot tulevat joka aamu viideltä. Voisiko aikaa siirtää?",
    "Talonmies [[P:Onni Lehtinen]] sanoi, että kaupunki hoitaa pihan edustan aurauksen. Kukaan ei ole aurannut viikkoon.",
    "Vuokranantajamme [[P:Hunterin]] mukaan jalkakäytävän kuoppa on kaupungin vastuulla. Kuoppa on osoitteessa [[A:Porvoonkatu 21]].",
    "[[P:Dawnin]] koira on taas irti pihalla ja lapset pelkäävät. Olen puhunut [[P:Dawnille]] kahdesti.",
    "Naapurin [[P:Billin]] pakettiauto [[R:KXN-482]] on joka yö pelastustiellä. Isännöitsijä ei tee mitään.",
    "Tyttäremme [[P:Summerin]] koulumatka kulkee Mäkelänkadun yli eikä siellä ole liikennevaloja.",
    "Iso kiitos [[P:Ivylle]] Kallion kirjastossa, hän auttoi isääni saamaan kirjastokortin!",
    "Laskutus: [[P:Matti Korhonen]], hetu [[H:140387-2288]], [[A:Tikkurilantie 44 A 6]], 01300 Vantaa. Avaimet hakee [[P:Willin]] kanssa [[P:Pekka]].",
    "Vastaus [[P:Amberille]]: olen samaa mieltä, pyörätie kuuluu kadun itäpuolelle.",
    "Olen samaa mieltä kuin [[P:Aino K.]] ylempänä. Puut pitää säästää.",
    "[[P:Usko]] ja [[P:Ilona]] naapurista ehdottavat OmaStadiin yhteisöpuutarhaa Malmin tyhjälle tontille. Yhteys [[E:ilona.saarinen@gmail.com]]",
    "soitin eilen [[P:markille]] asiakaspalveluun ja hän sanoi että asia on käsittelyssä. [[P:mark]] ei kuitenkaan antanut mitään numeroa.",
    "[[P:Pennyn]] kanssa pyöräilemme joka aamu Hämeentietä ja raitiovaunukiskot ovat märkinä hengenvaarallisia.",
    "Lapset [[P:Sky]] ja [[P:River]] kysyvät, miksi Alppipuiston leikkipaikka on ollut aidattuna kesästä asti.",
    "Palauttakaa vuokravakuus tilille [[I:FI32 5790 0720 0834 12]], tilinomistaja [[P:Faith Koivisto]].",
    "Varaaja [[P:Joy Nieminen]], puh. [[T:045 782 1190]]. [[P:Hopelle]] voi antaa avaimet jos en itse ehdi.",
    "Auto [[R:ZKT-771]] on ollut hylättynä Vuosaarentiellä kaksi kuukautta. Kioskin [[P:Ahmedin]] mukaan omistaja muutti pois.",
    "Kiitos [[P:Frankille]] ja [[P:Lumille]] siivoustalkoiden järjestämisestä! Ensi kerralla tuon lisää säkkejä.",
    "Isäni [[P:Raimo Heikkinen]] ([[H:301278-645Y]]) ei osaa käyttää verkkopalvelua. Hän tarvitsee asukaspysäköintitunnuksen autolle [[R:BOT-504]], osoite [[A:Mechelininkatu 19 B 27]].",
    "Meluvalitus: asunto [[A:Vaasankatu 12 A 3]], asukas (kai [[P:Dmitri]]) käyttää aggregaattia parvekkeella joka ilta.",
    "Terkkuja [[P:Rosen]] ja [[P:Willin]] puolesta, he eivät itse osaa suomea. Yhteys minuun: [[E:leena.hakala@kolumbus.fi]]",
]

# ---------------------------------------------------------------------------
# Hand-written records: Finnish hard negatives
# ---------------------------------------------------------------------------
_HAND_FI_NEG = [
    "Toivottavasti puisto korjataan ennen kesää. Toivo alkaa olla vähissä.",
    "Kesäleiri Pihlajasaaressa oli mahtava, iso kiitos ohjaajille!",
    "Onneksi lumityöt hoidettiin ajoissa Töölössä, kukaan ei liukastunut.",
    "Kaisaniemen ruusutarha on tänä vuonna todella huonossa kunnossa.",
    "Aleksis Kiven kadulla on iso kuoppa Sturenkadun risteyksen kohdalla.",
    "Bussi 55 ei tullut klo 22.10 ollenkaan, odotin Koskelantien pysäkillä 30 minuuttia.",
    "Usko kaupungin lupauksiin on mennyt, kolme palautetta eikä yhtään vastausta.",
    "Ilo nähdä uudet penkit Sibeliuksen puistossa! Kiitos.",
    "Lumi tuli taas yllättäen ja Kontulantien kevyenliikenteen väylä on auraamatta.",
    "Katajanokan jugendtaloja pitäisi suojella paremmin.",
    "Tove Janssonin puistossa on rikottu penkki ja roskis.",
    "Kesäkuussa uimahalli on kiinni huollon takia, heinäkuussa auki normaalisti.",
    "Sanon suoraan: suunnitelma on huono ja liian kallis.",
    "Sauna varattu perjantaiksi 18-20, hinta 24 €/h. Laskun viite 1004 2200 1583.",
    "Naapuri C-rapusta kertoi että talonmies lupasi korjata portin. Talonmiehen mukaan ei luvannut.",
]


# ---------------------------------------------------------------------------
# Small generators
# ---------------------------------------------------------------------------
_WORD_NAMES = ["Will", "Grace", "Hope", "Rose", "Mark", "Bill", "June", "May", "Dawn", "Summer", "Joy",
               "Faith", "Art", "Frank", "Sky", "River", "Amber", "Ivy", "Hunter", "Penny"]
_OTHER_FIRST = ["Chidi", "Mei", "Arjun", "Leila", "Tomasz", "Ines", "Yusuf", "Hanna", "Kenji", "Zainab",
                "Mikko", "Anastasia", "Omar", "Sigrid", "Tiago", "Nomvula", "Liam", "Parisa", "Aleksi", "Rania"]
_SURNAMES = ["Okoro", "Virtanen", "Nguyen", "Haddad", "Kowalski", "Lindholm", "Fernandes", "Sato",
             "Mäkelä", "Osei", "Bergström", "Patel", "Rahimi", "O'Brien", "Laine", "Ivanova", "Mensah", "Koskinen"]
_STREETS = ["Mannerheimintie", "Hämeentie", "Fleminginkatu", "Porvoonkatu", "Helsinginkatu", "Sturenkatu",
            "Mäkelänkatu", "Kontulantie", "Kivikonkaari", "Kallvikintie", "Vuosaarentie", "Runeberginkatu",
            "Töölönkatu", "Agricolankatu", "Itäkatu", "Leppävaarankatu", "Kirkkojärventie", "Länsituulentie",
            "Tikkurilantie", "Kielotie", "Vernissakatu", "Jönsaksentie", "Martinlaaksontie", "Myllypurontie"]
_DOMAINS = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "iki.fi", "elisanet.fi", "proton.me"]
_ROOMS = ["the meeting room at Malmitalo", "Oodi studio 3", "the sauna at Maunula-talo",
          "the small hall at Kanneltalo", "the youth centre kitchen", "the gym at Kallio school",
          "the music room at Vuotalo", "the club room in Stoa", "the workshop at Oodi"]
_PLATE_LETTERS = "ABCDEFGHIJKLMNOPRSTUVXYZ"


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050"])
    digits = "".join(str(rng.randrange(10)) for _ in range(7))
    style = rng.randrange(5)
    if style == 0:
        return "%s %s %s" % (pre, digits[:3], digits[3:])
    if style == 1:
        return pre + digits
    if style == 2:
        return "+358 %s %s %s" % (pre[1:], digits[:3], digits[3:])
    if style == 3:
        return "%s-%s" % (pre, digits)
    return "+358%s%s" % (pre[1:], digits)


def _plate(rng):
    letters = "".join(rng.choice(_PLATE_LETTERS) for _ in range(3))
    num = str(rng.randrange(1, 1000))
    p = "%s-%s" % (letters, num)
    return p.lower() if rng.random() < 0.15 else p


def _address(rng, helsinki_only=False):
    street = rng.choice(_STREETS[:14] if helsinki_only else _STREETS)
    num = rng.randrange(1, 120)
    r = rng.random()
    if r < 0.35:
        return "%s %d" % (street, num)
    if r < 0.7:
        return "%s %d %s %d" % (street, num, rng.choice("ABCDE"), rng.randrange(1, 60))
    return "%s %d %s" % (street, num, rng.choice("ABC"))


def _ascii(s):
    table = {"ä": "a", "ö": "o", "å": "a", "'": ""}
    return "".join(table.get(ch, ch) for ch in s.lower())


def _email(rng, first, last):
    sep = rng.choice([".", "_", ""])
    return "%s%s%s@%s" % (_ascii(first), sep, _ascii(last), rng.choice(_DOMAINS))


def _first(rng):
    name = rng.choice(_WORD_NAMES) if rng.random() < 0.65 else rng.choice(_OTHER_FIRST)
    r = rng.random()
    if r < 0.12:
        return name.lower()
    if r < 0.16:
        return name.upper()
    return name


def _gen_en_booking(rng, n):
    frames = [
        "Booking for {room} on {day}. Responsible person [[P:{full}]], [[T:{phone}]]. [[P:{other}]] will pick up the keys.",
        "hi, [[P:{first}]] here. {other_cap} and I need {room} on {day} for our book club, 8 people. reach me at [[E:{email}]]",
        "Keys: [[P:{other}]] picks them up, [[P:{first}]] returns them. Contact [[T:{phone}]]. Thank you!",
        "We booked {room} for {day}. If there's any problem call my partner [[P:{other}]] on [[T:{phone}]], I'm at work.",
        "Birthday party for our daughter [[P:{other}]] ({age} yrs) in {room}, {day}. Parent: [[P:{full}]] / [[E:{email}]]",
        "Invoice to [[P:{full}]], [[A:{addr}]], 00{pc}0 Helsinki. Coach [[P:{other}]] is in charge on the day.",
        "Choir practice in {room} on {day}. [[P:{other_poss}]] choir, I'm just the one with the bank ID. [[P:{full}]] [[T:{phone}]]",
    ]
    days = ["Saturday 14 March", "Friday the 9th", "every Tuesday in February", "Sunday 3 May", "the 21st",
            "next Thursday", "Wed 18.3.", "Saturday 6 June"]
    out = []
    for i in range(n):
        f = frames[i % len(frames)]
        first = _first(rng)
        last = rng.choice(_SURNAMES)
        other = _first(rng)
        while other.lower() == first.lower():
            other = _first(rng)
        vals = {
            "room": rng.choice(_ROOMS), "day": rng.choice(days), "first": first, "full": first + " " + last,
            "other": other, "other_cap": "[[P:%s]]" % other, "other_poss": other + "'s",
            "phone": _phone(rng), "email": _email(rng, first, last), "age": rng.randrange(5, 13),
            "addr": _address(rng, helsinki_only=True), "pc": rng.choice(["10", "25", "50", "53", "56", "70", "94", "98"]),
        }
        out.append(("en", f.format(**vals)))
    return out


def _gen_en_neighbour(rng, n):
    rels = ["my neighbour", "our neighbour", "the guy next door,", "my upstairs neighbour", "the lady in flat 12,",
            "our landlord", "my flatmate", "my colleague", "our son", "my daughter", "my husband", "my wife"]
    frames = [
        "{Rel} [[P:{name}]] and I have reported the broken gate at [[A:{addr}]] three times now. Nothing.",
        "{Rel} [[P:{name}]] parks {pron} car [[R:{plate}]] on the pavement every evening, prams can't get past.",
        "I talked with {rel} [[P:{name}]] and we both think the new bus stop is in the wrong place. {name_again} will write a separate comment.",
        "[[P:{poss}]] bike was stolen from the rack outside [[A:{addr}]], the third one this month. Please put a camera there.",
        "the noise from the restaurant downstairs is unbearable, ask {rel} [[P:{name}]] too, {pron2} can't sleep either. [[T:{phone}]]",
        "{Rel} [[P:{name}]] slipped on the ice outside [[A:{addr}]] this morning and hurt {pron} back. The sand box is empty.",
    ]
    out = []
    for i in range(n):
        f = frames[i % len(frames)]
        rel = rng.choice(rels)
        name = _first(rng)
        if rng.random() < 0.3:
            last = rng.choice(_SURNAMES)
            name = name + " " + (last.upper() if name.isupper() else last)
        female = rng.random() < 0.5
        first_word = name.split(" ")[0]
        vals = {
            "Rel": rel[0].upper() + rel[1:], "rel": rel, "name": name, "poss": name + "'s",
            "name_again": "[[P:%s]]" % first_word,
            "pron": "her" if female else "his", "pron2": "she" if female else "he",
            "addr": _address(rng), "plate": _plate(rng), "phone": _phone(rng),
        }
        out.append(("en", f.format(**vals)))
    return out


def _gen_en_neg(rng, n):
    snippets = [
        "I will send photos tomorrow.", "Is there a grace period for the fine?", "I hope so.",
        "The rose garden needs watering.", "Please mark the spot on the map.", "Who pays the bill for the repair?",
        "The works start in June.", "The trucks come at dawn.", "Is there a summer camp for 10-year-olds?",
        "The art class was cancelled twice.", "To be frank, it's a bad idea.", "The river bank path is flooded.",
        "The ivy covers the whole fence.", "The amber light is too short.", "Not a penny more for this.",
        "It was a joy to walk there.", "I have no faith left in the process.", "The sky was full of smoke.",
        "Hunters were seen near the outdoor trail.", "Will the library be open on Sunday?",
        "The May Day crowds left rubbish everywhere.", "The pool is closed in May.",
        "Summer opening hours are 10-16.", "Mark the crossing with paint please.",
    ]
    places = ["Kallio", "Vuosaari", "Tapiola", "Tikkurila", "Herttoniemi", "Malmi", "Kannelmäki",
              "Leppävaara", "Myyrmäki", "Pasila", "Arabianranta", "Jätkäsaari"]
    tails = ["Case HEL 2026-0%d." % 0, "Ref %d.", "Bus %d goes there.", "Thanks in advance.", "",
             "Open 8-20 on weekdays.", "Price %d €.", "Postal code 00%d0."]
    out = []
    for _ in range(n):
        a, b = rng.sample(snippets, 2)
        place = rng.choice(places)
        tail = rng.choice(tails)
        if "%d" in tail:
            tail = tail.replace("%d", str(rng.randrange(10, 99)), 1)
        if tail.startswith("Case"):
            tail = "Case HEL 2026-0%05d." % rng.randrange(1000, 99999)
        form = rng.randrange(4)
        if form == 0:
            text = "%s About %s: %s %s" % (a, place, b, tail)
        elif form == 1:
            text = "In %s, %s %s" % (place, a[0].lower() + a[1:], b)
        elif form == 2:
            text = "%s %s (%s) %s" % (a, b, place, tail)
        else:
            text = "re: %s - %s %s" % (place, b.lower(), a)
        out.append(("en", text.strip()))
    return out


_FI_NAMES = [
    # nominative, genitive, allative, ablative
    ("Grace", "Gracen", "Gracelle", "Gracelta"),
    ("Mark", "Markin", "Markille", "Markilta"),
    ("Will", "Willin", "Willille", "Williltä"),
    ("June", "Junen", "Junelle", "Junelta"),
    ("Rose", "Rosen", "Roselle", "Roselta"),
    ("Bill", "Billin", "Billille", "Billiltä"),
    ("Dawn", "Dawnin", "Dawnille", "Dawnilta"),
    ("Hope", "Hopen", "Hopelle", "Hopelta"),
    ("Joy", "Joyn", "Joylle", "Joylta"),
    ("Penny", "Pennyn", "Pennylle", "Pennyltä"),
    ("Toivo", "Toivon", "Toivolle", "Toivolta"),
    ("Onni", "Onnin", "Onnille", "Onnilta"),
    ("Aino", "Ainon", "Ainolle", "Ainolta"),
    ("Ahmed", "Ahmedin", "Ahmedille", "Ahmedilta"),
    ("Frank", "Frankin", "Frankille", "Frankilta"),
]


def _gen_fi_pos(rng, n):
    frames = [
        "Naapurini [[P:{nom}]] ja minä olemme ilmoittaneet rikkinäisestä portista jo kolmesti, osoite [[A:{addr}]].",
        "Soitin [[P:{all}]] kaupungin asiakaspalveluun, mutta asia ei ole edennyt. Numeroni [[T:{phone}]].",
        "Avaimet voi antaa [[P:{all}]], hän on vastuuhenkilö. Varaaja [[P:{nom2}]], [[E:{email}]]",
        "[[P:{gen}]] auto [[R:{plate}]] on taas pysäköity jalkakäytävälle, lastenvaunuilla ei pääse ohi.",
        "Kysyin asiaa [[P:{abl}]] kirjaston infosta, eikä hänkään tiennyt milloin sali avataan.",
        "Kiitos [[P:{all}]] hyvästä palvelusta! Harvinaista nykyään.",
        "Valmentaja [[P:{nom}]] hakee avaimet, varaus koskee salia tiistaisin 18-19.30. Yhteys [[T:{phone}]]",
    ]
    out = []
    for i in range(n):
        f = frames[i % len(frames)]
        nom, gen, all_, abl = rng.choice(_FI_NAMES)
        nom2, _, _, _ = rng.choice(_FI_NAMES)
        last = rng.choice(_SURNAMES)
        if rng.random() < 0.12:
            nom, gen, all_, abl = nom.lower(), gen.lower(), all_.lower(), abl.lower()
        vals = {"nom": nom, "gen": gen, "all": all_, "abl": abl, "nom2": nom2 + " " + last,
                "addr": _address(rng), "phone": _phone(rng), "email": _email(rng, nom2, last),
                "plate": _plate(rng)}
        out.append(("fi", f.format(**vals)))
    return out


def _gen_fi_neg(rng, n):
    snippets = [
        "Toivottavasti asia korjataan pian.", "Onneksi kukaan ei loukkaantunut.", "Usko on koetuksella.",
        "Ilo nähdä puisto siistinä.", "Lumi tuli taas yllättäen.", "Kesäleiri oli hieno.",
        "Ruusutarha kaipaa kastelua.", "Lasku oli liian suuri.", "Työt alkavat kesäkuussa.",
        "Aamunkoitteessa rekat jo peruuttavat.", "Taidekerho peruttiin kahdesti.", "Joen penkka sortuu.",
        "Bussi 55 oli taas myöhässä.", "Aukioloajat ovat 10-18.",
    ]
    places = ["Kalliossa", "Vuosaaressa", "Tapiolassa", "Tikkurilassa", "Malmilla", "Pasilassa", "Myyrmäessä"]
    out = []
    for _ in range(n):
        a, b = rng.sample(snippets, 2)
        form = rng.randrange(3)
        if form == 0:
            text = "%s %s (%s)" % (a, b, rng.choice(places))
        elif form == 1:
            text = "%s: %s %s" % (rng.choice(places).capitalize(), a, b)
        else:
            text = "%s %s Viite %d." % (a, b, rng.randrange(10000, 99999))
        out.append(("fi", text))
    return out


def records() -> list:
    rng = random.Random(SEED)
    out = []
    out += [("en", t) for t in _HAND_EN_POS]
    out += [("en", t) for t in _HAND_EN_NEG]
    out += [("fi", t) for t in _HAND_FI_POS]
    out += [("fi", t) for t in _HAND_FI_NEG]
    out += _gen_en_booking(rng, 16)
    out += _gen_en_neighbour(rng, 14)
    out += _gen_en_neg(rng, 20)
    out += _gen_fi_pos(rng, 14)
    out += _gen_fi_neg(rng, 10)
    return out
