// Place names that are also something else. Each rule keeps an example of what it rejects or redirects.

/**
 * Place names that are also given names or surnames. A mention is read as a person when a capitalized
 * name stands right before it ("Michael Jordan") or right after it ("Chad Smith", "Paris Hilton"), unless
 * that word is a place word such as "Valley" or "City"; once read as a person, every other bare mention
 * of the same name in the article is a person too ("Jordan scored 30 points").
 */
export const PERSON_LIKE_PLACES = new Set([
  'Jordan', 'Chad', 'Georgia', 'Paris', 'Sydney', 'Austin', 'Houston', 'Washington', 'Florence', 'Adelaide',
  'Darwin', 'Kent', 'Devon', 'Columbus', 'Phoenix', 'Salvador', 'Santos', 'Medina', 'Finn', 'Israel', 'Charlotte',
  'Dallas', 'Orlando', 'Sofia', 'Victoria', 'Chelsea', 'Savannah', 'Denver',
]);

/** Capitalized words that may stand beside a place without making it a person ("Jordan Valley", "in Paris Monday"). */
export const NOT_A_NAME = new Set([
  'The', 'A', 'An', 'In', 'At', 'On', 'From', 'To', 'For', 'With', 'By', 'Of', 'And', 'But', 'Or', 'As', 'Near',
  'New', 'North', 'South', 'East', 'West', 'Central', 'Greater', 'Northern', 'Southern', 'Eastern', 'Western',
  'Upper', 'Lower', 'Old', 'Downtown', 'Metropolitan', 'Mount', 'Lake', 'River', 'Valley', 'City', 'County',
  'State', 'Province', 'Street', 'Square', 'Bay', 'Strait', 'Straits', 'Sea', 'Island', 'Islands', 'Airport',
  'Harbor', 'Harbour', 'Port', 'Region', 'Border', 'Basin', 'Delta', 'Gulf', 'Canal', 'Peninsula', 'Coast',
  'Government', 'Ministry', 'Embassy', 'Office', 'Council', 'Parliament', 'Assembly', 'Army', 'Navy', 'Police',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar',
  'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'President', 'Prime', 'Minister', 'King',
  'Queen', 'Prince', 'Gov', 'Governor', 'Mayor', 'Sen', 'Senator', 'Rep', 'General', 'Secretary', 'Ambassador',
  'Foreign', 'Defense', 'Defence', 'Interior', 'Finance', 'Trade', 'Economy', 'Energy', 'Security', 'Health',
  'Stock', 'Exchange', 'Bank', 'Central', 'Federal', 'National', 'International', 'University', 'Times', 'Post',
  'Monday’s', 'Today', 'Yesterday', 'Tomorrow', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'These',
  'If', 'When', 'While', 'After', 'Before', 'Since', 'Under', 'Over', 'Between', 'Against', 'Both', 'Former',
  'Olympics', 'Olympic', 'Games', 'Cup', 'Open', 'Summit', 'Forum', 'Conference', 'Agreement', 'Accord', 'Treaty',
  'Pact', 'Declaration', 'Convention', 'Protocol', 'Club', 'Group', 'Talks', 'Inc', 'Corp', 'Co', 'Ltd', 'Plc',
  'AG', 'SA', 'NV', 'BV', 'LLC', 'Reuters', 'AP', 'AFP', 'Dlrs', 'Mln', 'Pct', 'Year', 'Week', 'Month',
  'Oil', 'Gas', 'Energy', 'Industries', 'Trust', 'Airlines', 'Airways', 'Power', 'Light', 'Electric', 'Steel',
  'Mining', 'Motors', 'Holdings', 'Capital', 'Financial', 'Savings', 'Insurance', 'Communications', 'Chemical',
  'Pipeline', 'Petroleum', 'Resources', 'Natural', 'Industrial', 'Products', 'Systems', 'Technologies', 'Partners',
  'Fund', 'Securities', 'Investment', 'Investments', 'Development', 'Telephone', 'Water', 'Media', 'Press',
  'Rockets', 'Astros', 'Oilers', 'Texans', 'Cowboys', 'Mavericks', 'Suns', 'Redskins', 'Nationals', 'Wizards',
]);

