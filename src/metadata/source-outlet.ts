import type {Credit} from '../types.js'

/** Longest name taken for an outlet. */
const LONGEST_OUTLET = 40

/**
 * What a source line names when it names no outlet: the web at large, the
 * site itself, a compilation, a reader's submission (`来源：网络`,
 * `来源：综合自网络`, `来源：本站原创`, `Source: Internet`).
 */
const NO_OUTLET = /网络|網絡|网路|網路|互联网|互聯網|网友|網友|网上|網上|本站|本网|本網|原创|原創|综合|綜合|未知|不详|不詳|自媒体|自媒體|投稿|转载|轉載|整理|编译|編譯|^(?:the )?(?:internet|web|online|various|unknown|agencies|wire services)$/i

/**
 * The outlet the first `source` credit names (`来源：新华社`, a press wire's
 * `SOURCE Cracker Barrel Old Country Store, Inc.`), or `null`: the first
 * that is no generic word for "the web" or "compiled" ({@link NO_OUTLET}).
 */
export function sourceOutlet(credits: readonly Credit[]): string | null {
  for (const credit of credits) {
    if (credit.role !== 'source') continue
    const name = credit.name.trim()
    if (name !== '' && name.length <= LONGEST_OUTLET && !NO_OUTLET.test(name)) return name
  }
  return null
}
