// Two facts of one message that cannot both hold: "we're 100% Online" and "my account is on the on-prem pool" (an
// all-Online deployment has no user homed on-premises). The recognizer keeps the deployment and drops the homing, so
// the answer silently took one of them. The writer's own homing, said in a clause of its own, against a deployment
// whose users are all Online: both are named back and the deployment asked, nothing answered for one of them.
// Near misses: someone else's account on-premises ("the customer is on-prem"), "none of us is on-prem", a federated
// partner's product ("calling a partner who's on Skype Online").
import type { PartialScenario } from '../src/engine';
import type { Recognition, Recognizer } from '../src/nlu/types';

const CLAUSES = /[,.;!?\n，。；！？]+|\s+(?:and|but)\s+/;

/** A clause that names Hybrid itself: not read from an account on-premises ("my account is on the pool" reads Hybrid too). */
const saysHybrid = (r: Recognition): boolean => r.slots.deployment === 'hybrid' && r.slots.homing === undefined && r.slots.peerHoming === undefined;

/** The two facts that clash, when the message says an all-Online deployment and the writer homed on-premises. */
export function clashingFacts(text: string, slots: PartialScenario, recognizer: Recognizer): PartialScenario | undefined {
  // Only a message whose reading holds one of the two: the recognizer kept the deployment, or the homing (and Hybrid).
  if (slots.deployment === undefined) return undefined;
  const clauses = text.split(CLAUSES).map((clause) => recognizer.recognize(clause));
  // A clause about a federated party names that company's product ("a partner at Fabrikam who's on Skype Online"),
  // not ours; and with Hybrid said in a clause of its own, an Online product named elsewhere is someone else's ("they
  // run SfB Online"): beside "Hybrid org. I'm homed on-prem" it clashed with nothing (convs12 c12-10).
  const ours = clauses.filter((r) => r.slots.peer !== 'federated');
  if (ours.some(saysHybrid)) return undefined;
  const deployment = ours.map((r) => r.slots.deployment).find((said) => said === 'online' || said === 'cloudConnector');
  const writerOnPremises = clauses.some((r) => r.subject === 'writer' && r.slots.homing === 'onPremises');
  return deployment !== undefined && writerOnPremises ? { deployment, homing: 'onPremises' } : undefined;
}
