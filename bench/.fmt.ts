import {loadDataset} from './datasets.js'
import {parseEnvelope} from '../src/index.js'
const d = loadDataset('1MB')[0]!
const e: any = parseEnvelope(d); console.log(e.format, e.body.slice(0, 200))
