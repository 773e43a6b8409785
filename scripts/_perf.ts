import { triage } from '../src/engine';
const run = (label: string, f: () => unknown, n = 50) => { f(); const t0 = process.hrtime.bigint(); for (let i = 0; i < n; i++) f(); console.log(label, Number(process.hrtime.bigint() - t0) / 1e6 / n, 'ms'); };
run('empty', () => triage({}, [{ traffic: 'media', party: 'user', path: 'internet' }]));
run('p2p', () => triage({ callType: 'peerToPeer' }, [{ traffic: 'media', party: 'user', path: 'internet' }]));
run('complete', () => triage({ deployment: 'online', callType: 'pstn', location: 'customerNetwork' }, [{ traffic: 'media', party: 'user', path: 'internet' }]));
run('hybridp2p', () => triage({ deployment: 'hybrid', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' }, [{ traffic: 'signaling', party: 'user', path: 'expressRoute' }]));
