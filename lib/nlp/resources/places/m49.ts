// UN M49 (Standard country or area codes for statistical use, unstats.un.org/unsd/methodology/m49): the five
// regions and the seventeen sub-regions Dateline rolls countries up into, and every ISO 3166-1 alpha-2 country
// with its sub-region. Taiwan (TW), which M49 does not list separately, is placed in Eastern Asia; Kosovo (XK,
// a user-assigned code in wide use) in Southern Europe. Antarctica (AQ) belongs to no region.

/** [M49 code, name, parent region code or null for a region]. */
export const M49_AREAS: ReadonlyArray<readonly [string, string, string | null]> = [
  ['002', 'Africa', null],
  ['019', 'Americas', null],
  ['142', 'Asia', null],
  ['150', 'Europe', null],
  ['009', 'Oceania', null],
  ['015', 'Northern Africa', '002'],
  ['202', 'Sub-Saharan Africa', '002'],
  ['419', 'Latin America and the Caribbean', '019'],
  ['021', 'Northern America', '019'],
  ['143', 'Central Asia', '142'],
  ['030', 'Eastern Asia', '142'],
  ['035', 'South-eastern Asia', '142'],
  ['034', 'Southern Asia', '142'],
  ['145', 'Western Asia', '142'],
  ['151', 'Eastern Europe', '150'],
  ['154', 'Northern Europe', '150'],
  ['039', 'Southern Europe', '150'],
  ['155', 'Western Europe', '150'],
  ['053', 'Australia and New Zealand', '009'],
  ['054', 'Melanesia', '009'],
  ['057', 'Micronesia', '009'],
  ['061', 'Polynesia', '009'],
];

