import {expect} from 'vitest'

/**
 * Run an in-place transform and its port on separate copies of `input`:
 * the port must leave exactly the tree the original leaves.
 */
export function expectSameInPlace<T>(input: T, original: (tree: T) => unknown, port: (tree: T) => unknown): void {
  const expected = structuredClone(input)
  original(expected)
  const actual = structuredClone(input)
  port(actual)
  expect(actual).toEqual(expected)
}
