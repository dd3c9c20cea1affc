import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWindowLoader, eventsUrl, fetchJson, MARK_LIMIT, type FetchJson } from './window-loader';

const window = { start: '2017-03-01', end: '2017-04-01' };

describe('eventsUrl', () => {
  it('narrows the filter to the window but keeps a narrower filter range', () => {
    const wide = new URL(eventsUrl({ filterQuery: 'country=FR', window }), 'http://x').searchParams;
    expect([wide.get('from'), wide.get('to'), wide.get('country')]).toEqual(['2017-03-01', '2017-04-01', 'FR']);
    const narrow = new URL(eventsUrl({ filterQuery: 'from=2017-03-10', window }), 'http://x').searchParams;
    expect(narrow.get('from')).toBe('2017-03-10');
  });

  it('asks for the marks at most by default, and for any page of the list', () => {
    const marks = new URL(eventsUrl({ filterQuery: '', window }), 'http://x').searchParams;
    expect([marks.get('limit'), marks.get('offset')]).toEqual([String(MARK_LIMIT), null]);
    const third = new URL(eventsUrl({ filterQuery: '', window: null }, { limit: 100, offset: 200 }), 'http://x').searchParams;
    expect([third.get('limit'), third.get('offset'), third.get('from')]).toEqual(['100', '200', null]);
  });
});

describe('createWindowLoader', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const answering = (total: number): { fetch: FetchJson; urls: string[]; signals: AbortSignal[] } => {
    const urls: string[] = [];
    const signals: AbortSignal[] = [];
    const fetch: FetchJson = async (url, signal) => {
      urls.push(url);
      signals.push(signal);
      return url.startsWith('/api/density')
        ? { total, buckets: [{ start: '2017-03-01', end: '2017-04-01', count: total }] }
        : { events: [{ id: 1 }] };
    };
    return { fetch, urls, signals };
  };

  it('debounces: a burst of windows makes one request, for the last window', async () => {
    const { fetch, urls } = answering(MARK_LIMIT + 1);
    const data = vi.fn();
    const loader = createWindowLoader(fetch, { data, error: vi.fn() }, 100);
    loader.load({ filterQuery: '', window: { start: '2017-01-01', end: '2017-02-01' }, buckets: 50, lanes: 'none' });
    loader.load({ filterQuery: '', window, buckets: 50, lanes: 'none' });
    await vi.runAllTimersAsync();
    expect(urls).toEqual(['/api/density?start=2017-03-01&end=2017-04-01&buckets=50']);
    expect(data).toHaveBeenCalledWith(expect.objectContaining({ kind: 'density', total: MARK_LIMIT + 1 }));
  });

  it('asks for density per lane while lanes are on', async () => {
    const { fetch, urls } = answering(MARK_LIMIT + 1);
    createWindowLoader(fetch, { data: vi.fn(), error: vi.fn() }, 0).load({ filterQuery: '', window: null, buckets: 50, lanes: 'topic' });
    await vi.runAllTimersAsync();
    expect(urls).toEqual(['/api/density?buckets=50&lanes=topic']);
  });

  it('asks for the events themselves when few are in view', async () => {
    const { fetch, urls } = answering(3);
    const data = vi.fn();
    createWindowLoader(fetch, { data, error: vi.fn() }, 0).load({ filterQuery: 'topic=11000000', window, buckets: 50, lanes: 'none' });
    await vi.runAllTimersAsync();
    expect(urls[1]).toMatch(/^\/api\/events\?topic=11000000&from=2017-03-01&to=2017-04-01&limit=\d+$/);
    expect(data).toHaveBeenCalledWith({ kind: 'marks', events: [{ id: 1 }] });
  });

  it('aborts the request in flight when a newer window comes, and drops its answer', async () => {
    let release: () => void = () => {};
    const signals: AbortSignal[] = [];
    const fetch: FetchJson = (url, signal) => {
      signals.push(signal);
      return new Promise((resolve) => {
        release = () => resolve({ total: MARK_LIMIT + 5, buckets: [] });
      });
    };
    const data = vi.fn();
    const loader = createWindowLoader(fetch, { data, error: vi.fn() }, 0);
    loader.load({ filterQuery: '', window, buckets: 10, lanes: 'none' });
    await vi.runAllTimersAsync();
    const stale = release;
    loader.load({ filterQuery: 'q=vote', window, buckets: 10, lanes: 'none' });
    await vi.runAllTimersAsync();
    expect(signals[0].aborted).toBe(true);
    stale();
    await vi.runAllTimersAsync();
    expect(data).not.toHaveBeenCalled();
    release();
    await vi.runAllTimersAsync();
    expect(data).toHaveBeenCalledTimes(1);
  });

  it('reports errors of the latest request as messages', async () => {
    const error = vi.fn();
    createWindowLoader(async () => Promise.reject(new Error('the server answered 500 (Internal Server Error)')), { data: vi.fn(), error }, 0)
      .load({ filterQuery: '', window: null, buckets: 10, lanes: 'none' });
    await vi.runAllTimersAsync();
    expect(error).toHaveBeenCalledWith('the server answered 500 (Internal Server Error)');
  });
});

describe('fetchJson', () => {
  afterEach(() => vi.unstubAllGlobals());
  const answer = (status: number, text: () => Promise<string>) =>
    vi.stubGlobal('fetch', async () => ({ ok: status < 400, status, statusText: status < 400 ? 'OK' : 'Service Unavailable', text }));

  it('returns the JSON body, and turns an API error body into a message naming the parameter', async () => {
    answer(200, async () => '{"total":3}');
    await expect(fetchJson('/api/facets', new AbortController().signal)).resolves.toEqual({ total: 3 });
    answer(400, async () => '{"error":{"param":"from","message":"not a date"}}');
    await expect(fetchJson('/api/facets', new AbortController().signal)).rejects.toThrow('the server answered 400 (from: not a date)');
  });

  it('rejects, never answers null, when the body is cut off by an abort or is not JSON', async () => {
    answer(200, () => Promise.reject(new DOMException('The operation was aborted.', 'AbortError')));
    await expect(fetchJson('/api/facets', new AbortController().signal)).rejects.toThrow('aborted');
    answer(200, async () => '<html>proxy error</html>');
    await expect(fetchJson('/api/facets', new AbortController().signal)).rejects.toThrow('the server answered 200 with no JSON');
    answer(503, async () => 'busy');
    await expect(fetchJson('/api/facets', new AbortController().signal)).rejects.toThrow('the server answered 503 (Service Unavailable)');
  });
});
