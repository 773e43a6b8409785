import { OBSERVATION_VOCABULARY_PROBLEMS, readObservations } from '../src/nlu/observations';
console.log(OBSERVATION_VOCABULARY_PROBLEMS.map((p) => `${p.key} ${p.phrase}: ${p.problem}`).join('\n'));
for (const t of ["it's relayed through the edge and out over the internet", 'NetFlow: the ER link was idle during the call, the RTP went out the ISP link']) console.log(t, JSON.stringify(readObservations(t)));
