// Command-line arguments -> a typed request. Every error names what is allowed, in the chosen language.
import { SLOT_VALUES, type Observation, type PartialScenario, type SlotName, type TrafficType } from '../engine';
import { t, type Locale } from '../i18n';
import { ObservedError, OBSERVED_SYNTAX, parseObserved } from './observed';

/** Flag -> slot. `--call` is the short name users type for the callType slot. */
const SLOT_FLAGS: Record<string, SlotName> = {
  '--deployment': 'deployment',
  '--call': 'callType',
  '--call-type': 'callType',
  '--homing': 'homing',
  '--location': 'location',
  '--peer': 'peer',
  '--peer-homing': 'peerHoming',
  '--organizer': 'organizer',
  '--firewall': 'firewall',
};
const VALUE_FLAGS = ['--locale', '--diagram'];
/** What was observed of each traffic type (repeatable, one party each): `[party:]path[+edge]`, see observed.ts. */
const OBSERVED_FLAGS: Record<string, TrafficType> = { '--observed-media': 'media', '--observed-signaling': 'signaling' };
const SWITCHES = ['--json', '--help', '-h'];
const ALL_FLAGS = [...Object.keys(SLOT_FLAGS), ...Object.keys(OBSERVED_FLAGS), ...VALUE_FLAGS, ...SWITCHES];

export interface AskArgs {
  slots: PartialScenario;
  locale?: Locale;
  json: boolean;
  help: boolean;
  /** `-` : one request per line on standard input. */
  batch: boolean;
  diagram?: string;
  question: string;
  /** What was observed, from --observed-media and --observed-signaling. */
  observed: Observation[];
}

export class UsageError extends Error {}

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'zh-TW';
}

/** The language for error messages before --locale is known: the one given, else the environment's. */
export function messageLocale(argv: readonly string[]): Locale {
  const i = argv.indexOf('--locale');
  const given = i >= 0 ? argv[i + 1] : undefined;
  if (isLocale(given)) return given;
  return /^zh[-_](TW|HK|Hant)/i.test(process.env.LANG ?? '') ? 'zh-TW' : 'en';
}

export function parseArgs(argv: readonly string[]): AskArgs {
  const locale = messageLocale(argv);
  const [command, ...rest] = argv;
  if (command !== 'ask') {
    if (command === undefined || command === '--help' || command === '-h') {
      return { slots: {}, json: false, help: true, batch: false, question: '', observed: [] };
    }
    throw new UsageError(t(locale, 'cli.badCommand', { command }));
  }
  const args: AskArgs = { slots: {}, json: false, help: false, batch: false, question: '', observed: [] };
  const words: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '-') {
      args.batch = true;
    } else if (flag === '--json') {
      args.json = true;
    } else if (flag === '--help' || flag === '-h') {
      args.help = true;
    } else if (flag in OBSERVED_FLAGS) {
      const value = inline ?? rest[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(t(locale, 'cli.missingValue', { flag, allowed: OBSERVED_SYNTAX }));
      try {
        args.observed.push(parseObserved(OBSERVED_FLAGS[flag], value, locale));
      } catch (error) {
        if (error instanceof ObservedError) throw new UsageError(`${flag}: ${error.message}`);
        throw error;
      }
    } else if (flag in SLOT_FLAGS || VALUE_FLAGS.includes(flag)) {
      const value = inline ?? rest[++i];
      const slot = SLOT_FLAGS[flag];
      const allowed = slot ? SLOT_VALUES[slot].join(', ') : flag === '--locale' ? 'en, zh-TW' : 'FILE.svg, FILE.png';
      if (value === undefined || value.startsWith('--')) throw new UsageError(t(locale, 'cli.missingValue', { flag, allowed }));
      if (slot) {
        if (!(SLOT_VALUES[slot] as readonly string[]).includes(value)) {
          throw new UsageError(t(locale, 'cli.badValue', { flag, value, allowed }));
        }
        (args.slots as Record<string, string>)[slot] = value;
      } else if (flag === '--locale') {
        if (!isLocale(value)) throw new UsageError(t(locale, 'cli.badLocale', { value }));
        args.locale = value;
      } else {
        if (!/\.(svg|png)$/i.test(value)) throw new UsageError(t(locale, 'cli.diagramBadFile'));
        args.diagram = value;
      }
    } else if (flag.startsWith('--')) {
      throw new UsageError(t(locale, 'cli.unknownFlag', { flag, allowed: ALL_FLAGS.join(', ') }));
    } else {
      words.push(arg);
    }
  }
  args.question = words.join(' ');
  return args;
}
