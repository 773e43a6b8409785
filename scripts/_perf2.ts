import { triage } from '../src/engine';
for (let i = 0; i < 300; i++) triage({}, [{ traffic: 'media', party: 'user', path: 'internet' }]);
