/** The width of a piece of text in the label's font, as the canvas measures it. */
export type MeasureText = (text: string) => number;

const ELLIPSIS = '…';

/** Cytoscape's `text-wrap: wrap`: words go on a line while it fits, a longer word on its own. */
export function wrapLines(label: string, maxWidth: number, measure: MeasureText): string[] {
  return label.split('\n').flatMap((paragraph) => {
    if (measure(paragraph) <= maxWidth) return [paragraph];
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const longer = line === '' ? word : `${line} ${word}`;
      if (line !== '' && measure(longer) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = longer;
    }
    if (line !== '') lines.push(line);
    return lines;
  });
}

/** Cytoscape's `text-wrap: ellipsis`: one line, cut where the text and "…" would overflow. */
export function ellipsisLine(label: string, maxWidth: number, measure: MeasureText): string {
  const line = label.replace(/\s+/g, ' ');
  if (measure(line) <= maxWidth) return line;
  const chars = [...line];
  let kept = 0;
  while (kept < chars.length && measure(chars.slice(0, kept + 1).join('') + ELLIPSIS) <= maxWidth)
    kept += 1;
  return chars.slice(0, kept).join('') + ELLIPSIS;
}
