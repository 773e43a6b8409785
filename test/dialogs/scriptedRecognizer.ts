// A recognizer that knows a fixed script, for tests about the dialog's mechanics only (state, validation,
// language). Conversations about call flows run with the real recognizer.
import type { Recognition, Recognizer } from '../../src/nlu/types';

export class ScriptedRecognizer implements Recognizer {
  readonly heard: string[] = [];

  constructor(private readonly script: Record<string, Partial<Recognition>>) {}

  recognize(text: string): Recognition {
    this.heard.push(text);
    const known = this.script[text];
    return { locale: 'en', intent: 'none', slots: {}, confidence: known ? 1 : 0, ...known };
  }
}
