import type {Rule} from '../types.js'

/** Deutsche Welle's Chinese service. */
const DW_HOSTS = ['dw.com', 'dw.de']

/** DW's copyright notice and social-media promos. */
export const dwFooter: Rule = {
  id: 'dw/footer',
  description: 'DW\'s "© 年德国之声版权声明：…" notice and its "DW中文有Instagram！…" promos.',
  hosts: DW_HOSTS,
  maxLength: 200,
  removeText: [
    /^©?\s?(?:\d{4}\s?年?)?(?:德国之声|德國之聲)(?:中文网|中文網)?(?:版权声明|版權聲明)\s?[:：]/,
    /^DW中文有(?:Instagram|Facebook|Twitter|YouTube|X)[!！]/
  ],
  extract: {publisher: /(德国之声|德國之聲)(?:版权声明|版權聲明)/}
}

/** The DW rules. */
export const dwRules: readonly Rule[] = [dwFooter]
