// A question the writer passes on from someone else: "my colleague asks: what if he calls from home?", 「我同事問：
// 那如果他在家打呢？」. The asker makes the same kind of call as the one on screen, so "he" in it is the asker, in the
// user's place; read whole, the recognizer took the colleague for the other party (the blind judge found a PSTN call
// "unchanged" when the colleague called from home).

/** Who asks, said as what they are to the writer (a name asks the same way: "Tom asks: …"). */
const ASKER_EN = '(?:(?:my|our|a)\\s+)?(?:colleague|coworker|co-worker|teammate|team\\s*mate|boss|manager|director|supervisor|friend|[A-Z][a-z]+)';
const ASKS_EN = new RegExp(`^${ASKER_EN}\\s+(?:asks|asked|is\\s+asking|was\\s+asking|wants\\s+to\\s+know|wonders|is\\s+wondering)\\s*[:,-]\\s*(.+)$`, 's');
const ASKER_ZH = '(?:我(?:們|们)?的?)?(?:同事|主管|老闆|老板|經理|经理|朋友|組長|组长|[A-Za-z]+)';
const ASKS_ZH = new RegExp(`^${ASKER_ZH}(?:也|剛剛|刚刚|剛|刚)?(?:問|问|想問|想问|在問|在问|想知道)(?:說|说)?[：:，,]\\s*(.+)$`, 'su');

/** The question passed on, without who asks it; undefined when the message asks for the writer. */
export function reportedQuestion(text: string): string | undefined {
  const rest = ASKS_EN.exec(text)?.[1] ?? ASKS_ZH.exec(text)?.[1];
  return rest?.trim() || undefined;
}
