// Sport clubs as topic cues: every club of the four major North American leagues (MLB, NFL, NBA, NHL, with their
// names since the 1990s) and the best-known clubs of the top European football leagues. Written from general
// knowledge of those leagues, whole lists rather than picks. Format as in lexicon.ts. A nickname that is also an
// everyday word or the name of something else ("Giants", "Heat", "Cardinals", "Liverpool") is a supporting cue (1);
// a name that means the club and little else ("Red Sox", "Lakers") is decisive (3); the rest count 2.

export const SPORT_CLUBS: string = [
  // MLB
  'diamondbacks:3|d-backs:3|braves:2|orioles:3|red sox:3|cubs:2|white sox:3|reds:1|indians:1|guardians:1|rockies:1|' +
  'tigers:1|astros:3|royals:1|angels:1|dodgers:3|marlins:3|brewers:2|twins:1|mets:3|yankees:3|athletics:1|' +
  'phillies:3|pirates:1|padres:3|giants:1|mariners:2|cardinals:1|devil rays:3|rays:1|rangers:1|blue jays:3|' +
  'nationals:1|expos:2',
  // NFL
  'falcons:2|ravens:2|bills:1|panthers:1|bears:1|bengals:3|browns:1|cowboys:2|broncos:3|lions:1|packers:3|' +
  'texans:2|colts:2|jaguars:2|chiefs:1|raiders:2|chargers:2|rams:2|dolphins:2|vikings:2|patriots:2|saints:1|' +
  'jets:1|eagles:1|steelers:3|49ers:3|niners:3|seahawks:3|buccaneers:3|bucs:3|titans:1|redskins:3|commanders:1',
  // NBA
  'hawks:1|celtics:3|nets:1|hornets:2|bulls:1|cavaliers:3|cavs:3|mavericks:3|mavs:3|nuggets:3|pistons:3|' +
  'warriors:1|rockets:1|pacers:3|clippers:3|lakers:3|grizzlies:3|heat:1|bucks:2|timberwolves:3|pelicans:2|' +
  'knicks:3|thunder:1|magic:1|76ers:3|sixers:3|suns:2|trail blazers:3|blazers:2|kings:1|spurs:2|raptors:3|' +
  'jazz:1|wizards:2|supersonics:3|sonics:3',
  // NHL
  'mighty ducks:3|ducks:1|coyotes:2|bruins:3|sabres:3|flames:1|hurricanes:1|blackhawks:3|avalanche:1|' +
  'blue jackets:3|stars:1|red wings:3|oilers:3|wild:1|canadiens:3|habs:3|predators:2|devils:1|islanders:2|' +
  'senators:1|flyers:2|penguins:2|sharks:1|kraken:2|blues:1|lightning:1|maple leafs:3|canucks:3|' +
  'golden knights:3|capitals:1|thrashers:3',
  // European football
  'arsenal:3|aston villa:3|chelsea:2|everton:3|liverpool:1|manchester city:3|man city:3|manchester united:3|' +
  'man utd:3|man united:3|newcastle united:3|tottenham:3|spurs:2|west ham:3|leeds united:3|leicester city:3|' +
  'southampton:1|fulham:2|crystal palace:3|wolves:1|blackburn rovers:3|bolton wanderers:3|middlesbrough:2|' +
  'sunderland:1|celtic:2|rangers:1|real madrid:3|barcelona:1|barca:3|atletico madrid:3|valencia:1|juventus:3|' +
  'ac milan:3|inter milan:3|as roma:3|lazio:3|bayern munich:3|borussia dortmund:3|ajax:1|psv eindhoven:3|' +
  'feyenoord:3|porto:1|benfica:3|sporting lisbon:3|paris saint-germain:3|psg:3|olympique lyonnais:3|' +
  'olympique de marseille:3|galatasaray:3|fenerbahce:3',
].join('|');
