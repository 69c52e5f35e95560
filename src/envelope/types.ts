import type {Warning} from '../types.js'

/** The format of an article body. */
export type BodyFormat = 'html' | 'markdown' | 'text'

/** A title header found above the body: `[title](url)` or `### title` over a `---` line. */
export interface TitleHeader {
  /** The title text, unescaped. */
  title: string
  /** The link target of a `[title](url)` header, or `null`. */
  url: string | null
}

/** What wraps an article, split from its body by {@link parseEnvelope}. */
export interface Envelope {
  /** The YAML front matter as a plain object with no prototype, or `null`. */
  frontMatter: Record<string, unknown> | null
  /** Text of the leading HTML comments, in order. */
  comments: string[]
  /** Epoch-millisecond timestamps found in leading comments. */
  timestamps: number[]
  /** The title header, or `null`. */
  titleHeader: TitleHeader | null
  /** The body, with the envelope removed. */
  body: string
  /** The format of `body`. */
  format: BodyFormat
  /** Problems met while parsing (bad YAML…). */
  warnings: Warning[]
}
