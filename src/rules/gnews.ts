import type {Rule} from '../types.js'

/** GNews and its sister sites. */
const GNEWS_HOSTS = ['gnews.org', 'gtv.org', 'rolfoundation.org', 'rolsociety.org']

/** The GNews site footer: the ROL Foundation / ROL Society / Terms of use / Privacy Policy links. */
export const gnewsFooter: Rule = {
  id: 'gnews/footer',
  description: 'The GNews footer list of ROL Foundation, ROL Society, Terms of use and Privacy Policy links.',
  hosts: GNEWS_HOSTS,
  maxLength: 200,
  removeText: [
    /^(?:(?:ROL Foundation|ROL Society|Terms of [Uu]se|Terms of [Ss]ervice|Privacy Policy|Contact [Uu]s|About [Uu]s) ?){2,8}$/
  ],
  extract: {syndicator: 'GNews'}
}

/** The GNews rules. */
export const gnewsRules: readonly Rule[] = [gnewsFooter]
