// Line numbers of character offsets, for readers that find records by searching the whole text: counting
// from the start for every record would make a large file quadratic.

/** A function from an offset to its 1-based line; cheapest when asked in increasing order. */
export function lineAt(content: string): (offset: number) => number {
  let position = 0;
  let line = 1;
  return (offset) => {
    if (offset < position) {
      position = 0;
      line = 1;
    }
    for (let i = content.indexOf('\n', position); i !== -1 && i < offset; i = content.indexOf('\n', i + 1)) line += 1;
    position = offset;
    return line;
  };
}