/** [ISO 3166-1 alpha-2, English short name, M49 sub-region code or null]. */
export const COUNTRIES: ReadonlyArray<readonly [string, string, string | null]> = [
  // Northern Africa
  ['DZ', 'Algeria', '015'], ['EG', 'Egypt', '015'], ['LY', 'Libya', '015'], ['MA', 'Morocco', '015'],
  ['SD', 'Sudan', '015'], ['TN', 'Tunisia', '015'], ['EH', 'Western Sahara', '015'],
  // Sub-Saharan Africa (Eastern, Middle, Southern and Western Africa)
  ['IO', 'British Indian Ocean Territory', '202'], ['BI', 'Burundi', '202'], ['KM', 'Comoros', '202'],
  ['DJ', 'Djibouti', '202'], ['ER', 'Eritrea', '202'], ['ET', 'Ethiopia', '202'],
  ['TF', 'French Southern Territories', '202'], ['KE', 'Kenya', '202'], ['MG', 'Madagascar', '202'],
  ['MW', 'Malawi', '202'], ['MU', 'Mauritius', '202'], ['YT', 'Mayotte', '202'], ['MZ', 'Mozambique', '202'],
  ['RE', 'Réunion', '202'], ['RW', 'Rwanda', '202'], ['SC', 'Seychelles', '202'], ['SO', 'Somalia', '202'],
  ['SS', 'South Sudan', '202'], ['UG', 'Uganda', '202'], ['TZ', 'Tanzania', '202'], ['ZM', 'Zambia', '202'],
  ['ZW', 'Zimbabwe', '202'], ['AO', 'Angola', '202'], ['CM', 'Cameroon', '202'],
  ['CF', 'Central African Republic', '202'], ['TD', 'Chad', '202'], ['CG', 'Republic of the Congo', '202'],
  ['CD', 'Democratic Republic of the Congo', '202'], ['GQ', 'Equatorial Guinea', '202'], ['GA', 'Gabon', '202'],
  ['ST', 'São Tomé and Príncipe', '202'], ['BW', 'Botswana', '202'], ['SZ', 'Eswatini', '202'],
  ['LS', 'Lesotho', '202'], ['NA', 'Namibia', '202'], ['ZA', 'South Africa', '202'], ['BJ', 'Benin', '202'],
  ['BF', 'Burkina Faso', '202'], ['CV', 'Cabo Verde', '202'], ['CI', "Côte d'Ivoire", '202'],
  ['GM', 'Gambia', '202'], ['GH', 'Ghana', '202'], ['GN', 'Guinea', '202'], ['GW', 'Guinea-Bissau', '202'],
  ['LR', 'Liberia', '202'], ['ML', 'Mali', '202'], ['MR', 'Mauritania', '202'], ['NE', 'Niger', '202'],
  ['NG', 'Nigeria', '202'], ['SH', 'Saint Helena', '202'], ['SN', 'Senegal', '202'],
  ['SL', 'Sierra Leone', '202'], ['TG', 'Togo', '202'],
  // Latin America and the Caribbean
  ['AI', 'Anguilla', '419'], ['AG', 'Antigua and Barbuda', '419'], ['AW', 'Aruba', '419'],
  ['BS', 'Bahamas', '419'], ['BB', 'Barbados', '419'], ['BQ', 'Caribbean Netherlands', '419'],
  ['VG', 'British Virgin Islands', '419'], ['KY', 'Cayman Islands', '419'], ['CU', 'Cuba', '419'],
  ['CW', 'Curaçao', '419'], ['DM', 'Dominica', '419'], ['DO', 'Dominican Republic', '419'],
  ['GD', 'Grenada', '419'], ['GP', 'Guadeloupe', '419'], ['HT', 'Haiti', '419'], ['JM', 'Jamaica', '419'],
  ['MQ', 'Martinique', '419'], ['MS', 'Montserrat', '419'], ['PR', 'Puerto Rico', '419'],
  ['BL', 'Saint Barthélemy', '419'], ['KN', 'Saint Kitts and Nevis', '419'], ['LC', 'Saint Lucia', '419'],
  ['MF', 'Saint Martin', '419'], ['VC', 'Saint Vincent and the Grenadines', '419'],
  ['SX', 'Sint Maarten', '419'], ['TT', 'Trinidad and Tobago', '419'], ['TC', 'Turks and Caicos Islands', '419'],
  ['VI', 'United States Virgin Islands', '419'], ['BZ', 'Belize', '419'], ['CR', 'Costa Rica', '419'],
  ['SV', 'El Salvador', '419'], ['GT', 'Guatemala', '419'], ['HN', 'Honduras', '419'], ['MX', 'Mexico', '419'],
  ['NI', 'Nicaragua', '419'], ['PA', 'Panama', '419'], ['AR', 'Argentina', '419'], ['BO', 'Bolivia', '419'],
  ['BV', 'Bouvet Island', '419'], ['BR', 'Brazil', '419'], ['CL', 'Chile', '419'], ['CO', 'Colombia', '419'],
  ['EC', 'Ecuador', '419'], ['FK', 'Falkland Islands', '419'], ['GF', 'French Guiana', '419'],
  ['GY', 'Guyana', '419'], ['PY', 'Paraguay', '419'], ['PE', 'Peru', '419'],
  ['GS', 'South Georgia and the South Sandwich Islands', '419'], ['SR', 'Suriname', '419'],
  ['UY', 'Uruguay', '419'], ['VE', 'Venezuela', '419'],
  // Northern America
  ['BM', 'Bermuda', '021'], ['CA', 'Canada', '021'], ['GL', 'Greenland', '021'],
  ['PM', 'Saint Pierre and Miquelon', '021'], ['US', 'United States', '021'],
  // Central Asia
  ['KZ', 'Kazakhstan', '143'], ['KG', 'Kyrgyzstan', '143'], ['TJ', 'Tajikistan', '143'],
  ['TM', 'Turkmenistan', '143'], ['UZ', 'Uzbekistan', '143'],
  // Eastern Asia
  ['CN', 'China', '030'], ['HK', 'Hong Kong', '030'], ['MO', 'Macao', '030'], ['KP', 'North Korea', '030'],
  ['JP', 'Japan', '030'], ['MN', 'Mongolia', '030'], ['KR', 'South Korea', '030'], ['TW', 'Taiwan', '030'],
  // South-eastern Asia
  ['BN', 'Brunei', '035'], ['KH', 'Cambodia', '035'], ['ID', 'Indonesia', '035'], ['LA', 'Laos', '035'],
  ['MY', 'Malaysia', '035'], ['MM', 'Myanmar', '035'], ['PH', 'Philippines', '035'], ['SG', 'Singapore', '035'],
  ['TH', 'Thailand', '035'], ['TL', 'Timor-Leste', '035'], ['VN', 'Vietnam', '035'],
  // Southern Asia
  ['AF', 'Afghanistan', '034'], ['BD', 'Bangladesh', '034'], ['BT', 'Bhutan', '034'], ['IN', 'India', '034'],
  ['IR', 'Iran', '034'], ['MV', 'Maldives', '034'], ['NP', 'Nepal', '034'], ['PK', 'Pakistan', '034'],
  ['LK', 'Sri Lanka', '034'],
  // Western Asia
  ['AM', 'Armenia', '145'], ['AZ', 'Azerbaijan', '145'], ['BH', 'Bahrain', '145'], ['CY', 'Cyprus', '145'],
  ['GE', 'Georgia', '145'], ['IQ', 'Iraq', '145'], ['IL', 'Israel', '145'], ['JO', 'Jordan', '145'],
  ['KW', 'Kuwait', '145'], ['LB', 'Lebanon', '145'], ['OM', 'Oman', '145'], ['QA', 'Qatar', '145'],
  ['SA', 'Saudi Arabia', '145'], ['PS', 'Palestine', '145'], ['SY', 'Syria', '145'], ['TR', 'Turkey', '145'],
  ['AE', 'United Arab Emirates', '145'], ['YE', 'Yemen', '145'],
  // Eastern Europe
  ['BY', 'Belarus', '151'], ['BG', 'Bulgaria', '151'], ['CZ', 'Czechia', '151'], ['HU', 'Hungary', '151'],
  ['PL', 'Poland', '151'], ['MD', 'Moldova', '151'], ['RO', 'Romania', '151'], ['RU', 'Russia', '151'],
  ['SK', 'Slovakia', '151'], ['UA', 'Ukraine', '151'],
  // Northern Europe
  ['AX', 'Åland Islands', '154'], ['DK', 'Denmark', '154'], ['EE', 'Estonia', '154'],
  ['FO', 'Faroe Islands', '154'], ['FI', 'Finland', '154'], ['GG', 'Guernsey', '154'], ['IS', 'Iceland', '154'],
  ['IE', 'Ireland', '154'], ['IM', 'Isle of Man', '154'], ['JE', 'Jersey', '154'], ['LV', 'Latvia', '154'],
  ['LT', 'Lithuania', '154'], ['NO', 'Norway', '154'], ['SJ', 'Svalbard and Jan Mayen', '154'],
  ['SE', 'Sweden', '154'], ['GB', 'United Kingdom', '154'],
  // Southern Europe
  ['AL', 'Albania', '039'], ['AD', 'Andorra', '039'], ['BA', 'Bosnia and Herzegovina', '039'],
  ['HR', 'Croatia', '039'], ['GI', 'Gibraltar', '039'], ['GR', 'Greece', '039'], ['VA', 'Vatican City', '039'],
  ['IT', 'Italy', '039'], ['MT', 'Malta', '039'], ['ME', 'Montenegro', '039'], ['MK', 'North Macedonia', '039'],
  ['PT', 'Portugal', '039'], ['SM', 'San Marino', '039'], ['RS', 'Serbia', '039'], ['SI', 'Slovenia', '039'],
  ['ES', 'Spain', '039'], ['XK', 'Kosovo', '039'],
  // Western Europe
  ['AT', 'Austria', '155'], ['BE', 'Belgium', '155'], ['FR', 'France', '155'], ['DE', 'Germany', '155'],
  ['LI', 'Liechtenstein', '155'], ['LU', 'Luxembourg', '155'], ['MC', 'Monaco', '155'],
  ['NL', 'Netherlands', '155'], ['CH', 'Switzerland', '155'],
  // Australia and New Zealand
  ['AU', 'Australia', '053'], ['CX', 'Christmas Island', '053'], ['CC', 'Cocos (Keeling) Islands', '053'],
  ['HM', 'Heard Island and McDonald Islands', '053'], ['NZ', 'New Zealand', '053'],
  ['NF', 'Norfolk Island', '053'],
  // Melanesia
  ['FJ', 'Fiji', '054'], ['NC', 'New Caledonia', '054'], ['PG', 'Papua New Guinea', '054'],
  ['SB', 'Solomon Islands', '054'], ['VU', 'Vanuatu', '054'],
  // Micronesia
  ['GU', 'Guam', '057'], ['KI', 'Kiribati', '057'], ['MH', 'Marshall Islands', '057'],
  ['FM', 'Micronesia', '057'], ['NR', 'Nauru', '057'], ['MP', 'Northern Mariana Islands', '057'],
  ['PW', 'Palau', '057'], ['UM', 'United States Minor Outlying Islands', '057'],
  // Polynesia
  ['AS', 'American Samoa', '061'], ['CK', 'Cook Islands', '061'], ['PF', 'French Polynesia', '061'],
  ['NU', 'Niue', '061'], ['PN', 'Pitcairn Islands', '061'], ['WS', 'Samoa', '061'], ['TK', 'Tokelau', '061'],
  ['TO', 'Tonga', '061'], ['TV', 'Tuvalu', '061'], ['WF', 'Wallis and Futuna', '061'],
  // No region
  ['AQ', 'Antarctica', null],
];
