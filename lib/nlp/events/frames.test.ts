import { describe, expect, it } from 'vitest';
import { reportFrame } from './frames';

const parts = (sentence: string, dates: Array<{ start: number; end: number }> = []) => {
  const frame = reportFrame(sentence, dates);
  return frame && [sentence.slice(frame.report.start, frame.report.end).trim(), sentence.slice(frame.content.start, frame.content.end).trim()];
};
const dateOf = (sentence: string, text: string) => [{ start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length }];

describe('reportFrame', () => {
  it('splits a report that comes first, keeping its date and "that" with the report', () => {
    const s = 'The council said yesterday that the talks failed last month.';
    expect(parts(s, dateOf(s, 'yesterday'))).toEqual(['The council said yesterday that', 'the talks failed last month.']);
  });

  it('keeps a fronted date with the report', () => {
    const s = 'Last month, the research group said hackers had targeted the campaign.';
    expect(parts(s)).toEqual(['Last month, the research group said', 'hackers had targeted the campaign.']);
  });

  it('keeps the one told with the report', () => {
    expect(parts('She told me if anyone came to say that she was with Rajamma.')).toEqual(['She told me', 'if anyone came to say that she was with Rajamma.']);
    expect(parts('The official told the court that the men were paid.')).toEqual(['The official told the court that', 'the men were paid.']);
  });

  it('finds no report where the verb takes an object rather than a clause or a quotation', () => {
    expect(parts('Ford voluntarily disclosed this matter to the U.S. Environmental Protection Agency on February 18.')).toBeNull();
    expect(parts('Macron told the world via Twitter that the Amazon was burning.')).toEqual(['Macron told the world via Twitter that', 'the Amazon was burning.']);
    expect(parts('Charles told the Daily Mail, "All we need to do is ask her to come back."')?.[1]).toBe('the Daily Mail, "All we need to do is ask her to come back."');
  });

  it('splits a report that comes last, after a comma or a closing quote', () => {
    expect(parts('A lawmaker died after collapsing on stage, party officials said yesterday.')).toEqual([
      ', party officials said yesterday.',
      'A lawmaker died after collapsing on stage',
    ]);
    expect(parts('“The data is liable to be classified as a criminal offense,” the commission said in a statement.')?.[1]).toBe(
      '“The data is liable to be classified as a criminal offense',
    );
  });

  it('splits a long report ending in a colon before the quotation it introduces', () => {
    const s = 'A statement on the website, which displays the text "In memoriam", states: "Apple has lost a visionary."';
    expect(parts(s)).toEqual(['A statement on the website, which displays the text "In memoriam", states:', '"Apple has lost a visionary."']);
  });

  it('finds no frame in a sentence that reports nothing', () => {
    expect(parts('WikiLeaks on Friday posted a link to the documents on Twitter.')).toBeNull();
    expect(parts('The growth is partially explained by the fact that the laptops sold well.')).toBeNull();
  });
});
