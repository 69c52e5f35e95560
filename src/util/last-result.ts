/**
 * A one-entry cache keyed by a list of values compared by identity: the last
 * result is handed back while the key holds the same items in the same
 * order, and made again when one differs. For things built from the rules
 * on every document: documents in a row mostly have the same rules, and
 * comparing a few hundred references costs far less than building again.
 */
export class LastResult<T> {
  private key: readonly unknown[] | null = null
  private value: T | undefined

  /** The result for `key`: the last one when `key` has the same items as last time, else `make()`'s. */
  get(key: readonly unknown[], make: () => T): T {
    if (this.key !== null && sameItems(this.key, key)) return this.value as T
    const value = make()
    this.key = [...key]
    this.value = value
    return value
  }
}

/** Whether `a` and `b` hold the same items (by identity, `Object.is`) in the same order. */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (!Object.is(a[index], b[index])) return false
  return true
}
