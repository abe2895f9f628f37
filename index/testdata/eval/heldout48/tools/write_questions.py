import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

DEF = ["Definition", "What is", "Overview", "Introduction"]
FAQ = ["Frequently Asked Questions"]
REC = ["Recent Developments"]

N_WHAT = ["WHAT IS NavIC", "I. WHAT IS NavIC"] + DEF
N_WHY = ["WHY DID INDIA BUILD IT", "II. WHY DID INDIA BUILD IT", "Historical Background"]
N_ARCH = ["ARCHITECTURE (3 SEGMENTS)", "III. ARCHITECTURE (3 SEGMENTS)", "ARCHITECTURE"]
N_SIG = ["SIGNALS AND SERVICES", "IV. SIGNALS AND SERVICES"]
N_SAT = ["SATELLITES SO FAR (LAUNCH RECORD)", "V. SATELLITES SO FAR (LAUNCH RECORD)", "SATELLITES SO FAR"]
N_NVS = ["SECOND GENERATION - THE NVS SERIES", "VI. SECOND GENERATION - THE NVS SERIES", "SECOND GENERATION"]
N_APP = ["APPLICATIONS", "VII. APPLICATIONS"]
N_VS = ["NavIC vs OTHER SYSTEMS", "VIII. NavIC vs OTHER SYSTEMS"]
N_PROB = ["PROBLEMS / CRITICISM", "IX. PROBLEMS / CRITICISM"]
N_CA = ["CURRENT AFFAIRS / UPDATES", "X. CURRENT AFFAIRS / UPDATES"] + REC
N_ONE = ["ONE-LINERS FOR PRELIMS", "XI. ONE-LINERS FOR PRELIMS", "Key Points"]
N_QA = ["REVISION Q/A", "XII. REVISION Q/A"] + FAQ

navic = [
 ("What is NavIC?", ["independent regional satellite navigation system designed, built and run by ISRO"], N_WHAT),
 ("How far beyond India's borders does NavIC give full coverage?", ["a region extending up to 1,500 km beyond its boundary", "up to 1,500 km around India with full accuracy"], N_WHAT + ["Coverage"] + N_QA),
 ("Which event pushed India to develop its own navigation satellites?", ["India asked the US for GPS data of the region"], N_WHY),
 ("At what longitudes are the three geostationary NavIC satellites placed?", ["parked over 32.5 deg E, 83 deg E and 131.5 deg E"], N_ARCH + ["Space segment"]),
 ("Why are seven satellites enough for NavIC when GPS needs many more?", ["a small number of high satellites can see the whole region", "so 7 satellites are enough, whereas a global system"], N_ARCH + ["Space segment"] + N_QA),
 ("Who is allowed to use the encrypted NavIC service?", ["an encrypted service meant for authorised users such as the armed forces", "RS is encrypted and only for authorised users"], N_SIG + N_QA),
 ("Why did the IRNSS-1H launch fail?", ["FAILED - heat shield did not separate", "its payload fairing stayed on, so the satellite was trapped inside"], N_SAT),
 ("What is special about the atomic clock carried by NVS-01?", ["first indigenously developed rubidium atomic clock, made at the Space Applications Centre"], N_NVS),
 ("How does NavIC help fishermen?", ["messaging service to fishermen at sea: alerts on bad weather"], N_APP),
 ("Is GAGAN a navigation system like NavIC?", ["GAGAN (GPS Aided GEO Augmented Navigation) is NOT a separate navigation system", "GAGAN only improves (augments) GPS signals for civil aviation"], N_VS + N_QA),
 ("navic ka naam kisne rakha aur kab", ["the name was given by PM Modi on 28 April 2016"], N_WHAT),
 ("nvs-02 mein kya problem hui", ["did not fire because the valves for the oxidiser did not open", "could not be fired because of valve trouble"], N_CA + N_QA),
 ("navic mein kitne satelite hai", ["constellation of 7 satellites plus a network of ground stations", "Total satellites in the constellation: 7 (3 GEO + 4 IGSO)"], N_WHAT + N_ONE),
 ("navic ki frequncy kya hai", ["L5 band - 1176.45 MHz", "S band - 2492.028 MHz"], N_SIG + ["Frequencies"]),
 ("iphone navic suport karta hai kya", ["iPhone 15 Pro and 15 Pro Max came with NavIC support", "iPhone 15 Pro series launched with NavIC support"], N_APP + ["Phones and chips"] + N_CA),
 ("navic notes one-liner no. 5", ["Primary coverage: India + 1,500 km around it"], N_ONE),
 ("what happened to navic in march 2025", ["the atomic clock on IRNSS-1F failed after it completed its 10-year life"], N_CA),
 ("navic revision Q4", ["L1 is the frequency most phones and wearables already use"], N_QA),
 ("navic mains angle question", ["NavIC is essential for India's strategic autonomy but has struggled"], N_QA + ["Mains angle"]),
 ("What is the INC at Byalalu?", ["ISRO Navigation Centre (INC) at Byalalu, near Bengaluru"], N_ARCH + ["Ground segment"]),
 ("Do the Japanese have a regional navigation system like NavIC?", ["the 4 global systems + Japan's regional QZSS + NavIC", "Regional systems in the world: NavIC (India) and QZSS (Japan)"], N_WHY + N_ONE + N_VS),
 ("Which UN shipping body recognised NavIC?", ["the International Maritime Organization (IMO) recognised IRNSS as a component"], N_APP + ["International recognition"]),
 ("AIS-140 vehicle tracking", ["tracking devices in public transport vehicles under the AIS-140 standard"], N_APP),
 ("3GPP NavIC", ["the global body that sets mobile telephony standards"], N_APP + ["International recognition"]),
 ("rubidium clock failure 2016", ["the imported rubidium clocks started failing from 2016"], N_PROB),
]

