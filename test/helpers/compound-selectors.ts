import fc from 'fast-check'

/** What generated compound selectors are made of. */
export interface CompoundVocabulary {
  tags: readonly string[]
  /** Class and id names. */
  identifiers: readonly string[]
  /** Attribute names as selectors spell them. */
  attributes: readonly string[]
  /** Attribute values. */
  words: readonly string[]
  /** What may close an attribute test with a value (`''`, `' i'`, `' s'`). */
  modifiers: readonly string[]
}

/**
 * Plain compound selectors (`tag.class#id[attr op "value" i]`, any part
 * optional, never empty) over `vocabulary`.
 */
export function compoundSelector(vocabulary: CompoundVocabulary): fc.Arbitrary<string> {
  const {tags, identifiers, attributes, words, modifiers} = vocabulary
  return fc
    .tuple(
      fc.option(fc.constantFrom(...tags, '*'), {nil: undefined}),
      fc.array(
        fc.oneof(
          fc.constantFrom(...identifiers).map((word) => `.${word}`),
          fc.constantFrom(...identifiers).map((word) => `#${word}`),
          fc
            .tuple(fc.constantFrom(...attributes), fc.constantFrom('', '=', '~=', '^=', '$=', '*=', '|='), fc.constantFrom(...words), fc.constantFrom(...modifiers))
            .map(([name, operator, word, modifier]) => (operator === '' ? `[${name}]` : `[${name}${operator}"${word}"${modifier}]`))
        ),
        {maxLength: 3}
      )
    )
    .map(([tag, parts]) => (tag ?? '') + parts.join(''))
    .filter((selector) => selector !== '')
}
