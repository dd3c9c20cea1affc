// The filters the API benchmarks ask for, as URL query strings.

/** What the dashboard asks most: everything, a region, a topic, a month, a search, and all at once. */
export const TYPICAL_FILTERS: Readonly<Record<string, string>> = {
  none: '',
  region: 'region=europe',
  topic: 'topic=economy, business and finance',
  month: 'from=2001-03-01&to=2001-03-31',
  search: 'q=oil prices',
  combined: 'region=europe&topic=economy, business and finance&from=2001-01-01&to=2001-12-31',
};
