// A consultant writing about a client's tenant ("For client Northwind (Online only) ... their Osaka office"): the
// client is the organization the question is about, not a person in the call; its name says nothing of where anyone
// is ("Fourth Coffee" is no coffee shop); "their" stands for it unless another organization is named.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const FRAMES = [
  'For client Tailwind Traders (SfB Online only)',
  'For client Adatum (Skype for Business Online only, ER through their carrier)',
  'Client Fabrikam (cloud-only SfB)',
  'For my customer, Mr Ito, who runs an Online-only SfB tenant',
  'Customer Blue Yonder, all users on Skype for Business Online,',
  'For client Fourth Coffee (SfB Online only)',
  'Client Wide World Importers, SfB Online only.',
  'Client with SfBO only and ExpressRoute.',
];

describe('the client a consultant writes for', () => {
  describe.each(FRAMES)('%s', (frame) => {
    it('reads the caller in their office and the other party at home', () => {
      expect(slots(`${frame}: a user in their Leeds office calls Sam, who is at home off VPN. Paths for the Leeds user?`)).toEqual({
        deployment: 'online',
        callType: 'peerToPeer',
        location: 'customerNetwork',
        peer: 'internet',
      });
    });

    it('adds nobody to a call with no other party named', () => {
      expect(slots(`${frame}: staff in the office say their calls drop. Does that go over ER?`)).toEqual({ deployment: 'online', location: 'customerNetwork' });
    });

    it('reads what users call each other as a peer-to-peer call and nothing more', () => {
      expect(slots(`${frame}, what happens path-wise when a user calls another user?`)).toEqual({ deployment: 'online', callType: 'peerToPeer' });
    });
  });

  it("reads their on-premises pool as the client's own: a Hybrid deployment, the user homed on-premises", () => {
    expect(slots('Writing this up for my customer, so please check: hybrid, Lukas (moved to SfB Online) calls Eva (still homed on their on-premises pool); both are in the Munich office on the LAN.')).toEqual({
      deployment: 'hybrid',
      callType: 'peerToPeer',
      location: 'customerNetwork',
      peer: 'customerNetwork',
      homing: 'online',
      peerHoming: 'onPremises',
    });
  });

  it("keeps another company's own servers another company's when one is named", () => {
    const found = slots('For client Contoso (SfB Online only): a supplier invites their staff to a meeting hosted on their own on-prem Skype Server. Staff join from the office.');
    expect(found.organizer).not.toBe('onPremises');
    expect(found.deployment).toBe('online');
  });

  it("leaves a client called by our people someone outside: dialing a client's mobile is a phone call", () => {
    expect(slots("SfB Online only. Our receptionist dials a client's mobile from her desk. Paths?")).toEqual({ deployment: 'online', callType: 'pstn', location: 'customerNetwork' });
  });

  it('is out of scope when the question is not about calls', () => {
    expect(slots('For client Contoso we need to enrol 80 iPhones in Intune by Friday - what is the quickest way?')).toEqual({});
  });
});