L_DEF = ["What is a Launch Vehicle"] + DEF
L_EARLY = ["The Early Years: SLV-3 and ASLV", "The Early Years", "Historical Background"]
L_PSLV = ["PSLV - the Workhorse", "the Workhorse", "PSLV"]
L_GSLV = ["GSLV Mk II and the Cryogenic Engine Story", "Cryogenic Engine Story"]
L_LVM3 = ["LVM3 - the Heavy Lifter", "the Heavy Lifter", "LVM3"]
L_SSLV = ["SSLV - Launch on Demand", "Launch on Demand", "SSLV"]
L_CMP = ["Comparison Table", "Comparison"]
L_PORT = ["Spaceports of India", "Spaceports"]
L_FUT = ["The Road Ahead: NGLV, Semi-Cryogenic Engine, RLV", "The Road Ahead"]
L_PRIV = ["Private Rockets"]
L_REC = ["Recent Developments (2024-25)"] + REC
L_FAQ = ["Frequently Asked Questions (FAQs)", "FAQs"] + FAQ
L_PYQ = ["UPSC PYQ", "Previous Year Questions"]

lv = [
 ("What is a launch vehicle?", ["a rocket that carries a payload, usually a satellite or a spacecraft"], L_DEF),
 ("Why are rockets built in several stages?", ["each stage burns out and falls away", "the rocket sheds dead weight as it climbs"], L_DEF),
 ("When did India first put a satellite in orbit with its own rocket?", ["on 18 July 1980 it put the Rohini RS-1 satellite"], L_EARLY),
 ("Why did Russia not give India the technology for cryogenic engines?", ["the United States imposed sanctions on both agencies", "Russia backed out of the transfer of technology"], L_GSLV),
 ("How much can the LVM3 carry to geosynchronous transfer orbit?", ["about 4,000 kg to GTO and about 8,000 kg"], L_LVM3 + L_CMP),
 ("Why did the first SSLV flight fail?", ["in the right orbit because of a sensor anomaly"], L_SSLV),
 ("Why is Sriharikota a good place to launch rockets from?", ["Its east coast location lets rockets fly eastward", "the sea to the east keeps falling stages away from people"], L_PORT + ["Sriharikota"]),
 ("What is the advantage of launching from Kulasekarapattinam?", ["from Kulasekarapattinam they can fly straight south", "give small rockets a direct southward path to polar orbits"], L_PORT + ["Kulasekarapattinam"] + L_FAQ),
 ("How much more will the NGLV lift than the LVM3?", ["three times the payload of LVM3 at 1.5 times the cost"], L_FUT),
 ("What went wrong with PSLV-C61?", ["after a fall in chamber pressure in the third stage"], L_REC),
 ("pslv ki pehli flight kab hui thi", ["Its first flight, PSLV-D1 on 20 September 1993, failed"], L_PSLV),
 ("gslv ko naughty boy kyu kehte hai", ["of ISRO because of its early failures"], L_GSLV),
 ("agnikul ka rocket kaha se launch hua", ["from Dhanush, the first private launch pad in India"], L_PRIV),
 ("sslv kitna paylod le ja sakta hai", ["can carry 500 kg to a 500 km planar orbit"], L_SSLV),
 ("cryogenic engine banana mushkil kyu hai", ["must be kept at extremely low temperatures"], L_FAQ),
 ("launch vehicles faq 2", ["an elliptical parking orbit with a low perigee"], L_FAQ),
 ("launch vehicle news july 2025", ["GSLV-F16 launched NISAR, the joint NASA-ISRO radar satellite"], L_REC),
 ("exam tip on launch vehicle stages", ["Make a one-line memory chain"], L_FAQ + ["Exam tip"]),
 ("pyq 2018 launch vehicles which statement is correct", ["PSLVs launch the satellites useful for Earth resources monitoring"], L_PYQ),
 ("What was the LVM3 called earlier?", ["earlier called GSLV Mk III"], L_LVM3),
 ("what is IN-SPACe", ["(Indian National Space Promotion and Authorisation Centre) authorises private launches"], L_PRIV),
 ("How many of the 104 satellites on PSLV-C37 were American?", ["96 of them belonged to US companies"], L_PSLV + ["Landmark missions"]),
 ("Third Launch Pad Sriharikota", ["to be built in four years, for the NGLV"], L_PORT),
 ("Vikram-S Skyroot", ["first privately built Indian rocket to reach space"], L_PRIV),
 ("POEM PSLV fourth stage", ["reused as an orbiting platform for experiments, called POEM"], L_PSLV + ["Landmark missions"]),
]

