// Words for a person that name nobody in particular ("users", "someone", 「使用者」, 「有人」): a rule's subject. One list
// for the intent's evidence (recognizer.ts) and rules asked of nobody (ruleQuestions.ts), as surfaces.
export const ANYONE: ReadonlySet<string> = new Set([
  'user', 'users', 'people', 'person', 'participant', 'participants', 'attendee', 'attendees', 'client', 'clients', 'endpoint', 'endpoints',
  'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody',
  '使用者', '用戶', '人', '與會者', '參與者', '用戶端', '客戶端', '端點', '有人', '大家',
]);

