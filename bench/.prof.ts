import {loadDataset} from './datasets.js'
import {cleanArticle} from '../src/index.js'
const docs = loadDataset((process.argv[2] ?? 'corpus') as any)
const reps = Number(process.argv[3] ?? 3)
for (let r = 0; r < reps; r++) for (const d of docs) cleanArticle(d)
