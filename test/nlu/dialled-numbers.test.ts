// A phone number written out after a dialling verb ("dialled +44 20 7946 0000", 「撥 02-2345-6789」), or a business's
// number by its possessive ("the taxi company's number"), is a call to the phone network: digits and businesses are
// open classes no vocabulary lists. Numbers that are no dialled call (a ticket's contact field, port ranges, dates,
// ticket ids, addresses) say nothing of the call type. Formats x verbs x languages, written for this grid.
import { createRecognizer } from '../../src/nlu';
import { dialledNumbersAsWords } from '../../src/nlu/phoneNumbers';
import { product } from './grids/grid';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const NUMBERS = ['+44 20 7946 0000', '+886 2 2345 6789', '+1-425-555-0100', '020 7946 0000', '02-2345-6789', '0912345678', '0912-345-678', '(425) 555-0100', '425-555-0100', '555-0100'];
const VERBS_EN = ['dial', 'dialled', 'dialing', 'called', 'calling', 'rang', 'ringing', 'phoned', 'calls out to'];
const VERBS_ZH = ['撥', '打', '打給', '撥打', '打到', '拨打'];

describe('a dialled phone number is a PSTN call', () => {
  it.each(product<string>([VERBS_EN, NUMBERS]))('SfB Online only. From my desk in the office I %s %s in Skype: which path?', (verb, number) => {
    expect(slots(`SfB Online only. From my desk in the office I ${verb} ${number} in Skype: which path?`)).toEqual({
      deployment: 'online',
      callType: 'pstn',
      location: 'customerNetwork',
    });
  });

  it.each(product<string>([VERBS_ZH, NUMBERS]))('我們是純 Online，我在公司座位上用 Skype %s %s，訊號跟媒體走哪？', (verb, number) => {
    expect(slots(`我們是純 Online，我在公司座位上用 Skype ${verb} ${number}，訊號跟媒體走哪？`)).toEqual({
      deployment: 'online',
      callType: 'pstn',
      location: 'customerNetwork',
    });
  });
});

describe("a business's number is a PSTN call", () => {
  it.each(["the taxi company's number", "the pharmacy's landline", "the bank's hotline", "our ISP's helpline", "the hotel's switchboard", "the supplier's number"])(
    'Online tenant, at home without VPN, I call %s. Media path?',
    (callee) => {
      expect(slots(`Online tenant, at home without VPN, I call ${callee}. Media path?`)).toEqual({ deployment: 'online', callType: 'pstn', location: 'internet' });
    },
  );
});

describe('numbers that are no dialled call', () => {
  it.each([
    'Requester phone 0912-345-678',
    'Phone: 02-2345-6789',
    'Callback number 020 7946 0000',
    'allowed UDP 50000-59999 and calling 3478-3481',
    'calling since 2026-12-03',
    'call on 10.0.0.1',
    'ticket INC0051190',
    'called at 10:30',
    'dial-in conference ID 123 456 789',
  ])('%s stays as written', (text) => {
    expect(dialledNumbersAsWords(text)).toBe(text);
  });

  it("a ticket's contact number beside a call between colleagues keeps it peer-to-peer", () => {
    expect(slots('Ticket 5512 / Requester phone 0912-345-678 / Issue: Ana at home (no VPN) calls a colleague in the office / tenant: Skype Online only').callType).toBe('peerToPeer');
  });
});
