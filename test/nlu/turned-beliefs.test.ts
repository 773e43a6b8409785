// Class set "unsure" (session 47): a homing or deployment believed ("I believe", "I think", "fairly sure", 「好像」
// 「應該」), then turned in the same sentence by a contrast and a guess ("but she might've been migrated", "but I could
// be mixing her up", 「但也可能已經換成…」), is no fact: the advisor asks (turnedBeliefs.ts). Near misses: a belief
// alone, a belief turned by a fact of someone else, a plain fact with a guess of a move to come.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a belief turned to a guess leaves the fact asked', () => {
  it.each([
    ["Hybrid. I'm in the office, homed on-prem. I believe Marta is on the on-prem pool, but she may have been moved to Online already. Her meeting, my path?", 'organizer'],
    ["We're hybrid and I'm at my desk in the office. I think I'm still homed on-prem, but I might have been migrated last night. Calling a landline. Path?", 'homing'],
    ["Hybrid shop. Dev is in the office calling a landline. I'm pretty sure he's on-prem, but I could be wrong. His path?", 'homing'],
    ['我們是混合式。我在公司，地端帳號。阿明開的會，他好像還在地端 pool，但也可能上週被搬到 Online 了。我的路徑？', 'organizer'],
    ['混合式部署，我在辦公室要打外線。我應該是地端帳號，不過說不定已經被搬到雲端了。路徑？', 'homing'],
    ['我們外線好像是走 Cloud Connector，但也可能已經改成 Online 的通話方案了。我在公司打市話，路徑？', 'deployment'],
  ])('%s', (text, slot) => {
    expect((slots(text) as Record<string, string | undefined>)[slot]).toBeUndefined();
  });
});

describe('near misses: a belief alone, or turned by a fact said plainly, stays', () => {
  it.each([
    ["Hybrid. I'm in the office, homed Online. I'm joining Marta's meeting; I believe she is on the on-prem pool. Path?", 'organizer', 'onPremises'],
    ["We're hybrid, I'm in the office. I think I'm still homed on-prem, but my team was moved to Online. Calling a landline. Path?", 'homing', 'onPremises'],
    ['混合式部署，我在辦公室要打外線。我是地端帳號，不過下個月可能會被搬到雲端。路徑？', 'homing', 'onPremises'],
    ['我們外線好像是走 Cloud Connector，帳號都在 Online。我在公司打市話，路徑？', 'deployment', 'cloudConnector'],
    ['我們外線是走 Cloud Connector，但帳號都在 Online。我在公司打市話，路徑？', 'deployment', 'cloudConnector'],
  ])('%s', (text, slot, value) => {
    expect((slots(text) as Record<string, string | undefined>)[slot]).toBe(value);
  });
});
