import type {Rule} from '../../types.js'
import {isLinkLine} from './link-line.js'
import {leadingChars, prefilterText, requiredPattern} from './required-text.js'
import type {ImageRef, Summary} from './summary.js'
import {LastResult} from '../../util/last-result.js'

/** How a rule drops a block: the block alone, or the block and what follows. */
export type MatchKind = 'remove' | 'cut'

/** The first rule that drops a block: its index in the rules, and how. */
export interface RuleMatch {
  index: number
  kind: MatchKind
}

/** One text pattern of one rule, with what a text needs for it to run. */
interface TextEntry {
  /** Index of the rule. */
  rule: number
  kind: MatchKind
  pattern: RegExp
  /** The rule's `maxLength` (`Infinity` without one). */
  maxLength: number
  /** Matches the texts that hold one of the strings a match needs ({@link prefilterText}); `null`: no such strings known. */
  required: RegExp | null
}

/** A rule that can drop a block by its links or images, with its index. */
interface OtherEntry {
  rule: number
  value: Rule
}

const NO_ENTRIES: readonly TextEntry[] = []

/** The last matcher made, keyed by what its construction reads ({@link matcherKey}). */
const lastMatcher = new LastResult<RuleMatcher>()

/**
 * A {@link RuleMatcher} for `rules`: the last one made while the rules, their
 * patterns, limits and link and image settings are the same (a matcher is
 * never changed once made).
 */
export function ruleMatcherFor(rules: readonly Rule[]): RuleMatcher {
  return lastMatcher.get(matcherKey(rules), () => new RuleMatcher(rules))
}

/** Everything the {@link RuleMatcher} constructor reads of `rules`, as a flat list (lists end with a marker). */
function matcherKey(rules: readonly Rule[]): unknown[] {
  const key: unknown[] = []
  for (const rule of rules) {
    key.push(rule, rule.maxLength, Boolean(rule.linkLines), rule.removeImages)
    for (const pattern of rule.removeText ?? []) key.push(pattern)
    key.push(END)
    for (const pattern of rule.cutFrom ?? []) key.push(pattern)
    key.push(END)
  }
  return key
}

/** Ends a list in {@link matcherKey}. */
const END = Symbol('end')

/**
 * The rules' block tests, indexed so that a block meets only the text
 * patterns it could match: patterns are grouped by the code unit a text
 * must start with to match them ({@link leadingChars}), and a text tries
 * those of its own first code unit and those that may start with anything,
 * in rule order. Rules with `linkLines` or `removeImages` are tried apart.
 * {@link RuleMatcher.match} answers as trying each rule in order does: its
 * `removeText`, then its `cutFrom` patterns (when the text is not longer than
 * its `maxLength`), then its `linkLines`, then, for a block of images only,
 * its `removeImages`.
 */
export class RuleMatcher {
  /** Text patterns that only match texts starting with a given code unit, by that code unit, in rule order. */
  private readonly byFirst = new Map<number, TextEntry[]>()
  /** Text patterns that may match texts starting with anything, in rule order. */
  private readonly anyFirst: TextEntry[] = []
  /** Rules with `linkLines` or `removeImages`, in order. */
  private readonly others: OtherEntry[] = []
  /** Rules with `removeImages`, in order. */
  private readonly imageRules: Rule[] = []

  constructor(rules: readonly Rule[]) {
    rules.forEach((rule, index) => {
      const maxLength = rule.maxLength ?? Infinity
      for (const pattern of rule.removeText ?? []) this.addText({rule: index, kind: 'remove', pattern, maxLength, required: prefilter(pattern)})
      for (const pattern of rule.cutFrom ?? []) this.addText({rule: index, kind: 'cut', pattern, maxLength, required: prefilter(pattern)})
      if (rule.linkLines || rule.removeImages) this.others.push({rule: index, value: rule})
      if (rule.removeImages) this.imageRules.push(rule)
    })
  }

  private addText(entry: TextEntry): void {
    const leading = leadingChars(entry.pattern)
    if (leading === null) {
      this.anyFirst.push(entry)
      return
    }
    for (const code of leading) {
      const list = this.byFirst.get(code)
      if (list) list.push(entry)
      else this.byFirst.set(code, [entry])
    }
  }

  /**
   * The first rule that drops a block with `summary`, whose normalized text
   * is `text` (`null` when too long for any rule), and how; `imageOnly`: the
   * block is nothing but images. `null` when no rule does.
   */
  match(text: string | null, summary: Summary, imageOnly: boolean): RuleMatch | null {
    const other = this.firstOther(summary, imageOnly)
    const limit = other === -1 ? Infinity : other
    if (text !== null && text !== '') {
      const found = this.firstText(text, limit)
      if (found !== null) return found
    }
    return other === -1 ? null : {index: other, kind: 'remove'}
  }

  /** The first rule whose `removeImages` matches `image`, if any. */
  imageRule(image: ImageRef): Rule | undefined {
    for (const rule of this.imageRules) if (imageMatches(rule, image)) return rule
    return undefined
  }

  /** Index of the first rule whose `linkLines` or (for an image-only block) `removeImages` drop the block, or -1. */
  private firstOther(summary: Summary, imageOnly: boolean): number {
    for (const {rule, value} of this.others) {
      if (value.linkLines && isLinkLine(summary, value.linkLines)) return rule
      if (imageOnly && summary.images.some((image) => imageMatches(value, image))) return rule
    }
    return -1
  }

  /** The first text pattern (of a rule with index at most `limit`) that matches `text` (not empty), as a match. */
  private firstText(text: string, limit: number): RuleMatch | null {
    const own = this.byFirst.get(text.charCodeAt(0)) ?? NO_ENTRIES
    const any = this.anyFirst
    let ownAt = 0
    let anyAt = 0
    // Merge the two lists, each in rule order (and within a rule `removeText` before `cutFrom`).
    while (ownAt < own.length || anyAt < any.length) {
      const entry = anyAt >= any.length || (ownAt < own.length && comesFirst(own[ownAt]!, any[anyAt]!)) ? own[ownAt++]! : any[anyAt++]!
      if (entry.rule > limit) return null
      if (!(text.length <= entry.maxLength) || (entry.required !== null && !test(entry.required, text))) continue
      if (test(entry.pattern, text)) return {index: entry.rule, kind: entry.kind}
    }
    return null
  }
}

/** {@link prefilterText} of `pattern` as one regular expression, or `null`. */
function prefilter(pattern: RegExp): RegExp | null {
  const required = prefilterText(pattern)
  return required === null ? null : requiredPattern(required)
}

/** Whether `a` is tried before `b`: an earlier rule, or the same rule's `removeText` before its `cutFrom`. */
function comesFirst(a: TextEntry, b: TextEntry): boolean {
  return a.rule < b.rule || (a.rule === b.rule && a.kind === 'remove' && b.kind === 'cut')
}

/** Whether one of `rule`'s `removeImages` patterns matches the image's (decoded) `src` or its `alt`. */
export function imageMatches(rule: Rule, image: ImageRef): boolean {
  if (!rule.removeImages) return false
  const src = decodeUrl(image.src)
  return rule.removeImages.some((pattern) => test(pattern, src) || test(pattern, image.alt))
}

/** `url` with percent-escapes decoded (as is when they are malformed). */
function decodeUrl(url: string): string {
  if (!url.includes('%')) return url
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

function test(pattern: RegExp, value: string): boolean {
  pattern.lastIndex = 0
  return pattern.test(value)
}
