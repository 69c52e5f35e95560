/**
 * Append `items` to `target`, in order. `target.push(...items)` passes every
 * item as an argument on the stack: it slows down past ~10,000 items and
 * throws a `RangeError` past ~150,000 (a 10 MB article has tens of thousands
 * of paragraphs under one parent).
 */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item)
}

/**
 * Replace `deleteCount` items of `list` from `start` with `items`, in place:
 * `list.splice(start, deleteCount, ...items)` without passing the items as
 * arguments (see {@link append}).
 */
export function replaceRange<T>(list: T[], start: number, deleteCount: number, items: readonly T[]): void {
  if (items.length <= 1000) {
    list.splice(start, deleteCount, ...items)
    return
  }
  const tail = list.splice(start + deleteCount)
  list.length = start
  append(list, items)
  append(list, tail)
}
