import {defaultHandlers, type Handle, type State} from 'mdast-util-to-markdown'

/** Where every untracked position is: the start (never read, so never changed). */
const START: ReturnType<ReturnType<State['createTracker']>['current']> = {now: {line: 1, column: 1}, lineShift: 0}

/** A tracker that tracks nothing: `move` hands its value back, as the real one does. */
const NULL_TRACKER: ReturnType<State['createTracker']> = {
  move: (value) => value || '',
  current: () => START,
  shift: () => undefined
}

/**
 * mdast-util-to-markdown's `root` handler, run with a serializer state whose
 * trackers track nothing.
 *
 * Trackers compute the line and column of everything written (every
 * emitted string is split on line endings to do so) and pass them down as
 * `info.now` and `info.lineShift`, for extensions that report positions.
 * No handler in our configuration (CommonMark, GFM) reads them, so the
 * Markdown is the same without them (a property test checks this on
 * generated documents); the root handler is where the serializer's state
 * is first handed to us.
 */
export const untrackedRoot: Handle = function (node, parent, state, info) {
  state.createTracker = () => NULL_TRACKER
  return defaultHandlers.root(node, parent, state, info)
}
