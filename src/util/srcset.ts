/**
 * Parse `srcset` values and pick the best candidate. Pure and linear.
 */

/** One image candidate of a `srcset`. */
export interface SrcsetCandidate {
  /** The candidate's URL, as written. */
  url: string
  /** Its width descriptor (`800w` → 800), or `null`. */
  width: number | null
  /** Its pixel density descriptor (`2x` → 2), or `null`. */
  density: number | null
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f'
}

/**
 * Parse a `srcset` value the way the HTML standard does (simplified): a URL
 * runs to the next whitespace (trailing commas dropped), its descriptors to
 * the next comma. Candidates with unusable descriptors are skipped.
 */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = []
  let index = 0
  const length = value.length
  while (index < length) {
    while (index < length && (isSpace(value[index]) || value[index] === ',')) index++
    if (index >= length) break
    const urlStart = index
    while (index < length && !isSpace(value[index])) index++
    let url = value.slice(urlStart, index)
    let descriptors = ''
    if (url.endsWith(',')) {
      let end = url.length
      while (end > 0 && url[end - 1] === ',') end--
      url = url.slice(0, end)
    } else {
      const descriptorStart = index
      while (index < length && value[index] !== ',') index++
      descriptors = value.slice(descriptorStart, index)
    }
    const candidate = parseDescriptors(url, descriptors)
    if (candidate) candidates.push(candidate)
  }
  return candidates
}

function parseDescriptors(url: string, descriptors: string): SrcsetCandidate | null {
  if (url === '') return null
  let width: number | null = null
  let density: number | null = null
  for (const token of descriptors.split(/[ \t\n\r\f]+/)) {
    if (token === '') continue
    const unit = token.slice(-1).toLowerCase()
    const number = Number(token.slice(0, -1))
    if (token.length < 2 || !Number.isFinite(number) || number <= 0) continue
    if (unit === 'w' && width === null && Number.isInteger(number)) width = number
    else if (unit === 'x' && density === null) density = number
  }
  return {url, width, density}
}

/**
 * The best candidate: the largest width descriptor, else the largest density
 * (a candidate without descriptors counts as `1x`), else the first. Candidates
 * `accept` rejects are ignored. `null` when none is left.
 */
export function bestSrcsetCandidate(
  candidates: readonly SrcsetCandidate[],
  accept: (url: string) => boolean = () => true
): string | null {
  const usable = candidates.filter((candidate) => accept(candidate.url))
  let best: SrcsetCandidate | null = null
  for (const candidate of usable) {
    if (candidate.width !== null && (best === null || candidate.width > (best.width ?? 0))) best = candidate
  }
  if (best) return best.url
  let bestDensity = 0
  for (const candidate of usable) {
    const density = candidate.density ?? 1
    if (best === null || density > bestDensity) {
      best = candidate
      bestDensity = density
    }
  }
  return best ? best.url : null
}

const URL_START = /^(?:[a-z][a-z0-9+.-]*:|\/|\.)/i

/**
 * Rebuild a `srcset` string from the comma-split tokens hast may hold
 * (`srcSet: ['a.jpg 1x', 'b.jpg 2x']`). A comma inside a URL
 * (`/cdn-cgi/image/w=1,q=2/a.jpg`, `data:…;base64,…`) split it in two: a
 * token without descriptors followed by one that does not start like a URL
 * is joined back without a space.
 */
export function joinSrcsetTokens(tokens: readonly string[]): string {
  let out = ''
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (index === 0) {
      out = token
      continue
    }
    const previous = tokens[index - 1]!
    const continues = !/[ \t\n\r\f]/.test(previous) && !URL_START.test(token)
    out += continues ? ',' + token : ', ' + token
  }
  return out
}
