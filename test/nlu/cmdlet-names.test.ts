// A Skype for Business cmdlet named by its own name asks how to administer something, as "cmdlet" does: out of the
// article. A question of a call that only cites what a cmdlet showed stays a question of the call. Worded for this
// table.
import { createRecognizer } from '../../src/nlu';
import { cmdletNamesAsWord } from '../../src/nlu/cmdletNames';

const recognizer = createRecognizer();
const recognize = (text: string) => recognizer.recognize(text);

describe('a cmdlet asked about is out of scope', () => {
  it.each([
    'How do I use Grant-CsTeamsUpgradePolicy to put our on-prem users in Islands mode?',
    'Exact Set-CsUser parameters to change an Online user\'s SIP address?',
    'Does Enable-CsUser need the registrar pool of the on-prem FE?',
    'Move-CsUser 要加什麼參數才能把地端的使用者搬到 Online？',
    'Get-CsOnlineUser 要怎麼篩出還在地端的帳號？',
  ])('%s', (text) => {
    expect(recognize(text).intent).toBe('none');
  });
});

describe('near misses', () => {
  it.each(['Move-Item the log to the share', 'Get-NetIPAddress on the client', 'the cs team moved', 'Test-NetConnection to port 443'])('%s stays as written', (text) => {
    expect(cmdletNamesAsWord(text)).toBe(text);
  });

  it('a call question that cites a cmdlet stays a call question', () => {
    expect(recognize('Hybrid. Get-CsUser says I am homed on-prem. I am in the office calling a colleague at home. Media path?')).toMatchObject({
      intent: 'ask',
      slots: { deployment: 'hybrid', homing: 'onPremises', location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' },
    });
  });
});
