import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './main';
import { UsageError, languageOption, publishedOption } from './options';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  return { out: () => out.join(''), err: () => err.join('') };
}

afterEach(() => vi.restoreAllMocks());

describe('dateline main', () => {
  it('prints usage for help and for no command', async () => {
    const io = capture();
    expect(await main(['help'])).toBe(0);
    expect(await main([])).toBe(0);
    expect(io.out()).toMatch(/usage: dateline <command>[\s\S]*usage: dateline <command>/);
    expect(io.err()).toBe('');
  });

  it('answers an unknown command or a misuse on stderr with exit code 2', async () => {
    const io = capture();
    expect(await main(['frobnicate'])).toBe(2);
    expect(io.err()).toMatch(/^dateline: unknown command "frobnicate"/);
    expect(await main(['ingest', '--nope', 'x'])).toBe(2);
    expect(io.err()).toMatch(/Unknown option '--nope'/);
    expect(io.out()).toBe('');
  });
});

describe('publishedOption', () => {
  it('accepts a real ISO date and refuses anything else', () => {
    expect(publishedOption(undefined)).toBeNull();
    expect(publishedOption('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2023-02-29', '2024-2-1', 'yesterday', '2024-02-29T10:00']) {
      expect(() => publishedOption(bad)).toThrow(UsageError);
    }
  });
});

describe('languageOption', () => {
  it('accepts a BCP 47 tag in its canonical form and refuses anything else', () => {
    expect(languageOption(undefined)).toBeNull();
    expect(languageOption('en-gb')).toBe('en-GB');
    expect(languageOption('fr')).toBe('fr');
    for (const bad of ['en_GB', 'British English', '', '12']) {
      expect(() => languageOption(bad)).toThrow(UsageError);
    }
  });
});
