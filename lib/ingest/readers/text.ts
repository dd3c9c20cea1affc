// Plain text holding one or many articles. A new article starts after a separator line (---, ===), at a
// form feed, or at a line opening with an upper-case kicker ("CHIP WAR: ..."), the way wire copy and
// newspaper pages run stories together without blank lines. Blank lines only separate paragraphs.
import type { ReadOptions, ReadResult } from '../types';

const SEPARATOR = /^[ \t]*(?:-{3,}|={3,})[ \t]*$/;
const KICKER = /^[A-Z][A-Z0-9 &'’-]{1,40}: \S/;

interface Block {
  line: number;
  lines: string[];
}

export function readText(content: string, file: string, options: ReadOptions = {}): ReadResult {
  const lines = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let current: Block | null = null;
  lines.forEach((line, index) => {
    line.split('\f').forEach((segment, part) => {
      if (part > 0 || SEPARATOR.test(segment)) current = null;
      if (SEPARATOR.test(segment)) return;
      if (segment.trim() === '') {
        current?.lines.push(segment);
        return;
      }
      if (!current || KICKER.test(segment)) {
        current = { line: index + 1, lines: [] };
        blocks.push(current);
      }
      current.lines.push(segment);
    });
  });
  const articles = blocks.map((block, i) => ({
    file,
    record: i + 1,
    line: block.line,
    article: { id: null, title: null, published: options.published ?? null, source: null, url: null, language: options.language ?? null, text: block.lines.join('\n').trim() },
  }));
  return { articles, rejected: [] };
}
