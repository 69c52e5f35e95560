/** Texts longer than this (after collapsing whitespace) are never matched by text rules. */
export const MAX_RULE_TEXT = 2000

/** Link targets and images kept per block (more are counted, not kept). */
const MAX_KEPT = 40

/** An image found in a block. */
export interface ImageRef {
  src: string
  alt: string
}

/**
 * What the rules need to know about a block, built bottom-up once per node so
 * the whole walk stays linear: its text (capped), the text outside links,
 * links and images.
 */
export interface Summary {
  /** Text with whitespace collapsed (not trimmed); `''` when {@link overflow}. */
  readonly text: string
  /** Length of the full collapsed text. */
  readonly length: number
  /** The text is longer than {@link MAX_RULE_TEXT}: no text rule can match. */
  readonly overflow: boolean
  /** Text outside links (capped like `text`). */
  readonly loose: string
  /** Number of links (elements carrying `href`). */
  readonly linkCount: number
  /** Link targets, at most 40. */
  readonly links: readonly string[]
  /** Length of the longest link text. */
  readonly longestLinkText: number
  /** Images, at most 40. */
  readonly images: readonly ImageRef[]
  /** Number of images. */
  readonly imageCount: number
  /** Number of media elements (images included). */
  readonly media: number
  /** Already tested against the rules as a block (a wrapper with the same summary is not tested again). */
  tested: boolean
}

/** The list of no links or images, shared (summaries are read, never changed, after they are built). */
const NONE: readonly never[] = Object.freeze([])

/** The summary of nothing. */
export function emptySummary(): Summary {
  return {
    text: '', length: 0, overflow: false, loose: '', linkCount: 0, links: NONE, longestLinkText: 0,
    images: NONE, imageCount: 0, media: 0, tested: false
  }
}

/** A character `trim()` keeps. */
const NOT_SPACE = /\S/

/** Whether a summary holds content: text that is not blank, or media. */
export function hasContent(summary: Summary): boolean {
  return summary.media > 0 || (summary.overflow ? summary.length > 0 : NOT_SPACE.test(summary.text))
}

/** Builds one summary from parts, in document order. */
export class SummaryBuilder {
  /** Number of parts added (texts and summaries). */
  private partCount = 0
  /** The first part: a summary, or a text whose summary is made only if {@link build} returns it. */
  private firstPart: Summary | string | null = null
  private text = ''
  private loose = ''
  private length = 0
  private overflow = false
  private linkCount = 0
  /** Made on the first link (most blocks have none). */
  private links: string[] | null = null
  private longestLinkText = 0
  /** Made on the first image. */
  private images: ImageRef[] | null = null
  private imageCount = 0
  private media = 0
  private separated = false

  /** Add a text node's value (as a part of its own, with nothing but text). */
  addText(value: string): void {
    if (this.partCount++ === 0) this.firstPart = value
    this.append(value, value, value.length)
  }

  /** Add a separator (a line break or a block boundary). */
  addBreak(): void {
    if (this.partCount > 0) this.separated = true
    this.append(' ', ' ', 1)
  }

  /** Add a child's summary. */
  addPart(part: Summary): void {
    if (this.partCount++ === 0) this.firstPart = part
    this.append(part.text, part.loose, part.length, part.overflow)
    this.linkCount += part.linkCount
    this.longestLinkText = Math.max(this.longestLinkText, part.longestLinkText)
    for (const link of part.links) {
      const links = (this.links ??= [])
      if (links.length < MAX_KEPT) links.push(link)
    }
    for (const image of part.images) this.addImage(image)
    this.imageCount += part.imageCount
    this.media += part.media
  }

  /** Add a media element (`img` gives an image too). */
  addMedia(image: ImageRef | null): void {
    this.media += 1
    if (image) {
      this.imageCount += 1
      this.addImage(image)
    }
  }

  private addImage(image: ImageRef): void {
    const images = (this.images ??= [])
    if (images.length < MAX_KEPT) images.push(image)
  }

  /**
   * The summary. When it is made of exactly one part and nothing else, that
   * part is returned as is, so a wrapper is not tested twice.
   */
  build(link: string | null = null): Summary {
    const only = this.partCount === 1 && !this.separated && link === null ? this.onlyPart() : undefined
    if (only && only.text === this.text && only.media === this.media) return only
    if (link !== null) {
      const textLength = this.overflow ? this.length : this.text.trim().length
      const links = this.links ?? NONE
      return {
        text: this.text, length: this.length, overflow: this.overflow, loose: '',
        linkCount: this.linkCount + 1,
        links: links.length < MAX_KEPT ? [link, ...links] : links,
        longestLinkText: Math.max(this.longestLinkText, textLength),
        images: this.images ?? NONE, imageCount: this.imageCount, media: this.media, tested: false
      }
    }
    return {
      text: this.text, length: this.length, overflow: this.overflow, loose: this.loose,
      linkCount: this.linkCount, links: this.links ?? NONE, longestLinkText: this.longestLinkText,
      images: this.images ?? NONE, imageCount: this.imageCount, media: this.media, tested: false
    }
  }

  /** The first part as a summary. */
  private onlyPart(): Summary {
    const part = this.firstPart!
    return typeof part === 'string' ? {...emptySummary(), text: part, loose: part, length: part.length} : part
  }

  private append(text: string, loose: string, length: number, overflow = false): void {
    this.length += length
    if (this.overflow) return
    if (overflow || this.length > MAX_RULE_TEXT) {
      this.overflow = true
      this.text = ''
      this.loose = ''
      return
    }
    this.text += text
    this.loose += loose
  }
}
