import { expect, test } from '@playwright/test';

for (const [path, param] of [
  ['/api/events?region=atlantis', 'region'],
  ['/api/events?from=2017-13-01', 'from'],
  ['/api/events?limit=0', 'limit'],
  ['/api/facets?topic=gardening', 'topic'],
  ['/api/events?precision=exact', 'precision'],
  ['/api/density?end=2017-01-01', 'start'],
] as const) {
  test(`an invalid parameter gets 400 naming it: ${path}`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(400);
    const body = (await response.json()) as { error: { param: string; message: string } };
    expect(body.error.param).toBe(param);
    expect(body.error.message.length).toBeGreaterThan(0);
  });
}
