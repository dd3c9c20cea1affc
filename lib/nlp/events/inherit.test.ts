import { describe, expect, it } from 'vitest';
import { inBackground, isReferenceTime, reportTense, sentenceTense } from './inherit';

describe('sentenceTense', () => {
  it.each([
    ['Jobs welcomed everyone to the event.', 'past'],
    ['He gave a speech to the developers.', 'past'],
    ['The new iPhone was praised by Jobs as "the biggest leap we have taken".', 'past'],
    ['Apple has released an application that limits the volume.', 'perfect'],
    ['The phone has two cameras.', 'present'],
    ['The store currently sells music.', 'present'],
    ['The price will be cut by $200.', 'future'],
    ['The expo is to run from July 18 to 21.', 'future'],
    ['It comes in two colors.', 'present'],
    ['Apple Corps claims that the store violates an agreement.', null],
    ['Pre-orders of the recently announced phone will begin soon.', 'future'],
    ['"We love the Beatles," said Jobs.', 'past'],
  ])('%s -> %s', (sentence, tense) => {
    expect(sentenceTense(sentence)).toBe(tense);
  });

  it('finds no tense where no verb cue shows one', () => {
    expect(sentenceTense('Steve leaves behind a company.')).toBeNull();
  });
});

describe('reportTense', () => {
  it('reads a present reporting verb as a statement at publication', () => {
    expect(reportTense('Apple Corps claims that')).toBe('present');
    expect(reportTense('The council said that')).toBe('past');
    expect(reportTense('The council')).toBeNull();
  });
});

describe('inBackground', () => {
  const text = 'Jobs resigned on Monday.\nIn 1996, Jobs returned to Apple. He was named CEO.\nHe thanked the board. He left.';
  const sentences = text.split(/(?<=\.)\s+/).map((t) => ({ text: t, start: text.indexOf(t), end: text.indexOf(t) + t.length }));
  const at = (phrase: string, start: string, end: string) => ({ start: text.indexOf(phrase), interval: { start, end, precision: 'day' as const } });
  const dates = [at('Monday', '2011-08-22', '2011-08-22'), at('1996', '1996-01-01', '1996-12-31')];

  it('marks the sentences after a paragraph opening in the past, not the lede or the next paragraph', () => {
    expect(inBackground(text, sentences, dates, '2011-08-25')).toEqual([false, false, true, false, false]);
  });

  it('leaves a paragraph that mentions an old date in passing at the story\'s moment', () => {
    const flat = text.replace(/\n/g, ' ');
    expect(inBackground(flat, sentences, dates, '2011-08-25')).toEqual([false, false, false, false, false]);
  });
});

describe('isReferenceTime', () => {
  const day = (d: string) => ({ start: d, end: d, precision: 'day' as const });
  it('takes a recent day before publication, not a month, an old day or a future one', () => {
    expect(isReferenceTime(day('2010-06-07'), '2010-06-08')).toBe(true);
    expect(isReferenceTime({ start: '2010-06-01', end: '2010-06-30', precision: 'month' }, '2010-07-08')).toBe(false);
    expect(isReferenceTime(day('2009-06-07'), '2010-06-08')).toBe(false);
    expect(isReferenceTime(day('2010-06-24'), '2010-06-08')).toBe(false);
    expect(isReferenceTime(day('2010-06-07'), null)).toBe(false);
  });
});
