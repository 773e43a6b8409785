// Floors under the advisor's scores on the blind question sets (test/nlu/blind/: written by people who never saw the
// recognizer), a little under what it reaches, scored as scripts/blind.ts describes. The questions go through the
// real command line exactly as the held-out sets are run (`callflow ask --json -`, one process per batch). The test
// part is never studied: only these aggregate floors look at it. Each entry's comment keeps the figures it came with;
// in session 57 every floor a part had outgrown was raised to its figures then (two decimals, rounded down), and the
// wrong-answer ceilings of parts with fewer wrong answers lowered, so a gain once made is held.
import type { Reply, Request } from '../../src/cli/request';
import type { Locale } from '../../src/nlu/types';
import { BLIND_PARTS, BLIND_SETS, loadBlindFile, loadBlindSet, scoreBlind, type BlindPart, type BlindScore } from '../../scripts/blind';
import { ratio } from '../../scripts/slot-score';
import { callflow, jsonLines } from '../cli/run-cli';

/** `callflow ask --json -` in a child process: one request per line in, one reply per line out. */
function cliBatch(requests: readonly Request[]): Reply[] {
  const result = callflow(['ask', '--json', '-'], requests.map((r) => JSON.stringify(r)).join('\n') + '\n');
  expect(result.status).toBe(0);
  return jsonLines(result.stdout) as unknown as Reply[];
}

interface Floors {
  /** Complete questions answered right, at least. */
  right: number;
  /** Complete questions answered wrongly, at most. The target is none: a wrong answer is worse than a question back. */
  wrong: number;
  /** Vague questions with exactly the stated slots and no answer, at least. */
  vague: number;
  explain: number;
  outOfScope: number;
}

