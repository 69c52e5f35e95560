import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createState} from '../src/pipeline/state.js'
import {unproxyImages} from '../src/plugins/unproxy-images.js'

const run = (tree: Root): Root => {
  const file = new VFile()
  file.data.unsyndicate = createState(null)
  unproxyImages(tree, file)
  return tree
}

describe('unproxyImages finds every image', () => {
  it('in document order, inside and outside pictures', () => {
    const tree = run(fromHtml('<p><img data-src="https://x.test/1.jpg" src="blank.gif" data-lazy="z"></p>'
      + '<picture><source srcset="https://x.test/2.jpg"><img></picture><div><span><img data-original="https://x.test/3.jpg"></span></div>', {fragment: true}))
    expect(toHtml(tree)).toBe('<p><img src="https://x.test/1.jpg"></p><picture><img src="https://x.test/2.jpg"></picture>'
      + '<div><span><img src="https://x.test/3.jpg"></span></div>')
  })

  it('below 100,000 nested elements without overflowing the stack', () => {
    const image: Element = {type: 'element', tagName: 'img', properties: {dataSrc: 'https://x.test/deep.jpg'}, children: []}
    let node: Element = image
    for (let depth = 0; depth < 100_000; depth++) node = {type: 'element', tagName: 'span', properties: {}, children: [node]}
    run({type: 'root', children: [node]})
    expect(image.properties).toEqual({src: 'https://x.test/deep.jpg'})
  })
})
