// Writes the example path diagrams shown in the docs: `node bin/run.js scripts/diagram-figures`.
import { writeFileSync } from 'fs';
import { join } from 'path';
import { diagramForScenario } from '../src/diagram';
import type { PartialScenario } from '../src/engine/types';
import type { Locale } from '../src/i18n';

const FIGURES: { file: string; locale: Locale; scenario: PartialScenario }[] = [
  {
    // The article's "joining a conference hosted by an on-premises user": media stays in your network; only the
    // Online-homed user's signaling crosses ExpressRoute.
    file: 'hybrid-conference.png',
    locale: 'en',
    scenario: { deployment: 'hybrid', callType: 'conference', organizer: 'onPremises', homing: 'online', location: 'customerNetwork' },
  },
  {
    // Online table row 2: a firewall blocks the direct path, so the Online Edge relays the media.
    file: 'online-p2p-edge-relay.png',
    locale: 'en',
    scenario: { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' },
  },
];

const dir = join(__dirname, '..', '..', 'docs', 'figures');
for (const { file, locale, scenario } of FIGURES) {
  const png = diagramForScenario(scenario, locale, 'png');
  if (!png) throw new Error(`${file}: the scenario has no answer`);
  writeFileSync(join(dir, file), png);
  console.log(join('docs', 'figures', file));
}
