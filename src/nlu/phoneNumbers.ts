// A phone number written out ("dialled +44 20 7946 0000", 「撥 02-2345-6789」) says a call to the phone network as
// surely as the words "phone number" do, but digits are an open class no vocabulary lists. So a number that looks
// dialled is read as those words. Only right after a dialling verb: a pasted ticket's "Phone: 0912-345-678" field
// is the requester's contact number, not the call, and port ranges ("50000-59999"), dates ("2026-12-03"),
// addresses ("10.0.0.1") and ticket numbers ("INC0051190") are no phone number anyway.

/**
 * How phone numbers are written: an international "+" and digit groups; a trunk "0" with its groups separated
 * ("020 7946 0000", "02-2345-6789"); a mobile written whole ("0912345678"); North American "(425) 555-0100" and
 * "425-555-0100"; a local "555-0100". At least 7 digits in all, never a date's 4-2-2 groups.
 */
const PHONE_NUMBER = String.raw`(?:\+\s?\d{1,3}(?:[\s-]?\(?\d{1,5}\)?){2,5}|0\d{1,4}(?:[\s-]\d{2,5}){1,4}|09\d{8}|\(\d{3}\)\s?\d{3}-\d{4}|\d{3}-\d{3}-\d{4}|\d{3}-\d{4})`;

/** Verbs that dial: the English ones as whole words, the Chinese ones as characters before the number. */
const DIALLING = String.raw`(?:\b(?:dial(?:s|ed|led|ing|ling)?|call(?:s|ed|ing)?|ring(?:s|ing)?|rang|phon(?:es|ed|ing))(?:\s+(?:out\s+)?to)?|[打撥拨]給?|撥打|拨打|打到|撥到|拨到|[打撥拨]去)`;

const DIALLED_NUMBER = new RegExp(`(${DIALLING})(\\s*)${PHONE_NUMBER}(?![\\d-])`, 'giu');

const HAN_VERB = /^[打撥拨]/u;

/** The text with every dialled phone number written as the words "phone number" (「電話號碼」 after a Chinese verb). */
export function dialledNumbersAsWords(text: string): string {
  return text.replace(DIALLED_NUMBER, (_whole, verb: string, space: string) =>
    `${verb}${space || ' '}${HAN_VERB.test(verb) ? '電話號碼' : 'phone number'}`,
  );
}
