// A pasted chat log is written in as many shapes as there are chat apps: "ahmad.k  10:02  I'm at home" (IRC, a
// terminal), "Tue 16:31 Mei Lin: ..." (an export with the day), "[下午 2:31] 黃俊傑：..." (Teams in Chinese), "Noor,
// 10:02" or "Noor [10:02 AM]" with the message on the lines under it (Teams, Slack), "淑華 上午10:00" over the message
// (LINE, WeChat), "@ursula: 我在總部" (a channel with no times). Each line is rewritten in the one shape the people
// rules read as a chat ("[10:02] Noor: I'm at home", People.labelsLine, chatLineNames): who wrote it, then what they
// wrote, whose "I"/「我」 they are. A line whose time is not shown gets empty brackets ("[] Ursula: 我在總部").

/** What may follow a time's hours and minutes as chats show it: seconds, an English meridiem ("10:02 AM", "9:15:07pm"). */
const TIME_REST = String.raw`(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
/** What may come before the time: a day, a date, a Chinese part of the day ("Tue", "3/22", "週一", "下午"). */
const DAY = String.raw`(?:(?:[Mm]on|[Tt]ues?|[Ww]ed(?:nes)?|[Tt]hu(?:rs?)?|[Ff]ri|[Ss]at(?:ur)?|[Ss]un)(?:day)?\.?,?|\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?|(?:週|周|星期|禮拜|礼拜)[一二三四五六日天])`;
const PART_OF_DAY = String.raw`(?:上午|下午|早上|晚上|中午|凌晨)`;
/** A line's time stamp; the group is the time itself, hours and minutes (the meridiem is left out of the label). */
const STAMP = String.raw`(?:${DAY}\s*)?(?:${PART_OF_DAY}\s*)?(\d{1,2}:\d{2})${TIME_REST}`;
/**
 * Who wrote a line: a name of up to three capitalized words ("Mei Lin", "Pieter de Vries"), a handle ("ahmad.k",
 * "noor_s", "tomoko"), or a Chinese name, maybe after a title ("會計 小芸").
 */
const NAME = String.raw`(?:[A-Z][A-Za-z'-]*(?: (?:de|van|von|da|di|le|la|[A-Z][A-Za-z'-]*)){0,3}|[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*|(?:[\u4e00-\u9fff]{2,4} )?[\u4e00-\u9fff]{2,3})`;

/** "[Tue 10:12] Rafael: ...", "[下午 2:31] 黃俊傑: ...": a bracketed stamp, then the writer and a colon. */
const BRACKETED_FIRST = new RegExp(String.raw`^\[\s*${STAMP}\s*\]\s*(${NAME})\s*:\s*(.*)$`);
/** "Tue 16:31 Mei Lin: ...", "09:15 Ana: ...": a stamp opening the line, then the writer and a colon. */
const STAMP_FIRST = new RegExp(String.raw`^${STAMP}\s+(${NAME})\s*:\s*(.*)$`);
/**
 * "ahmad.k  10:02  I'm at home", "Noor, 10:02", "Noor [10:02 AM] ...", "淑華 上午10:00", "淑華 10:00: ...": the writer,
 * then the stamp, then what they wrote, or nothing (the message is on the lines under it).
 */
const NAME_FIRST = new RegExp(String.raw`^(${NAME})\s*,?\s+\[?\s*${STAMP}\s*\]?\s*(?::\s*|\s{2,}|\s(?=\S))?(.*)$`);
/** "@ursula: 我在總部", "@rita 我在總部": a handle opening a line, in a channel that shows no times. */
const MENTION_FIRST = /^@([A-Za-z][\w.-]*)\s*:?\s+(.*)$/;
/**
 * "淑華: 我在總部", "Noor: I'm at home": a name and a colon, then the writer speaking of themselves. Only the first
 * person tells a chat's line from a list's row about someone ("Paul: 總部, Online").
 */
const SPEAKER_FIRST = new RegExp(String.raw`^(${NAME})\s*:\s*((?:I|I'm|I am|me|my|我(?!們|们))(?![A-Za-z]).*)$`);

/** Any line labelled with a name and a colon ("Yasmin: Noor, I'm calling you"). */
const LABELLED = new RegExp(String.raw`^(${NAME})\s*:\s*(.*)$`);

/** A message that opens with its writer speaking of themselves. */
const FIRST_PERSON = /^(?:i|i'm|i am|me|my|我(?!們|们))(?![a-z])/i;

/** A message that only says its writer is as the one before ("me too", "same here", "我也是", "+1"). */
const SAME_AS_BEFORE = /^(?:me too|me as well|same(?: here)?|ditto|\+1|我也是|我也一樣|我也一样|同上|一樣|一样)[.!。！~～]*$/i;

/** Words a line opening with "Name:" is no chat's: a ticket's or a mail's fields ("Subject: ...", "From: ..."). */
const FIELD_WORDS: ReadonlySet<string> = new Set([
  'subject', 'from', 'to', 'cc', 'sent', 'date', 're', 'fw', 'fwd', 'note', 'notes', 'q', 'question', 'ps', 'edit', 'update',
  'deployment', 'setup', 'env', 'tenant', 'caller', 'callee', 'requester', 'description', 'details', 'user', 'agent',
]);

interface ChatLine {
  time: string;
  name: string;
  text: string;
  /** Written as a handle ("@fay"): a chat's writer, whatever the message says. */
  handle?: true;
}

/** A line read as a chat's, or undefined. */
function chatLine(line: string): ChatLine | undefined {
  const trimmed = line.trim();
  const bracketed = BRACKETED_FIRST.exec(trimmed) ?? STAMP_FIRST.exec(trimmed);
  if (bracketed) return { time: bracketed[1], name: bracketed[2], text: bracketed[3] };
  const named = NAME_FIRST.exec(trimmed);
  if (named) return { time: named[2], name: named[1], text: named[3] };
  const mention = MENTION_FIRST.exec(trimmed);
  if (mention) return { time: '', name: mention[1], text: mention[2], handle: true };
  const speaker = SPEAKER_FIRST.exec(trimmed);
  return speaker ? { time: '', name: speaker[1], text: speaker[2] } : undefined;
}

/** A handle as the name it stands for: "ahmad.k" is Ahmad, "tomoko" is Tomoko; names are kept as written. */
function nameOf(written: string): string {
  if (!/^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*$/.test(written)) return written;
  const first = written.split(/[._-]/)[0];
  return first[0].toUpperCase() + first.slice(1);
}

/** Whether a line read as a chat's may be one: a lowercase word ("tomoko", "standup") writes only when it speaks as "I". */
function mayBeChat(line: ChatLine | undefined, next: string | undefined): line is ChatLine {
  if (line === undefined || FIELD_WORDS.has(line.name.toLowerCase())) return false;
  if (line.handle || !/^[a-z]+$/.test(line.name)) return true;
  return FIRST_PERSON.test(line.text.trim() === '' ? (next ?? '').trim() : line.text.trim());
}

/**
 * Rewrites a pasted chat log's lines as "[time] Name: message" (see above). Two lines at least must read as a chat's:
 * one line alone ("Standup 09:30 in the Doha office", "Noor: I'm at home") is too little to tell a chat by. Under a
 * header with no message on its line ("Noor, 10:02"), the next line is the message (Teams, Slack, LINE). A handle is
 * written as a name everywhere in the text ("so what's noor's path" after "noor.s 10:05 ...").
 */
export function chatLinesAsLabels(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const read = lines.map((line, i) => {
    const chat = chatLine(line);
    return mayBeChat(chat, lines[i + 1]) ? chat : undefined;
  });
  if (read.filter((line) => line !== undefined).length < 2) return text;
  // "Yasmin: Noor, I'm calling you" after "Yasmin: I'm in the Doha office": a line labelled with a writer's name is
  // theirs, whatever it opens with.
  const writers = new Set(read.map((line) => line?.name));
  lines.forEach((line, i) => {
    const labelled = LABELLED.exec(line.trim());
    if (read[i] === undefined && labelled && writers.has(labelled[1])) read[i] = { time: '', name: labelled[1], text: labelled[2] };
  });
  const handles = new Map<string, string>();
  const out: string[] = [];
  let header: ChatLine | undefined;
  let previous: string | undefined;
  const say = (time: string, name: string, message: string) => {
    // "me too", "我也是": the writer says of themselves what the one before said of themselves.
    const said = SAME_AS_BEFORE.test(message.trim()) && previous !== undefined && FIRST_PERSON.test(previous) ? previous : message.trim();
    out.push(`[${time}] ${name}: ${said}`);
    previous = said;
  };
  lines.forEach((line, i) => {
    const chat = read[i];
    if (chat !== undefined) {
      const name = nameOf(chat.name);
      if (name !== chat.name) handles.set(chat.name.split(/[._-]/)[0].toLowerCase(), name);
      header = chat.text.trim() === '' ? { ...chat, name } : undefined;
      if (header === undefined) say(chat.time, name, chat.text);
    } else if (header !== undefined && line.trim() !== '') {
      say(header.time, header.name, line);
      header = undefined;
    } else out.push(line);
  });
  let joined = out.join('\n');
  // "so what's noor's path", "ursula 這端？": a writer's handle, said anywhere, is their name.
  for (const [handle, name] of handles) joined = joined.replace(new RegExp(String.raw`(?<![A-Za-z0-9@.])@?${handle}(?:[._-][a-z0-9]+)?(?![A-Za-z0-9])`, 'gi'), name);
  return joined;
}
