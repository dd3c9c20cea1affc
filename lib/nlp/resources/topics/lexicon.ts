// Cue words for the 17 top-level IPTC Media Topics, written from IPTC's own topic definitions
// (cv.iptc.org/newscodes/mediatopic, CC BY 4.0) and general knowledge of news vocabulary.
// Format: `term` or `term:weight` (weight 1 when omitted), separated by `|`; lower case; `*` at the end
// matches endings ("elect*" matches elected, election; a stem under six letters takes only common suffixes, so
// "gene*" matches genes but not generally); several words match as a phrase.
// Weights: 3 = the word alone places a story in the topic, 2 = strong cue, 1 = supporting cue.

export const TOPIC_LEXICON: Record<string, string> = {
  'arts, culture, entertainment and media':
    'film:2|films:2|movie*:3|cinema*:2|actor:3|actors:3|actress*:3|director:1|hollywood:3|bollywood:3|box office:3|' +
    'oscar*:3|academy award*:3|golden globe*:3|bafta*:3|grammy:3|grammys:3|emmy*:3|brit award*:3|festival:1|' +
    'album*:3|single:1|chart*:1|song*:2|singer*:3|band:1|bands:1|music*:2|musician*:3|concert*:2|tour:1|rock:1|pop:1|' +
    'rapper*:3|hip-hop:2|jazz:2|orchestra*:2|opera*:2|ballet:2|theatre*:2|theater*:2|broadway:3|west end:2|stage:1|' +
    'play:1|comedy:2|comedian*:3|sitcom*:3|drama:2|soap*:2|tv show*:2|television series:2|series:1|episode*:2|' +
    'novel*:2|novelist*:3|author:1|authors:1|book*:1|poet*:2|poetry:2|literary:2|booker:3|pulitzer:2|' +
    'art:1|artist*:2|painting*:2|sculpture*:2|exhibition*:2|gallery:2|museum*:2|heritage:1|' +
    'entertainment:2|celebrit*:2|star:1|stars:1|starred:2|starring:3|blockbuster*:3|sequel*:2|studio*:1|' +
    'screen*:1|premiere*:2|award:1|awards:1|nominat*:1|broadcaster*:1|channel*:1|viewers:2|audience*:1|ratings:1|' +
    'newspaper*:1|magazine*:1|journalis*:1|media:1|publisher*:1|dvd*:1|soundtrack*:3|lyrics:3|' +
    'box-office:3|screenplay*:3|documentar*:2|animated:2|cartoon*:2|fans:1|glastonbury:3|eurovision:3|x factor:3|' +
    'pop star:3|rock star:3|record label:3|record deal:3|top 40:3|number one single:3|chart-topping:3|idol:1',

  'crime, law and justice':
    'crime*:2|criminal*:2|police:2|policem*:2|arrest*:2|charged:2|charges:1|court*:2|judge*:2|jury:3|trial*:2|' +
    'prosecut*:2|lawsuit*:2|sued:2|sue:1|suing:2|lawyer*:1|attorney*:1|convict*:3|sentenc*:2|prison*:2|jail*:2|' +
    'murder*:3|killed:1|homicide*:3|robber*:3|theft:3|fraud*:2|bribe*:2|corruption:2|money laundering:3|' +
    'smuggl*:2|drug trafficking:3|cartel*:1|gang*:2|suspect*:2|investigat*:1|detective*:3|' +
    'law:1|laws:1|legal:1|illegal*:2|unlawful*:2|offence*:2|offense*:2|guilty:3|acquit*:3|verdict*:3|' +
    'supreme court:2|appeal*:1|ruling:1|ruled:1|justice:1|injunction*:2|indict*:3|extradit*:3|' +
    'hacker*:1|hacking:1|cybercrime*:3|piracy:1|pirated:1|copyright infringement:2|stolen:1|' +
    'terror suspect*:2|custody:1|bail:2|parole:3|death penalty:3|execution*:1|felony:3|misdemeanor:3|lawsuit:2',

  'disaster, accident and emergency incident':
    'earthquake*:3|quake*:3|tsunami*:3|flood*:2|hurricane*:2|typhoon*:2|cyclone*:2|tornado*:2|wildfire*:3|' +
    'bushfire*:3|landslide*:3|avalanche*:3|volcan*:2|eruption*:2|disaster*:2|catastroph*:1|crash*:1|collision*:2|' +
    'derail*:3|plane crash:3|air crash:3|shipwreck*:3|capsiz*:3|sank:2|explosion*:2|blast:1|fire:1|fires:1|' +
    'blaze*:2|firefighter*:2|rescue*:2|rescuer*:3|evacuat*:2|death toll:3|casualt*:1|injured:1|survivor*:1|' +
    'emergency:1|accident*:2|victims:1|relief effort*:2|aid agencies:1|missing:1|drown*:2|collapse*:1|mine disaster:3',

  'economy, business and finance':
    'inc:2|corp:2|co:1|plc:3|ltd:2|chief executive:2|jobless rate:3|unemployment rate:3|jobless total:3|jobless figures:3|economic indicator*:3|wider loss:3|net loss:3|net profit*:3|loss:1|losses:1|quarter profit:3|quarterly earnings:3|stock price*:3|share price*:3|shares of:2|investors:2|bankruptcy protection:3|chapter 11:3|consumer spending:3|retail sales:3|consumer confidence:3|oil prices:3|crude oil:3|fuel prices:2|gasoline:2|natural gas:2|airline*:2|carrier:1|automaker:3|insurer*:3|brokerage*:3|bank*:1|lender*:2|fed:2|rate hike*:3|rate cut*:3|euro zone:3|eurozone:3|economy:2|economic*:2|economist*:2|gdp:3|inflation:3|interest rate*:3|central bank*:2|recession:3|growth:1|' +
    'market*:1|stock:2|stocks:2|share:1|shares:2|shareholder*:3|investor*:2|investment*:2|bank:1|banks:1|banking:2|' +
    'finance:2|financial:2|profit*:3|revenue*:3|earnings:3|sales:2|quarter*:1|quarterly:2|fiscal:1|dividend*:3|' +
    'company:1|companies:1|firm:1|firms:1|corporat*:1|business*:2|chief executive:2|ceo:2|chairman:1|executive*:1|' +
    'merger*:3|acquisition*:2|acquire*:2|takeover*:3|bid:1|deal:1|stake:2|ipo:3|listing:1|bond*:2|debt*:2|loan*:2|' +
    'trade:2|trading:2|export*:2|import*:2|tariff*:2|exchange rate*:3|currency:2|currencies:2|dollar*:2|euro:1|' +
    'yen:2|sterling:2|oil price*:3|crude:2|barrel*:2|opec:3|commodit*:2|price*:1|cost*:1|consumer*:1|retail*:2|' +
    'retailer*:3|supermarket*:2|manufactur*:2|industr*:1|production:1|output:1|factory:1|factories:1|' +
    'job cuts:2|jobs:1|unemployment:2|budget:1|tax:1|taxes:1|spending:1|wall street:3|nasdaq:3|dow jones:3|ftse:3|' +
    'nikkei:3|s&p:3|analyst*:1|forecast*:1|airline*:1|carmaker*:2|automaker*:2|pharmaceutical*:1|telecom*:1|' +
    'bankrupt*:3|insolven*:2|creditor*:2|pension*:1|mortgage*:2|housing market:3|property market:3|' +
    'venture:1|entrepreneur*:2|startup*:1|start-up*:1|brand*:1|supplier*:1|supply chain*:2|' +
    'strategic high-tech commodit*:3|entity list:3|economic affairs:2|export control*:3|blacklist*:1|sanction*:1|wto:2|' +
    'world trade organisation:3|world trade organization:3|imf:2|world bank:2|federal reserve:3|the fed:2|' +
    'ecb:3|treasury:1|securities:2|fund:1|funds:1|funding:1|hedge fund*:3|equit*:2|asset*:2|valuation*:2|billion:1|million:1|' +
    'dlrs:2|mln:2|pct:1|shr:3|net income:3|operating:1|margin*:1|rose:1|fell:1|deficit*:2|surplus*:2|' +
    'stock market*:3|stock exchange:3|trade deficit:3|trade surplus:3|economic growth:3|quarterly profit*:3|' +
    'annual profit*:3|pre-tax:3|shares rose:3|shares fell:3|market share:2|sales rose:3|sales fell:3|' +
    'oil company:2|oil giant:2|chipmaker*:2|invest*:1|tycoon*:2|conglomerate*:2|subsidiar*:2',

  education:
    'school*:2|pupil*:3|student*:2|teacher*:2|teaching:2|education*:3|university:1|universities:2|college*:1|' +
    'campus*:1|tuition:3|curriculum:3|exam*:2|gcse*:3|a-level*:3|graduate*:1|degree*:1|classroom*:3|headteacher*:3|' +
    'principal:1|kindergarten*:3|literacy:2|scholarship*:2|academic*:1|lecturer*:2|professor*:1|school board:3',

  environment:
    'environment*:2|climate change:3|global warming:3|greenhouse gas*:3|emission*:2|carbon:2|pollut*:3|' +
    'conservation*:2|endangered:3|species:2|wildlife:2|biodiversity:3|deforestation:3|forest*:1|renewable*:2|' +
    'solar power:2|wind farm*:2|recycl*:2|waste:1|kyoto:2|ozone:3|environmentalist*:3|greenpeace:3|habitat*:2|' +
    'extinct*:2|fossil fuel*:2|clean energy:2|green energy:2|ecolog*:2|nature reserve*:3|national park*:1|' +
    'oil spill*:3|toxic:1|drought:1|sustainab*:1|paris agreement:3|cop2*:2',

  health:
    'health:2|healthcare:3|health care:3|hospital*:2|doctor*:2|patient*:2|nurse*:2|medical:2|medicine*:2|' +
    'disease*:3|virus*:2|infection*:3|infected:2|outbreak*:2|epidemic*:3|pandemic*:3|vaccin*:3|cancer*:3|' +
    'diabetes:3|obesity:3|heart disease:3|hiv:3|aids:3|malaria:3|tuberculosis:3|flu:2|influenza:3|bird flu:3|' +
    'covid*:3|coronavirus*:3|drug*:1|treatment*:2|therap*:2|clinical:3|surgery:2|surgeon*:3|mental health:3|' +
    'nhs:3|world health organization:3|symptom*:3|diagnos*:3|illness*:2|smoking:2|tobacco:1|' +
    'pharmac*:1|prescription*:2|gp*:1|public health:3|life expectancy:2|diet:1|fitness:1|obese:2|dementia:3|' +
    'alzheimer*:3|stroke*:1|asthma:3|allerg*:2|transplant*:2',

  'human interest':
    'bizarre:2|quirky:3|oddly:2|strange:1|unusual:1|heartwarming:3|birthday:2|centenarian*:3|wedding*:1|' +
    'pet*:1|dog:1|dogs:1|cat:1|cats:1|zoo:2|panda*:2|animal*:1|record-breaking:1|guinness world record*:3|' +
    'lottery:2|jackpot:2|royal baby:3|royal wedding:3|prince:1|princess:1|queen:1|royal family:2|anniversary:1|' +
    'hero:1|reunite*:2|long-lost:3|miracle:2|viral:1|odd:1',

  labour:
    'strike*:2|union*:2|trade union*:3|workers:2|worker:1|employee*:2|employer*:2|wage*:3|salar*:2|' +
    'minimum wage:3|pay rise:3|pay deal:3|labour:2|labor:2|employment:2|unemployment:2|jobless:3|job cuts:2|' +
    'layoff*:3|lay off:3|laid off:3|redundanc*:3|workforce:2|walkout*:3|industrial action:3|pension*:2|' +
    'retirement:2|collective bargaining:3|picket*:3|overtime:2|working hours:3|workplace*:2|staff:1|hiring:2|' +
    'recruit*:1|jobs:1|migrant worker*:3|labour market:3|labor market:3|tuc:3|teamsters:3',

  'lifestyle and leisure':
    'tourism:2|tourist*:2|travel*:1|holiday*:2|vacation*:2|resort*:2|hotel*:2|expo:1|trip*:1|leisure:3|' +
    'restaurant*:2|chef*:2|food:1|cuisine:3|recipe*:3|wine*:2|beer:1|cooking:2|fashion*:2|designer*:1|' +
    'shopping:1|hobb*:3|gardening:3|garden*:1|diet:1|fitness:1|gym*:2|lifestyle*:3|dating:2|beauty:1|cosmetic*:2|' +
    'luxury:1|visitor*:1|sightseeing:3|cruise*:2|airline*:1|passenger*:1|game*:1|gaming:1|video game*:2|' +
    'console*:1|toy*:2|christmas:1|valentine*:2|nightlife:3|camping:3|hiking:3',

  politics:
    'politic*:2|government*:2|minister*:2|ministry:1|prime minister:3|president*:1|presidential:2|elect*:2|' +
    'vote*:2|voting:2|voter*:3|ballot*:3|poll:1|polls:1|campaign*:1|candidate*:2|party:1|parties:1|' +
    'parliament*:3|parliamentary:3|congress*:2|senat*:2|legislat*:2|lawmaker*:3|mp:2|mps:3|mep*:3|' +
    'opposition:2|coalition:2|cabinet:2|chancellor:1|premier:2|diplomat*:2|diplomacy:3|foreign minister:3|' +
    'foreign policy:3|embassy:2|ambassador*:2|summit*:2|treaty:2|referendum*:3|democra*:2|dictator*:2|' +
    'regime:2|sovereignty:2|independence:1|reform*:1|policy:1|policies:1|bill:1|labour party:3|conservative*:2|' +
    'tory:3|tories:3|liberal democrat*:3|lib dem*:3|republican*:2|democrat*:2|white house:2|downing street:3|' +
    'kremlin:2|spokes*:1|officials:1|official:1|council:2|ban:1|bans:1|banned:1|mayor*:2|governor*:2|constitution*:2|' +
    'cross-strait:3|mainland affairs council:3|taiwan affairs office:3|united front:3|one china:3|' +
    'reunification:2|unification:2|nationalist:1|communist party:2|political party:3|ruling party:3|' +
    'chairperson:1|front-runner:2|runoff:3|run-off:3|incumbent:2|inaugurat*:2|impeach*:3|resign*:1|' +
    'whitehall:2|immigration:2|asylum:2|visa*:1|barred:1|' +
    'sanction*:1|european union:1|eu:1|nato:1|united nations:1|un:1|g8:2|g20:2|electoral:3|manifesto*:3',

  religion:
    'religio*:3|church*:2|pope:3|vatican:2|bishop*:2|archbishop*:3|priest*:2|clergy:3|mosque*:2|imam*:2|' +
    'islam*:2|muslim*:1|christian*:2|catholic*:2|protestant*:2|jew:1|jews:1|jewish:1|synagogue*:3|temple*:1|' +
    'buddhis*:2|hindu*:1|faith:2|worship*:2|prayer*:2|pilgrim*:2|ramadan:2|easter:1|god:1|bible:3|koran:3|' +
    'quran:3|sermon*:3|theolog*:3|dalai lama:3|spiritual:2|saint*:1|monk*:2|nun*:1|sect:2|sects:2|blasphem*:3',

  'science and technology':
    'online:1|web:1|website*:2|digital:2|broadband:3|mobile phone*:3|mobile:1|phone*:1|smartphone*:3|handset*:3|' +
    'wireless:2|wi-fi:3|gadget*:3|device*:2|chip:2|chips:2|chipmaker*:2|semiconductor*:3|microprocessor*:3|' +
    'processor*:2|artificial intelligence:3|ai:2|robot*:3|algorithm*:3|data:1|database*:2|cyber*:2|hacker*:2|' +
    'hacking:1|virus:1|malware:3|spam:3|phishing:2|encrypt*:2|microsoft:2|apple:1|google:2|ibm:2|intel:2|' +
    'nasa:3|space:1|spacecraft:3|satellite*:2|rocket*:2|astronaut*:3|orbit*:2|planet*:3|telescope*:3|' +
    'physic*:2|chemist*:1|biolog*:2|genetic*:2|gene*:2|dna:3|scientist*:3|laboratory:2|experiment*:2|' +
    'innovation*:1|invent*:2|engineer*:1|telecom*:2|network*:1|users:2|user:1|download*:3|file-sharing:3|' +
    'peer-to-peer:3|blog*:3|search engine*:3|browser*:3|e-mail*:1|email*:1|game*:1|gaming:1|console*:2|' +
    'video game*:2|xbox:3|playstation:3|nintendo:3|ipod*:3|iphone*:3|pc:2|pcs:2|laptop*:3|linux:3|windows:1|' +
    'open source:3|silicon valley:3|high-tech:2|hi-tech:2|electronics:2|camera*:1|tv:1|hdtv:3|dvd:1|' +
    'nanotech*:3|fossil*:2|species:1|study:1|discover*:1|dinosaur*:3|quantum:3|biotech*:2|supercomputer*:3|' +
    'cellphone*:3|wireless network*:3|3g:3|gigabyte*:3|megabit*:3|programmer*:3|sci-fi:1|tech firm*:3',

  society:
    'social:1|society:2|welfare:2|poverty:3|homeless*:3|inequalit*:3|discriminat*:3|racism:3|racist:2|' +
    'gender:2|women’s rights:3|women\'s rights:3|gay:2|lgbt*:3|same-sex:3|civil rights:3|human rights:2|' +
    'immigra*:1|refugee*:2|migrant*:2|minorit*:2|community:1|communities:1|charity:2|charities:2|' +
    'volunteer*:1|family:1|families:1|children:1|elderly:2|pensioner*:2|population:1|demograph*:3|census:2|' +
    'protest*:1|demonstrat*:1|activist*:1|abortion:2|drugs:1|alcohol:1|gambling:2|housing:1',

  sport:
    'inning*:3|rbi*:3|three-run:3|two-run:3|homered:3|shutout:3|pitched:2|mets:3|yankees:3|red sox:3|dodgers:3|cubs:3|white sox:3|astros:3|mariners:3|phillies:3|marlins:3|orioles:3|padres:3|rockies:2|diamondbacks:3|d-backs:3|brewers:3|blue jays:3|devil rays:3|expos:1|patriots:2|steelers:3|colts:3|broncos:3|packers:3|seahawks:3|chargers:2|falcons:2|buccaneers:3|jaguars:2|49ers:3|bengals:3|celtics:3|knicks:3|pistons:3|spurs:2|nuggets:3|timberwolves:3|cavaliers:2|raptors:3|76ers:3|canadiens:3|maple leafs:3|red wings:3|bruins:3|tottenham:3|everton:3|juventus:3|ac milan:3|inter milan:3|bayern munich:3|man utd:3|gold medal*:3|silver medal*:3|bronze medal*:3|bronze:2|silver:1|gold:1|medallist*:3|medalist*:3|olympian*:3|quarterback*:3|rushing:2|field goal*:3|free throw*:3|rebounds:2|assists:2|points:1|seeded:3|unseeded:3|defending champion*:3|world number one:3|skipper:2|batting:3|bowling:2|runs:1|wickets:3|golfer*:3|birdie*:3|par:1|putt*:3|slam dunk:3|nba:3|wnba:3|heisman:3|ncaa:3|sprinter*:3|hurdle*:2|pole vault:3|relay:2|gymnast*:3|swimmer*:3|freestyle:2|backstroke:3|butterfly:1|jockey:3|stakes:1|grand national:3|tour de france:3|cyclist:3|grand prix:3|pole position:3|ferrari:1|mclaren:2|schumacher:2|rookie*:2|veteran*:1|league:2|sport*:2|football*:3|soccer:3|rugby:3|cricket*:3|tennis:3|golf*:3|athlet*:3|olympic*:3|olympics:3|' +
    'match:2|matches:2|tournament*:3|championship*:3|champion*:2|league:2|cup:2|premiership:3|premier league:3|' +
    'season:1|coach*:2|manager:1|player*:2|team:1|teams:1|squad*:3|striker*:3|midfielder*:3|defender*:2|' +
    'goalkeeper*:3|goal:2|goals:2|scored:2|score*:1|win:1|won:1|victory:1|defeat*:1|beat:1|draw:1|' +
    'final:1|semi-final*:3|quarter-final*:3|fixture*:3|stadium*:2|race:1|racing:2|grand prix:3|formula one:3|' +
    'marathon*:3|sprint*:2|medal*:3|world cup:3|six nations:3|wimbledon:3|nba:3|nfl:3|mlb:3|nhl:3|fifa:3|uefa:3|' +
    'baseball:3|basketball:3|hockey:3|boxing:3|boxer*:3|wrestl*:2|cycling:2|cyclist*:3|swimm*:2|' +
    'quarterback*:3|touchdown*:3|innings:3|wicket*:3|batsman:3|bowler*:2|pitcher*:3|homer*:3|home run*:3|' +
    'playoff*:3|play-off*:3|ryder cup:3|doping:3|referee*:3|penalt*:1|captain:1|injur*:1|title:1|' +
    'seed*:1|arsenal:3|chelsea:2|liverpool:1|manchester united:3|real madrid:3|barcelona:1|' +
    'red sox:3|yankees:3|lakers:3|england coach:3|test match:3|ashes:2|rallies:1|fans:1|halftime:3|' +
    'round:1|game:1|games:1|lap*:2|jockey*:3|horse racing:3|derby:2|nascar:3|pga:3|atp:3|wta:3|' +
    'ncaa:3|grand slam:3|title defence:3|hat-trick:3|cup final:3|knockout:2|relegat*:3|promotion:1',

  'conflict, war and peace':
    'war:2|wars:2|warfare:3|military:3|militar*:2|army:2|armies:2|troops:3|soldier*:3|navy:2|naval:2|' +
    'air force:2|defense:2|defence:2|defensive:2|weapon*:3|missile*:3|drone*:2|attack drone*:3|bomb*:2|' +
    'airstrike*:3|air strike*:3|shelling:3|artillery:3|tank*:1|combat:3|battle*:2|fighting:2|fighter*:1|' +
    'insurgen*:3|rebel*:3|militant*:3|guerrilla*:3|terroris*:2|attack*:1|invasion:3|invade*:3|occupation:2|' +
    'ceasefire:3|cease-fire:3|truce:3|peace talks:3|peace deal:3|peacekeep*:3|armistice:3|conflict*:2|' +
    'hostage*:2|killed:1|casualt*:1|civilian*:1|command and control:3|deterren*:3|arms:2|nuclear weapon*:3|' +
    'special budget:1|pentagon:2|ministry of national defense:3|ministry of defence:3|defense ministry:3|' +
    'defence ministry:3|defense official:3|defence official:3|tactical:2|commander*:2|' +
    'coup*:2|martial law:3|security forces:2|paramilitar*:3|jihad*:2|al-qaeda:3|taliban:2|isis:3|' +
    'islamic state:3|warship*:3|fighter jet*:3|submarine*:2|frigate*:3|mobilis*:2|mobiliz*:2|'
    + 'resilience:1|arms deal*:3|arms sale*:3|military drill*:3|war games:3|front line*:2|frontline*:2',

  weather:
    'weather:3|forecast:1|forecasters:3|meteorolog*:3|rain:2|rainfall:3|snow*:2|storm*:2|heatwave*:3|' +
    'heat wave*:3|temperature*:2|frost:3|fog:2|wind*:1|sunny:3|cloud*:1|showers:2|drought*:2|monsoon*:3|' +
    'cold snap:3|blizzard*:3|hail:2|humidity:3|degrees celsius:2|met office:3|el nino:3|la nina:3',
};

