/** Keeps the last lines of a child process's output, to explain why it failed. */
export class OutputTail {
  private readonly lines: string[] = [];

  constructor(private readonly maxLines: number) {}

  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.maxLines) this.lines.shift();
  }

  lastLine(): string {
    return this.lines.at(-1) ?? '';
  }

  toString(): string {
    return this.lines.join('\n');
  }
}
