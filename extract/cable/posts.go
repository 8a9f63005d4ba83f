package cable

// postCountries maps the city of a post (embassy, consulate, branch or
// regional office), as the origin or the classification line writes it, to
// the country the post reports on. Posts whose cables speak for no single
// host country (Washington, missions to international bodies, regional
// offices such as Iran RPO Dubai) are in multiPosts instead: their country
// comes from the TAGS line.
var postCountries = map[string]string{
	// Africa
	"ABIDJAN": "Cote d'Ivoire", "ABUJA": "Nigeria", "LAGOS": "Nigeria", "ACCRA": "Ghana",
	"ADDIS ABABA": "Ethiopia", "ALGIERS": "Algeria", "ANTANANARIVO": "Madagascar", "ASMARA": "Eritrea",
	"BAMAKO": "Mali", "BANGUI": "Central African Republic", "BANJUL": "The Gambia", "BISSAU": "Guinea-Bissau",
	"BRAZZAVILLE": "Republic of the Congo", "BUJUMBURA": "Burundi", "CAIRO": "Egypt", "ALEXANDRIA": "Egypt",
	"CAPE TOWN": "South Africa", "CASABLANCA": "Morocco", "CONAKRY": "Guinea", "COTONOU": "Benin",
	"DAKAR": "Senegal", "DAR ES SALAAM": "Tanzania", "DJIBOUTI": "Djibouti", "DURBAN": "South Africa",
	"FREETOWN": "Sierra Leone", "GABORONE": "Botswana", "HARARE": "Zimbabwe", "JOHANNESBURG": "South Africa",
	"KAMPALA": "Uganda", "KHARTOUM": "Sudan", "KIGALI": "Rwanda", "KINSHASA": "Democratic Republic of the Congo",
	"LIBREVILLE": "Gabon", "LILONGWE": "Malawi", "LOME": "Togo", "LUANDA": "Angola", "LUSAKA": "Zambia",
	"MALABO": "Equatorial Guinea", "MAPUTO": "Mozambique", "MASERU": "Lesotho", "MBABANE": "Swaziland",
	"MONROVIA": "Liberia", "NAIROBI": "Kenya", "NDJAMENA": "Chad", "N'DJAMENA": "Chad", "NIAMEY": "Niger",
	"NOUAKCHOTT": "Mauritania", "OUAGADOUGOU": "Burkina Faso", "PORT LOUIS": "Mauritius",
	"PRAIA": "Cape Verde", "PRETORIA": "South Africa", "RABAT": "Morocco", "TRIPOLI": "Libya",
	"TUNIS": "Tunisia", "WINDHOEK": "Namibia", "YAOUNDE": "Cameroon", "DOUALA": "Cameroon",
	"VICTORIA": "Seychelles", "JUBA": "Sudan", "LUBUMBASHI": "Democratic Republic of the Congo",
	"MOGADISHU": "Somalia",
	// Near East and South and Central Asia
	"ABU DHABI": "United Arab Emirates", "DUBAI": "United Arab Emirates", "AMMAN": "Jordan",
	"BAGHDAD": "Iraq", "BASRAH": "Iraq", "KIRKUK": "Iraq", "MOSUL": "Iraq", "HILLAH": "Iraq", "ERBIL": "Iraq",
	"BEIRUT": "Lebanon", "DAMASCUS": "Syria", "DHAHRAN": "Saudi Arabia", "DOHA": "Qatar",
	"JEDDAH": "Saudi Arabia", "JERUSALEM": "Israel", "KUWAIT": "Kuwait", "MANAMA": "Bahrain",
	"MUSCAT": "Oman", "RIYADH": "Saudi Arabia", "SANAA": "Yemen", "TEL AVIV": "Israel", "TEHRAN": "Iran",
	"ANKARA": "Turkey", "ISTANBUL": "Turkey", "ADANA": "Turkey", "IZMIR": "Turkey",
	"ASHGABAT": "Turkmenistan", "ASTANA": "Kazakhstan", "ALMATY": "Kazakhstan", "BISHKEK": "Kyrgyz Republic",
	"COLOMBO": "Sri Lanka", "DHAKA": "Bangladesh", "DUSHANBE": "Tajikistan", "ISLAMABAD": "Pakistan",
	"KARACHI": "Pakistan", "LAHORE": "Pakistan", "PESHAWAR": "Pakistan", "KABUL": "Afghanistan",
	"KATHMANDU": "Nepal", "NEW DELHI": "India", "MUMBAI": "India", "CHENNAI": "India", "KOLKATA": "India",
	"CALCUTTA": "India", "MADRAS": "India", "BOMBAY": "India", "HYDERABAD": "India", "TASHKENT": "Uzbekistan",
	"BAKU": "Azerbaijan", "TBILISI": "Georgia", "YEREVAN": "Armenia",
	// Europe
	"ATHENS": "Greece", "THESSALONIKI": "Greece", "BELGRADE": "Serbia", "BERLIN": "Germany",
	"BONN": "Germany", "DUSSELDORF": "Germany", "FRANKFURT": "Germany", "HAMBURG": "Germany",
	"LEIPZIG": "Germany", "MUNICH": "Germany", "BERN": "Switzerland", "BRATISLAVA": "Slovakia",
	"BRUSSELS": "Belgium", "BUCHAREST": "Romania", "BUDAPEST": "Hungary", "CHISINAU": "Moldova",
	"COPENHAGEN": "Denmark", "DUBLIN": "Ireland", "HELSINKI": "Finland", "KYIV": "Ukraine", "KIEV": "Ukraine",
	"LISBON": "Portugal", "PONTA DELGADA": "Portugal", "LJUBLJANA": "Slovenia", "LONDON": "United Kingdom",
	"BELFAST": "United Kingdom", "EDINBURGH": "United Kingdom", "LUXEMBOURG": "Luxembourg",
	"MADRID": "Spain", "BARCELONA": "Spain", "MINSK": "Belarus", "MOSCOW": "Russia",
	"ST PETERSBURG": "Russia", "ST. PETERSBURG": "Russia", "SAINT PETERSBURG": "Russia",
	"VLADIVOSTOK": "Russia", "YEKATERINBURG": "Russia", "NICOSIA": "Cyprus", "OSLO": "Norway",
	"PARIS": "France", "MARSEILLE": "France", "STRASBOURG": "France", "PODGORICA": "Montenegro",
	"PRAGUE": "Czech Republic", "PRISTINA": "Kosovo", "REYKJAVIK": "Iceland", "RIGA": "Latvia",
	"ROME": "Italy", "MILAN": "Italy", "NAPLES": "Italy", "FLORENCE": "Italy", "SARAJEVO": "Bosnia and Herzegovina",
	"BANJA LUKA": "Bosnia and Herzegovina", "MOSTAR": "Bosnia and Herzegovina", "SKOPJE": "Macedonia",
	"SOFIA": "Bulgaria", "STOCKHOLM": "Sweden", "TALLINN": "Estonia", "THE HAGUE": "Netherlands",
	"AMSTERDAM": "Netherlands", "TIRANA": "Albania", "VALLETTA": "Malta", "VATICAN": "Holy See",
	"HOLY SEE": "Holy See", "VIENNA": "Austria", "VILNIUS": "Lithuania", "WARSAW": "Poland",
	"KRAKOW": "Poland", "ZAGREB": "Croatia",
	// East Asia and Pacific
	"APIA": "Samoa", "BANGKOK": "Thailand", "CHIANG MAI": "Thailand", "BEIJING": "China",
	"CHENGDU": "China", "GUANGZHOU": "China", "SHANGHAI": "China", "SHENYANG": "China", "WUHAN": "China",
	"HONG KONG": "Hong Kong", "BANDAR SERI BEGAWAN": "Brunei", "CANBERRA": "Australia",
	"MELBOURNE": "Australia", "PERTH": "Australia", "SYDNEY": "Australia", "DILI": "Timor-Leste",
	"HANOI": "Vietnam", "HO CHI MINH CITY": "Vietnam", "JAKARTA": "Indonesia", "SURABAYA": "Indonesia",
	"KOLONIA": "Micronesia", "KOROR": "Palau", "KUALA LUMPUR": "Malaysia", "MAJURO": "Marshall Islands",
	"MANILA": "Philippines", "PHNOM PENH": "Cambodia", "PORT MORESBY": "Papua New Guinea",
	"RANGOON": "Burma", "SEOUL": "South Korea", "BUSAN": "South Korea", "SINGAPORE": "Singapore",
	"SUVA": "Fiji", "TAIPEI": "Taiwan", "TOKYO": "Japan", "FUKUOKA": "Japan", "NAGOYA": "Japan",
	"NAHA": "Japan", "OSAKA KOBE": "Japan", "OSAKA": "Japan", "SAPPORO": "Japan",
	"ULAANBAATAR": "Mongolia", "VIENTIANE": "Laos", "WELLINGTON": "New Zealand", "AUCKLAND": "New Zealand",
	// Western Hemisphere
	"ASUNCION": "Paraguay", "BELIZE": "Belize", "BELMOPAN": "Belize", "BOGOTA": "Colombia",
	"BRASILIA": "Brazil", "RECIFE": "Brazil", "RIO DE JANEIRO": "Brazil", "SAO PAULO": "Brazil",
	"BRIDGETOWN": "Barbados", "BUENOS AIRES": "Argentina", "CARACAS": "Venezuela", "MARACAIBO": "Venezuela",
	"GEORGETOWN": "Guyana", "GUATEMALA": "Guatemala", "HAVANA": "Cuba", "KINGSTON": "Jamaica",
	"LA PAZ": "Bolivia", "LIMA": "Peru", "MANAGUA": "Nicaragua", "MEXICO": "Mexico",
	"CIUDAD JUAREZ": "Mexico", "GUADALAJARA": "Mexico", "HERMOSILLO": "Mexico", "MATAMOROS": "Mexico",
	"MERIDA": "Mexico", "MONTERREY": "Mexico", "NOGALES": "Mexico", "NUEVO LAREDO": "Mexico", "TIJUANA": "Mexico",
	"MONTEVIDEO": "Uruguay", "NASSAU": "The Bahamas", "OTTAWA": "Canada", "CALGARY": "Canada",
	"HALIFAX": "Canada", "MONTREAL": "Canada", "QUEBEC": "Canada", "TORONTO": "Canada", "VANCOUVER": "Canada",
	"PANAMA": "Panama", "PARAMARIBO": "Suriname", "PORT AU PRINCE": "Haiti", "PORT-AU-PRINCE": "Haiti",
	"PORT OF SPAIN": "Trinidad and Tobago", "QUITO": "Ecuador", "GUAYAQUIL": "Ecuador",
	"SAN JOSE": "Costa Rica", "SAN SALVADOR": "El Salvador", "SANTIAGO": "Chile",
	"SANTO DOMINGO": "Dominican Republic", "TEGUCIGALPA": "Honduras", "CURACAO": "Netherlands Antilles",
	"HAMILTON": "Bermuda", "FORT DE FRANCE": "France",
	// Regional offices inside one country
	"REO BASRAH": "Iraq", "REO KIRKUK": "Iraq", "REO MOSUL": "Iraq", "REO HILLAH": "Iraq",
	"AIT TAIPEI": "Taiwan", "AMERICAN INSTITUTE TAIWAN, TAIPEI": "Taiwan",
}

