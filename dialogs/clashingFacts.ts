// Two facts of one message that cannot both hold: "we're 100% Online" and "my account is on the on-prem pool" (an
// all-Online deployment has no user homed on-premises). The recognizer keeps the deployment and drops the homing, so
// the answer silently took one of them. The writer's own homing, said in a clause of its own, against a deployment
// whose users are all Online: both are named back and the deployment asked, nothing answered for one of them.
// Near misses: someone else's account on-premises ("the customer is on-prem"), "none of us is on-prem".
import type { PartialScenario } from '../src/engine';
import type { Recognizer } from '../src/nlu/types';

const CLAUSES = /[,.;!?\n，。；！？]+|\s+(?:and|but)\s+/;

/** The two facts that clash, when the message says an all-Online deployment and the writer homed on-premises. */
export function clashingFacts(text: string, slots: PartialScenario, recognizer: Recognizer): PartialScenario | undefined {
  // Only a message whose reading holds one of the two: the recognizer kept the deployment, or the homing (and Hybrid).
  if (slots.deployment === undefined) return undefined;
  const clauses = text.split(CLAUSES).map((clause) => recognizer.recognize(clause));
  const deployment = clauses.map((r) => r.slots.deployment).find((said) => said === 'online' || said === 'cloudConnector');
  const writerOnPremises = clauses.some((r) => r.subject === 'writer' && r.slots.homing === 'onPremises');
  return deployment !== undefined && writerOnPremises ? { deployment, homing: 'onPremises' } : undefined;
}
