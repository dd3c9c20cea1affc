import { describe, expect, it } from 'vitest';
import { isReferenceTime, sentenceTense } from './inherit';

describe('sentenceTense', () => {
  it.each([
    ['Jobs welcomed everyone to the event.', 'past'],
    ['He gave a speech to the developers.', 'past'],
    ['The new iPhone was praised by Jobs as "the biggest leap we have taken".', 'past'],
    ['Apple has released an application that limits the volume.', 'perfect'],
    ['The phone has two cameras.', 'present'],
    ['The store currently sells music.', 'present'],
    ['The price will be cut by $200.', 'future'],
    ['Pre-orders of the recently announced phone will begin soon.', 'future'],
    ['"We love the Beatles," said Jobs.', 'past'],
  ])('%s -> %s', (sentence, tense) => {
    expect(sentenceTense(sentence)).toBe(tense);
  });

  it('finds no tense where no verb cue shows one', () => {
    expect(sentenceTense('Steve leaves behind a company.')).toBeNull();
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
