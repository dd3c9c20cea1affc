import { describe, expect, it } from 'vitest';
import { FilterParamError } from './errors';
import { DEFAULT_VIEW, isFiltered, parseView, serializeView } from './view';
import { isoDayFromNumber, isoDayNumber } from './dates';
import { DEFAULT_BUCKETS, DEFAULT_LIMIT, parseDensityQuery, parseEventsQuery } from './api-query';

function errorOf(run: () => unknown): FilterParamError {
  try {
    run();
  } catch (error) {
    if (error instanceof FilterParamError) return error;
    throw error;
  }
  throw new Error('expected a FilterParamError');
}

describe('parseView', () => {
  it('reads an empty query as the default view', () => {
    expect(parseView(new URLSearchParams())).toEqual(DEFAULT_VIEW);
  });

  it('accepts region names, slugs and M49 codes alike and normalizes them to codes', () => {
    const byName = parseView({ region: 'Eastern Asia' });
    expect(parseView({ region: 'eastern-asia' }).filter.regions).toEqual(byName.filter.regions);
    expect(parseView({ region: byName.filter.regions[0] }).filter.regions).toEqual(byName.filter.regions);
    expect(byName.filter.regions).toEqual(['030']);
  });

  it('takes several values comma-separated or repeated, without duplicates', () => {
    const view = parseView(new URLSearchParams('region=europe,030&region=Europe&country=tw,fr'));
    expect(view.filter.regions).toEqual(['150', '030']);
    expect(view.filter.countries).toEqual(['TW', 'FR']);
  });

  it('accepts topic names and medtop codes and keeps names', () => {
    const politics = parseView({ topic: 'politics' }).filter.topics;
    expect(politics).toEqual(['politics']);
    const compact = serializeView(parseView({ topic: 'politics' })).get('topic')!;
    expect(parseView({ topic: compact }).filter.topics).toEqual(politics);
    expect(parseView({ topic: `medtop:${compact}` }).filter.topics).toEqual(politics);
  });

  it('reads dates, window, selection, all and lanes', () => {
    const view = parseView({
      from: '2017-01-01', to: '2017-12-31', q: ' macron ', start: '2017-04-01', end: '2017-06-01',
      event: '42', all: '1', lanes: 'topic',
    });
    expect(view).toEqual({
      filter: {
        regions: [], countries: [], topics: [], from: '2017-01-01', to: '2017-12-31', q: 'macron', sources: [], precisions: [],
      },
      window: { start: '2017-04-01', end: '2017-06-01' },
      event: 42,
      all: true,
      lanes: 'topic',
    });
  });

  it.each([
    [{ region: 'Atlantis' }, 'region', /Atlantis/],
    [{ country: 'FRA' }, 'country', /FRA/],
    [{ topic: 'gardening' }, 'topic', /gardening/],
    [{ from: '2017-02-30' }, 'from', /YYYY-MM-DD/],
    [{ to: 'yesterday' }, 'to', /YYYY-MM-DD/],
    [{ from: '2018-01-01', to: '2017-01-01' }, 'to', /before/],
    [{ start: '2017-01-01' }, 'end', /together/],
    [{ start: '2017-02-01', end: '2017-01-01' }, 'end', /not after/],
    [{ event: 'abc' }, 'event', /integer/],
    [{ lanes: 'source' }, 'lanes', /region/],
    [{ precision: 'exact' }, 'precision', /exact/],
    [{ all: 'maybe' }, 'all', /./],
  ])('rejects %j naming %s', (params, param, message) => {
    const error = errorOf(() => parseView(params));
    expect(error.param).toBe(param);
    expect(error.toJSON().error.message).toMatch(message);
  });
});

describe('serializeView', () => {
  it('round-trips through parseView and writes codes, not names', () => {
    const view = parseView({
      region: 'Eastern Asia,europe', country: 'tw', topic: 'politics,economy, business and finance',
      from: '2017-01-01', q: 'vote', start: '2017-04-01', end: '2017-06-01', event: '7', lanes: 'region',
    });
    const query = serializeView(view);
    expect(query.get('region')).toBe('030,150');
    expect(query.get('country')).toBe('TW');
    expect(query.get('topic')).toMatch(/^\d{8}(,\d{8})*$/);
    expect(parseView(query)).toEqual(view);
  });

  it('writes precisions as letters and sources as names, and reads both back', () => {
    const view = parseView({ precision: 'day,m,approximate,decade', source: 'Taipei Times, Reuters' });
    const query = serializeView(view);
    expect(query.get('precision')).toBe('d,m,a,dc');
    expect(query.get('source')).toBe('Taipei Times,Reuters');
    expect(parseView(query)).toEqual(view);
    expect(view.filter.precisions).toEqual(['day', 'month', 'approximate', 'decade']);
    expect(isFiltered(view.filter)).toBe(true);
  });

  it('leaves defaults out', () => {
    expect(serializeView(DEFAULT_VIEW).toString()).toBe('');
  });
});

describe('iso day numbers', () => {
  it('round-trip ordinary, ancient and far-future dates without time zone shifts', () => {
    for (const date of ['1970-01-01', '2017-05-07', '2024-02-29', '0001-01-01', '-000044-03-15', '+012000-12-31']) {
      expect(isoDayFromNumber(isoDayNumber(date)!)).toBe(date);
    }
    expect(isoDayNumber('2017-05-07')! - isoDayNumber('2017-05-06')!).toBe(1);
    expect(isoDayNumber('2023-02-29')).toBeNull();
  });
});

describe('parseEventsQuery', () => {
  it('adds paging to the view', () => {
    expect(parseEventsQuery(new URLSearchParams('country=fr&limit=20&offset=40'))).toMatchObject({
      view: { filter: { countries: ['FR'] } }, limit: 20, offset: 40,
    });
    expect(parseEventsQuery(new URLSearchParams()).limit).toBe(DEFAULT_LIMIT);
  });

  it.each(['limit=0', 'limit=lots', 'offset=-1'])('rejects %s naming the parameter', (query) => {
    expect(errorOf(() => parseEventsQuery(new URLSearchParams(query))).param).toBe(query.split('=')[0]);
  });
});

describe('isFiltered', () => {
  it('is false for the empty filter and true once anything narrows it', () => {
    expect(isFiltered(DEFAULT_VIEW.filter)).toBe(false);
    expect(isFiltered(parseView({ q: 'vote' }).filter)).toBe(true);
    expect(isFiltered(parseView({ country: 'fr' }).filter)).toBe(true);
  });
});

describe('parseDensityQuery', () => {
  it('reads the window and the bucket count beside the filter', () => {
    expect(parseDensityQuery(new URLSearchParams('precision=d&start=2017-01-01&end=2017-02-01&buckets=50'))).toMatchObject({
      view: { filter: { precisions: ['day'] }, window: { start: '2017-01-01', end: '2017-02-01' } }, buckets: 50,
    });
    expect(parseDensityQuery(new URLSearchParams()).buckets).toBe(DEFAULT_BUCKETS);
  });

  it.each(['buckets=0', 'buckets=5000', 'buckets=many'])('rejects %s naming buckets', (query) => {
    expect(errorOf(() => parseDensityQuery(new URLSearchParams(query))).param).toBe('buckets');
  });
});
