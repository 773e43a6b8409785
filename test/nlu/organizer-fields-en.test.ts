// Who hosts a meeting (issue 15, nlu79): a department that set up the meeting named right after it.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text.replace(/ \/ /g, '\n')).slots;

describe('a department right after the meeting it set up hosts it', () => {
  it.each(['the training session HR set up', 'a meeting Finance set up', 'the review meeting legal booked', 'the budget meeting Procurement organised'])(
    'joining %s, all Online: hosted Online',
    (meeting) => {
      expect(slots(`We're all on Skype for Business Online. I'm at my desk at HQ and joining ${meeting}. ER?`)).toEqual({
        deployment: 'online',
        callType: 'conference',
        location: 'customerNetwork',
        organizer: 'online',
      });
    },
  );

  it('in a hybrid deployment the department hosts, homed we do not know where: asked', () => {
    expect(slots("We're hybrid. I'm at my desk at HQ and joining the training session HR set up. ER?").organizer).toBeUndefined();
  });

  it('a meeting with a department is not hosted by it', () => {
    expect(slots("We're all on Skype for Business Online. I'm at my desk at HQ and joining a meeting with HR. ER?").organizer).toBeUndefined();
  });
});
