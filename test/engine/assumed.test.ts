import { advise, resolve } from '../../src/engine';
import { answerJson, answerView, knownScenario } from '../../src/present';

describe('answers that hold whatever an unknown slot is', () => {
  // A Hybrid user homed on-premises on the Internet: every organizer gives Internet signaling and media.
  const partial = { deployment: 'hybrid', callType: 'conference', homing: 'onPremises', location: 'internet' } as const;

  it('answers without asking, and names the slots it filled in only for the details', () => {
    const advice = advise(partial);
    expect(advice.missing).toEqual([]);
    const r = advice.resolution!;
    expect(r.assumed).toEqual(['organizer']);
    expect(r.signaling.map((l) => l.path)).toEqual(['internet']);
    expect(r.media.map((l) => l.path)).toEqual(['internet']);
  });

  it('never shows an assumed value as something the user said', () => {
    const r = resolve(partial)!;
    expect(knownScenario(r)).toEqual(partial);
    const view = answerView(r, 'en');
    expect(view.facts.map((f) => f.title)).not.toContain('Conference hosted by');
    expect(view.notes[0]).toMatch(/^The paths are the same whatever the conference hosted by; .* for the case Conference hosted by: /);
    expect(answerJson(r, 'zh-TW').notes[0]).toMatch(/^無論會議主持方為何，路徑都相同/);
  });

  it('assumes nothing when the user gave every slot that applies', () => {
    expect(resolve({ ...partial, organizer: 'onPremises' })!.assumed).toEqual([]);
  });
});

describe('values outside the contract', () => {
  it('are treated as unknown, never thrown on', () => {
    const odd = { deployment: 'mainframe', callType: 'fax', location: 42, colour: 'red' } as unknown as Parameters<typeof advise>[0];
    expect(() => advise(odd)).not.toThrow();
    expect(advise(odd).scenario).toEqual({});
    expect(resolve({ ...(odd as object), deployment: 'online', callType: 'pstn', location: 'internet' } as Parameters<typeof resolve>[0])?.source).toEqual({
      kind: 'table',
      table: 'online',
      row: 8,
    });
  });
});
