import type {VFile} from 'vfile'
import type {ArticleMetadata, Removal, Warning} from '../types.js'
import type {Envelope} from '../envelope/types.js'
import {collapseWhitespace} from '../metadata/text.js'
import {indexAfterCodePoints} from '../util/code-points.js'

/**
 * What the pipeline's plugins share through `file.data`: the parsed envelope,
 * the removal report, the warnings, and values lifted from the text before
 * the blocks holding them were removed.
 */
export interface PipelineState {
  envelope: Envelope | null
  removed: Removal[]
  warnings: Warning[]
  /** Values rules and plugins lifted from dropped blocks (e.g. `原文地址` → url). */
  lifted: LiftedValues
}

/** Values found in blocks that were dropped, kept for the metadata step. */
export interface LiftedValues {
  url: string[]
  mirrorUrl: string[]
  tags: string[]
  categories: string[]
  credits: Array<{role: string; name: string}>
  dates: Array<{kind: 'published' | 'archived'; value: string}>
  publisher: string[]
  syndicator: string[]
  /** Text lines (credit lines, date lines…) removed from the body for metadata. */
  lines: string[]
}

declare module 'vfile' {
  interface DataMap {
    unsyndicate: PipelineState
    article: ArticleMetadata
  }
}

/** A fresh, empty state. */
export function createState(envelope: Envelope | null = null): PipelineState {
  return {
    envelope,
    removed: [],
    warnings: [],
    lifted: {
      url: [],
      mirrorUrl: [],
      tags: [],
      categories: [],
      credits: [],
      dates: [],
      publisher: [],
      syndicator: [],
      lines: []
    }
  }
}

/** The state on `file`, created when a plugin runs on its own. */
export function getState(file: VFile): PipelineState {
  let state = file.data.unsyndicate
  if (!state) {
    state = createState()
    file.data.unsyndicate = state
  }
  return state
}

const MAX_REMOVED_TEXT = 120

/** Shorten `text` for the removal report: whitespace collapsed, at most 120 characters. */
export function shortenText(text: string): string {
  const flat = collapseWhitespace(text)
  // At most 120 code units, or code points: kept whole.
  if (flat.length <= MAX_REMOVED_TEXT || indexAfterCodePoints(flat, MAX_REMOVED_TEXT) === flat.length) return flat
  return flat.slice(0, indexAfterCodePoints(flat, MAX_REMOVED_TEXT - 1)) + '…'
}

/** Record that `rule` dropped a block with `text`. */
export function reportRemoval(file: VFile, rule: string, text: string): void {
  getState(file).removed.push({rule, text: shortenText(text)})
}

/** Record a warning. Identical warnings are kept once. */
export function reportWarning(file: VFile, rule: string, message: string): void {
  const {warnings} = getState(file)
  if (!warnings.some((w) => w.rule === rule && w.message === message)) {
    warnings.push({rule, message})
  }
}