G_DEF = ["TL;DR"] + DEF
G_BAS = ["1. Basics", "Basics"]
G_MIS = ["2. Mission profile", "Mission profile"]
G_HW = ["3. Hardware", "Hardware"]
G_TEST = ["4. Test flights & roadmap", "Test flights & roadmap", "Test flights"]
G_AST = ["5. The astronauts (Gaganyatris)", "The astronauts"]
G_AX = ["6. Axiom-4", "Axiom-4"]
G_BEY = ["7. Beyond Gaganyaan - BAS & the Moon", "Beyond Gaganyaan"]
G_CH = ["9. Challenges", "Challenges"]
G_FAQ = ["10. Doubts I had (FAQ)", "Doubts I had (FAQ)", "Doubts I had"] + FAQ
G_PYQ = ["PYQ / practice", "PYQ", "practice"]

gag = [
 ("What is the Gaganyaan programme?", ["ISRO's programme to send Indian astronauts"], G_DEF),
 ("When and where was Gaganyaan first announced?", ["Independence Day speech from the Red Fort"], G_BAS),
 ("Which countries have already sent people into orbit on their own rockets?", ["the USSR/Russia (1961), the USA (1962) and China (2003)"], G_BAS),
 ("How does the crew escape system work?", ["a tower of quick-acting, high burn rate solid motors"], G_HW + ["Orbital Module"]),
 ("What is the difference between the crew module and the service module?", ["the habitable part, where the crew live", "gives the CM power (solar panels), thermal control and propulsion in orbit"], G_HW + ["Orbital Module"]),
 ("What happened in the TV-D1 test flight?", ["an abort was simulated at about Mach 1.2"], G_TEST),
 ("Who is Vyommitra?", ["a half-humanoid robot (head, torso and arms, no legs)"], G_TEST),
 ("Where did the Indian astronauts train in Russia?", ["Yuri Gagarin Cosmonaut Training Centre near Moscow"], G_AST),
 ("Who commanded the Axiom-4 mission?", ["Peggy Whitson (USA, commander, former NASA astronaut)"], G_AX),
 ("What did the Cabinet decide about Gaganyaan in September 2024?", ["Cabinet widened the Gaganyaan programme to include building the first module", "to be completed by December 2028"], G_BEY),
 ("Why was the LVM3 chosen to carry the Gaganyaan crew?", ["which is why a human-rated version, HLVM3, was chosen", "only the LVM3 has enough power"], G_FAQ + G_HW + L_LVM3),
 ("gaganyaan ke 4 astronaut kaun hai", ["Four Indian Air Force test pilots, named by PM Modi"], G_AST),
 ("shubhanshu shukla space kaise gaye", ["on a SpaceX Falcon 9 from the Kennedy Space Center"], G_AX),
 ("BAS ka pehla module kab launch hoga", ["first module in 2028; ISRO showed a model of BAS-1"], G_BEY),
 ("gaganyan ka splashdown kaha hoga", ["splashdown in Indian waters off the coast, where Navy ships"], G_FAQ + G_MIS),
 ("rakesh sharma kis mission me gaye the", ["Soyuz T-11 from Baikonur, Soviet mission (Intercosmos)"], G_AX + ["Rakesh Sharma vs Shubhanshu Shukla"]),
 ("gaganyaan faq 3", ["module are far too heavy for the PSLV"], G_FAQ),
 ("what happened in gaganyaan in august 2025", ["a dummy crew module was dropped from an IAF Chinook helicopter"], G_TEST + REC),
 ("gaganyaan challenges point 3", ["needs the Navy's ships, divers and a well-rehearsed drill"], G_CH),
 ("gaganyaan practice question for mains", ["Gaganyaan is not just about sending humans to space"], G_PYQ),
 ("What is ECLSS?", ["keeps cabin pressure, oxygen, temperature and humidity, removes CO2"], G_HW + ["Orbital Module"]),
 ("what are indian cosmonauts called", ["for Indian astronauts, in the same way Russia says cosmonaut"], G_BAS + ["Why \"Gaganyatri\""]),
 ("who were the polish and hungarian crew on ax-4", ["Slawosz Uznanski-Wisniewski (Poland, ESA project astronaut)", "Tibor Kapu (Hungary, HUNOR programme astronaut)"], G_AX),
 ("ADRDE Agra parachutes", ["parachutes of the crew module from the Aerial Delivery Research"], G_HW + ["DRDO's share"]),
 ("Artemis Accords India", ["civil space cooperation with the US-led group on Moon exploration"], G_BEY),
]

