import type {Rule} from '../types.js'

/** Voice of America sites. */
const VOA_HOSTS = ['voachinese.com', 'voacantonese.com', 'voanews.com', 'voatibetan.com', 'voa.gov']

/** Text the VOA (Pangea CMS) media player leaves in feeds. */
export const voaPlayer: Rule = {
  id: 'voa/player',
  description: 'Media-player text of VOA pages ("No media source currently available", clipboard notices).',
  hosts: VOA_HOSTS,
  maxLength: 120,
  removeText: [
    /^No media source currently available$/,
    /^The (?:code|URL) has been copied to your clipboard\.?$/,
    /^(?:Embed|share|Share|Download|下载|下載|分享|嵌入)$/
  ]
}

/** The VOA rules. */
export const voaRules: readonly Rule[] = [voaPlayer]
