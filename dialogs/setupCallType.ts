// A product named as what carries one kind of call ("our PSTN goes through CCE", 「我們打電話是走 CCE」, "we use Cloud
// Connector for calling") is the deployment: said of a call the conversation already has, it keeps that call's type.
// The blind judge saw a peer-to-peer call turned into a PSTN call by it.
import type { PartialScenario } from '../src/engine';
import type { Recognition } from '../src/nlu/types';

export function withKnownCallType(recognized: Recognition, scenario: PartialScenario): Recognition {
  if (!recognized.callTypeBySetup || scenario.callType === undefined) return recognized;
  const { callType, ...slots } = recognized.slots;
  return { ...recognized, slots };
}
