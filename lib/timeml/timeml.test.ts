import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../cli/timeml';
import { dctDay, parseTimeml } from './document';
import { scoreTimexes } from './score';
import { tagDocument, writeTimeml } from './tag';

const SAMPLE = `<?xml version="1.0" ?>
<TimeML>
<DOCID>wsj_test</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-30" temporalFunction="false" functionInDocument="CREATION_TIME">10/30/89</TIMEX3></DCT>
<TITLE>Profits &amp; losses</TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1989-10-29">yesterday</TIMEX3> that profit  rose in the <TIMEX3 tid="t2" type="DATE" value="1989-Q3">third quarter</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
`;

const stripTags = (s: string) => s.replace(/<[^>]+>/g, '');

describe('TimeML documents', () => {
  const doc = parseTimeml(SAMPLE, 'sample.tml');

  it('reads the DCT, the raw text without annotations and the gold TIMEX3', () => {
    expect(dctDay(doc.dct)).toBe('1989-10-30');
    expect(doc.text).toBe('\nAT&amp;T said yesterday that profit  rose in the third quarter.\n');
    expect(doc.timexes.map((t) => [t.text, t.value])).toEqual([['yesterday', '1989-10-29'], ['third quarter', '1989-Q3']]);
  });

  it('writes Dateline tags whose removal gives back the input text byte for byte', () => {
    const out = writeTimeml(doc, tagDocument(doc));
    const body = out.slice(out.indexOf('<TEXT>') + 6, out.indexOf('</TEXT>'));
    expect(stripTags(body)).toBe(doc.text);
    expect(body).toContain('<TIMEX3 tid="t1" type="DATE" value="1989-10-29">yesterday</TIMEX3>');
    expect(out).toContain('<DOCID>wsj_test</DOCID>');
    expect(out).toContain('<TITLE>Profits &amp; losses</TITLE>');
    expect(out).not.toContain('EVENT');
    expect(out).not.toContain('TLINK');
  });

  it('names the file when the TEXT element is missing', () => {
    expect(() => parseTimeml('<TimeML></TimeML>', 'broken.tml')).toThrow(/broken\.tml.*TEXT/);
  });
});

describe('TempEval-3 scoring', () => {
  const t = (start: number, end: number, value: string, type = 'DATE') => ({ start, end, text: '', type, value });

  it('counts strict and relaxed matches one-to-one and value F1 = relaxed F1 x value accuracy', () => {
    const { scores, errors } = scoreTimexes([{
      name: 'd', text: 'x'.repeat(100),
      gold: [t(0, 10, '2017'), t(20, 30, '2016-11'), t(40, 50, 'P3D', 'DURATION')],
      system: [t(0, 10, '2017'), t(22, 30, '2016-10'), t(60, 70, 'PAST_REF')],
    }]);
    expect(scores.strict.f1).toBeCloseTo(1 / 3);
    expect(scores.relaxed.f1).toBeCloseTo(2 / 3);
    expect(scores.valueAccuracy).toBeCloseTo(1 / 2);
    expect(scores.valueF1).toBeCloseTo(1 / 3);
    expect(errors.map((e) => e.kind).sort()).toEqual(['extent', 'extra', 'missed', 'value']);
  });
});

describe('dateline timeml IN_DIR OUT_DIR', () => {
  it('tags every .tml file into OUT_DIR under the same name', async () => {
    const root = mkdtempSync(join(tmpdir(), 'timeml-'));
    mkdirSync(join(root, 'in', 'sub'), { recursive: true });
    writeFileSync(join(root, 'in', 'sub', 'a.tml'), SAMPLE);
    expect(await main([join(root, 'in'), join(root, 'out')])).toBe(0);
    const out = readFileSync(join(root, 'out', 'sub', 'a.tml'), 'utf8');
    expect(parseTimeml(out).text).toBe(doc().text);
  });

  it('fails with a usage line on missing arguments', async () => {
    expect(await main([])).toBe(2);
  });

  const doc = () => parseTimeml(SAMPLE);
});