/** A name is not a place when one of these words follows or precedes it ("Turkey dinner", "fine China"). */
export const COMMON_WORD_SENSES: Record<string, { before?: string[]; after?: string[] }> = {
  Turkey: {
    after: ['dinner', 'dinners', 'sandwich', 'sandwiches', 'breast', 'breasts', 'farm', 'farms', 'farmer', 'farmers',
      'meat', 'leg', 'legs', 'feathers', 'hunting', 'hunters', 'season', 'bacon', 'burger', 'burgers', 'roast',
      'stuffing', 'gravy', 'pardon', 'trot', 'vulture', 'vultures', 'day'],
    before: ['thanksgiving', 'christmas', 'wild', 'roast', 'roasted', 'smoked', 'cold', 'stuffed', 'frozen', 'talking'],
  },
  China: {
    after: ['plate', 'plates', 'cabinet', 'cabinets', 'set', 'sets', 'dishes', 'cups', 'teacups', 'pattern', 'doll', 'dolls'],
    before: ['fine', 'bone', 'porcelain', 'wedding'],
  },
  Chile: { after: ['pepper', 'peppers', 'powder', 'sauce', 'con'], before: ['green', 'red', 'hot'] },
  Guinea: { after: ['pig', 'pigs', 'fowl', 'worm', 'worms'] },
  Jersey: { before: ['a', 'his', 'her', 'the', 'their', 'team', 'football', 'soccer', 'hockey', 'cow', 'cows', 'number', 'no.'] },
  Java: { after: ['script', 'applet', 'applets', 'developers', 'programming', 'code', 'virtual', 'runtime'] },
  Niger: { after: ['Delta', 'River'] },
  Panama: { after: ['hat', 'hats', 'Papers'] },
  Bali: { after: ['bombings'] },
  Darwin: { after: ['award', 'awards', 'theory', 'prize'] },
  Brussels: { after: ['sprouts', 'lace'] },
  Kent: { after: ['cigarettes'] },
};

/**
 * One name, two countries: the alternative wins over the default when more of its cues appear in the article.
 * "Georgia" is the Caucasus country unless the article speaks of Atlanta, counties or other US states.
 */
export const CONTESTED_NAMES: Record<string, { default: string; alternative: string; cues: Record<string, string[]> }> = {
  Georgia: {
    default: 'GE',
    alternative: 'US',
    cues: {
      US: ['Atlanta', 'Savannah', 'Macon', 'Augusta', 'Athens, Ga', 'Ga.', 'Georgia Tech', 'University of Georgia',
        'Georgia State', 'Bulldogs', 'county', 'County', 'Gov.', 'governor', 'state legislature', 'Peach State',
        'Alabama', 'Florida', 'Tennessee', 'South Carolina', 'North Carolina', 'Republican', 'Democrat'],
      GE: ['Tbilisi', 'Georgian', 'Georgians', 'Abkhazia', 'Ossetia', 'Caucasus', 'Batumi', 'Saakashvili',
        'Kremlin', 'Moscow', 'Soviet', 'Armenia', 'Azerbaijan', 'Ukraine', 'NATO', 'European Union'],
    },
  },
};

/**
 * Institution names that several countries use. A story names its own country's bodies without the country
 * ("The Ministry of National Defense is to propose a special budget"), so such a name counts for a country only
 * when exactly one of its candidates is named elsewhere in the story (Taiwan and the US named: TW; Taiwan and
 * China both named: nobody).
 */
export const SHARED_INSTITUTIONS: Readonly<Record<string, readonly string[]>> = {
  'Ministry of National Defense': ['TW', 'CN', 'KR', 'VN', 'GR', 'PL', 'CO', 'MN', 'TR', 'CL', 'AF', 'LB', 'TH'],
  'Ministry of National Defence': ['TW', 'CN', 'KR', 'VN', 'GR', 'PL', 'CO', 'MN', 'TR', 'CL', 'AF', 'LB', 'TH'],
  'Ministry of Economic Affairs': ['TW', 'NL', 'FI', 'EE', 'AT', 'CH'],
  'National Assembly': ['KR', 'FR', 'VN', 'PK', 'KW', 'VE', 'NG', 'ZA', 'KE', 'HU', 'BG', 'RS', 'SI', 'EC', 'QA', 'AM'],
  'Coast Guard Administration': ['TW'],
  'Constitutional Court': ['DE', 'KR', 'IT', 'ES', 'RU', 'TR', 'ZA', 'AT', 'CZ', 'PL', 'TH', 'ID', 'CO', 'UA', 'PE'],
  'National Security Council': ['US', 'TW', 'KR', 'JP', 'TR', 'PK', 'IN', 'GB'],
};
