// Card submission values (an activity's `value`), as they arrive on the wire (JSON): the data our own buttons send,
// and tampered, stale, mistyped, deeply nested or prototype-polluting variants of it.
import { SLOT_VALUES, type SlotName } from '../../src/engine';
import { EXPLAIN_TOPICS } from '../../src/cards';
import type { Random } from './random';

type ValueMaker = (random: Random, buttons: readonly Record<string, unknown>[]) => unknown;

const SLOTS = Object.keys(SLOT_VALUES) as SlotName[];
const ALL_VALUES = SLOTS.flatMap((slot) => [...SLOT_VALUES[slot]]);
const ACTIONS = ['answer', 'whatIf', 'restart', 'back', 'help', 'language', 'explain', 'triage', 'observeLeg', 'observePath', 'observeNotPath', 'observeEdge', 'triageUnknown'];
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', ''];
const ODD_SCALARS: unknown[] = [null, true, false, 0, -1, 1e308, '', ' ', 'null', 'undefined', '[object Object]', '${x}', '繁體中文', '\u0000', [], {}, [null]];

/** What JSON.parse makes of the text: own `__proto__` keys included, as a channel's body parser would make them. */
function wire(json: string): unknown {
  return JSON.parse(json);
}

function validAction(random: Random): Record<string, unknown> {
  const slot = random.pick(SLOTS);
  return random.pick([
    { action: 'answer', slot, value: random.pick(SLOT_VALUES[slot]) },
    { action: 'whatIf', slot },
    { action: 'restart' },
    { action: 'back' },
    { action: 'help' },
    { action: 'language', locale: random.pick(['en', 'zh-TW']) },
    { action: 'explain', topic: random.pick(EXPLAIN_TOPICS) },
    // The triage's buttons, in any order (a path before a leg, an Edge with nothing observed).
    { action: 'triage' },
    { action: 'observeLeg', traffic: random.pick(['media', 'signaling']), party: random.pick(['user', 'peer']) },
    { action: random.pick(['observePath', 'observeNotPath']), path: random.pick(['local', 'expressRoute', 'internet']) },
    { action: 'observeEdge', edge: random.pick(['relayed', 'direct', 'unknown']) },
    { action: 'triageUnknown', slot: random.pick(SLOTS.filter((s) => s !== 'firewall')) },
  ]);
}

function nested(depth: number): unknown {
  let value: unknown = { action: 'answer' };
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { value };
  return value;
}

function tamper(random: Random, data: Record<string, unknown>): Record<string, unknown> {
  const field = random.pick([...Object.keys(data), 'slot', 'value', 'locale', 'topic', 'action']);
  return { ...data, [field]: random.pick([...ODD_SCALARS, random.pick(ALL_VALUES), random.pick(SLOTS), random.pick(ACTIONS), random.pick(ODD_KEYS), nested(3)]) };
}

/** Each kind of value, by name. */
export const VALUE_KINDS: Record<string, ValueMaker> = {
  /** A button of the card on screen, clicked again later (it may be stale by now). */
  ownButton: (random, buttons) => (buttons.length > 0 ? random.pick(buttons) : validAction(random)),
  validAnyTime: (random) => validAction(random),
  tamperedButton: (random, buttons) => tamper(random, buttons.length > 0 ? random.pick(buttons) : validAction(random)),
  unknownAction: (random) => ({ action: random.pick(['delete', 'Answer', 'ANSWER', ' answer', 'answer ', 'submit', 'eval', '', ...ODD_KEYS]), slot: random.pick(SLOTS), value: random.pick(ALL_VALUES) }),
  valueOfAnotherSlot: (random) => {
    const slot = random.pick(SLOTS);
    const others = ALL_VALUES.filter((v) => !(SLOT_VALUES[slot] as readonly string[]).includes(v));
    return { action: 'answer', slot, value: random.pick(others) };
  },
  wrongTypes: (random) => random.pick([
    { action: 1 },
    { action: ['answer'], slot: ['deployment'], value: ['online'] },
    { action: 'answer', slot: 7, value: { online: true } },
    { action: 'answer', slot: 'deployment', value: 1 },
    { action: 'language', locale: ['zh-TW'] },
    { action: 'language', locale: 'fr' },
    { action: 'explain', topic: 'principle 4' },
    { action: 'explain', topic: { kind: 'principle', principle: '4' } },
    { action: 'explain', topic: { kind: 'example', example: 'constructor' } },
    { action: { toString: 'answer' } },
    { action: 'whatIf', slot: 'nothing' },
    { action: null, slot: null, value: null },
  ]),
  prototypePollution: (random) =>
    wire(
      random.pick([
        '{"__proto__":{"action":"answer","slot":"deployment","value":"online","polluted":true}}',
        '{"action":"answer","slot":"__proto__","value":"online"}',
        '{"action":"explain","topic":{"__proto__":{"kind":"principles"},"polluted":true}}',
        '{"constructor":{"prototype":{"polluted":true}},"action":"help"}',
        '{"action":"__proto__"}',
        '{"action":"constructor","slot":"constructor","value":"constructor"}',
        '{"action":"answer","slot":"toString","value":"toString"}',
        '{"action":"whatIf","slot":"hasOwnProperty"}',
        '{"action":"explain","topic":{"kind":"constructor"}}',
        '{"action":"explain","topic":{"kind":"segment","segment":"__proto__"}}',
        '{"msteams":{"__proto__":{"type":"imBack","value":"help"}}}',
      ]),
    ),
  nestedJunk: (random) => random.pick([nested(1 + random.int(50)), nested(2000), { action: 'answer', slot: 'deployment', value: 'online', extra: nested(200) }, Array.from({ length: 1 + random.int(5000) }, (_, i) => i)]),
  notAnObject: (random) => random.pick([...ODD_SCALARS, 'help', 'deployment=online', '{"action":"help"}', 42, ['help']]),
  teamsShapes: (random) => random.pick([
    { msteams: { type: 'imBack', value: random.pick(['help', 'PSTN call', '中文', '', 42]) } },
    { msteams: { type: 'messageBack', text: 'back', value: validAction(random) } },
    { msteams: { type: 'invoke', value: { action: 'help' } } },
    { msteams: null },
    { msteams: 'imBack' },
    { action: 'answer', slot: 'deployment', value: 'online', msteams: { type: 'task/fetch' } },
  ]),
  extraFields: (random) => ({ ...validAction(random), extra: random.pick(ODD_SCALARS), ['x'.repeat(1 + random.int(5000))]: 1 }),
};

export const VALUE_KIND_NAMES = Object.keys(VALUE_KINDS);

export function junkValue(random: Random, buttons: readonly Record<string, unknown>[]): { kind: string; value: unknown } {
  const kind = random.pick(VALUE_KIND_NAMES);
  return { kind, value: VALUE_KINDS[kind](random, buttons) };
}
