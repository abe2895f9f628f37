package synth

import "strings"

// The word lists documents are made of, most frequent first within each
// list: words are drawn with a Zipf distribution over their position.
var (
	countries = strings.Split(`India,the US,China,Japan,Australia,the EU,France,Germany,the UK,Russia,Israel,`+
		`South Korea,Brazil,Canada,Indonesia,the UAE,Saudi Arabia,Singapore,Vietnam,Bangladesh,Nepal,Sri Lanka,`+
		`Pakistan,Iran,Egypt,South Africa,Nigeria,Kenya,Mexico,Argentina,Italy,Spain,the Netherlands,Sweden,`+
		`Norway,Finland,Poland,Turkey,Qatar,Oman,Bhutan,the Maldives,Myanmar,Thailand,Malaysia,the Philippines,`+
		`New Zealand,Chile,Peru,Ethiopia,Ghana,Tanzania,Mongolia,Kazakhstan,Uzbekistan,Greece,Portugal,Denmark,`+
		`Ireland,Austria,Switzerland,Belgium,Czechia,Hungary,Romania,Ukraine,Armenia,Mauritius,Seychelles,Fiji`, ",")

	technologies = strings.Split(`artificial intelligence,semiconductors,quantum computing,cybersecurity,`+
		`critical minerals,clean energy,green hydrogen,biotechnology,space technology,5G networks,`+
		`digital public infrastructure,electric vehicles,battery storage,advanced materials,robotics,`+
		`satellite navigation,drones,cloud computing,blockchain,nuclear energy,solar power,wind energy,`+
		`genome editing,vaccines,precision agriculture,desalination,carbon capture,high-performance computing,`+
		`undersea cables,open radio access networks,machine learning,data centres,smart grids,hypersonics,`+
		`additive manufacturing,microelectronics,photonics,nanotechnology,synthetic biology,edge computing`, ",")

	policies = strings.Split(`supply chain resilience,technology transfer,joint research,export controls,`+
		`capacity building,investment screening,data protection,standard setting,talent exchange,`+
		`market access,fiscal incentives,regulatory sandboxes,public procurement,skill development,`+
		`intellectual property rights,tariff reduction,disaster management,maritime security,`+
		`financial inclusion,energy security,food security,water management,climate adaptation,`+
		`trade facilitation,infrastructure financing,digital literacy,cross-border payments,`+
		`counter-terrorism cooperation,health surveillance,defence co-production,customs cooperation,`+
		`grievance redressal,social audit,fiscal federalism,decentralised planning,rural electrification`, ",")

	orgs = []org{
		{"Trade and Technology Council", "TTC"}, {"World Trade Organization", "WTO"},
		{"International Solar Alliance", "ISA"}, {"Quadrilateral Security Dialogue", "QUAD"},
		{"Shanghai Cooperation Organisation", "SCO"}, {"New Development Bank", "NDB"},
		{"International Monetary Fund", "IMF"}, {"World Health Organization", "WHO"},
		{"Financial Action Task Force", "FATF"}, {"Indian Ocean Rim Association", "IORA"},
		{"Missile Technology Control Regime", "MTCR"}, {"Nuclear Suppliers Group", "NSG"},
		{"Asian Infrastructure Investment Bank", "AIIB"}, {"Global Partnership on Artificial Intelligence", "GPAI"},
		{"Indo-Pacific Economic Framework", "IPEF"}, {"Minerals Security Partnership", "MSP"},
		{"National Quantum Mission", "NQM"}, {"Production Linked Incentive", "PLI"},
		{"Securities and Exchange Board", "SEBI"}, {"Unified Payments Interface", "UPI"},
		{"Bay of Bengal Initiative", "BBI"}, {"Coalition for Disaster Resilient Infrastructure", "CDRI"},
		{"International Energy Agency", "IEA"}, {"Comprehensive Economic Partnership Agreement", "CEPA"},
	}

	adjectives = strings.Split(`strategic,critical,emerging,bilateral,multilateral,regional,global,national,`+
		`secure,resilient,sustainable,digital,joint,comprehensive,long-term,inclusive,transparent,domestic,`+
		`indigenous,innovative,affordable,trusted,open,collaborative,competitive,ethical,responsible,`+
		`sovereign,concessional,statutory,constitutional,federal,institutional,fiscal,maritime,strategic-level,`+
		`cross-border,low-carbon,reliable,interoperable,robust,flexible,targeted,phased,binding,voluntary`, ",")

	nouns = strings.Split(`cooperation,partnership,framework,agreement,initiative,mission,programme,policy,`+
		`dialogue,mechanism,standards,investment,capacity,innovation,security,growth,research,infrastructure,`+
		`governance,regulation,funding,resources,expertise,markets,institutions,supply chains,value chains,`+
		`ecosystem,manufacturing,deployment,commitments,reforms,exports,imports,consultations,safeguards,`+
		`guidelines,roadmap,corridor,consortium,fund,task force,working group,summit,memorandum,treaty,`+
		`protocol,charter,secretariat,mandate,ministry,authority,commission,tribunal,council,assembly`, ",")

	verbsPast = strings.Split(`launched,signed,announced,established,expanded,approved,adopted,unveiled,`+
		`strengthened,renewed,proposed,ratified,finalised,extended,reviewed,agreed on,set up,notified,`+
		`amended,funded,hosted,co-chaired,operationalised,deepened,revised,endorsed,piloted,scaled up`, ",")

	verbsBase = strings.Split(`promote,strengthen,accelerate,coordinate,diversify,secure,develop,enhance,`+
		`support,reduce,expand,build,foster,facilitate,protect,monitor,harmonise,streamline,finance,regulate,`+
		`improve,boost,integrate,safeguard,modernise,leverage,mobilise,deepen,align,bridge`, ",")

	frames = strings.Split(`Accord,Initiative,Mission,Corridor,Compact,Dialogue,Scheme,Programme,Framework,`+
		`Partnership,Alliance,Charter,Fund,Platform,Declaration,Project,Network,Summit,Agenda,Pact`, ",")

	sectors = strings.Split(`International Relations,Economy,Science and Technology,Environment,Polity,`+
		`Governance,Security,Social Justice,Geography,Agriculture,Health,Energy,Disaster Management`, ",")

	prefixes = strings.Split(`bio,nano,cyber,agro,hydro,geo,micro,tele,neuro,aero,electro,thermo,photo,`+
		`astro,petro,radio,chemo,eco,info,opto,macro,para,proto,quasi,ultra,meta,poly,mono,multi,inter`, ",")

	roots = strings.Split(`sensing,mapping,fabrication,genomics,metrics,informatics,mechanics,dynamics,`+
		`logistics,analytics,diagnostics,surveillance,synthesis,modelling,imaging,computing,storage,`+
		`materials,systems,networks,markets,finance,forestry,fisheries,hydrology,tectonics,robotics,`+
		`acoustics,optics,kinetics,statics,metallurgy,ceramics,polymers,catalysis,filtration,transmission`, ",")

	syllables = strings.Split(`ka,ra,vi,lo,ten,mar,shi,dor,ve,na,ku,tal,ri,sen,bo,ga,mi,zan,pe,ul,`+
		`tor,qa,lin,fe,sa,ho,dri,ya,mon,tek`, ",")
)

// org is an organisation the notes name by its long form and acronym.
type org struct{ long, acr string }
