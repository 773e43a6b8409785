// Slots: only values of the engine, only what the text supports, and what the stated slots imply.
import { createRecognizer } from '../../src/nlu';
import { SLOT_VALUES, type SlotName } from '../../src/engine/types';
import labelledEn from './labelled.en.json';
import labelledZh from './labelled.zh.json';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('slot values', () => {
  it('are always values of the engine', () => {
    const texts = [...labelledEn, ...labelledZh].map((u) => u.text);
    for (const text of texts) {
      for (const [slot, value] of Object.entries(slots(text))) {
        expect([text, slot, (SLOT_VALUES[slot as SlotName] as readonly string[]).includes(value)]).toEqual([text, slot, true]);
      }
    }
  });

  it('covers every value of every slot', () => {
    const seen = new Set<string>();
    for (const { text } of [...labelledEn, ...labelledZh]) for (const [slot, value] of Object.entries(slots(text))) seen.add(`${slot}.${value}`);
    for (const [slot, values] of Object.entries(SLOT_VALUES)) for (const value of values) expect(seen).toContain(`${slot}.${value}`);
  });
});

describe('implied slots', () => {
  it('makes an on-premises user, other party or organizer a Hybrid deployment', () => {
    expect(slots('homed on-premises')).toEqual({ homing: 'onPremises', deployment: 'hybrid' });
    expect(slots('內部部署')).toEqual({ homing: 'onPremises', deployment: 'hybrid' });
    expect(slots('the organizer is on-prem')).toMatchObject({ organizer: 'onPremises', deployment: 'hybrid' });
  });

  it('makes an organizer a conference', () => {
    expect(slots('the organizer is online')).toEqual({ organizer: 'online', callType: 'conference' });
  });

  it('makes a call between two people peer-to-peer', () => {
    expect(slots('a user calls a colleague')).toEqual({ callType: 'peerToPeer' });
    expect(slots('使用者打給同事')).toEqual({ callType: 'peerToPeer' });
  });

  it('does not make a PSTN call or a meeting peer-to-peer', () => {
    expect(slots('a user calls a mobile number')).toEqual({ callType: 'pstn' });
    expect(slots('a user calls into a meeting')).toEqual({ callType: 'conference' });
  });

  it('reads a blocking firewall from its words in any order', () => {
    expect(slots('the firewall blocks UDP')).toEqual({ firewall: 'blocksDirect' });
    expect(slots('UDP is blocked by the firewall')).toEqual({ firewall: 'blocksDirect' });
    expect(slots('防火牆擋住直接路徑')).toEqual({ firewall: 'blocksDirect' });
    expect(slots('the firewall allows direct connections')).toEqual({ firewall: 'allowsDirect' });
  });
});

describe('only what the text supports', () => {
  it('leaves a slot empty when the text says two things of it', () => {
    expect(slots('is it a hybrid or an online deployment?')).toEqual({});
    expect(slots('compare a p2p call and a conference')).toEqual({});
  });

  it('does not fill slots from words that only look like the domain', () => {
    expect(slots('book a meeting room')).toEqual({});
  });

  it('keeps only slots that apply to the call type', () => {
    // An organizer is no part of a peer-to-peer call.
    expect(slots('p2p call, organizer is online')).toEqual({ callType: 'peerToPeer' });
  });
});
