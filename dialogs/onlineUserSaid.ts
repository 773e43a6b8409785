// "and the buyer, who's an Online user, at her desk?" in a Hybrid deployment: one person said to be an Online user is
// where that person is homed, not the deployment (the recognizer reads everyone's, which clashed with Hybrid and was
// left out: conv56, a dev conversation). Said of everyone ("what if we were all Online users?") it stays the deployment.
import type { PartialScenario } from '../src/engine';
import type { Recognition } from '../src/nlu/types';

const ONE_ONLINE_USER = /\ban?\s+(?:skype\s+)?online\s+user\b/i;
const EVERYONE = /\b(?:all|every\w*|we|us|our\s+users|whole|entire)\b/i;

export function withOnlineUserHomed(recognized: Recognition, scenario: PartialScenario, text: string): Recognition {
  const { deployment, homing, ...slots } = recognized.slots;
  if (scenario.deployment !== 'hybrid' || deployment !== 'online' || homing !== undefined) return recognized;
  if (!ONE_ONLINE_USER.test(text) || EVERYONE.test(text)) return recognized;
  return { ...recognized, slots: { ...slots, homing: 'online' } };
}
