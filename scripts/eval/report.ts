import {METADATA_FIELDS, type DocumentScore} from './score.js'

/** Percentage with one decimal, or `–` when there is nothing to divide. */
function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`
}

function count(scores: DocumentScore[], test: (score: DocumentScore) => boolean): number {
  return scores.filter(test).length
}

/** One table row (Markdown) for a group of scores. */
function row(name: string, scores: DocumentScore[]): string {
  const paragraphs = scores.reduce((sum, score) => sum + score.paragraphs, 0)
  const retained = scores.reduce((sum, score) => sum + score.retained, 0)
  const cells = [
    name,
    String(scores.length),
    String(count(scores, (score) => score.error)),
    String(count(scores, (score) => score.markers.length > 0)),
    `${percent(retained, paragraphs)} (${retained}/${paragraphs})`,
    percent(count(scores, (score) => score.idempotent), scores.length),
    ...METADATA_FIELDS.map((field) => percent(count(scores, (score) => score.metadata[field]), scores.length))
  ]
  return `| ${cells.join(' | ')} |`
}

/** The quality table: one row per group (sorted, `seeds` included) and a total. */
export function qualityTable(scores: DocumentScore[]): string {
  const groups = [...new Set(scores.map((score) => score.group))].sort()
  const header = ['source', 'files', 'errors', 'debris left', 'body retention', 'idempotent', ...METADATA_FIELDS]
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, index) => (index === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...groups.map((group) => row(group, scores.filter((score) => score.group === group))),
    row('**total**', scores)
  ].join('\n')
}

/** Debris markers left, most files first, as a Markdown list. */
export function topMarkers(scores: DocumentScore[], limit = 15): string {
  const counts = new Map<string, number>()
  for (const marker of scores.flatMap((score) => score.markers)) counts.set(marker, (counts.get(marker) ?? 0) + 1)
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit)
  return sorted.length === 0 ? '- (none)' : sorted.map(([marker, files]) => `- \`${marker}\`: ${files} files`).join('\n')
}

function lost(score: DocumentScore): number {
  return score.paragraphs - score.retained
}

/** Files that lost the most body paragraphs (then lowest share, then path), as a Markdown list. */
export function lowestRetention(scores: DocumentScore[], limit = 10): string {
  const rated = scores
    .filter((score) => score.paragraphs > 0 && score.retained < score.paragraphs)
    .map((score) => ({score, share: score.retained / score.paragraphs}))
    .sort((a, b) => lost(b.score) - lost(a.score) || a.share - b.share || a.score.path.localeCompare(b.score.path))
    .slice(0, limit)
  return rated.length === 0
    ? '- (none)'
    : rated
        .map(({score}) => `- ${score.path}: ${lost(score)} lost, ${percent(score.retained, score.paragraphs)} kept (${score.retained}/${score.paragraphs})`)
        .join('\n')
}
