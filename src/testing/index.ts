/**
 * Snapshot testing helpers for code that uses unsyndicate: a serializer that
 * prints a `CleanResult` as readable text, and a `toMatchCleanSnapshot()`
 * matcher. Imports no test runner; works with Vitest and Jest.
 *
 * @packageDocumentation
 * @module unsyndicate/testing
 */
export {
  cleanResultSerializer,
  isCleanResult,
  serializeCleanResult,
  type CleanResultSerializer
} from './serializer.js'
export {
  cleanSnapshotMatchers,
  type CleanSnapshotMatcherFunctions,
  type CleanSnapshotMatchers,
  type SnapshotMatcher
} from './matchers.js'
export type {CleanResult} from '../types.js'
