import type { Position, Range } from './types';

/** Maps offsets to 1-based line/column (UTF-16 code units) for one text. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) {
        this.lineStarts.push(i + 1);
      } else if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      }
    }
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { offset: clamped, line: low + 1, column: clamped - this.lineStarts[low]! + 1 };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** Offset of the first character of a 1-based line (the text's end past the last line). */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}
