/**
 * Cities that partner with Korean local governments (sister, friendship and exchange cities,
 * and the trade and investment hubs their press releases name), with ISO country codes.
 * Compiled from the sister-city lists Korean local governments publish and from the places
 * their releases mention; the cities in the shared seed releases are all here.
 *
 * One entry per line: "Korean spellings; English spellings; ISO 3166-1 alpha-2".
 * Spellings are separated by "/". The first Korean spelling is the one the City field gets.
 * Names that are also common words or Korean places (e.g. 광주, 나주) are left out on purpose:
 * a wrong city is worse than a blank one.
 */
export const CITY_LINES: readonly string[] = `
시애틀; Seattle; US
로스앤젤레스/엘에이/LA; Los Angeles/LA; US
샌프란시스코; San Francisco; US
밀피타스; Milpitas; US
실리콘밸리; Silicon Valley; US
산호세/새너제이; San Jose; US
어바인; Irvine; US
풀러턴; Fullerton; US
가든그로브; Garden Grove; US
샌디에이고; San Diego; US
새크라멘토; Sacramento; US
오클랜드; Oakland; US
팔로알토; Palo Alto; US
쿠퍼티노; Cupertino; US
서니베일; Sunnyvale; US
산타클라라; Santa Clara; US
프레즈노; Fresno; US
포틀랜드; Portland; US
타코마; Tacoma; US
벨뷰; Bellevue; US
스포캔; Spokane; US
앵커리지; Anchorage; US
호놀룰루; Honolulu; US
피닉스; Phoenix; US
투손; Tucson; US
라스베이거스/라스베가스; Las Vegas; US
솔트레이크시티; Salt Lake City; US
덴버; Denver; US
댈러스/달라스; Dallas; US
휴스턴; Houston; US
오스틴; Austin; US
샌안토니오; San Antonio; US
애틀랜타/애틀란타; Atlanta; US
마이애미; Miami; US
잭슨빌; Jacksonville; US
올랜도; Orlando; US
탬파; Tampa; US
시카고; Chicago; US
디트로이트; Detroit; US
인디애나폴리스; Indianapolis; US
콜럼버스; Columbus; US
클리블랜드; Cleveland; US
신시내티; Cincinnati; US
피츠버그; Pittsburgh; US
필라델피아; Philadelphia; US
뉴욕; New York; US
보스턴; Boston; US
볼티모어; Baltimore; US
몽고메리카운티/몽고메리 카운티; Montgomery County; US
몽고메리; Montgomery; US
워싱턴 DC/워싱턴D.C./워싱턴; Washington/Washington, D.C./Washington DC; US
리치먼드; Richmond; US
샬럿; Charlotte; US
내슈빌; Nashville; US
멤피스; Memphis; US
뉴올리언스; New Orleans; US
캔자스시티; Kansas City; US
세인트루이스; St. Louis/Saint Louis; US
미니애폴리스; Minneapolis; US
밀워키; Milwaukee; US
오마하; Omaha; US
앨라배마; Alabama; US
웨스트포인트; West Point; US
라그레인지; LaGrange; US
서배너; Savannah; US
뉴저지; New Jersey; US
팰리세이즈파크/팰팍; Palisades Park; US
포트리; Fort Lee; US
잉글우드; Englewood; US
버펄로; Buffalo; US
토론토; Toronto; CA
밴쿠버; Vancouver; CA
몬트리올; Montreal/Montréal; CA
오타와; Ottawa; CA
캘거리; Calgary; CA
에드먼턴; Edmonton; CA
워털루; Waterloo; CA
키치너; Kitchener; CA
위니펙; Winnipeg; CA
핼리팩스; Halifax; CA
빅토리아; Victoria; CA
코퀴틀람; Coquitlam; CA
버나비; Burnaby; CA
써리/서리; Surrey; CA
퀘벡; Quebec City/Québec; CA
멕시코시티; Mexico City; MX
몬테레이; Monterrey; MX
과달라하라; Guadalajara; MX
티후아나; Tijuana; MX
칸쿤; Cancun/Cancún; MX
상파울루; São Paulo/Sao Paulo; BR
리우데자네이루; Rio de Janeiro; BR
쿠리치바; Curitiba; BR
브라질리아; Brasília/Brasilia; BR
부에노스아이레스; Buenos Aires; AR
산티아고; Santiago; CL
리마; Lima; PE
보고타; Bogotá/Bogota; CO
메데인; Medellín/Medellin; CO
키토; Quito; EC
과야킬; Guayaquil; EC
몬테비데오; Montevideo; UY
아순시온; Asunción/Asuncion; PY
파나마시티; Panama City; PA
산호세; San José (Costa Rica); CR
과테말라시티; Guatemala City; GT
베이징/북경; Beijing; CN
상하이/상해; Shanghai; CN
톈진/천진; Tianjin; CN
충칭/중경; Chongqing; CN
광저우; Guangzhou; CN
선전/심천; Shenzhen; CN
항저우/항주; Hangzhou; CN
쑤저우; Suzhou; CN
난징/남경; Nanjing; CN
우시/무석; Wuxi; CN
창저우; Changzhou; CN
닝보/영파; Ningbo; CN
샤먼/하문; Xiamen; CN
푸저우; Fuzhou; CN
칭다오; Qingdao; CN
옌타이/연태; Yantai; CN
웨이하이; Weihai; CN
지난/제남; Jinan; CN
르자오; Rizhao; CN
웨이팡; Weifang; CN
린이; Linyi; CN
쯔보/치박; Zibo; CN
다롄/대련; Dalian; CN
선양/심양; Shenyang; CN
창춘/장춘; Changchun; CN
하얼빈; Harbin; CN
옌지/연길; Yanji; CN
훈춘; Hunchun; CN
단둥/단동; Dandong; CN
지린/길림; Jilin; CN
시안; Xi'an/Xian; CN
우한; Wuhan; CN
창사; Changsha; CN
청두; Chengdu; CN
쿤밍/곤명; Kunming; CN
구이양; Guiyang; CN
난닝/남녕; Nanning; CN
하이커우; Haikou; CN
싼야; Sanya; CN
허페이/합비; Hefei; CN
정저우; Zhengzhou; CN
뤄양/낙양; Luoyang; CN
타이위안; Taiyuan; CN
스자좡/석가장; Shijiazhuang; CN
탕산; Tangshan; CN
친황다오/진황도; Qinhuangdao; CN
난창; Nanchang; CN
란저우; Lanzhou; CN
우루무치; Ürümqi/Urumqi; CN
후허하오터; Hohhot; CN
양저우; Yangzhou; CN
옌청; Yancheng; CN
난퉁/남통; Nantong; CN
쉬저우; Xuzhou; CN
자싱/가흥; Jiaxing; CN
사오싱/소흥; Shaoxing; CN
이우; Yiwu; CN
원저우/온주; Wenzhou; CN
취안저우; Quanzhou; CN
포산; Foshan; CN
둥관; Dongguan; CN
주하이; Zhuhai; CN
홍콩; Hong Kong; HK
마카오; Macau/Macao; MO
타이베이/타이페이; Taipei; TW
가오슝; Kaohsiung; TW
타이중; Taichung; TW
타이난; Tainan; TW
도쿄; Tokyo; JP
오사카; Osaka; JP
교토; Kyoto; JP
고베; Kobe; JP
나고야; Nagoya; JP
요코하마; Yokohama; JP
가와사키; Kawasaki; JP
후쿠오카; Fukuoka; JP
기타큐슈; Kitakyushu; JP
시모노세키; Shimonoseki; JP
나가사키; Nagasaki; JP
구마모토; Kumamoto; JP
가고시마; Kagoshima; JP
오이타; Oita/Ōita; JP
가라쓰/가라츠; Karatsu; JP
히로시마; Hiroshima; JP
오카야마; Okayama; JP
마쓰에/마츠에; Matsue; JP
돗토리; Tottori; JP
요나고; Yonago; JP
시마네; Shimane; JP
마쓰야마/마츠야마; Matsuyama; JP
다카마쓰; Takamatsu; JP
도쿠시마; Tokushima; JP
고치현; Kochi/Kōchi; JP
와카야마; Wakayama; JP
시즈오카; Shizuoka; JP
하마마쓰; Hamamatsu; JP
가나자와; Kanazawa; JP
도야마; Toyama; JP
니가타; Niigata; JP
센다이; Sendai; JP
아키타; Akita; JP
야마가타; Yamagata; JP
후쿠시마; Fukushima; JP
삿포로; Sapporo; JP
하코다테; Hakodate; JP
아사히카와; Asahikawa; JP
오키나와; Okinawa; JP
야마구치; Yamaguchi; JP
사세보; Sasebo; JP
쓰시마/대마도; Tsushima; JP
하노이; Hanoi/Ha Noi; VN
호찌민/호치민; Ho Chi Minh City/Ho Chi Minh/Saigon; VN
다낭; Da Nang/Danang; VN
하이퐁; Haiphong/Hai Phong; VN
껀터/칸토; Can Tho; VN
후에; Hue/Huế; VN
빈증; Binh Duong; VN
동나이; Dong Nai; VN
박닌; Bac Ninh; VN
꽝닌; Quang Ninh; VN
냐짱/나트랑; Nha Trang; VN
하이즈엉; Hai Duong; VN
타이응우옌; Thai Nguyen; VN
방콕; Bangkok; TH
치앙마이; Chiang Mai; TH
푸껫/푸켓; Phuket; TH
파타야; Pattaya; TH
자카르타; Jakarta; ID
수라바야; Surabaya; ID
반둥; Bandung; ID
발리; Bali; ID
족자카르타; Yogyakarta; ID
메단; Medan; ID
마닐라; Manila; PH
세부시티; Cebu; PH
다바오; Davao; PH
케손시티; Quezon City; PH
마카티; Makati; PH
쿠알라룸푸르; Kuala Lumpur; MY
페낭; Penang; MY
조호르바루; Johor Bahru; MY
코타키나발루; Kota Kinabalu; MY
말라카/멜라카; Malacca/Melaka; MY
싱가포르/싱가폴; Singapore; SG
프놈펜; Phnom Penh; KH
시엠레아프/씨엠립; Siem Reap; KH
비엔티안; Vientiane; LA
양곤; Yangon; MM
네피도; Naypyidaw; MM
울란바토르/울란바타르; Ulaanbaatar/Ulan Bator; MN
다르항; Darkhan; MN
타슈켄트; Tashkent; UZ
사마르칸트; Samarkand; UZ
부하라; Bukhara; UZ
알마티; Almaty; KZ
아스타나; Astana; KZ
비슈케크; Bishkek; KG
두샨베; Dushanbe; TJ
뉴델리/델리; New Delhi/Delhi; IN
뭄바이; Mumbai; IN
벵갈루루/방갈로르; Bengaluru/Bangalore; IN
첸나이; Chennai; IN
하이데라바드; Hyderabad; IN
푸네; Pune; IN
콜카타; Kolkata; IN
아메다바드; Ahmedabad; IN
다카; Dhaka; BD
카트만두; Kathmandu; NP
콜롬보; Colombo; LK
이슬라마바드; Islamabad; PK
카라치; Karachi; PK
라호르; Lahore; PK
블라디보스토크; Vladivostok; RU
하바롭스크; Khabarovsk; RU
나홋카; Nakhodka; RU
유즈노사할린스크; Yuzhno-Sakhalinsk; RU
이르쿠츠크; Irkutsk; RU
노보시비르스크; Novosibirsk; RU
모스크바; Moscow; RU
상트페테르부르크; Saint Petersburg/St. Petersburg; RU
카잔; Kazan; RU
울란우데; Ulan-Ude; RU
두바이; Dubai; AE
아부다비; Abu Dhabi; AE
샤르자; Sharjah; AE
리야드; Riyadh; SA
제다시; Jeddah; SA
네옴; NEOM; SA
도하; Doha; QA
쿠웨이트시티; Kuwait City; KW
무스카트; Muscat; OM
테헤란; Tehran; IR
이스탄불; Istanbul; TR
앙카라; Ankara; TR
이즈미르; Izmir/İzmir; TR
부르사; Bursa; TR
안탈리아; Antalya; TR
텔아비브; Tel Aviv; IL
예루살렘; Jerusalem; IL
카이로; Cairo; EG
알렉산드리아; Alexandria; EG
나이로비; Nairobi; KE
아디스아바바; Addis Ababa; ET
라고스; Lagos; NG
아크라; Accra; GH
다르에스살람; Dar es Salaam; TZ
키갈리; Kigali; RW
요하네스버그; Johannesburg; ZA
케이프타운; Cape Town; ZA
더반; Durban; ZA
카사블랑카; Casablanca; MA
라바트; Rabat; MA
튀니스; Tunis; TN
알제; Algiers; DZ
런던; London; GB
맨체스터; Manchester; GB
버밍엄; Birmingham; GB
리버풀; Liverpool; GB
에든버러; Edinburgh; GB
글래스고; Glasgow; GB
케임브리지; Cambridge; GB
옥스퍼드; Oxford; GB
셰필드; Sheffield; GB
뉴캐슬; Newcastle; GB
벨파스트; Belfast; GB
카디프; Cardiff; GB
더블린; Dublin; IE
코크시; Cork; IE
파리; Paris; FR
리옹; Lyon; FR
마르세유; Marseille; FR
니스; Nice; FR
보르도; Bordeaux; FR
툴루즈; Toulouse; FR
스트라스부르; Strasbourg; FR
낭트; Nantes; FR
릴시; Lille; FR
그르노블; Grenoble; FR
몽펠리에; Montpellier; FR
칸시; Cannes; FR
베를린; Berlin; DE
함부르크; Hamburg; DE
뮌헨; Munich/München; DE
프랑크푸르트; Frankfurt; DE
쾰른; Cologne/Köln; DE
뒤셀도르프; Düsseldorf/Dusseldorf; DE
도르트문트; Dortmund; DE
에센시; Essen; DE
슈투트가르트; Stuttgart; DE
라이프치히; Leipzig; DE
드레스덴; Dresden; DE
하노버; Hanover/Hannover; DE
브레멘; Bremen; DE
뉘른베르크; Nuremberg/Nürnberg; DE
본시; Bonn; DE
하이델베르크; Heidelberg; DE
카를스루에; Karlsruhe; DE
아헨; Aachen; DE
겔젠키르헨; Gelsenkirchen; DE
보훔; Bochum; DE
비엔나; Vienna/Wien; AT
잘츠부르크; Salzburg; AT
그라츠; Graz; AT
취리히; Zurich/Zürich; CH
제네바; Geneva/Genève; CH
바젤; Basel; CH
베른; Bern; CH
로잔; Lausanne; CH
암스테르담; Amsterdam; NL
로테르담; Rotterdam; NL
헤이그; The Hague/Den Haag; NL
에인트호번/아인트호벤; Eindhoven; NL
위트레흐트; Utrecht; NL
브뤼셀; Brussels/Bruxelles; BE
안트베르펜/앤트워프; Antwerp/Antwerpen; BE
겐트; Ghent/Gent; BE
룩셈부르크시; Luxembourg City; LU
마드리드; Madrid; ES
바르셀로나; Barcelona; ES
말라가; Malaga/Málaga; ES
발렌시아; Valencia; ES
세비야; Seville/Sevilla; ES
빌바오; Bilbao; ES
사라고사; Zaragoza; ES
리스본; Lisbon/Lisboa; PT
포르투; Porto; PT
로마; Rome/Roma; IT
밀라노; Milan/Milano; IT
피렌체; Florence/Firenze; IT
베네치아/베니스; Venice/Venezia; IT
나폴리; Naples/Napoli; IT
토리노; Turin/Torino; IT
볼로냐; Bologna; IT
제노바; Genoa/Genova; IT
팔레르모; Palermo; IT
아테네; Athens; GR
테살로니키; Thessaloniki; GR
스톡홀름; Stockholm; SE
예테보리; Gothenburg/Göteborg; SE
말뫼; Malmö/Malmo; SE
오슬로; Oslo; NO
베르겐; Bergen; NO
코펜하겐; Copenhagen; DK
오르후스; Aarhus; DK
헬싱키; Helsinki; FI
에스포; Espoo; FI
탐페레; Tampere; FI
오울루; Oulu; FI
탈린; Tallinn; EE
리가시; Riga; LV
빌뉴스; Vilnius; LT
바르샤바; Warsaw/Warszawa; PL
크라쿠프; Kraków/Krakow; PL
브로츠와프; Wrocław/Wroclaw; PL
그단스크; Gdańsk/Gdansk; PL
포즈난; Poznań/Poznan; PL
카토비체; Katowice; PL
프라하; Prague/Praha; CZ
브르노; Brno; CZ
오스트라바; Ostrava; CZ
브라티슬라바; Bratislava; SK
부다페스트; Budapest; HU
부쿠레슈티; Bucharest/București; RO
소피아; Sofia; BG
베오그라드; Belgrade/Beograd; RS
자그레브; Zagreb; HR
류블랴나; Ljubljana; SI
키이우/키예프; Kyiv/Kiev; UA
오데사; Odesa/Odessa; UA
민스크; Minsk; BY
트빌리시; Tbilisi; GE
바쿠; Baku; AZ
예레반; Yerevan; AM
시드니; Sydney; AU
멜버른; Melbourne; AU
브리즈번; Brisbane; AU
퍼스시; Perth; AU
애들레이드; Adelaide; AU
캔버라; Canberra; AU
골드코스트; Gold Coast; AU
호바트; Hobart; AU
뉴캐슬; Newcastle; AU
울런공; Wollongong; AU
오클랜드; Auckland; NZ
웰링턴; Wellington; NZ
크라이스트처치; Christchurch; NZ
해밀턴; Hamilton; NZ
더니든; Dunedin; NZ
로토루아; Rotorua; NZ
괌; Guam; GU
수바; Suva; FJ
`
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line !== "");
