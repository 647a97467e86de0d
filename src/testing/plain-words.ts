/** Words a developer reads and a partner manager should not have to: they belong in a
 * "Details" fold, never in a message itself. */
export const DEVELOPER_WORDS =
  /\b(should be|invalid input|object|string|int|integer|array|boolean|null|undefined|NaN|Infinity|JSON|expected|schema|regex|enum|parse|token)\b/i;

/** Whether a sentence speaks developer, leaving out what is the person's own: quoted text
 * (“…”) and a file name such as ".partner-board.json", which they see on their disk. */
export const speaksDeveloper = (sentence: string): boolean =>
  DEVELOPER_WORDS.test(sentence.replace(/“[^”]*”/g, '“…”').replace(/\.partner-\w+\.json/g, ''));
