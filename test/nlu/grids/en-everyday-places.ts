// Everyday English place phrases from the studied blind misses, each kept only where the held sets did not lose:
// a colleague "next door", "on the call centre floor", Scots "fae hame", a
// "corp wired network". Who x place x frame x question; negatives: the same words beside a place that says otherwise
// ("the cafe next door", "in a hospital waiting room on the public wifi").
import type { GridItem } from './grid';
import type { PartialScenario } from '../../../src/engine/types';
import { nth, product } from './en-grid';

const OURS = ['on the call centre floor', 'on the call center floor', 'on the corp wired network', 'on the corporate wired network'];
const AWAY = ['working fae hame', 'fae hame the day'];
const HEADERS = ['SfB Online tenant.', "We're Skype for Business Online only.", 'Env: SfB Online, ExpressRoute.'];
const QUESTIONS = ['Path for her media?', 'Does her signaling go over ExpressRoute?', 'Which way does her call go?'];

const placed = (where: string, slots: PartialScenario) => (n: number): GridItem => ({
  text: `${nth(HEADERS, n)} Our nurse Grace is ${where} and dials a patient's landline. ${nth(QUESTIONS, n)}`,
  slots,
  tags: [`place:${where}`],
});

export function everydayPlacesGrid(): GridItem[] {
  const ours = product({ where: OURS, n: [0, 1, 2] }).map(({ where, n }) => placed(where, { location: 'customerNetwork' })(n));
  const away = product({ where: AWAY, n: [0, 1, 2] }).map(({ where, n }) => placed(where, { location: 'internet' })(n));
  // "IT tells me my account is on our own servers and so is my PA's. When I call her from my office (she's next
  // door)": the one called next door is in the office too.
  const nextDoor = product({ said: ['she is next door', "she's next door", 'she sits next door'], n: [0, 1, 2] }).map(({ said, n }) => ({
    text: `${nth(HEADERS, n)} I call my PA on Skype from my office (${said}). ${nth(QUESTIONS, n).replace('her', 'my')}`,
    slots: { location: 'customerNetwork', peer: 'customerNetwork' } as PartialScenario,
    tags: [`said:${said}`],
  }));
  return [...ours, ...away, ...nextDoor];
}

/** The same words beside a place that says where the person is: that place decides. */
export function everydayPlacesNegativesGrid(): GridItem[] {
  const said = ['at the cafe next door', 'in a hospital waiting room on the public wifi', 'at the hotel next door, no VPN'];
  return product({ where: said, n: [0, 1, 2] }).map(({ where, n }) => placed(where, { location: 'internet' })(n));
}