const FLOORS: Record<Exclude<BlindPart, 'own'>, Record<Locale, Floors>> = {
  dev: {
    en: { right: 1, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 1, wrong: 0, vague: 0.96, explain: 1, outOfScope: 1 },
  },
  // The second round's writers (never seen in round 1): studied like dev, their own floors.
  dev2: {
    en: { right: 1, wrong: 0, vague: 0.95, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.99, wrong: 0, vague: 0.96, explain: 1, outOfScope: 1 },
  },
  // The third round's writers: scored as they came with round 2's recognizer (en5 76/86 right, 1 wrong; zh6 68/80,
  // zh7 57/80, 1 wrong), then studied.
  dev3: {
    en: { right: 0.98, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.98, wrong: 0, vague: 0.96, explain: 1, outOfScope: 1 },
  },
  // The late sets (one writer per language, written during round 3): scored once unseen at 3ef33f8 (en3 54/75 right,
  // 6 wrong; zh3 69/75, 0 wrong), then studied.
  dev4: {
    en: { right: 0.97, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 1, wrong: 0, vague: 0.97, explain: 1, outOfScope: 1 },
  },
  // Round 4's writers, the dev half of each (74 questions; the lead keeps the other half unseen). Scored as they came
  // with round 3's recognizer (2e5d626): en6 31/41 right, en7 36/42 and 2 wrong; zh8 39/44, zh9 38/41, none wrong.
  // Studied by both: en 82/83 right, 0 wrong; zh 85/85 right.
  dev5: {
    en: { right: 1, wrong: 0, vague: 0.97, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.98, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
  },
  // Round 4's other halves, unseen through round 4 (at its end: en6 33/41, en7 37/42 with 2 wrong; zh8 39/44 with 1
  // wrong, zh9 35/42 with 2 wrong), then opened by the lead to remove the wrong answers' causes.
  dev6: {
    en: { right: 0.96, wrong: 0, vague: 0.93, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.96, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
  },
  test: {
    en: { right: 1, wrong: 0, vague: 0.9, explain: 0.91, outOfScope: 1 },
    // 52/57 right (91.2%) and none wrong in round 4 (50/57 after round 3, 45/57 at its start). The test part is never
    // studied, so its misses are unknown; these floors only keep it from getting worse.
    'zh-TW': { right: 0.98, wrong: 0, vague: 0.93, explain: 1, outOfScope: 1 },
  },
  // Round 5: two more writers (en8, zh10), written while round 4 worked, never studied: only these aggregate floors
  // look at it. Scored before round 4's changes: en8 66/80 right, zh10 75/81, none wrong anywhere.
  test2: {
    en: { right: 0.93, wrong: 0, vague: 0.93, explain: 0.92, outOfScope: 1 },
    'zh-TW': { right: 0.97, wrong: 0, vague: 0.93, explain: 1, outOfScope: 1 },
  },
  // Round 6: four more writers, scored unseen on main eb61299 (whole sets: en9 60/87 right with 3 wrong, en10 66/86,
  // zh11 69/80 with 1 wrong and 4 vague questions answered, zh12 71/81), then split: the dev halves studied in round 6.
  dev7: {
    en: { right: 0.96, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.96, wrong: 0, vague: 0.97, explain: 1, outOfScope: 1 },
  },
  // The other halves, only ever scored in aggregate: English is far below the target.
  test3: {
    en: { right: 0.88, wrong: 0, vague: 0.92, explain: 0.92, outOfScope: 1 },
    'zh-TW': { right: 0.93, wrong: 0, vague: 0.93, explain: 1, outOfScope: 1 },
  },
  // Round 7: four more writers, scored unseen on main 5112012 and split like round 6. Dev halves as they came: en 65/85
  // right, vague 32/41; zh 68/78, vague 40/44 with 1 answered. Studied in round 7: en 74/85, vague 36/41; zh 71/78.
  dev8: {
    en: { right: 0.96, wrong: 0, vague: 0.9, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.96, wrong: 0, vague: 0.95, explain: 1, outOfScope: 1 },
  },
  // The other halves, only ever scored in aggregate. As they came: en 70/89 right with 2 wrong, vague 34/42 with 2
  // answered; zh 61/76 with 1 wrong, out of scope 9/12. After round 7: en 73/89, 0 wrong, vague 39/42; zh 63/76, 0
  // wrong (the lead read the wrong answers and the vague ones answered, to remove their causes). Lowered once, en right
  // 80 -> 79/89 (0.89 -> 0.88), session 50: a meeting booked by one person for another is the boss's meeting
  // (src/nlu/delegatedBookings.ts), and one question here is now asked back for the organizer where it was answered;
  // the same change answers one held question of test10 that was asked back, and none turns wrong.
  test4: {
    en: { right: 0.88, wrong: 0, vague: 0.97, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.9, wrong: 0, vague: 0.95, explain: 1, outOfScope: 0.91 },
  },
  // Round 8: four more writers late in the work, scored unseen on main 8769f75 and split like round 7. Dev halves as
  // they came: en 68/82 right with 1 wrong, vague 35/42 with 1 answered, explain 11/12, out of scope 11/12; zh 73/85
  // with 2 wrong, vague 37/39 with 1 answered, out of scope 9/12. Studied in round 8: en 78/82, 0 wrong, vague 38/42;
  // zh 81/85, 0 wrong, vague 38/39, out of scope 12/12.
  dev9: {
    en: { right: 0.98, wrong: 0, vague: 0.92, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.97, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
  },
  // The other halves, only ever scored in aggregate. As they came: en 66/82 with 1 wrong, vague 36/44 with 1
  // answered, explain 14/14, out of scope 11/12; zh 66/85 with 1 wrong, vague 40/41, explain 13/14, out of scope 11/12.
  // After round 8: en 69/82, 0 wrong; zh 67/85, 0 wrong (the lead read the two wrong answers and the vague one
  // answered, to remove their causes; nothing else of them).
  test5: {
    en: { right: 0.87, wrong: 0, vague: 0.86, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.89, wrong: 0, vague: 0.97, explain: 1, outOfScope: 0.91 },
  },
  // Round 9: two more writers late in the work, scored unseen on main caa1503 and split like round 7. Dev halves as
  // they came: en 28/42 right with 2 wrong, vague 16/20, explain 6/6, out of scope 4/6; zh 30/41, 0 wrong, vague 19/21.
  // Studied in round 9: en 35/42, 0 wrong, out of scope 6/6; zh 34/41, 0 wrong, vague 20/21.
  dev10: {
    en: { right: 0.9, wrong: 0, vague: 0.9, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 1, wrong: 0, vague: 0.95, explain: 1, outOfScope: 1 },
  },
  // The other halves, only ever scored in aggregate. As they came: en 31/42 with 3 wrong, vague 18/21, explain 5/7,
  // out of scope 5/6; zh 37/42, 0 wrong, vague 18/21 with 1 answered, explain 7/7, out of scope 6/6. After round 9:
  // en 32/42 with 2 wrong, vague 19/21; zh 38/42, 0 wrong (the lead read the three wrong answers and removed the
  // causes of one and part of another; left: a place after a comma given to the one called, a school's library read
  // as a public one; both removed as classes in round 10: en 32/42, 0 wrong, the two asked back).
  test6: {
    en: { right: 0.85, wrong: 0, vague: 0.9, explain: 0.85, outOfScope: 1 },
    'zh-TW': { right: 0.95, wrong: 0, vague: 0.85, explain: 1, outOfScope: 1 },
  },
  // Round 10: three more writers late in the work, scored unseen on main e88a40e and split like round 7. Dev halves as
  // they came: en 55/81 right with 2 wrong, vague 35/43 with 3 answered, explain 10/12, out of scope 11/12; zh 31/41,
  // 0 wrong, vague 10/21 with 1 answered, explain 6/6, out of scope 6/6. Studied in round 10: en 63/81, 0 wrong, vague
  // 35/43; zh 37/41, 0 wrong, vague 15/21.
  dev11: {
    en: { right: 0.88, wrong: 0, vague: 0.88, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.95, wrong: 0, vague: 0.71, explain: 1, outOfScope: 1 },
  },
  // The other halves, only ever scored in aggregate. As they came: en 54/83 with 5 wrong, vague 36/43, explain 14/14,
  // out of scope 12/12; zh 29/42 with 4 wrong, vague 12/21 with 2 answered, explain 5/7, out of scope 5/6. After round
  // 10's developers (their figure at the trial merge: en 54/83 with 5 wrong, zh 34/42 with 2 wrong), the lead read the
  // seven wrong answers and gave their classes to the developers: en 55/83 with 1 wrong (a place planned for the meeting
  // asked about beside "the Chairman's office hosts"), zh 36/42, 0 wrong, vague 14/21.
  test7: {
    en: { right: 0.73, wrong: 0, vague: 0.83, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.9, wrong: 0, vague: 0.71, explain: 1, outOfScope: 0.83 },
  },
  // Round 11: three more writers late in the work (en18, en19, zh19), checked against the engine (7 vague questions
  // whose unstated facts cannot change the paths became complete), scored unseen on main de2c876 and split like round
  // 7. Dev halves as they came: en 66/85 right with 2 wrong, vague 26/41 with 5 answered, explain 13/14, out of scope
  // 8/12; zh 32/46 with 2 wrong, vague 12/19 with 1 answered, explain 6/7, out of scope 4/6. Studied in round 11: en
  // 72/85, 0 wrong, vague 29/41 (2 answered), out of scope 11/12; zh 39/46 with 1 wrong, vague 15/19.
  // zh right lowered once, 41 -> 40/46 (0.89 -> 0.86): a vendor who "said" something (廠商說…) is no longer a party
  // (src/nlu/reporters.ts); in zh19-3 it had stood in for the one called, whose place (在診所櫃台, cut into single
  // characters) is still not read.
  dev12: {
    en: { right: 0.95, wrong: 0, vague: 0.75, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.93, wrong: 0, vague: 0.89, explain: 1, outOfScope: 1 },
  },
  // Round 11's class material (several people in pasted forms, lists, tables, chat logs and mail threads; complete and
  // vague questions only), scored unseen on 370ca96: en 57/113 with 4 wrong, vague 25/48 with 7 answered; zh 54/112
  // with 6 wrong, vague 27/48 with 6 answered. Studied in round 11: en 59/113 with 4 wrong; zh 57/112 with 3 wrong.
  // Studied in round 12 (chat writers in both languages, other organizations' products and partners, contrastive
  // focus, people listed but not in the call): en 72/113 with 1 wrong; zh 68/112 with 3 wrong, vague 31/48.
  // zh right lowered once, 100 -> 99/112 (0.89 -> 0.88), with round 32's "Bob" among the given names: in zh20-16 a
  // listed bystander 「其他：工務 Bob（地端，總部，不在這通裡）」 read as a person takes the caller's Online homing away
  // (asked back, not wrong). Held en gained 2 right answers from the name.
  dev13: {
    en: { right: 0.9, wrong: 0, vague: 0.79, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.89, wrong: 0, vague: 0.83, explain: 1, outOfScope: 1 },
  },
  // The other halves, only ever scored in aggregate. As they came: en 55/84 with 3 wrong, vague 20/40 with 5 answered,
  // explain 13/14, out of scope 12/12; zh 28/45 with 2 wrong, vague 10/19 with 1 answered, explain 6/7, out of scope 6/6.
  // After round 11's developers (who never read them): en 56/84 with 3 wrong, vague 24/40; zh 31/45 with 2 wrong,
  // vague 11/19. In round 12 the lead read the five wrong answers (nothing else of them) and gave their classes, told
  // in other words, to the developers: en 59/84, 0 wrong; zh 33/45, 0 wrong, vague 12/19.
  test8: {
    en: { right: 0.79, wrong: 0, vague: 0.72, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.82, wrong: 0, vague: 0.78, explain: 0.85, outOfScope: 1 },
  },
  // Round 12: four more writers late in the work (en21, en22, zh21, zh22), checked against the engine (7 vague
  // questions whose unstated facts cannot change the paths became complete), scored unseen on main 6866664 (whole
  // sets: en 138/173 right with 4 wrong, vague 64/82 with 6 answered; zh 136/172 with 2 wrong, vague 55/78 with 4
  // answered) and split like round 7. Dev halves as they came: en 73/87, 0 wrong, vague 35/41 with 1 answered; zh
  // 70/87, 0 wrong, vague 24/39 with 1 answered, out of scope 11/12. Studied in round 12: en 73/87, vague 36/41; zh
  // 72/87, vague 25/39, explain 14/14.
  dev14: {
    en: { right: 0.95, wrong: 0, vague: 0.95, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.95, wrong: 0, vague: 0.74, explain: 1, outOfScope: 1 },
  },
  // The other halves, only ever scored in aggregate. As they came: en 65/86 with 4 wrong, vague 29/41 with 5
  // answered, explain 12/14, out of scope 11/12; zh 66/85 with 2 wrong, vague 31/39 with 3 answered, explain 15/15,
  // out of scope 11/12. After round 12's developers (who never read them): the same, but zh vague 32/39. The lead then
  // read the six wrong answers (nothing else of them): two were a writer taking back what they wrote, a class now read
  // (test/nlu/corrections.test.ts), but both stay wrong for other causes (a "she" taken for the host; the one who sent
  // the invite not read as the organizer). Session 53 (relayed places, negation): en 3 wrong.
  test9: {
    en: { right: 0.84, wrong: 3, vague: 0.73, explain: 1, outOfScope: 0.91 },
    'zh-TW': { right: 0.89, wrong: 2, vague: 0.82, explain: 1, outOfScope: 1 },
  },
  // Round 12's class material (one scenario per message, each fact worded in many ways; complete and vague questions
  // only), scored unseen on e73fdb6: en 89/125 with 3 wrong, vague 28/38 with 1 answered; zh 86/120 with 4 wrong,
  // vague 30/40. Studied in round 12: en 94/125, 0 wrong; zh 89/120 with 3 wrong.
  dev15: {
    en: { right: 0.94, wrong: 0, vague: 0.84, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.93, wrong: 0, vague: 0.9, explain: 1, outOfScope: 1 },
  },
  // Round 13: two more writers (en24, zh24) written while round 12 worked, held whole, only ever scored in aggregate.
  // As they came, on e73fdb6: en 54/83 with 4 wrong, vague 25/42, explain 13/14, out of scope 11/12; zh 61/89, 0
  // wrong, vague 18/40 with 2 answered, explain 13/14, out of scope 10/12. After round 12's developers (who never read
  // them): en 54/83 with 4 wrong, vague 27/42; zh 62/89, 0 wrong.
  test10: {
    en: { right: 0.78, wrong: 3, vague: 0.71, explain: 0.92, outOfScope: 1 },
    'zh-TW': { right: 0.82, wrong: 0, vague: 0.57, explain: 0.92, outOfScope: 0.83 },
  },
  // Round 14: four new writers (en25, en26, zh25, zh26), scored whole as they came on a0f3461: en 120/169 right
  // (71.0%) with 5 wrong, vague 64/79, explain 23/28, out of scope 24/24; zh 130/166 (78.3%) with 1 wrong, vague 63/83,
  // explain 28/28, out of scope 24/24. Then split in halves, stratified by kind and call type with a fixed seed: dev16
  // is studied, test11 held (aggregate scores only).
  dev16: {
    en: { right: 0.87, wrong: 0, vague: 0.82, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.92, wrong: 0, vague: 0.8, explain: 1, outOfScope: 1 },
  },
  // Round 18, a set of traps: one writer (both languages, the Chinese mostly following the English scenarios) wrote
  // messages around a fact that looks stated but is someone else's, past, planned, weighed, claimed or corrected.
  // Split by scenario (odd ids studied here, even ids held as test15), two broadcast-viewer questions dropped. On
  // main before its study (after nlu44 and lead5): en 29/37 with 3 wrong, vague 6/11; zh 23/37 with 3 wrong, vague 7/11.
  // After a second session's study (earlier episodes in both languages, moves under way, places described as for
  // someone, meetings told by the hour, a shared place beside the writer's network): en 33/37, 0 wrong, vague 9/11; zh
  // 27/37, 0 wrong, vague 9/11.
  dev17: {
    en: { right: 0.97, wrong: 0, vague: 0.81, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.83, wrong: 0, vague: 0.81, explain: 1, outOfScope: 1 },
  },
  test11: {
    en: { right: 0.79, wrong: 2, vague: 0.87, explain: 0.92, outOfScope: 1 },
    'zh-TW': { right: 0.95, wrong: 1, vague: 0.8, explain: 1, outOfScope: 1 },
  },
  // Round 15: two more writers (en27, zh27) written while round 14 worked, held whole, only ever scored in aggregate.
  // As they came, on f1d3233: en 65/86 with 4 wrong, vague 23/38, explain 13/14, out of scope 11/12; zh 69/84 with 1
  // wrong, vague 28/41, explain 13/14, out of scope 8/12.
  test12: {
    en: { right: 0.81, wrong: 2, vague: 0.65, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.86, wrong: 1, vague: 0.75, explain: 1, outOfScope: 0.91 },
  },
  // Round 16: two more writers (en28, zh28) written while round 15's merge was worked on, held whole, only ever scored
  // in aggregate. Their validation (labels against the engine, texts unread) dropped four questions about a broadcast's
  // viewers whose writers said the slots cannot tell a viewer from a presenter, and made one vague question that the
  // engine answers complete. As they came, on 09ced2b (and the same on a0f3461): en 55/82 with 3 wrong, vague 29/42,
  // explain 13/14, out of scope 10/12; zh 59/82 with 1 wrong, vague 29/41, explain 12/14, out of scope 10/12. After this
  // session's merges (rosters now ask who is who when a one-to-one call's question names nobody): en 54/82 with 3
  // wrong; zh 61/82 with 1 wrong.
  test13: {
    en: { right: 0.8, wrong: 1, vague: 0.71, explain: 1, outOfScope: 0.91 },
    'zh-TW': { right: 0.84, wrong: 1, vague: 0.8, explain: 0.85, outOfScope: 0.91 },
  },
  // Round 17: two more writers (en29, zh29: retail, plants, government, banks, construction sites, new graduates,
  // consultants, people naming several people and asking about one, dashboards and alerts) written at the start of
  // the session, held whole, only ever scored in aggregate. Validation (texts unread) dropped five questions about a
  // broadcast's viewers and one federated call whose answer its writer tied to which Edge Server relays it (no slot
  // says so), and made three vague questions the engine answers whatever is unknown complete. As they came, on
  // 2c37503: en 65/83 with 2 wrong, vague 29/39, explain 13/14, out of scope 9/12; zh 60/80 with 2 wrong, vague 31/41,
  // explain 13/14, out of scope 11/11. After this session's merges: en 65/83 with 1 wrong; zh 60/80 with 2 wrong, vague 32/41.
  test14: {
    en: { right: 0.85, wrong: 0, vague: 0.76, explain: 1, outOfScope: 0.91 },
    'zh-TW': { right: 0.8, wrong: 2, vague: 0.78, explain: 0.92, outOfScope: 1 },
  },
  // Round 23 (en34, zh34: university IT and lecturers, schools, law firms, bank branches, insurance adjusters, call
  // centres, retail head offices, consultants at a client's site, construction site cabins, airline and airport staff,
  // sales reps in the car, remote-first start-ups, new admins, auditors; ticket templates, Jira one-liners, formal
  // emails, passive voice, negated places, corrections mid-message, three people and one asked about, Australian, South
  // African, Singaporean and Scottish English, English of German, Spanish, Japanese and Brazilian speakers, dictation,
  // WFH/OOO/onprem; LINE group logs, 公文 email, 台語用字, 大陸用語, 先說自己以為的答案) with explain and out-of-scope lists
  // (eo4en, eo4zh: 70 explain over all 21 topics and 70 out of scope each, 34 and 40 near misses), written blind at the
  // start of the session. A third of each kind (by a hash of the id) is held as test21; this is the studied rest.
  // Validation (texts unread) made four vague questions the engine answers whatever is unknown complete (one en, three
  // zh). As the whole round came, on eaa0114: en 74/86 right with 1 wrong, vague 35/39 with 1 answered, explain
  // 13/14, out of scope 11/12; zh 67/90 with 1 wrong, vague 26/38 with 1 answered, explain 14/14, out of scope 11/12;
  // lists: en explain 58/70, out of scope 65/70; zh explain 62/70, out of scope 63/70.
  dev18: {
    en: { right: 0.98, wrong: 0, vague: 0.92, explain: 0.96, outOfScope: 1 },
    'zh-TW': { right: 0.91, wrong: 0, vague: 0.72, explain: 0.98, outOfScope: 0.98 },
  },
  // Round 23's second pair of writers (tr2en, tr2zh): 60 questions each where a careful reader must think about where
  // each person is (the office named but the user elsewhere today, several people and one asked about, yesterday's
  // place beside today's, corrections, the network said apart from the room, places implied by an activity, negations,
  // groups, the organizer's place), written blind during the session. A third of each kind held as test22; this is
  // the studied rest. Validation made one vague question the engine answers whatever is unknown complete. As they
  // came, on e86d0e4: en 37/46 right with 2 wrong, vague 7/14 with 3 answered; zh 35/45 with 1 wrong, vague 5/15 with
  // 7 answered.
  dev19: {
    en: { right: 0.87, wrong: 0, vague: 0.66, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.9, wrong: 0, vague: 0.5, explain: 1, outOfScope: 1 },
  },
  // Round 24 (en35, zh35: logistics, hotel-chain, museum, dental-chain and game-studio IT, remote-first start-ups,
  // Teams-mobile autocorrect, German, French and Japanese speakers' English, Indian service-desk English, Zendesk and
  // Freshdesk forms, forwarded mail, managers asking for a team member; 醫院資訊室, 縣市政府, 補習班, 工地, 物流, 電子廠,
  // 代理商業務, LINE, Teams chat, 工單, 台語用字, 簡體, 注音錯字, 中英夾雜, 主管轉述), place and people writers (en36, zh36:
  // two to four people each with an everyday place, homing and organizer said many ways, one asked about) and
  // explain and out-of-scope lists (eo5en, eo5zh: 22 explain over all 21 topics, 14 out of scope with 6 or more near
  // misses), written blind at the start of the session. A third of each kind (by a hash of the id) held as test23;
  // this is the studied rest. Validation found no label the engine disagrees with. As the whole round came, on
  // b4b618f: en 60/72 right with 2 wrong, vague 27/33 with 4 answered, explain 19/22, out of scope 14/14; zh 53/72 with
  // 2 wrong, vague 19/33 with 4 answered, explain 18/22, out of scope 13/14. This part as it came: en 41/48 with 1
  // wrong, vague 18/22 with 3 answered, explain 13/15, out of scope 9/9; zh 34/48, 0 wrong, vague 14/22 with 2
  // answered, explain 12/15, out of scope 8/9.
  dev20: {
    en: { right: 0.93, wrong: 0, vague: 0.9, explain: 0.93, outOfScope: 1 },
    'zh-TW': { right: 0.79, wrong: 0, vague: 0.81, explain: 0.93, outOfScope: 1 },
  },
  // Round 25 (en37, zh37: helpdesk tickets with form fields left blank or N/A, terse Slack and LINE chat with
  // abbreviations, assistants and managers asking for a named person, non-native English, 注音文, 台語用字, voice-input
  // errors and Simplified characters; en38, zh38: teams and departments said as a whole, several people with titles and
  // names each with a place or homing, bystanders, meetings set up by an assistant or another department; eo6en,
  // eo6zh: 22 explain over all 21 topics, 14 out of scope with 10 near misses), written blind at the start of the
  // session. Validation made two vague questions per language complete (the engine answers a PSTN call from the
  // Internet, and a meeting another company hosts, whatever else is unknown). A third of each kind held as test24; this
  // is the studied rest. As the whole round came, on b51c99a (this session's first merges, before any study of it): en
  // 44/61 right with 3 wrong, vague 33/44 with 1 answered, explain 21/22, out of scope 13/14; zh 45/61 with 2 wrong,
  // vague 30/44 with 4 answered, explain 19/22, out of scope 11/14. This part as it came: en 29/41 with 3 wrong, vague
  // 21/29 with 1 answered, explain 15/15, out of scope 8/9; zh 33/41 with 1 wrong, vague 20/29 with 3 answered,
  // explain 13/15, out of scope 6/9. After its study: en 37/41, 0 wrong, vague 24/29, explain 15/15, out of scope
  // 9/9; zh 40/41, 0 wrong, vague 25/29, explain 15/15, out of scope 9/9.
  dev21: {
    en: { right: 0.9, wrong: 0, vague: 0.86, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 1, wrong: 0, vague: 0.89, explain: 1, outOfScope: 1 },
  },
  // Round 26 (en39, zh39: network engineers describing what they saw, onboarding admins' long messages, phone typing
  // without punctuation, British and Indian English, 條列式, 語音輸入, 中英夾雜, hypotheticals, a person named with an
  // apposition or a title; en40, zh40: three or more people each named by name, role, team or relationship, one of
  // them asked about, federated partners, Cloud Connector phone calls, meetings hosted elsewhere or set up by an
  // assistant or a department, teams said as a whole; eo7en, eo7zh: 22 explain, 14 out of scope with 10 or more near
  // misses), written blind at the start of the session. Validation made vague questions whose stated facts already
  // answer complete (en 2, zh 3). A third of each kind held as test25; this is the studied rest. As the whole round
  // came, on 6cbb6a2: en 48/63 right with 3 wrong, vague 29/42, explain 17/22, out of scope 12/14; zh 47/64 with 0
  // wrong, vague 24/41 with 6 answered, explain 16/22, out of scope 14/14, locale 140/141. This part as it came: en
  // 31/42 with 2 wrong, vague 20/28, explain 13/15, out of scope 8/9; zh 28/42, 0 wrong, vague 16/28 with 4 answered,
  // explain 11/15, out of scope 9/9. After its study (nlu87-89): en 34/42, 0 wrong, vague 21/28; zh 30/42, 0 wrong,
  // vague 17/28.
  // en right lowered once, 35 -> 34/42 (0.83 -> 0.80), with round 32's names that are words (src/nlu/wordNames.ts):
  // in en40-7 "Mark is an Online user at Contoso, working from their office" was right only while "mark" was a word;
  // read as a person, his place at the federated company drops the federated party (asked back, not wrong). The same
  // text with "Tom" was asked back before. Held en gained 7 right answers and lost 3 wrong with the change.
  dev22: {
    en: { right: 0.85, wrong: 0, vague: 0.75, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.76, wrong: 0, vague: 0.71, explain: 0.86, outOfScope: 1 },
  },
  // Round 27 (en41, zh41: helpdesk tickets, forwarded mail, meetings named by their slot or title, people on the road
  // and on VPNs, room and shared accounts, assistants' meetings, partners, phone calls, habits said of a person, teams
  // ending in 室/處/課; en42, zh42: three or more people, one asked about, meetings organized by someone else, reported
  // speech, attendee lists, a place given only for another day; eo8en, eo8zh: 22 explain with "how is it decided"
  // and concept questions told through a call, 14 out of scope with 10 or more near misses), written blind at the
  // start of the session against the engine's labels only (validate.js). A third of each kind held as test26; this
  // is the studied rest. As the whole round came, on 5ad4a71: en 48/62 right with 0 wrong, vague 24/43, explain
  // 19/22, out of scope 10/14; zh 50/62 with 4 wrong, vague 22/43 with 13 answered, explain 19/22, out of scope 11/14.
  // This part as it came: en 32/41, 0 wrong, vague 16/29, explain 12/15, out of scope 7/9; zh 33/41 with 3 wrong,
  // vague 12/29 with 11 answered, explain 13/15, out of scope 7/9. After its study (nluen, nluzh, explain): en 34/41,
  // 0 wrong, vague 24/29 with none answered, explain 14/15, out of scope 9/9; zh 38/41, 0 wrong, vague 16/29 with 6
  // answered, explain 15/15, out of scope 9/9.
  dev23: {
    en: { right: 0.85, wrong: 0, vague: 0.82, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.97, wrong: 0, vague: 0.55, explain: 1, outOfScope: 1 },
  },
  // Round 28 (en43, zh43: incident timelines, notes of a call with a user, pasted alerts, change reviews, managers on
  // "my team", deployments said indirectly, branches, trains, coworking spaces, calls named by their subject; en44,
  // zh44: several people with one asked about, pronouns, relationships, shared and room accounts, people in the message
  // but not in the call, two calls in one message, other days' facts, corrections; eo9en, eo9zh: 22 explain covering
  // every topic, comparisons and terms pasted from the article, 14 out of scope with 11 near misses), written blind at
  // the start of the session against the engine's labels only. A third of each kind held as test27; this is the
  // studied rest. As it came, on dbab4e0: en 21/30, 0 wrong, vague 19/23, explain 19/23, out of scope 17/18; zh 22/30
  // with 1 wrong, vague 16/23 with 1 answered, explain 17/23, out of scope 17/18.
  dev24: {
    en: { right: 0.9, wrong: 0, vague: 0.82, explain: 0.95, outOfScope: 0.94 },
    'zh-TW': { right: 0.86, wrong: 0, vague: 0.73, explain: 0.86, outOfScope: 1 },
  },
  // Round 28's place sets (pl1en, pl1zh): one fact studied, where the person asked about (and a 1:1 call's other
  // person) is, said 50 ways per language with the other facts plain, and 20 places that cannot be placed or are left
  // out. A third held as test28. As it came, on dbab4e0: en 32/33, vague 9/14 with 5 answered; zh 29/33, vague 9/14
  // with 5 answered.
  dev25: {
    en: { right: 1, wrong: 0, vague: 0.92, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 1, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
  },
  // Round 28's organizer and peer sets (og1en, og1zh): who organizes a conference and who and where a 1:1 call's other
  // person is, said 50 ways per language, and 20 that cannot be placed or are left out. A third held as test29. As it
  // came, on dbab4e0: en 25/33 with 2 wrong, vague 9/14 with 3 answered; zh 22/33 with 1 wrong, vague 9/14 with 1
  // answered.
  dev26: {
    en: { right: 1, wrong: 0, vague: 0.71, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.96, wrong: 0, vague: 0.92, explain: 1, outOfScope: 1 },
  },
  // Round 30 (en46, zh46): messages from busy people with the facts scattered or said indirectly (deployments and
  // homing said by what is left on the old pool, several people with one asked about, organizers said many ways,
  // places said by what they are), pasted tickets and incident notes. A third held as test31. As it came, on f0a1f6c
  // (one zh item relabelled complete by the lead: another company's meeting on its own servers goes over the Internet
  // wherever the person is): en 16/21, vague 6/8, explain 1/2, out of scope 2/2; zh 17/22 with 1 wrong, vague 5/7
  // with 1 answered, explain 2/2, out of scope 2/2.
  dev27: {
    en: { right: 0.9, wrong: 0, vague: 0.75, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.9, wrong: 0, vague: 0.85, explain: 1, outOfScope: 1 },
  },
  // Round 31 (en47, zh47): where people are said by what they do or what they are connected to (trains, a client's
  // lobby, a dock at a desk, guest Wi-Fi, hotspots, VPN or not, a partner's site, a trade-show booth), meetings said by
  // who owns, sent or booked them, several people with one asked about and their homing said in passing. A third held
  // as test32. As it came, on fb55b15 (the product of 675e79f): en 26/28, vague 5/11 with 1 answered, explain 3/4, out
  // of scope 4/4; zh 28/28, vague 7/11 with 1 answered, explain 2/4, out of scope 4/4.
  dev28: {
    en: { right: 1, wrong: 0, vague: 0.63, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 1, wrong: 0, vague: 0.81, explain: 0.5, outOfScope: 1 },
  },
  // Round 32 (en48, zh48): two or more people in one message, and who is where and homed where: names that are
  // ordinary words, roles (the A-party, the callee, the one at home), pronouns pointing back, passives, lists, ticket
  // tables with caller and callee, corrections that swap who is where, who set up a meeting among three named people.
  // A third held as test33. As it came, on 292abc0: en 19/30 with 2 wrong, vague 5/9 with 2
  // answered, explain 3/4, out of scope 4/4; zh 26/30 with 3 wrong, vague 5/9, explain 3/4, out of scope 3/4.
  dev29: {
    en: { right: 0.76, wrong: 0, vague: 0.66, explain: 0.75, outOfScope: 1 },
    'zh-TW': { right: 0.96, wrong: 0, vague: 0.66, explain: 0.75, outOfScope: 0.75 },
  },
  // Round 33 (en49, zh49): who organized the meeting, said every which way ("I set it up", "my boss organized it",
  // 「會議是我開的」, a partner's or customer's link, "I'm just a guest", passives, the organizer in a pasted invite), and
  // the rules asked as yes/no questions. A third held as test34. As it came, on 03ed0fc: en 21/30, 0 wrong (2 wrong after asking), vague 4/9,
  // explain 2/4, out of scope 1/4; zh 25/30, 0 wrong, vague 8/9, explain 2/4, out of scope 4/4.
  dev30: {
    en: { right: 0.86, wrong: 0, vague: 0.66, explain: 1, outOfScope: 0.25 },
    'zh-TW': { right: 0.9, wrong: 0, vague: 0.88, explain: 0.75, outOfScope: 1 },
  },
  // Round 34 (en50, zh50): messages that correct themselves ("Hybrid, no wait, Online", 「啊不對，她在家」), each
  // person's facts spread over sentences with pronouns, the writer organizing with their own homing, and the principles
  // asked as a whole. A third held as test35. As it came, on b4550dd: en 22/30
  // with 1 wrong (1 wrong after asking), vague 6/9 with 3 answered, explain 3/4, out of scope 4/4; zh 24/30 with 2 wrong (1
  // wrong after asking), vague 6/9 with 3 answered, explain 3/4, out of scope 4/4.
  dev31: {
    en: { right: 0.93, wrong: 0, vague: 0.88, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.9, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
  },
  // Round 35 (en51, zh51): everyday use in many voices (pasted tickets with fields, week-one admins, terse engineers,
  // non-native English, phone typing, 中英夾雜, LINE, school, hospital and government style), colleagues named by role
  // or department, habits beside today's place, meetings named by who sent them, calls to landlines and mobiles. A
  // third held as test36. As it came, on 0c28f6b: en 28/29, 0 wrong, vague 6/9 with 3 answered, explain 4/5, out of
  // scope 5/5; zh 25/29 with 1 wrong, vague 8/9 with 1 answered, explain 5/5, out of scope 5/5. Raised when values
  // offered under a doubt stopped being said (src/nlu/doubtedAlternatives.ts): en vague 8/9, zh 9/9; and when a place
  // corrected into a guess was taken back (retractions.ts): en vague 9/9.
  dev32: {
    en: { right: 0.96, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.96, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
  },
  // Round 36 (en52, zh52): pasted incident timelines and chat threads with several people, forwarded mail, non-IT site
  // managers, consultants asking for a client, two situations compared in one message, places told by what one sees
  // (Wi-Fi name, badge door, guest network, hotspot), meetings named by title or by who booked them, facts about
  // other people and other days beside the call asked about. Five internal meetings in Online or Cloud Connector
  // deployments labelled with an Online organizer (the writers left it implied); one peer-to-peer question whose
  // other party's homing the writer left open made vague. A third held as test37. As it came, on 194c456: en 27/29
  // with 1 wrong, vague 7/9 with 1 answered, explain 5/5, out of scope 5/5; zh 22/29 with 1 wrong, vague 8/10 with 1
  // answered, explain 5/5, out of scope 4/5.
  dev33: {
    en: { right: 1, wrong: 0, vague: 0.88, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.86, wrong: 0, vague: 0.9, explain: 1, outOfScope: 0.8 },
  },
  // Round 37 (en53, zh53): change requests and project plans pasted, auditors asking whether traffic leaves the
  // circuit, network engineers naming places by subnet, VLAN and proxy, a help desk relaying a caller, assistants
  // asking for the boss, trainers writing quiz questions, facts as bullet lists and tables, Teams words in Skype for
  // Business questions; hospitals, factories, bank branches, universities, shipping. One peer-to-peer question whose
  // other party's homing the writer left open ("no clue whether they've been migrated") made vague. A third held as
  // test38. As it came, on 645bedc: en 24/29 with 0 wrong, vague 6/10 with 3 answered, explain 5/5, out of scope 4/5;
  // zh 26/29 with 0 wrong (1 after asking), vague 5/9 with 3 answered, explain 5/5, out of scope 4/5.
  dev34: {
    en: { right: 0.89, wrong: 0, vague: 0.7, explain: 1, outOfScope: 0.8 },
    'zh-TW': { right: 0.89, wrong: 0, vague: 0.66, explain: 1, outOfScope: 0.8 },
  },
  // Round 38 (en54, zh54): managed-service consultants asking for one of several tenants, a migration half done,
  // post-incident reviews of yesterday's call, sales engineers, networks drawn as text diagrams, forwarded customer
  // mail, phone-typed messages, retail, schools, city government, airlines, law firms, newsrooms; loose words from new
  // admins ("the cloud skype"), two questions in one. One Online meeting question (「人在公司裡開 Skype 會議」) got the
  // organizer the writer meant (the user holds it). A third held as test39. As it came, on d96155d: en 24/29 with
  // 0 wrong, vague 5/9 with 2 answered, explain 5/5, out of scope 5/5; zh 26/29 with 1 wrong, vague 4/9 with
  // 2 answered, explain 5/5, out of scope 4/5.
  dev35: {
    en: { right: 0.96, wrong: 0, vague: 0.66, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.96, wrong: 0, vague: 0.55, explain: 1, outOfScope: 0.8 },
  },
  // Round 39 (en55, zh55): hospital on-call engineers, plant floors and guard houses, university dorms and labs, bank
  // branches, call centres, hotel chains, government wording, pasted Jira/ServiceNow tickets and chat threads, bullet
  // lists, managers passing on a boss's question, quiz questions for new admins, very terse messages, afterthoughts
  // at the end ("oh and she's actually on-prem"). Two Online meeting questions (a regional huddle, a colleague's
  // meeting) got the organizer the writer meant (ours). A third held as test40. As it came, on 0c483ee: en 25/29 with
  // 0 wrong, vague 8/9 with none answered, explain 4/5, out of scope 5/5; zh 23/29 with 2 wrong, vague 7/9 with
  // 1 answered, explain 5/5, out of scope 4/5.
  dev36: {
    en: { right: 0.93, wrong: 0, vague: 0.88, explain: 0.8, outOfScope: 1 },
    'zh-TW': { right: 0.93, wrong: 0, vague: 0.77, explain: 1, outOfScope: 0.8 },
  },
  // Round 40 (en56, zh56): law firms, retail stores and their warehouse, school districts, airline ground operations
  // (gates, crew lounges, a pilot at a hotel abroad), ships on satellite links, construction site trailers on LTE,
  // newsrooms, MSP technicians naming the tenant, veterans' abbreviations, phone typing without punctuation, auditors'
  // formal wording, incident bridge summaries with timestamps, forwarded mails, trainees' exam answers, facts about
  // another call or time, afterthoughts. Nine Online or Cloud Connector meeting questions (a colleague's, a director's,
  // the chairman's meeting, an all-hands) got the organizer the writer meant (ours). A third held as test41. As it
  // came, on aa71734: en 20/29 with 2 wrong, vague 6/9 with 1 answered, explain 5/5, out of scope 3/5; zh 24/29 with
  // 1 wrong (and 1 after asking), vague 4/9 with 1 answered, explain 5/5, out of scope 5/5.
  dev37: {
    // Session 52: its one English wrong answer gone (a principal's and a deputy's homings swapped).
    en: { right: 0.79, wrong: 0, vague: 0.66, explain: 1, outOfScope: 0.6 },
    'zh-TW': { right: 0.93, wrong: 0, vague: 0.44, explain: 1, outOfScope: 1 },
  },
  // Round 41 (en57, zh57): hospitals (wards, a doctor on call at home, a radiologist at another site), universities
  // (halls of residence, a professor abroad), a plant's shop floor and HQ, bank branches on the WAN and a trading floor,
  // a ministry and its field inspectors, contact-centre agents at home, hotels, trucking depots and drivers on mobile
  // data, an offshore platform on satellite, a TV studio and its outside-broadcast van, NGO field offices, consultants
  // at client sites; terse veterans' shorthand, a first-week helpdesk hire, autocorrect slips, change-board requests,
  // tickets pasted with fields, chat replies to a colleague, facts about another call or time, afterthoughts. Three
  // Online or Cloud Connector meeting questions got the organizer the writer meant (ours); one Hybrid peer-to-peer call
  // whose other party's homing the writer left open became vague (the engine asks it). A third held as test42. As it
  // came, on 642eb88: en 25/29 with 2 wrong, vague 10/10, explain 5/5, out of scope 5/5; zh 23/29, 0 wrong (2 after
  // asking), vague 6/9, explain 5/5, out of scope 5/5.
  dev38: {
    en: { right: 0.96, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.82, wrong: 0, vague: 0.77, explain: 1, outOfScope: 1 },
  },
  // Round 42 (en58, en59, zh58, zh59; 72 questions each, written at the start of session 51 by four writers who read
  // only KNOWLEDGE.md and GLOSSARY.md): airport and airline operations, dispatch centres, a cruise ship, mining sites on
  // satellite links, an embassy and consulates, a site trailer, film crews on location, insurance adjusters, pump
  // stations, a lowercase intern, auto-generated NOC tickets, long mails with signatures, questions inside quoted text;
  // non-native English (Japanese, German, Brazilian, French, Indonesian, Egyptian writers), forum backstory,
  // voice-to-text, an all-caps user, two cases compared, callers and callees named by role, change-board wording, quiz
  // questions; 醫院資訊室、銀行分行、科技廠 MIS、門市、車隊、工地、公所, LINE logs, pasted ticket fields, 中英夾雜,
  // bosses retelling; official style, Cantonese-flavoured written Chinese, Simplified input, 注音文 and homophone slips,
  // Hokkien words, unpunctuated messages, several people placed and one asked about, corrections, forwarded mail.
  // Every label checked against the engine (no problems). A third of each kind held as test43. As it came, on
  // 8cd0763: en 47/58, 0 wrong (1 after asking), vague 17/18, explain 10/10, out of scope 9/10; zh 50/58, 0 wrong
  // (1 after asking), vague 14/18 with 2 answered, explain 10/10, out of scope 10/10.
  dev39: {
    en: { right: 0.82, wrong: 0, vague: 1, explain: 1, outOfScope: 0.9 },
    'zh-TW': { right: 0.89, wrong: 0, vague: 0.94, explain: 1, outOfScope: 1 },
  },
  // Round 44 (en61, en62, zh61, zh62; 72 questions each, written at the start of session 52 by four writers who read
  // only KNOWLEDGE.md and GLOSSARY.md): university labs and field stations, hotel front offices, warehouses and truck
  // drivers, lawyers at court, libraries and depots, a cleanroom and sales reps, a game studio, a returning retiree's
  // old terms, a helpdesk relaying a caller, change requests, Slack bursts and emoji, Polish, Turkish, Korean and
  // Spanish writers; nurses' stations, ambulances and on-call doctors, an oil rig, a port, pop-up stores, a trading
  // floor and DR site, outside-broadcast vans, a church, supply teachers, co-working charities, SOC notes, forwarded
  // complaints, dictation, a CFO in capitals, Scottish, Irish, Australian and Indian idiom; 醫院護理站、物流司機、飯店
  // 櫃檯、區公所與圖書館、研究室與農場、無塵室、律師出庭、客服轉述、變更單、LINE 截圖、PTT 口吻、注音與縮寫、捷運機廠、
  // 貨櫃碼頭、交易室與備援中心、SNG 車、超商加盟主、宮廟、補習班、SOC 紀錄、FW: 轉寄、語音輸入、粵語書面語、簡體字、代問.
  // Every label checked against the engine (no problems). A third of each kind held as test45. As it came, on
  // 8622468: en 43/58 with 2 wrong, vague 14/18 with 1 answered, explain 10/10, out of scope 10/10; zh 47/58 with 1
  // wrong (1 after asking), vague 15/18 with 1 answered, explain 9/10, out of scope 9/10.
  // Studied in session 52: en 45/58, 0 wrong; zh out of scope 10/10. Session 53 (cases set aside, relayed places,
  // organizers said loosely): en 52/58.
  dev40: {
    en: { right: 0.91, wrong: 0, vague: 0.83, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.82, wrong: 1, vague: 0.83, explain: 0.9, outOfScope: 1 },
  },
  // Round 46 (en64, en65, zh64, zh65; four writers, 72 questions each, written at the start of session 53): a shipping
  // line's crews, dental front desks, wind-farm technicians, a film shoot, regional studios, tax season, a zoo, an
  // outsourced call centre, mining camps, bank branches, estate agents, packet-capture summaries, all-lowercase writers,
  // German/French/Portuguese/Vietnamese writers, two sites with only one asked about, facts retracted; airport ground
  // staff, fire stations and command vehicles, supermarkets, showroom buyers, trial monitors, an orchestra on tour, an
  // embassy, NGO field offices, a NOC, a vet practice, ticket fields, forwarded threads, dictation errors; 檢驗科與急診、
  // 衛生所、貨運車隊、手搖飲督導、晶圓廠、採訪車、律師事務所、保險業務、漁會漁船、禮儀公司、外商分公司、LINE 貼上、注音文、
  // 台語夾雜、語音輸入; 航空地勤、消防分隊與指揮車、超市門市、工地工務所、婚紗外拍、樂團巡演、駐外代表處、NGO 偏鄉據點、
  // 機房 NOC、動物醫院、工單欄位、轉寄信、粵語書面語、簡體字. Labels checked against the engine: one vague question the
  // engine answers from its own labels was dropped (en65-30). A third of each kind held as test47. As it came, on
  // c51eb0a: en 42/58 with 1 wrong (1 after asking), vague 16/18, explain 10/10, out of scope 10/10; zh 47/58, 0 wrong
  // (1 after asking), vague 13/18 with 3 answered, explain 10/10, out of scope 9/10. Studied in session 53: en 44/58,
  // 0 wrong; zh vague 16/18, none answered.
  dev41: {
    en: { right: 0.79, wrong: 0, vague: 0.88, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.87, wrong: 0, vague: 0.88, explain: 1, outOfScope: 0.9 },
  },
  // Round 48 (en67, en68, zh67, zh68; 72 each: 44 complete, 14 vague, 7 explain, 7 out of scope): a ferry operator,
  // university labs and field stations, home-care nurses, a warehouse night shift, parks and recreation, a touring
  // theatre, pharmacies, claims adjusters, gym front desks, a satellite ground station, whole tickets, cautious new
  // admins, autocorrect, Spanish/Polish/Hindi-English/Japanese writers; cabin crew in layover hotels, food-delivery
  // dispatch, architects on building sites, a museum, a courier depot, an auction house, a school district, a water
  // utility, a car dealership, a church's campuses, emoji and abbreviations, pasted logs, forwarded threads,
  // consultants, Italian/Dutch/Turkish/Tagalog-English writers, three people with one asked about; 高鐵台鐵站務、居家
  // 護理、區公所、補習班、倉儲夜班、工務所、連鎖藥局、理賠查勘、健身房、外包客服、議員服務處、宮廟、LINE 群組、工單欄位、
  // 新進 MIS、注音文、台語; 空服員外站、超商加盟、大學行政、電信門市、港務、領隊、農會、百貨專櫃、社工家訪、環保稽查、
  // 保養廠、婚顧、直播電商、轉寄信、需求單、簡體字、語音輸入. Labels checked against the engine: two broadcast
  // questions labelled with the attendees' stream over the Internet but slots that give the inner meeting's paths were
  // dropped (zh68-20, zh68-45). A third of each kind held as test49. As it came, on 8323c21: en 37/58 with 3 wrong
  // (1 after asking), vague 15/18, explain 8/10, out of scope 10/10; zh 45/57 with 1 wrong, vague 18/18, explain
  // 10/10, out of scope 10/10. Studied in session 54: en 39/58 with 1 wrong (none after asking).
  dev42: {
    en: { right: 0.75, wrong: 1, vague: 0.83, explain: 0.8, outOfScope: 1 },
    'zh-TW': { right: 0.78, wrong: 1, vague: 1, explain: 1, outOfScope: 1 },
  },
  // Round 50 (en70, en71, zh70, zh71; 72 each: 44 complete, 14 vague, 7 explain, 7 out of scope), written in session
  // 55 at its start by four writers who never saw the code: a regional airline's gates and hangar, a vineyard, a library
  // system and its bookmobile, a wind farm, a veterinary hospital, a law firm, a cruise line's shore office, emergency
  // dispatch, boarding houses, a film shoot, a handover note, loose 'on-prem'/'cloud'/'tenant', Portuguese/Vietnamese/
  // German/Arabic-English writers; a mine and its camp, telecom stores, fire stations, cinemas, rotating residents, an
  // oil rig, trade fairs, a bus depot, pension advisers, a travelling exhibition, a ServiceNow ticket, a forwarded
  // complaint, terse lowercase, British/Australian idioms, French/Korean/Russian/Swahili-English writers, a corrected
  // deployment; 航空櫃台與機組休息室、酒莊、圖書館與行動書車、離岸風場、動物醫院、律師事務所、郵輪岸上辦公室、消防指揮中心、
  // 寄宿學校、劇組外景、交接紀錄、「地端」「雲端」「租戶」、港馬用語、貼上的 Teams 聊天; 礦場與工寮、電信門市、消防分隊、
  // 電影院、住院醫師輪調、遠洋漁船、服飾採購、客運總站、投信理專、科博館巡迴展、ServiceNow 工單、轉寄客訴信、全小寫、
  // 台語客語、改口的部署、職稱稱呼. Labels checked against the engine: no problem. A third of each kind held as test51. As
  // it came, on the last stop's main (fb62bf7): en 39/58 with 4 wrong, vague 13/18 (3 answered), explain 9/10, out of
  // scope 9/10; zh 46/58 with none wrong, vague 16/18 (1 answered), explain 9/10, out of scope 9/10.
  dev43: {
    en: { right: 0.74, wrong: 2, vague: 0.88, explain: 0.9, outOfScope: 0.9 },
    'zh-TW': { right: 0.79, wrong: 0, vague: 0.88, explain: 0.9, outOfScope: 0.9 },
  },
  // Round 52 (en73, en74, zh73, zh74; 72 questions each: 44 complete, 14 vague, 7 explain, 7 out of scope), written in
  // session 56 at its start by four writers who never saw the code: a ski resort's lifts and rental shop, a seed bank,
  // a courier hub and drivers, an orchestra on tour, dental clinics, a newsroom and stringers, a golf club, a land
  // border's customs, a nursing home and visiting GP, theme-park ride operators, an intern's first week, a pasted Teams
  // invite, 'signal'/'signalling'/'SIP' mixed up, Spanish/Polish/Hindi/Japanese-English writers, three people named; a
  // brewery, mountain rescue, a trading floor, a bakery's central kitchen, an aquarium's divers, court clerks, architects
  // on site, a container terminal, a touring circus, private bankers at clients' homes, a church's campuses, a quoted
  // email thread, autocorrect, Irish/Scottish English, Italian/Turkish/Tagalog/Dutch-English writers, media then
  // signaling in one message; 滑雪場、種子庫、物流轉運、交響樂團、牙醫診所、地方報社、高爾夫球場、海關、長照機構、主題樂園、
  // 實習生、Teams 邀請、「信令」「訊號」「SIP」、注音文火星文、三個人; 精釀啤酒廠、山難搜救、證券交易室、中央廚房、水族館、
  // 法院書記處、建築師跑工地、貨櫃碼頭、馬戲團、私人銀行理專、教會分堂、郵件串、選錯字、大陸用語、先問媒體再問信令. Labels
  // checked against the engine: no problem. A third of each kind held as test53. As it came, on e127036 (main with last
  // review's leftovers mended): en 40/58 with 3 wrong, vague 15/18 (1 answered), explain 7/10, out of scope 10/10; zh
  // 43/58 with 3 wrong (1 more after asking), vague 15/18 (1 answered), explain 10/10, out of scope 10/10.
  dev44: {
    en: { right: 0.75, wrong: 3, vague: 0.88, explain: 0.7, outOfScope: 1 },
    'zh-TW': { right: 0.84, wrong: 2, vague: 0.83, explain: 1, outOfScope: 1 },
  },
  // Round 54 (en76, en77, zh76, zh77; 72 questions each: 44 complete, 14 vague, 7 explain, 7 out of scope), written in
  // session 57 at its start by four writers who never saw the code: a paper mill and foresters, ferries and their
  // crews, a children's hospital and its school room, a wind farm, a museum's conservation lab and touring show, a
  // pharmaceutical plant's clean rooms, fire stations and a control centre, cinema projection booths, an auction house
  // and phone bidders, lifeguards, online tutors, lowercase without punctuation, South African/Indian English,
  // Portuguese/Greek/Vietnamese/Swedish-English writers, people named once then called by pronouns; a satellite ground
  // station, a marathon's marshals, a tea estate, a notary, a recycling line, a ballet company on tour, a prison's
  // visits hall, an exam office, a cruise terminal, a veterinary hospital and mobile vets, mountain huts, a wedding
  // planner, a pasted call-quality report, the question before the facts, Australian/New Zealand English,
  // Russian/Arabic/Korean/French-English writers, two calls in one message; 紙廠、渡輪、兒童醫院、風力發電場、博物館、
  // 製藥廠無塵室、消防局、電影院放映室、拍賣公司、救生協會、線上老師、自問自答、不加標點、香港用語、只用代名詞; 衛星地面站、
  // 馬拉松、茶園、公證人、資源回收場、舞團、監所會客室、考試組、郵輪碼頭、動物醫院、山屋、婚禮顧問、通話品質報告、先問後補、
  // 一則兩通電話、台語字. Labels checked against the engine: one disagreement (zh77-14, a broadcast joined from the
  // customer network labelled Internet: the label reads the user as an attendee, the slots cannot say which), left out;
  // the rest no problem. A third of each kind held as test55. As it came, on ecba908 (main with last review's mend): en
  // 46/58 with 2 wrong, vague 14/18 (2 answered), explain 10/10, out of scope 10/10; zh 46/58 with none wrong, vague
  // 13/18 (2 answered), explain 9/10, out of scope 10/10.
  dev45: {
    en: { right: 0.82, wrong: 2, vague: 0.83, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.87, wrong: 0, vague: 0.88, explain: 0.9, outOfScope: 1 },
  },
  // Round 56 (en79, en80, zh79, zh80: four writers, 72 questions each, written in session 58 at its start): a
  // shipyard, a ski resort, a city library and bookmobile, a brewery, hospice nurses on home visits, a regional airport,
  // a trading floor, a zoo, a coal mine's rescue team, an orchestra on tour, freelance translators, a long story before
  // the question, abbreviations (pls, u, b/c), Irish/Scottish English, German/Polish/Japanese/Turkish-English writers,
  // people named only by role; an offshore platform, a toy factory, an arena's media tribune, a diocese's parishes, a
  // fish auction, a power utility's line crews, a detective agency, a hotel's concierge, a radio station's outside
  // broadcast, a bakery chain, couriers, a theme park, a forwarded mail thread, corrections mid-message,
  // Caribbean/Nigerian English, Italian/Chinese/Dutch/Hindi-English writers, three people in one message; 造船廠、滑雪場、
  // 圖書館與行動書車、精釀啤酒廠、安寧居家護理、地方機場、證券交易室、動物園、礦場救援隊、交響樂團、接案譯者、長篇故事、
  // 注音文與縮寫、台語字、只用職稱; 海上鑽油平台、玩具工廠、體育館媒體席、教會、魚市場、電力公司線路班、徵信社、大飯店、
  // 廣播轉播車、麵包店、快遞、主題樂園、轉寄信件、中途改口、簡體輸入、重度中英夾雜、一次三個人、香港用語. Labels checked
  // against the engine: one disagreement (zh80-72, a broadcast joined from the customer network labelled Internet, as
  // zh77-14 in round 54), left out; the rest no problem. A third of each kind held as test57. As it came, on 3798543
  // (last session's main): en 45/58 with 1 wrong (2 more after asking), vague 15/18 (1 answered), explain 10/10, out of
  // scope 10/10; zh 43/58 with 2 wrong (3 more after asking), vague 13/18 (2 answered), explain 10/10, out of scope
  // 10/10.
  dev46: {
    en: { right: 0.87, wrong: 1, vague: 0.94, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.89, wrong: 0, vague: 0.72, explain: 1, outOfScope: 1 },
  },
  // Round 58 (en82, en83, zh82, zh83; 72 questions each as written: 44 complete, 14 vague, 7 explain, 7 out of scope),
  // written in session 59 at its start by writers who saw only KNOWLEDGE.md, GLOSSARY.md and who asks: a county court,
  // a hospital pharmacy, a film set, a motorway depot, an archaeology dig, a call centre, a ferry operator, vet
  // clinics, a fire brigade's control room, pasted tickets, Australian/NZ/South African/Indian English, all lower case,
  // heavy abbreviations; mountain rescue, a textile mill, a racing garage, a pharma lab, glasshouses, a refugee
  // agency, a chess tournament, a choir office, a data-centre team, Spanish/Portuguese/Arabic/Korean/Vietnamese-English,
  // voice-to-text errors, corrections mid-message; 醫院藥劑部、高鐵維修基地、夜市自治會、廟宇管委會、無塵室、補習班、
  // 攝影棚、漁會、物流倉儲、里辦公處、注音文、工單欄位、錯字; 客運調度、製茶廠、大學實驗室、監理站、禮儀公司、離島衛生所、
  // 馬拉松籌備會、封測廠、社區大學、簡體輸入、香港粵語、台語字、中途改口. Labels checked against the engine (slots only):
  // two disagreements left out (en83-39, zh83-27: a PSTN call from the Internet labelled vague for want of the
  // deployment, which every table answers alike); the rest no problem. A third of each kind held as test59. As it came,
  // on d19f1da (last session's main): en 51/60 with none wrong, vague 18/19, explain 10/10, out of scope 10/10; zh
  // 49/60 with 1 wrong (2 more after asking), vague 14/19, explain 10/10, out of scope 9/10.
  dev47: {
    en: { right: 0.91, wrong: 0, vague: 0.94, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.9, wrong: 0, vague: 0.73, explain: 1, outOfScope: 0.9 },
  },
  // Round 60 (en85, en86, zh85, zh86; 72 questions each as written: 44 complete, 14 vague, 7 explain, 7 out of scope),
  // written in session 60 at its start by writers who saw only KNOWLEDGE.md, GLOSSARY.md and who asks: a salmon farm,
  // an orchestra's touring office, a dental school, a toll road, radar stations, a prison, ambulance dispatch, a wine
  // estate, field surveyors, a consular section, Scottish/Irish/Singaporean/Nigerian English, people named by title, one
  // place said for two people, a team's homing said for a member; a circus, a biobank, a hydro dam, a tea importer, a
  // rowing club, parking enforcement, diamond cutters, a polar station's office, a charity call line, a student racing
  // team, French/German/Japanese/Polish/Turkish-English, the writer as the one called; 農會信用部、捷運行控中心、長照機構、
  // 漁港、國家公園、婚紗攝影、法院書記處、鋼鐵廠、文化健康站、宿舍管理中心、一地說給兩人、團隊的歸屬; 急診室、遊覽車、
  // 茶改場、教務處、氣象站、貨櫃碼頭、百貨樓管、進香團、共享辦公室、影城、簡體、粵語、台語字、改口、被打的是寫的人.
  // Labels checked against the engine (slots only): three disagreements left out (en85-52, zh86-37, zh86-71: a
  // conference's or a PSTN call's signaling from the Internet labelled vague for want of the deployment, which every
  // table answers alike); the rest no problem. A third of each kind held as test61. As it came, on e5f0c312 (last
  // session's main): en 50/60 with 1 wrong, vague 17/19, explain 9/10, out of scope 9/10; zh 47/60 with none wrong
  // (1 after asking), vague 15/18, explain 10/10, out of scope 9/10.
  dev48: {
    en: { right: 0.86, wrong: 1, vague: 0.89, explain: 0.9, outOfScope: 0.9 },
    'zh-TW': { right: 0.85, wrong: 0, vague: 0.83, explain: 1, outOfScope: 0.9 },
  },
  // Round 62 (en88, en89, zh88, zh89; 72 questions each as written: 44 complete, 14 vague, 7 explain, 7 out of scope),
  // written in session 61 at its start by writers who saw only KNOWLEDGE.md, GLOSSARY.md and who asks: a lighthouse
  // authority, a cheese dairy, vet clinics, a ferry terminal, a ski-patrol base, a coroner's office, ride operations, a
  // bus depot, a quarry, an observatory, Australian/Indian/South African/Canadian English, rooms in trade words, Wi-Fi by
  // its name; a fire station, a botanical garden, a car auction, a cruise ship's bridge office, mountain huts, a
  // fertility clinic, a publisher, a racecourse, a desalination plant, interpreters, organizers named by title, "(not
  // ours)"; 水利會工作站、客運總站、動物醫院、夜市自治會、派出所、岸巡隊、圖書館、月子中心、遊樂園設施組、殯儀館; 高鐵站務、
  // 藥劑部、園區廠務、消防局、補習班、果菜市場、廣播電台、離島衛生所、自行車廠、美術館、簡體、粵語、台語字、「不是我們的網路」.
  // Labels checked against the engine (slots only): one disagreement left out (zh89-28, vague by the label, answered
  // alike by every table). A third of each kind held as test63. As it came, on b95cfa91 (last session's main): en 51/60
  // with none wrong (1 after asking), vague 18/20, explain 10/10, out of scope 10/10; zh 52/60 with none wrong (1 after
  // asking), vague 17/19, explain 8/10, out of scope 9/10.
  dev49: {
    en: { right: 0.93, wrong: 0, vague: 0.95, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.91, wrong: 0, vague: 0.89, explain: 0.8, outOfScope: 0.9 },
  },
  // Round 64 (en91, en92, zh91, zh92; 72 questions each as written: 44 complete, 14 vague, 7 explain, 7 out of scope),
  // written in session 62 at its start by writers who saw only KNOWLEDGE.md, GLOSSARY.md and who asks: a salmon farm, a
  // wind farm's control room, a children's ward, a tram depot, a visitor centre, a courthouse, a brewery, an air
  // ambulance base, a cement works, a regional studio, Scottish/Irish/Nigerian/Singaporean English, "everyone in
  // dispatch"; an opera house, a seed bank, a port's gate office, a rehab clinic, lift operations, a translation bureau,
  // a zoo, a prison's visits hall, a wine estate, a ground station, tickets with fields, "X of Y" titles; 漁會、國家公園
  // 管理處、捷運機廠、地方法院、啤酒廠、長照中心、港務公司、水泥廠、空中救護、電視台、欄位（召集人）; 音樂廳、種子庫、碼頭管制站、
  // 戒治所、滑雪場、翻譯社、動物園、接見室、酒莊、地面站、簡體、粵語（都係）、台語字、「人在公司網路內」.
  // Labels checked against the engine (slots only): two disagreements left out (en91-2 and zh92-65, vague by the label,
  // answered alike by every table). A third of each kind held as test65. As it came, on 01215834 (last session's main):
  // en 52/60 with none wrong (1 after asking), vague 14/19, explain 10/10, out of scope 10/10; zh 46/60 with none wrong,
  // vague 11/19, explain 10/10, out of scope 10/10.
  dev50: {
    en: { right: 0.88, wrong: 0, vague: 0.78, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.83, wrong: 0, vague: 0.63, explain: 1, outOfScope: 1 },
  },
  // Round 66 (en94, en95, zh94, zh95; 72 questions each as written: 44 complete, 14 vague, 7 explain, 7 out of scope),
  // written in session 63 at its start by writers who saw only KNOWLEDGE.md, GLOSSARY.md and who asks: a sugar refinery,
  // a puppet theatre, a fishing fleet, a dialysis centre, a racecourse's stewards' room, a patent law firm, an aquarium,
  // a customs warehouse, a cider press, a radio telescope array, a circus on tour, a peat bog station, a cathedral's
  // vestry, a burns unit, a canal lock, a tax practice, a falconry centre, a border post, a meadery, a balloon launch
  // site, tickets with fields, "X of Y" titles, the flat and the site hut; 製糖廠、布袋戲團、漁船隊、洗腎中心、賽馬場、
  // 專利事務所、水族館、保稅倉、蘋果酒坊、電波望遠鏡站、馬戲團、濕地研究站、教會、燒燙傷中心、水閘、會計師事務所、猛禽中心、
  // 邊境檢查站、蜂蜜酒廠、探空氣球站、簡體、粵語、台語字、宿舍與工寮. Labels checked against the engine (slots only): four
  // disagreements left out (en94-55, zh94-13, zh94-72, zh95-37: vague by the label, answered alike by every table).
  // A third of each kind held as test67. As it came, on a4dbc71c (last session's main, review mends only): en 50/60
  // with 1 wrong, vague 15/19, explain 10/10, out of scope 10/10; zh 53/60 with 1 wrong, vague 13/17, explain 9/10,
  // out of scope 9/10.
  dev51: {
    en: { right: 0.9, wrong: 1, vague: 0.78, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.95, wrong: 0, vague: 0.82, explain: 1, outOfScope: 0.9 },
  },
  // Round 18's held half (see dev17), only ever scored in aggregate by the lead (one developer's misses file showed its
  // texts once by mistake; nothing was built on them). Before any study (after nlu44 and lead5): en 22/37 with 3
  // wrong, vague 9/13; zh 17/37 with 7 wrong, vague 9/13. After this session's merges: en 23/37 with 3 wrong; zh 18/37
  // with 6 wrong. After the next session's study of dev17: en 24/37 with 3 wrong; zh 19/37 with 6 wrong.
  // Lowered once, zh right 19 -> 18/37 (0.51 -> 0.48): one who only passes something on ("我們網管說…") is no longer a
  // party (src/nlu/reporters.ts). In the studied twin (tr-zh-13) that reporter had taken the other party's place by
  // accident, while the name beside the writer was cut into characters; the name is now read (pairedNames) and the twin
  // is right again, the held one is not. Held zh over all parts gained a vague and an explain question from the same
  // change, and a vendor who "said" something is no longer a federated peer that gets an answer.
  test15: {
    en: { right: 0.7, wrong: 3, vague: 0.76, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.59, wrong: 3, vague: 0.69, explain: 1, outOfScope: 1 },
  },
  // Round 19: two more writers (en30, zh30: hospitals and clinics, schools and universities, logistics, hotels, law
  // and accounting firms, newsrooms, service providers naming the customer they mean, self-corrections, pasted chat
  // threads, bullet lists, "is it true that", abbreviations) written at the start of the session, held whole, only
  // ever scored in aggregate. Validation (texts unread) dropped four questions about a broadcast's viewers and one
  // federated call its writer tied to which Edge Server relays it, and made three vague questions the engine answers
  // whatever is unknown complete. As they came, on 3076f0a: en 59/82 with 2 wrong, vague 28/40, explain 12/14, out of
  // scope 11/12; zh 66/85 with 1 wrong, vague 26/42 with 3 answered, explain 14/14, out of scope 10/12.
  // After this session's merges: en 60/82 with 2 wrong; zh 66/85 with 1 wrong, out of scope 11/12.
  test16: {
    en: { right: 0.82, wrong: 1, vague: 0.75, explain: 1, outOfScope: 0.91 },
    'zh-TW': { right: 0.88, wrong: 0, vague: 0.69, explain: 1, outOfScope: 0.91 },
  },
  // Round 20: two more writers (en31, zh31: plants with shifts, town halls and inspectors, banks and insurers, retail
  // chains, airlines and airports, building sites, charities, start-ups, consultants on a client's network, sales reps,
  // contractors, interns, forwarded mail chains, "if you're at home" in general, what-ifs, several questions in one
  // message, wrong product names, Simplified and Mainland wording) written at the start of the session, held whole,
  // only ever scored in aggregate. Validation (texts unread) dropped three questions about a broadcast's viewers and
  // made one vague question the engine answers whatever is unknown complete. As they came, on f489a1c: en 54/82 with 1
  // wrong, vague 23/40, explain 12/14, out of scope 11/12; zh 64/82 with 1 wrong, vague 28/42 with 2 answered, explain
  // 14/14, out of scope 12/12.
  test17: {
    en: { right: 0.71, wrong: 1, vague: 0.6, explain: 1, outOfScope: 0.91 },
    'zh-TW': { right: 0.84, wrong: 1, vague: 0.71, explain: 1, outOfScope: 1 },
  },
  // Round 21: two more writers (en32, zh32: hotels, newsrooms and reporters on hotspots, law and accounting firms on a
  // client's guest Wi-Fi, control rooms, substations and offshore platforms, labs, estate agents, game studios, gyms,
  // embassies, farm co-ops; second-language English, voice-to-text, Slack messages with @mentions, quotes, lists and
  // code blocks, corrections mid-message, places said as where someone is not, names then pronouns, two people and one
  // asked about; Hokkien, Hakka, Hong Kong and Singapore wording) written at the start of the session, held whole, only
  // ever scored in aggregate. Validation (texts unread) dropped one question about a broadcast's viewer and made one
  // vague question the engine answers whatever is unknown complete. As they came, on 5c8b3a5: en 61/85 with 2 wrong,
  // vague 29/40 with 2 answered, explain 14/14, out of scope 12/12; zh 57/83 with 3 wrong, vague 27/42 with 1
  // answered, explain 14/14, out of scope 12/12.
  test18: {
    en: { right: 0.74, wrong: 0, vague: 0.8, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.78, wrong: 2, vague: 0.71, explain: 1, outOfScope: 1 },
  },
  // Round 22: two more writers (en33, zh33: nurses and ward clerks, pharmacy chains, ship, port and logistics staff,
  // franchise owners, non-profits and clubs, film crews on location, event venues, museums, government contractors,
  // travel agents, MSP technicians relaying a customer; Teams chat with emoji, all-caps, quoted earlier messages,
  // people by initials or by pronoun after a name, signatures pasted along, time zones, hypotheticals, Indian,
  // Caribbean, Hong Kong, Kenyan and Irish English; PTT and 注音文, 公文, full-width letters, voice-input homophones,
  // titles for people, Hong Kong and Malaysian Chinese, Simplified input) written at the start of the session, held
  // whole, only ever scored in aggregate. Validation (texts unread) made one vague question the engine answers
  // whatever is unknown complete. As they came, on d1ff6d2: en 68/87 with 4 wrong, vague 29/39 with 1 answered,
  // explain 12/14, out of scope 11/12; zh 69/85 with 1 wrong, vague 29/40 with 3 answered, explain 14/14, out of
  // scope 8/12.
  test19: {
    en: { right: 0.8, wrong: 4, vague: 0.76, explain: 0.92, outOfScope: 1 },
    // zh wrong 1 -> 0 in session 52 (a building's own network, 館內網路, read as ours).
    'zh-TW': { right: 0.9, wrong: 0, vague: 0.72, explain: 1, outOfScope: 0.66 },
  },
  // Round 22's explain and out-of-scope lists (eo3en, eo3zh): 70 explain questions over all 21 topics and 70 out of
  // scope, 36 and 37 of them near misses in the domain's words, written blind at the start of the session and held
  // whole. As they came, on d1ff6d2: en explain 62/70 (topic 59), out of scope 63/70; zh explain 64/70 (topic 60),
  // out of scope 59/70.
  test20: {
    en: { right: 1, wrong: 0, vague: 1, explain: 0.9, outOfScope: 0.91 },
    'zh-TW': { right: 1, wrong: 0, vague: 1, explain: 0.95, outOfScope: 0.87 },
  },
  // Round 23's held third (see dev18), only ever scored in aggregate. As it came, on eaa0114: en 24/29 right, 0 wrong,
  // vague 11/13, explain 23/28, out of scope 24/27; zh 23/30 with 1 wrong, vague 10/13, explain 27/28, out of scope
  // 26/27.
  test21: {
    en: { right: 0.89, wrong: 0, vague: 0.92, explain: 0.85, outOfScope: 0.92 },
    'zh-TW': { right: 0.8, wrong: 1, vague: 0.76, explain: 0.96, outOfScope: 0.96 },
  },
  // Round 23's held third of the place traps (see dev19), only ever scored in aggregate. As it came, on e86d0e4: en
  // 13/15 right, 0 wrong, vague 4/5 with 1 answered; zh 13/15, 0 wrong, vague 3/5 with 2 answered.
  test22: {
    en: { right: 0.93, wrong: 0, vague: 0.8, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.86, wrong: 0, vague: 0.6, explain: 1, outOfScope: 1 },
  },
  // Round 24's held third (see dev20), only ever scored in aggregate. As it came, on b4b618f: en 19/24 right with 1
  // wrong, vague 9/11 with 1 answered, explain 6/7, out of scope 5/5; zh 19/24 with 2 wrong, vague 5/11 with 2
  // answered, explain 6/7, out of scope 5/5.
  test23: {
    en: { right: 0.87, wrong: 1, vague: 0.81, explain: 0.85, outOfScope: 1 },
    'zh-TW': { right: 0.83, wrong: 2, vague: 0.45, explain: 0.85, outOfScope: 1 },
  },
  // Round 25's held third (see dev21), only ever scored in aggregate. As it came: en 15/20 right, 0 wrong, vague 12/15,
  // explain 6/7, out of scope 5/5; zh 12/20 with 1 wrong, vague 10/15 with 1 answered, explain 6/7, out of scope 5/5.
  // After the session's study of dev21 (nlu82-86): en 16/20, 0 wrong, vague 13/15; zh 12/20 with 1 wrong, vague 12/15.
  // After the next session's study of dev22: zh 13/20, 0 wrong.
  test24: {
    en: { right: 0.85, wrong: 0, vague: 0.86, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.7, wrong: 0, vague: 0.86, explain: 0.85, outOfScope: 1 },
  },
  // Round 26's held third (see dev22), only ever scored in aggregate. As it came: en 17/21 right with 1 wrong, vague
  // 9/14, explain 4/7, out of scope 4/5; zh 19/22, 0 wrong, vague 8/13 with 2 answered, explain 5/7, out of scope 5/5,
  // locale 46/47. After the session's study of dev22 (nlu87-89): en unchanged; zh 20/22.
  test25: {
    en: { right: 0.8, wrong: 1, vague: 0.64, explain: 0.57, outOfScope: 0.8 },
    'zh-TW': { right: 0.9, wrong: 0, vague: 0.69, explain: 0.85, outOfScope: 1 },
  },
  // Round 27's held third (see dev23), only ever scored in aggregate. As it came: en 16/21 right with 0 wrong, vague
  // 8/14 with 1 answered, explain 7/7, out of scope 3/5; zh 17/21 with 1 wrong, vague 10/14 with 2 answered, explain
  // 6/7, out of scope 4/5. After the session's study of dev23: en vague 9/14, otherwise unchanged; zh out of scope
  // 5/5, otherwise unchanged.
  test26: {
    en: { right: 0.76, wrong: 0, vague: 0.64, explain: 1, outOfScope: 0.6 },
    'zh-TW': { right: 0.85, wrong: 1, vague: 0.78, explain: 0.85, outOfScope: 1 },
  },  // Round 28's held thirds (see dev24, dev25, dev26), only ever scored in aggregate. As they came, on dbab4e0:
  // test27 en 9/15 with 1 wrong, vague 7/12 with 2 answered, explain 12/12, out of scope 8/8; zh 13/15, 0 wrong, vague
  // 8/12, explain 11/12, out of scope 8/8. test28 en 16/17, vague 6/6; zh 16/17, vague 4/6 with 2 answered. test29 en
  // 14/17, 0 wrong, vague 4/6 with 1 answered; zh 12/17, 0 wrong, vague 5/6 with 1 answered.
  test27: {
    en: { right: 0.6, wrong: 1, vague: 0.58, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.86, wrong: 0, vague: 0.66, explain: 0.91, outOfScope: 1 },
  },
  test28: {
    en: { right: 0.94, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.94, wrong: 0, vague: 0.66, explain: 1, outOfScope: 1 },
  },
  test29: {
    en: { right: 0.82, wrong: 0, vague: 0.66, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.76, wrong: 0, vague: 0.83, explain: 1, outOfScope: 1 },
  },  // Round 29 (en45, zh45), written late in the session while the study of round 28 went on, as a fair picture of
  // everyday use (every kind of asker, deployment and call type, short chat and pasted tickets), held whole and only
  // ever scored in aggregate. As it came, on e03ed4d plus the invisible-marks fix (no reading changed): en 28/28, 0
  // wrong, vague 14/14, explain 4/4, out of scope 4/4; zh 26/28 with 1 wrong, vague 12/14, explain 3/4, out of scope 4/4.
  test30: {
    en: { right: 1, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.96, wrong: 1, vague: 0.92, explain: 1, outOfScope: 1 },
  },
  // Round 30's held third (see dev27), only ever scored in aggregate. As it came, on f0a1f6c: en 7/11, 0 wrong, vague
  // 3/4, explain 1/1, out of scope 0/1; zh 9/11, 0 wrong, vague 4/4, explain 1/1, out of scope 1/1.
  test31: {
    en: { right: 0.72, wrong: 0, vague: 0.75, explain: 1, outOfScope: 0 },
    'zh-TW': { right: 0.81, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
  },
  // Round 31's held third (see dev28), only ever scored in aggregate. As it came, on fb55b15 (the product of 675e79f):
  // en 11/14 with 1 wrong, vague 4/5, explain 1/2, out of scope 2/2; zh 12/14, 0 wrong, vague 3/5, explain 2/2, out of
  // scope 2/2.
  test32: {
    en: { right: 0.85, wrong: 0, vague: 0.8, explain: 0.5, outOfScope: 1 },
    'zh-TW': { right: 1, wrong: 0, vague: 0.6, explain: 1, outOfScope: 1 },
  },
  // Round 32's held third (see dev29), only ever scored in aggregate. As it came, on 292abc0: en 7/14, 0 wrong
  // (2 wrong after asking), vague 3/5, explain 2/2, out of scope 2/2; zh 12/14 with 1 wrong (1 wrong after asking),
  // vague 5/5, explain 2/2, out of scope 2/2.
  test33: {
    en: { right: 0.85, wrong: 0, vague: 0.8, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.92, wrong: 1, vague: 1, explain: 1, outOfScope: 1 },
  },
  // Round 33's held third (see dev30), only ever scored in aggregate. As it came, on 03ed0fc: en 11/14 with 1 wrong,
  // vague 4/5, explain 1/2, out of scope 1/2; zh 12/14, 0 wrong, vague 4/5, explain 0/2, out of scope 2/2.
  test34: {
    en: { right: 0.85, wrong: 0, vague: 0.8, explain: 1, outOfScope: 0.5 },
    'zh-TW': { right: 0.92, wrong: 0, vague: 1, explain: 0.5, outOfScope: 1 },
  },
  // Round 34's held third (see dev31), only ever scored in aggregate. As it came, on b4550dd: en 10/14,
  // 0 wrong, vague 4/5, explain 2/2, out of scope 0/2; zh 10/14, 0 wrong (1 wrong after asking), vague 5/5, explain 2/2,
  // out of scope 2/2.
  test35: {
    en: { right: 0.78, wrong: 0, vague: 0.8, explain: 1, outOfScope: 0 },
    'zh-TW': { right: 0.78, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
  },
  // Round 35's held third (see dev32), only ever scored in aggregate. As it came, on 0c28f6b: en 11/15 with 1 wrong,
  // vague 5/5, explain 2/2, out of scope 2/2; zh 12/15, 0 wrong, vague 4/5 with 1 answered, explain 1/2, out of scope 2/2.
  // Session 53: en 0 wrong (cases set aside, setAsideCases.ts).
  test36: {
    en: { right: 0.86, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.93, wrong: 0, vague: 0.8, explain: 0.5, outOfScope: 1 },
  },
  // Round 36's held third (see dev33), only ever scored in aggregate. As it came, on 194c456: en 14/15, 0 wrong,
  // vague 5/5, explain 2/2, out of scope 2/2; zh 9/14 with 1 wrong, vague 4/5, explain 2/2, out of scope 2/2.
  test37: {
    en: { right: 1, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.78, wrong: 1, vague: 0.8, explain: 1, outOfScope: 1 },
  },
  // Round 37's held third (see dev34), only ever scored in aggregate. As it came, on 645bedc: en 12/14, 0 wrong,
  // vague 4/5, explain 2/2, out of scope 2/2; zh 10/15, 0 wrong (1 after asking), vague 4/5, explain 2/2, out of scope 2/2.
  test38: {
    en: { right: 0.92, wrong: 0, vague: 0.8, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.66, wrong: 0, vague: 0.8, explain: 1, outOfScope: 1 },
  },
  // Round 38's held third (see dev35), only ever scored in aggregate. As it came, on d96155d: en 14/15, 0 wrong
  // (1 after asking), vague 4/5, explain 2/2, out of scope 2/2; zh 10/15, 1 wrong (1 after asking), vague 3/5,
  // explain 2/2, out of scope 2/2.
  test39: {
    en: { right: 0.93, wrong: 0, vague: 0.8, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.66, wrong: 1, vague: 0.6, explain: 1, outOfScope: 1 },
  },
  // Round 39's held third (see dev36), only ever scored in aggregate. As it came, on 0c483ee: en 12/15, 0 wrong,
  // vague 5/5, explain 2/2, out of scope 2/2; zh 14/15, 0 wrong, vague 5/5, explain 2/2, out of scope 2/2.
  test40: {
    en: { right: 0.86, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.93, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
  },
  // Round 40's held third (see dev37), only ever scored in aggregate. As it came, on aa71734: en 11/15, 0 wrong (1 after
  // asking), vague 3/5, explain 2/2, out of scope 2/2; zh 13/15, 0 wrong, vague 3/5, explain 2/2, out of scope 2/2.
  test41: {
    en: { right: 0.86, wrong: 0, vague: 0.6, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.86, wrong: 0, vague: 0.6, explain: 1, outOfScope: 1 },
  },
  // Round 41's held third (see dev38), only ever scored in aggregate. As it came, on 642eb88: en 8/14, 0 wrong, vague
  // 3/5, explain 2/2, out of scope 2/2; zh 12/15, 0 wrong (1 after asking), vague 3/5, explain 2/2, out of scope 1/2.
  test42: {
    en: { right: 0.64, wrong: 0, vague: 0.6, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.86, wrong: 0, vague: 0.6, explain: 1, outOfScope: 0.5 },
  },
  // Round 42's held third (see dev39), only ever scored in aggregate. As it came, on 8cd0763: en 22/30 with 1 wrong (2
  // after asking), vague 8/10 with 1 answered, explain 4/4, out of scope 4/4; zh 27/30 with 1 wrong, vague 10/10,
  // explain 4/4, out of scope 4/4.
  test43: {
    en: { right: 0.76, wrong: 1, vague: 0.8, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.93, wrong: 1, vague: 1, explain: 1, outOfScope: 1 },
  },
  // Round 43 (en60 and zh60, one writer, 36 questions per language): veterinary clinics, a stadium's operations, a
  // courier's sorting hub, a newspaper's night desk, pre-sales notes, an auditor's checklist, a school district, an FAQ
  // drafter, an old PBX engineer; 診所、貨運轉運站、報社夜班、標案規格書、學校資訊組長、交換機工程師、稽核清單.
  // Written in session 51 while its lanes worked, labels checked against the engine (no problems), held whole: only
  // ever scored in aggregate. As it came, on 453a85e: en 16/22 with 1 wrong (1 after asking), vague 5/7, explain 2/4,
  // out of scope 3/3; zh 15/22 with 2 wrong, vague 6/7, explain 3/3, out of scope 4/4.
  test44: {
    en: { right: 0.72, wrong: 1, vague: 0.71, explain: 0.5, outOfScope: 1 },
    'zh-TW': { right: 0.68, wrong: 2, vague: 0.85, explain: 1, outOfScope: 1 },
  },
  // Round 44's held third (see dev40), only ever scored in aggregate. As it came, on 8622468: en 24/30, 0 wrong, vague
  // 9/10, explain 4/4, out of scope 3/4; zh 24/30, 0 wrong, vague 8/10, explain 3/4, out of scope 4/4.
  test45: {
    en: { right: 0.83, wrong: 0, vague: 0.9, explain: 1, outOfScope: 0.75 },
    'zh-TW': { right: 0.8, wrong: 0, vague: 0.8, explain: 0.75, outOfScope: 1 },
  },
  // Round 45 (en63 and zh63, one writer, 36 questions per language): a ski resort's lifts and rental shops, a theatre
  // and its touring company, grain elevators, cabin-crew scheduling, boarding houses, apartment blocks, founders on
  // trains, museum conservators; 高鐵站務、農會產銷班、劇團巡演、高中宿舍、物業管理、高鐵上的新創、博物館典藏組、夜市.
  // Written in session 52 while its lanes worked, labels checked against the engine (no problems), held whole: only
  // ever scored in aggregate. As it came, on 5eb0c4a: en 14/22, 0 wrong, vague 4/7 with 2 answered, explain 4/4, out
  // of scope 3/3; zh 20/22, 0 wrong (1 after asking), vague 4/7, explain 3/3, out of scope 4/4.
  test46: {
    en: { right: 0.63, wrong: 0, vague: 0.57, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.9, wrong: 0, vague: 0.71, explain: 1, outOfScope: 1 },
  },
  // Round 46's held third (see dev41), only ever scored in aggregate. As it came, on c51eb0a: en 24/30, 0 wrong (1
  // after asking), vague 7/9, explain 4/4, out of scope 4/4; zh 27/30, 0 wrong (1 after asking), vague 7/10 with 2
  // answered, explain 4/4, out of scope 4/4.
  test47: {
    en: { right: 0.8, wrong: 0, vague: 0.77, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.9, wrong: 0, vague: 0.7, explain: 1, outOfScope: 1 },
  },
  // Round 47 (enzh66, one writer, 36 questions per language): a cruise line and its shore office, a blood bank's donor
  // buses, bus depots and drivers, brokerage branches, hot-spring hotels, an island clinic, tour coaches, a recycling
  // plant; 客運站務、捐血車、證券分點、溫泉旅館、離島衛生所、遊覽車、資源回收廠、部落小學. Written in session 53 at its start,
  // labels checked against the engine (no problems), held whole: only ever scored in aggregate. As it came, on
  // c51eb0a: en 19/22 with 1 wrong, vague 7/7, explain 3/4, out of scope 3/3; zh 18/22 with 2 wrong, vague 7/7,
  // explain 3/3, out of scope 4/4.
  test48: {
    en: { right: 0.86, wrong: 1, vague: 1, explain: 0.75, outOfScope: 1 },
    'zh-TW': { right: 0.81, wrong: 2, vague: 1, explain: 1, outOfScope: 1 },
  },
  // Round 48's held third (see dev42), only ever scored in aggregate. As it came, on 8323c21: en 21/30, 0 wrong,
  // vague 9/10 with 1 answered, explain 4/4, out of scope 4/4; zh 24/29 with 1 wrong, vague 9/10, explain 4/4, out of
  // scope 3/4.
  test49: {
    en: { right: 0.73, wrong: 0, vague: 0.9, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.89, wrong: 1, vague: 1, explain: 1, outOfScope: 0.75 },
  },
  // Round 49 (enzh69, one writer, 36 questions per language): a ski resort's lifts and lodges, a desalination plant,
  // a national park's rangers, a marathon on race day, a courthouse, a lab's couriers, a shipyard, a call-taxi company;
  // 林務局工作站、水庫管理中心、職棒球團與球場、地方法院、監理站、禮儀會館、夜市自治會、國家公園管理處. Written in session 54
  // at its start, labels checked against the engine (no problems), held whole: only ever scored in aggregate. As it
  // came, on 8323c21: en 18/22, 0 wrong, vague 5/7 with 1 answered, explain 3/4, out of scope 3/3; zh 19/22 with 1
  // wrong (1 after asking), vague 5/7, explain 3/3, out of scope 4/4.
  test50: {
    en: { right: 0.86, wrong: 0, vague: 0.71, explain: 0.75, outOfScope: 1 },
    'zh-TW': { right: 0.86, wrong: 0, vague: 0.71, explain: 1, outOfScope: 1 },
  },
  // Round 50's held third (see dev43), only ever scored in aggregate. As it came, on fb62bf7: en 21/30, 0 wrong, vague
  // 10/10, explain 3/4, out of scope 3/4; zh 22/30, 0 wrong, vague 9/10, explain 4/4, out of scope 4/4.
  test51: {
    en: { right: 0.7, wrong: 0, vague: 1, explain: 0.75, outOfScope: 0.75 },
    'zh-TW': { right: 0.8, wrong: 0, vague: 0.9, explain: 1, outOfScope: 1 },
  },
  // Round 51 (enzh72, one writer, 36 questions per language): a zoo and its keepers, a fab's clean rooms, a ferry
  // crossing's ticket booths, a music festival's crew, a prison's visiting rooms, a wedding venue, port pilots, a
  // blood-donation bus; 動物園與保育員、晶圓廠無塵室、離島交通船售票處、音樂祭團隊、監獄會客室、婚宴會館、港務引水人、捐血車.
  // Written in session 55 at its start, labels checked against the engine (no problems), held whole: only ever scored
  // in aggregate. As it came, on fb62bf7: en 16/22, 0 wrong, vague 6/7 with 1 answered, explain 4/4, out of scope
  // 3/3; zh 19/22, 0 wrong, vague 2/7 with 1 answered, explain 3/3, out of scope 4/4.
  test52: {
    en: { right: 0.86, wrong: 0, vague: 0.85, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.86, wrong: 0, vague: 0.28, explain: 1, outOfScope: 1 },
  },
  // Round 52's held third (see dev44), only ever scored in aggregate. As it came, on e127036: en 24/30 with 1 wrong,
  // vague 8/10 (1 answered), explain 3/4, out of scope 4/4; zh 22/30 with 1 wrong (1 more after asking), vague 9/10,
  // explain 4/4, out of scope 4/4.
  test53: {
    en: { right: 0.83, wrong: 0, vague: 0.8, explain: 0.75, outOfScope: 1 },
    'zh-TW': { right: 0.83, wrong: 1, vague: 1, explain: 1, outOfScope: 1 },
  },
  // Round 53 (enzh75, one writer, 36 questions per language): a planetarium, a dam's control room and crews, a racing
  // track's stables, a cooking school, a lighthouse and coast-guard station, a flower auction, a rainforest field
  // station, a funeral home; 天文館、水庫管理中心、馬術中心與馬廄、烹飪教室、燈塔與海巡站、花卉拍賣市場、山區實驗林、殯儀館.
  // Written in session 56 at its start, labels checked against the engine (no problems), held whole: only ever scored
  // in aggregate. As it came, on e127036: en 14/22 with 1 wrong, vague 5/7, explain 4/4, out of scope 2/3; zh 17/22
  // with none wrong, vague 4/7, explain 3/3, out of scope 4/4.
  test54: {
    en: { right: 0.63, wrong: 1, vague: 0.71, explain: 1, outOfScope: 0.66 },
    'zh-TW': { right: 0.77, wrong: 0, vague: 0.57, explain: 1, outOfScope: 1 },
  },
  // Round 54's held third (see dev45), only ever scored in aggregate. As it came, on ecba908: en 21/30 with none wrong
  // (1 after asking), vague 10/10, explain 4/4, out of scope 4/4; zh 24/29 with 2 wrong (2 more after asking), vague
  // 6/10 (1 answered), explain 4/4, out of scope 3/4.
  test55: {
    en: { right: 0.73, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.86, wrong: 2, vague: 0.6, explain: 1, outOfScope: 0.75 },
  },
  // Round 55 (enzh78, one writer, 36 questions per language): a glass factory, an ice rink and hockey club, a public
  // broadcaster's regional studios, bus depots and drivers, a pearl farm, national-park rangers, a conservatory's
  // practice rooms, a car dealership; 玻璃工廠、溜冰場與冰球隊、公視地方新聞中心、客運、養殖場、國家公園、音樂系琴房、汽車展示中心.
  // Written in session 57 at its start, labels checked against the engine (no problems), held whole: only ever scored
  // in aggregate. As it came, on ecba908: en 20/22 with none wrong, vague 7/7, explain 4/4, out of scope 3/3; zh 19/22
  // with none wrong, vague 4/7, explain 3/3, out of scope 4/4.
  test56: {
    en: { right: 0.9, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.95, wrong: 0, vague: 0.71, explain: 1, outOfScope: 1 },
  },
  // Round 56's held third (see dev46), only ever scored in aggregate. As it came, on 3798543: en 25/30 with 2 wrong,
  // vague 9/10, explain 4/4, out of scope 4/4; zh 21/29 with none wrong (1 after asking), vague 9/10, explain 4/4, out
  // of scope 4/4.
  test57: {
    en: { right: 0.83, wrong: 2, vague: 0.9, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.82, wrong: 0, vague: 0.9, explain: 1, outOfScope: 1 },
  },
  // Round 57 (enzh81, one writer, 36 questions per language): a winery's cellar and tasting room, a space agency's
  // mission control and tracking station, a touring circus, a car-wash chain, a sailing club's regatta committee, a
  // blood bank's donation buses, a press agency's newsroom and correspondents, a dairy cooperative's milk trucks;
  // 酒莊、太空中心、巡迴馬戲團、洗車場、帆船俱樂部、捐血車、通訊社、乳品合作社. Written in session 58 at its start, labels
  // checked against the engine (no problems), held whole: only ever scored in aggregate. As it came, on 3798543: en
  // 14/22 with 2 wrong, vague 5/7 (1 answered), explain 4/4, out of scope 3/3; zh 15/22 with none wrong, vague 7/7,
  // explain 3/3, out of scope 4/4.
  test58: {
    en: { right: 0.63, wrong: 2, vague: 0.71, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.72, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
  },
  // Round 58's held third (see dev47), only ever scored in aggregate. As it came, on d19f1da: en 25/28 with none
  // wrong, vague 7/8, explain 4/4, out of scope 3/4; zh 21/28 with none wrong, vague 5/8, explain 3/4, out of scope 4/4.
  test59: {
    en: { right: 0.92, wrong: 0, vague: 0.87, explain: 1, outOfScope: 0.75 },
    'zh-TW': { right: 0.82, wrong: 0, vague: 0.62, explain: 0.75, outOfScope: 1 },
  },
  // Round 59 (enzh84, one writer, 36 questions per language): an ice hockey arena, a lighthouse authority, a satellite
  // uplink, a water works, a perfume factory, a mountain hut association, a presidential office, pipeline pump
  // stations, a kindergarten chain, a crematorium; 冰球館、燈塔、衛星上鏈站、自來水廠、香水工廠、山屋協會、總統府幕僚、
  // 輸油管加壓站、幼兒園、火葬場. Written in session 59 at its start, labels checked against the engine (no problems),
  // held whole: only ever scored in aggregate. As it came, on d19f1da: en 17/22 with 2 wrong, vague 4/7, explain 4/4,
  // out of scope 3/3; zh 20/22 with none wrong, vague 4/7, explain 4/4, out of scope 3/3.
  test60: {
    en: { right: 0.77, wrong: 2, vague: 0.57, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.9, wrong: 0, vague: 0.57, explain: 1, outOfScope: 1 },
  },
  // Round 60's held third (see dev48), only ever scored in aggregate. As it came, on e5f0c312: en 22/28 with 2 wrong,
  // vague 6/8, explain 4/4, out of scope 3/4; zh 24/28 with 1 wrong, vague 5/8, explain 4/4, out of scope 4/4.
  test61: {
    en: { right: 0.82, wrong: 2, vague: 0.75, explain: 1, outOfScope: 0.75 },
    'zh-TW': { right: 0.85, wrong: 1, vague: 0.75, explain: 1, outOfScope: 1 },
  },
  // Round 61 (enzh87, one writer, 36 questions per language): a glacier tour operator, a blood bank, a printing plant, a
  // national archive, a skateboard maker, a land-border customs office, a cable car company, a drone survey startup, a
  // monastery guest house, an esports arena; 冰河導覽、血庫、印刷廠、國家檔案館、滑板工廠、陸路海關、纜車公司、無人機測量、
  // 修道院客房、電競館. Written in session 60 at its start, labels checked against the engine (three disagreements left
  // out: en87-24, zh87-29, a broadcast's media from our network labelled vague for want of the deployment; en87-34, a
  // meeting on another company's servers, which every table answers alike), held whole: only ever scored in aggregate.
  // As it came, on e5f0c312: en 19/22 with none wrong, vague 4/5, explain 3/4, out of scope 2/3; zh 21/22 with none
  // wrong, vague 6/6, explain 4/4, out of scope 3/3.
  test62: {
    en: { right: 0.86, wrong: 0, vague: 0.8, explain: 0.75, outOfScope: 0.66 },
    'zh-TW': { right: 0.95, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
  },
  // Round 62's held third (see dev49), only ever scored in aggregate. As it came, on b95cfa91: en 20/28 with 1 wrong (3
  // after asking), vague 5/8, explain 4/4, out of scope 4/4; zh 23/28 with none wrong (1 after asking), vague 7/8,
  // explain 4/4, out of scope 3/4.
  test63: {
    en: { right: 0.71, wrong: 1, vague: 0.62, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.82, wrong: 0, vague: 0.87, explain: 1, outOfScope: 0.75 },
  },
  // Round 63 (enzh90, one writer, 36 questions per language): a typhoon shelter, a pipe organ builder, a ballet company,
  // a salt works, a satellite ground station, a rice mill, a football stadium, a children's hospital, a tattoo studio
  // chain, a municipal waterworks; 避風港、管風琴工坊、芭蕾舞團、鹽場、衛星地面站、碾米廠、足球場、兒童醫院、刺青店、自來水廠.
  // Written in session 61 at its start, labels checked against the engine (no disagreement), held whole: only ever
  // scored in aggregate. As it came, on b95cfa91: en 17/22 with none wrong, vague 6/7, explain 3/4, out of scope 3/3; zh
  // 18/22 with 1 wrong, vague 6/7, explain 4/4, out of scope 3/3.
  test64: {
    en: { right: 0.86, wrong: 0, vague: 0.85, explain: 0.75, outOfScope: 1 },
    'zh-TW': { right: 0.81, wrong: 1, vague: 0.85, explain: 1, outOfScope: 1 },
  },
  // Round 64's held third (see dev50), only ever scored in aggregate. As it came, on 01215834: en 23/28 with none wrong,
  // vague 7/8, explain 4/4, out of scope 4/4; zh 24/28 with none wrong, vague 4/8, explain 4/4, out of scope 4/4.
  test65: {
    en: { right: 0.82, wrong: 0, vague: 0.87, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.85, wrong: 0, vague: 0.5, explain: 1, outOfScope: 1 },
  },
  // Round 65 (enzh93, one writer, 36 questions per language): a lighthouse museum, a glassworks, a hospice, a tugboat
  // company, a velodrome, a tofu factory, a mountain observatory, a flood control office, bridal boutiques, a county
  // fairground; 燈塔博物館、玻璃工坊、安寧病房、拖船公司、自行車場、豆腐廠、天文台、防汛辦公室、婚紗店、園遊會場. Written in
  // session 62 at its start, labels checked against the engine (no disagreement), held whole: only ever scored in
  // aggregate. As it came, on 01215834: en 19/22 with none wrong, vague 5/7, explain 4/4, out of scope 3/3; zh 19/22
  // with none wrong (1 after asking), vague 7/7, explain 4/4, out of scope 3/3.
  test66: {
    en: { right: 0.86, wrong: 0, vague: 0.71, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.86, wrong: 0, vague: 1, explain: 1, outOfScope: 1 },
  },
  // Round 66's held third (see dev51), only ever scored in aggregate. As it came, on a4dbc71c: en 22/28 with 1 wrong,
  // vague 6/8, explain 4/4, out of scope 4/4; zh 23/28 with none wrong, vague 8/8, explain 3/4, out of scope 4/4.
  test67: {
    en: { right: 0.78, wrong: 1, vague: 0.75, explain: 1, outOfScope: 1 },
    'zh-TW': { right: 0.85, wrong: 0, vague: 1, explain: 0.75, outOfScope: 1 },
  },
  // Round 67 (enzh96, one writer, 36 questions per language): a salt works, a stained-glass studio, a children's
  // hospice, a river pilot station, an ice rink, a noodle factory, a solar observatory, a landslide monitoring office,
  // a wedding photographer, a livestock auction; 鹽場、彩繪玻璃工作室、兒童安寧、引水站、溜冰場、麵廠、太陽觀測站、
  // 坡地監測、婚紗攝影、家畜拍賣. Written in session 63 at its start, labels checked against the engine (four
  // disagreements left out: en96-1, en96-32, zh96-23, zh96-36, an Online or Cloud Connector meeting labelled without
  // its organizer), held whole: only ever scored in aggregate. As it came, on a4dbc71c: en 18/20 with none wrong, vague
  // 6/7, explain 2/4, out of scope 3/3; zh 17/20 with none wrong, vague 6/7, explain 3/4, out of scope 3/3.
  test68: {
    en: { right: 0.9, wrong: 0, vague: 1, explain: 0.5, outOfScope: 1 },
    'zh-TW': { right: 0.9, wrong: 0, vague: 0.85, explain: 0.75, outOfScope: 1 },
  },
};

/**
 * Wrong answers a user meets only after answering the advisor's questions back (scripts/blind.ts afterAsking): a
 * complete question whose first reading holds a wrong fact the questions never touch. At most these, per part; every
 * part not named, none. Measured first on main fb55b15 (the product of 675e79f), when the measure was made.
 */
const WRONG_AFTER_ASKING: Partial<Record<BlindPart, Partial<Record<Locale, number>>>> = {
  dev31: { en: 1 },
  dev38: { 'zh-TW': 1 },
  dev39: { en: 1 },
  dev40: { 'zh-TW': 1 },
  dev41: { 'zh-TW': 1 },
  dev44: { 'zh-TW': 1 },
  test2: { en: 1 },
  test3: { en: 2 },
  test4: { 'zh-TW': 1 },
  test6: { en: 1 },
  test7: { en: 3 },
  test8: { en: 2 },
  test9: { en: 1 },
  test10: { en: 1 },
  test11: { en: 4 },
  test12: { en: 1, 'zh-TW': 1 },
  test13: { en: 4 },
  test15: { 'zh-TW': 1 },
  test16: { en: 1, 'zh-TW': 1 },
  test17: { 'zh-TW': 1 },
  test18: { en: 1, 'zh-TW': 1 },
  test19: { en: 1, 'zh-TW': 1 },
  test26: { en: 1, 'zh-TW': 1 },
  test29: { 'zh-TW': 1 },
  test33: { en: 1 },
  test35: { 'zh-TW': 1 },
  test38: { 'zh-TW': 1 },
  test39: { 'zh-TW': 1 },
  test41: { en: 1 },
  test42: { 'zh-TW': 1 },
  test43: { en: 2 },
  test44: { en: 1 },
  test46: { 'zh-TW': 1 },
  test47: { en: 1, 'zh-TW': 1 },
  test53: { 'zh-TW': 1 },
  test55: { en: 1, 'zh-TW': 1 },
  dev46: { en: 2, 'zh-TW': 1 },
  test57: { 'zh-TW': 1 },
  test63: { en: 3, 'zh-TW': 1 },
  dev50: { en: 1 },
  test66: { 'zh-TW': 1 },
};

/** Questions per writer's file: whole sets of 150, or halves. */
const perWriter = (part: BlindPart) =>
  part === 'dev5' || part === 'dev7' || part === 'dev9' || part === 'dev10' || part === 'dev11' ? 74 : part === 'dev6' || part === 'test3' || part === 'test5' || part === 'test6' || part === 'test7' ? 76 : 150;
/**
 * Parts whose files are not one writer's set or half each: round 1's sets split 2:1, and round 7's halves with zh13's
 * questions its writer wrote mostly in English moved into an English file of their own (74 and 76 per writer's half).
 */
const SIZES: Partial<Record<BlindPart, Record<Locale, number[]>>> = {
  dev: { en: [226], 'zh-TW': [226] },
  test: { en: [114], 'zh-TW': [114] },
  dev8: { en: [74, 74, 2], 'zh-TW': [72, 74] },
  test4: { en: [76, 76, 5], 'zh-TW': [71, 76] },
  dev12: { en: [76, 76], 'zh-TW': [78] },
  dev13: { en: [161], 'zh-TW': [160] },
  test8: { en: [75, 75], 'zh-TW': [77] },
  dev14: { en: [76, 78], 'zh-TW': [77, 75] },
  test9: { en: [75, 78], 'zh-TW': [76, 75] },
  dev15: { en: [163], 'zh-TW': [160] },
  test10: { en: [151], 'zh-TW': [155] },
  dev16: { en: [75, 75], 'zh-TW': [75, 76] },
  test11: { en: [75, 75], 'zh-TW': [75, 75] },
  test12: { en: [150], 'zh-TW': [151] },
  test13: { en: [150], 'zh-TW': [149] },
  test14: { en: [148], 'zh-TW': [146] },
  dev17: { en: [48], 'zh-TW': [48] },
  test15: { en: [50], 'zh-TW': [50] },
  test16: { en: [148], 'zh-TW': [153] },
  test17: { en: [148], 'zh-TW': [150] },
  test18: { en: [151], 'zh-TW': [151] },
  test19: { en: [152], 'zh-TW': [151] },
  test20: { en: [140], 'zh-TW': [140] },
  dev18: { en: [100, 94], 'zh-TW': [102, 94] },
  test21: { en: [51, 46], 'zh-TW': [52, 46] },
  dev19: { en: [40], 'zh-TW': [40] },
  test22: { en: [20], 'zh-TW': [20] },
  dev20: { en: [40, 30, 24], 'zh-TW': [40, 30, 24] },
  test23: { en: [20, 15, 12], 'zh-TW': [20, 15, 12] },
  dev21: { en: [40, 30, 24], 'zh-TW': [40, 30, 24] },
  test24: { en: [20, 15, 12], 'zh-TW': [20, 15, 12] },
  dev22: { en: [40, 30, 24], 'zh-TW': [40, 30, 24] },
  test25: { en: [20, 15, 12], 'zh-TW': [20, 15, 12] },
  dev23: { en: [40, 30, 24], 'zh-TW': [40, 30, 24] },
  test26: { en: [20, 15, 12], 'zh-TW': [20, 15, 12] },
  dev24: { en: [40, 30, 24], 'zh-TW': [40, 30, 24] },
  test27: { en: [20, 15, 12], 'zh-TW': [20, 15, 12] },
  dev25: { en: [47], 'zh-TW': [47] },
  test28: { en: [23], 'zh-TW': [23] },
  dev26: { en: [47], 'zh-TW': [47] },
  test29: { en: [23], 'zh-TW': [23] },
  test30: { en: [50], 'zh-TW': [50] },
  dev27: { en: [33], 'zh-TW': [33] },
  test31: { en: [17], 'zh-TW': [17] },
  dev28: { en: [47], 'zh-TW': [47] },
  test32: { en: [23], 'zh-TW': [23] },
  dev29: { en: [47], 'zh-TW': [47] },
  test33: { en: [23], 'zh-TW': [23] },
  dev30: { en: [47], 'zh-TW': [47] },
  test34: { en: [23], 'zh-TW': [23] },
  dev31: { en: [47], 'zh-TW': [47] },
  test35: { en: [23], 'zh-TW': [23] },
  dev32: { en: [48], 'zh-TW': [48] },
  test36: { en: [24], 'zh-TW': [24] },
  dev33: { en: [48], 'zh-TW': [49] },
  test37: { en: [24], 'zh-TW': [23] },
  dev34: { en: [49], 'zh-TW': [48] },
  test38: { en: [23], 'zh-TW': [24] },
  dev35: { en: [48], 'zh-TW': [48] },
  test39: { en: [24], 'zh-TW': [24] },
  dev36: { en: [48], 'zh-TW': [48] },
  dev37: { en: [48], 'zh-TW': [48] },
  test40: { en: [24], 'zh-TW': [24] },
  test41: { en: [24], 'zh-TW': [24] },
  dev38: { en: [49], 'zh-TW': [48] },
  test42: { en: [23], 'zh-TW': [24] },
  dev39: { en: [48, 48], 'zh-TW': [48, 48] },
  test43: { en: [24, 24], 'zh-TW': [24, 24] },
  test44: { en: [36], 'zh-TW': [36] },
  dev40: { en: [48, 48], 'zh-TW': [48, 48] },
  test45: { en: [24, 24], 'zh-TW': [24, 24] },
  test46: { en: [36], 'zh-TW': [36] },
  dev41: { en: [48, 48], 'zh-TW': [48, 48] },
  test47: { en: [24, 23], 'zh-TW': [24, 24] },
  test48: { en: [36], 'zh-TW': [36] },
  dev42: { en: [48, 48], 'zh-TW': [48, 47] },
  test49: { en: [24, 24], 'zh-TW': [24, 23] },
  test50: { en: [36], 'zh-TW': [36] },
  dev43: { en: [48, 48], 'zh-TW': [48, 48] },
  test51: { en: [24, 24], 'zh-TW': [24, 24] },
  test52: { en: [36], 'zh-TW': [36] },
  dev44: { en: [48, 48], 'zh-TW': [48, 48] },
  test53: { en: [24, 24], 'zh-TW': [24, 24] },
  test54: { en: [36], 'zh-TW': [36] },
  dev45: { en: [48, 48], 'zh-TW': [48, 48] },
  test55: { en: [24, 24], 'zh-TW': [24, 23] },
  test56: { en: [36], 'zh-TW': [36] },
  dev46: { en: [48, 48], 'zh-TW': [48, 48] },
  test57: { en: [24, 24], 'zh-TW': [24, 23] },
  test58: { en: [36], 'zh-TW': [36] },
  dev47: { en: [50, 49], 'zh-TW': [50, 49] },
  test59: { en: [22, 22], 'zh-TW': [22, 22] },
  test60: { en: [36], 'zh-TW': [36] },
  dev48: { en: [49, 50], 'zh-TW': [50, 48] },
  test61: { en: [22, 22], 'zh-TW': [22, 22] },
  test62: { en: [34], 'zh-TW': [35] },
  dev49: { en: [50, 50], 'zh-TW': [50, 49] },
  test63: { en: [22, 22], 'zh-TW': [22, 22] },
  test64: { en: [36], 'zh-TW': [36] },
  dev50: { en: [49, 50], 'zh-TW': [50, 49] },
  test65: { en: [22, 22], 'zh-TW': [22, 22] },
  test66: { en: [36], 'zh-TW': [36] },
  dev51: { en: [49, 50], 'zh-TW': [48, 49] },
  test67: { en: [22, 22], 'zh-TW': [22, 22] },
  test68: { en: [34], 'zh-TW': [34] },
};

describe.each(BLIND_PARTS.filter((part): part is Exclude<BlindPart, 'own'> => part !== 'own'))('blind %s part', (part) => {
  describe.each(['en', 'zh-TW'] as const)('%s', (locale) => {
    const items = loadBlindSet(part, locale);
    let score: BlindScore;
    beforeAll(() => {
      score = scoreBlind(items, cliBatch).score;
    }, 120_000);

    it('gives no more wrong answers than its floor: a question with every fact is answered right or asked back', () => {
      expect(score.complete.wrong).toBeLessThanOrEqual(FLOORS[part][locale].wrong);
    });

    it('gives no more wrong answers after its questions back are answered than its ceiling', () => {
      expect(score.complete.afterAsking.wrongAfterAll).toBeLessThanOrEqual(WRONG_AFTER_ASKING[part]?.[locale] ?? 0);
    });

    it('answers complete questions right, asks vague ones, explains and stays out of scope above its floors', () => {
      const floors = FLOORS[part][locale];
      expect(ratio(score.complete.right, score.complete.n)).toBeGreaterThanOrEqual(floors.right);
      expect(ratio(score.vague.exact, score.vague.n)).toBeGreaterThanOrEqual(floors.vague);
      expect(ratio(score.explain.intent, score.explain.n)).toBeGreaterThanOrEqual(floors.explain);
      expect(ratio(score.outOfScope.clean, score.outOfScope.n)).toBeGreaterThanOrEqual(floors.outOfScope);
    });

    it('detects the language of every question written in that language', () => {
      // One zh-TW question in each of dev and dev4 is written wholly in English words ("Online, PSTN, user @ home no
      // VPN"; dev4's has only a Chinese keyboard's commas): English is a fair reading of them.
      const englishOnly = locale === 'zh-TW' && (part === 'dev' || part === 'dev4') ? 1 : 0;
      // One of the five test4 questions zh13's writer wrote mostly in English (labelled en) has no more English
      // grammar words than Chinese ones, and is read as Chinese (unseen: its text is not read).
      const mostlyEnglish = locale === 'en' && part === 'test4' ? 1 : 0;
      // One dev14 zh-TW question is an English sentence with a short Chinese one after it ("How do I port ... to Teams
      // Phone? 要準備什麼文件？"): English grammar words outnumber Chinese ones.
      const englishFirst = locale === 'zh-TW' && part === 'dev14' ? 1 : 0;
      // One test25 zh-TW question (eo7zh's writer: explain and out of scope, many of them near misses full of English
      // product words) is read as English; unseen, so its text is not read: the floor holds the others.
      const heldMisread = locale === 'zh-TW' && part === 'test25' ? 1 : 0;
      expect(score.locale.right).toBeGreaterThanOrEqual(score.locale.n - englishOnly - mostlyEnglish - englishFirst - heldMisread);
    });

    it('holds the sets as given: 340 questions per language in round 1, split 2:1; 150 per writer in later rounds; the halves (74 and 76) of each from round 4', () => {
      const sizes = BLIND_SETS[part][locale].map((file) => loadBlindFile(file).length);
      expect(sizes).toEqual(SIZES[part]?.[locale] ?? BLIND_SETS[part][locale].map(() => perWriter(part)));
      expect(new Set(items.map((i) => i.lang))).toEqual(new Set([locale]));
    });
  });
});