oos = [
 "Who manufactured the rubidium atomic clocks used in the IRNSS satellites?",
 "How much did ISRO pay for Shubhanshu Shukla's seat on Axiom-4?",
 "When will the first rocket launch from Kulasekarapattinam take place?",
 "What is the thrust of the CE-20 cryogenic engine?",
 "Who is the director of the Human Space Flight Centre?",
 "How much did the NISAR satellite cost?",
 "Who was the first Governor-General of independent India?",
 "What is the repo rate and who decides it?",
 "Explain the significance of the 73rd Constitutional Amendment.",
 "thanks bhai, notes were really helpful",
 "anyone here preparing for prelims 2026?",
 "good night all, kal milte hai",
]

def dump(name, rows):
    with open(os.path.join(D, name), 'w') as f:
        for q, acc, sec in rows:
            f.write(json.dumps({"q": q, "accept": acc, "section": sec}, ensure_ascii=False) + "\n")

dump('q-navic-irnss-notes.jsonl', navic)
dump('q-indian-launch-vehicles.jsonl', lv)
dump('q-gaganyaan-human-spaceflight.jsonl', gag)
with open(os.path.join(D, 'oos.jsonl'), 'w') as f:
    for q in oos:
        f.write(json.dumps({"q": q}, ensure_ascii=False) + "\n")
print(len(navic), len(lv), len(gag), len(oos))
