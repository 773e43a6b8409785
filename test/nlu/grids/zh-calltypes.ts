// Chinese call-type material written blind (round 10, calltypes-zh.json): writers who never saw the recognizer wrote,
// from KNOWLEDGE.md and GLOSSARY.md only, 200 calls described as people write them (a third traps: "call" for a
// meeting, scheduled 1:1s, dial-in to a meeting, 研討會／說明會 that are not calls, 「打給客戶」 by phone or Skype, two
// calls in one message), each labelled with its call type or none. Their text and labels are used as written; items
// left out are listed in LEFT_OUT with why. Each is read after a sentence that states the deployment.
import type { CallType } from '../../../src/engine/types';
import type { GridItem } from './grid';
import material from './calltypes-zh.json';

interface Call {
  id: string;
  text: string;
  callType: CallType | 'none';
  note?: string;
}

/** Items whose label we think is wrong, left out (never relabelled). */
export const LEFT_OUT: ReadonlyMap<string, string> = new Map<string, string>([]);

export const CALLS = (material.calls as Call[]).filter((c) => !LEFT_OUT.has(c.id));

/** Each call after "我們是純 Online。" (and a question when it asks none), in two frames: as said, and as a ticket's description. */
export function callTypeMaterialGrid(): GridItem[] {
  return CALLS.flatMap((call) => {
    const slots = call.callType === 'none' ? {} : { callType: call.callType };
    return [
      { text: `我們是純 Online。${call.text}`, slots, tags: [call.id, 'said'] },
      { text: `報修人：小林\n部署：純 Online\n問題描述：${call.text}`, slots, tags: [call.id, 'ticket'] },
    ];
  });
}
