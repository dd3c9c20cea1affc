import { describe, expect, it } from 'vitest';
import { AnswerCache } from './answer-cache';

describe('AnswerCache', () => {
  it('computes a query once per data version, shares it between concurrent askers and hands out copies', async () => {
    const cache = new AnswerCache(2);
    let computed = 0;
    const compute = async () => ({ n: ++computed });
    const [a, b] = await Promise.all([cache.remember(['q'], 1, compute), cache.remember(['q'], 1, compute)]);
    expect(computed).toBe(1);
    a.n = 99;
    expect(b).toEqual({ n: 1 });
    expect(await cache.remember(['q'], 1, compute)).toEqual({ n: 1 });
    expect(await cache.remember(['q'], 2, compute)).toEqual({ n: 2 });
  });

  it('forgets the least recently used answer beyond its size, and never a failure', async () => {
    const cache = new AnswerCache(2);
    let computed = 0;
    const compute = async () => ++computed;
    await cache.remember('a', 1, compute);
    await cache.remember('b', 1, compute);
    await cache.remember('a', 1, compute);
    await cache.remember('c', 1, compute);
    expect(await cache.remember('a', 1, compute)).toBe(1);
    expect(await cache.remember('b', 1, compute)).toBe(4);
    await expect(cache.remember('x', 1, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.remember('x', 1, compute)).toBe(5);
  });
});
