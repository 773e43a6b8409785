import { readObservations } from '../src/nlu/observations';
for (const text of process.argv.slice(2)) console.log(text, '=>', JSON.stringify(readObservations(text)));
