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

/**
 * Cloud Connector denied ("未使用 Cloud Connector", "沒用 CCE", "沒導入雲端連接器") beside an Online phone service
 * (Phone System, 通話方案, Calling Plan): the deployment is Online, or not said; never Cloud Connector (test7 class).
 */
export function deniedCceGrid(): GridItem[] {
  const denials = ['未使用', '沒有用', '沒用', '並未使用', '沒導入', '沒有導入', '沒有架', '沒裝', '不是用'];
  const products = ['Cloud Connector', 'CCE', '雲端連接器'];
  const frames: readonly [string, Record<string, string>][] = [
    ['電話採雲端 Phone System（{d} {p}），我在家撥外線，媒體走哪？', { location: 'internet', callType: 'pstn' }],
    ['我們是 SfB Online，{d} {p}，打外線用通話方案。我在公司撥外線，媒體走哪？', { deployment: 'online', location: 'customerNetwork', callType: 'pstn' }],
    ['純 Online 租用戶，PSTN 走 Calling Plan，{d}{p}。我在家撥外線給客戶，訊號走哪？', { deployment: 'online', location: 'internet', callType: 'pstn' }],
  ];
  return denials.flatMap((d) =>
    // A space between Chinese words reads as a break: only before a Latin name.
    products.flatMap((p) => frames.map(([frame, slots]) => ({ text: frame.replace('{d} {p}', /^[A-Z]/.test(p) ? `${d} ${p}` : `${d}${p}`).replace('{d}', d).replace('{p}', p), slots, tags: [d, p] }))),
  );
}
