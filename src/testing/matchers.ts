import {isCleanResult, serializeCleanResult} from './serializer.js'

/**
 * The snapshot matcher of a test runner, called with `this` bound to the
 * matcher state: Vitest's `Snapshots.toMatchSnapshot` (`import {Snapshots}
 * from 'vitest'`, Vitest ≥ 4.1) or Jest's `toMatchSnapshot` from
 * `jest-snapshot`.
 */
export type SnapshotMatcher<State, Result> = (this: State, received: unknown, hint?: string) => Result

/**
 * The matchers {@link cleanSnapshotMatchers} returns, ready for `expect.extend`
 * (a type alias, not an interface, so it fits `expect.extend`'s record type).
 */
export type CleanSnapshotMatcherFunctions<State, Result> = {
  /**
   * Match a {@link CleanResult} against a stored snapshot of its
   * {@link serializeCleanResult} text. Throws a `TypeError` when the received
   * value is not a `CleanResult`.
   */
  toMatchCleanSnapshot: (this: State, received: unknown, hint?: string) => Result
}

/**
 * The `toMatchCleanSnapshot()` matcher as seen from a test, for module
 * augmentation of the runner's `Matchers` interface:
 *
 * ```ts
 * // vitest.d.ts (Vitest)
 * import 'vitest'
 * import type {CleanSnapshotMatchers} from 'unsyndicate/testing'
 * declare module 'vitest' {
 *   interface Matchers<T = any> extends CleanSnapshotMatchers<T> {}
 * }
 * ```
 *
 * For Jest, see the package's `docs/snapshot-testing.md`.
 */
export interface CleanSnapshotMatchers<R = unknown> {
  /**
   * Match the received `CleanResult` against a stored snapshot of its
   * readable text (front matter, Markdown, removed blocks, warnings).
   *
   * @param hint - Appended to the snapshot name, as with `toMatchSnapshot(hint)`.
   */
  toMatchCleanSnapshot(hint?: string): R
}

/**
 * Build the `toMatchCleanSnapshot` matcher around the test runner's own
 * snapshot matcher, so this module imports no test runner:
 *
 * ```ts
 * // Vitest ≥ 4.1
 * import {expect, Snapshots} from 'vitest'
 * expect.extend(cleanSnapshotMatchers(Snapshots.toMatchSnapshot))
 *
 * // Jest
 * import {toMatchSnapshot} from 'jest-snapshot'
 * expect.extend(cleanSnapshotMatchers(toMatchSnapshot))
 * ```
 *
 * Then `expect(cleanArticle(html)).toMatchCleanSnapshot()`. The snapshot
 * stored is the {@link serializeCleanResult} text (as a string), so no
 * serializer needs to be registered.
 */
export function cleanSnapshotMatchers<State, Result>(
  toMatchSnapshot: SnapshotMatcher<State, Result>
): CleanSnapshotMatcherFunctions<State, Result> {
  return {
    toMatchCleanSnapshot(received, hint) {
      if (!isCleanResult(received)) {
        throw new TypeError('toMatchCleanSnapshot: expected the result of cleanArticle() ({markdown, metadata, removed, warnings})')
      }
      const text = serializeCleanResult(received)
      return hint === undefined ? toMatchSnapshot.call(this, text) : toMatchSnapshot.call(this, text, hint)
    }
  }
}