// multiPosts are posts whose cables take their country from the TAGS line.
var multiPosts = map[string]bool{
	"SECRETARY OF STATE": true, "SECSTATE": true, "STATE": true, "WASHDC": true, "SECSTATE WASHDC": true,
	"USUN NEW YORK": true, "USUN": true, "USEU BRUSSELS": true, "USEU": true, "UNVIE": true,
	"UNVIE VIENNA": true, "USNATO": true, "MISSION USNATO": true, "US MISSION GENEVA": true,
	"MISSION GENEVA": true, "GENEVA": true, "USOSCE": true, "US MISSION USOSCE": true,
	"IRAN RPO DUBAI": true, "RPO DUBAI": true, "US DELEGATION, SECRETARY": true, "USDEL SECRETARY": true,
	"USMISSION GENEVA": true, "USMISSION USUN NEW YORK": true, "USMISSION UNVIE VIENNA": true,
	"USMISSION USOSCE": true, "USMISSION USNATO": true, "UNROME": true, "USUN ROME": true,
	"US MISSION UN ROME": true, "USMISSION UN ROME": true, "OECD PARIS": true, "USOECD PARIS": true,
	"CDR USEUCOM VAIHINGEN GE": true, "JOINT STAFF": true, "SECDEF": true, "US OFFICE FSC SARAJEVO": true,
	"MONTREAL ICAO": true, "USMISSION ICAO MONTREAL": true, "UNESCO PARIS": true, "USMISSION UNESCO PARIS": true,
	"USTR": true, "NSC": true, "DEPT OF TREASURY": true,
}
