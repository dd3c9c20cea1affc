import { describe, expect, it } from 'vitest';
import { ANNOTATED_SENTENCES, parseMeantime } from './meantime';

// A made-up article in MEANTIME's CAT XML layout: tokens with sentence numbers, markables pointing at them.
const words = [
  ['0', 'Talks resume'], ['1', 'May 07 , 2017'], ['2', 'Officials met on Friday , the ministry said .'],
  ...Array.from({ length: ANNOTATED_SENTENCES }, (_, i) => [String(i + 3), 'They meet again next week .']),
];
let id = 0;
const tokens = words.flatMap(([sentence, text]) => text.split(' ').map((w) => `<token sentence="${sentence}" t_id="${++id}">${w}</token>`));
const SAMPLE = `<?xml version="1.0" ?><Document doc_id="1" lang="en">
${tokens.join('\n')}
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2017-05-07">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 m_id="2" type="DATE" value="2017-05-05"><token_anchor t_id="10"/></TIMEX3>
<TIMEX3 m_id="3" type="DATE" value="PRESENT_REF" functionInDocument="NONE"/>
</Markables></Document>`;

describe('MEANTIME CAT XML', () => {
  const doc = parseMeantime(SAMPLE, 'sample.xml');

  it('rebuilds the text from tokens, one line per sentence, no space before punctuation', () => {
    expect(doc.text.split('\n').slice(0, 3)).toEqual(['Talks resume', 'May 07, 2017', 'Officials met on Friday, the ministry said.']);
  });

  it('reads the creation time and the text-consuming TIMEX3 with their offsets', () => {
    expect(doc.dct).toBe('2017-05-07');
    expect(doc.timexes.map((t) => [t.text, t.type, t.value])).toEqual([['May 07, 2017', 'DATE', '2017-05-07'], ['Friday', 'DATE', '2017-05-05']]);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('marks where the sentences without annotation begin', () => {
    expect(doc.text.slice(doc.annotatedEnd).split('\n')).toHaveLength(words.length - ANNOTATED_SENTENCES);
    expect(doc.text.slice(0, doc.annotatedEnd).split('\n').filter(Boolean)).toHaveLength(ANNOTATED_SENTENCES);
  });

  it('refuses a file without tokens, and a timex pointing at no token, saying where', () => {
    expect(() => parseMeantime('<Document/>', 'empty.xml')).toThrow(/empty\.xml: no <token>/);
    expect(() => parseMeantime(SAMPLE.replace('t_id="10"/>', 't_id="999"/>'), 'bad.xml')).toThrow(/bad\.xml: TIMEX3 m_id=2/);
  });
});
