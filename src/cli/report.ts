/** A stream the CLI writes to. */
export interface OutputStream {
  write(chunk: string): unknown
  /** True when it is a terminal (the progress bar is drawn only then). */
  isTTY?: boolean
  /** Terminal width, when known. */
  columns?: number
}

/**
 * A one-line progress bar redrawn in place on a terminal, at most every
 * 100 ms. Does nothing when `enabled` is false.
 */
export class Progress {
  private shown = false
  private last = 0

  constructor(
    private readonly stream: OutputStream,
    private readonly total: number,
    private readonly enabled: boolean
  ) {}

  /** Show that `done` of the files are finished, the latest being `name`. */
  update(done: number, name: string): void {
    if (!this.enabled) return
    const now = Date.now()
    if (done < this.total && now - this.last < 100) return
    this.last = now
    const width = 24
    const filled = Math.round((done / this.total) * width)
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} `
    const room = Math.max(0, (this.stream.columns ?? 80) - bar.length - 1)
    const label = name.length > room ? `…${name.slice(name.length - room + 1)}` : name
    this.stream.write(`\r\x1b[K${bar}${room > 0 ? label : ''}`)
    this.shown = true
  }

  /** Write a whole line (an error), keeping the bar below it. */
  line(text: string): void {
    if (this.shown) this.stream.write('\r\x1b[K')
    this.stream.write(`${text}\n`)
    this.shown = false
  }

  /** Remove the bar. */
  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K')
    this.shown = false
  }
}

/**
 * The end-of-batch summary: counts (and the worker threads used, if any),
 * then removed blocks by rule id (most first, ties by id).
 */
export function formatSummary(files: number, failed: number, removed: Map<string, number>, threads = 0): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  const workers = threads > 0 ? ` (${plural(threads, 'worker thread')})` : ''
  const lines = [`unsyndicate: ${plural(files, 'file')}, ${files - failed} ok, ${plural(failed, 'error')}${workers}`]
  const rules = [...removed].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
  if (rules.length > 0) {
    const total = rules.reduce((sum, [, n]) => sum + n, 0)
    const width = String(rules[0]![1]).length
    lines.push(`removed ${plural(total, 'block')}:`)
    for (const [rule, n] of rules) lines.push(`  ${String(n).padStart(width)}  ${rule}`)
  }
  return `${lines.join('\n')}\n`
}
