import { gap } from './vocab';
import type { Signal } from './thread-signals';

/**
 * The author says openly, in the body, that someone is on Bcc: the recipients know, so
 * nobody is reading in secret. Each example must match its pattern.
 */
export const BCC_DISCLOSED: Signal[] = [
  // The introduction hand-off: "moving Jane to Bcc", "(moved you to bcc)", "I'll shift Tom to bcc"
  {
    pattern: `\\b(?:mov(?:e|ed|ing)|shift(?:ed|ing)?|put(?:ting)?|popp?(?:ed|ing)?|dropp?(?:ed|ing)?|bump(?:ed|ing)?|switch(?:ed|ing)?)\\b${gap(40)}\\b(?:to|in|into|on|onto) (?:the )?bcc\\b`,
    example: 'Thanks Priya, moving you to Bcc to spare your inbox.',
  },
  // "bcc'ing Tom to spare his inbox", "I've bcc'd Tom", "bccing", "bcc-ed"
  {
    pattern: "\\bbcc(?:'|-)?(?:ing|ed|d)\\b",
    example: "Bcc'ing Tom to spare his inbox.",
  },
  // "keeping you on bcc", "Tom is in bcc", "(Jane to bcc)"
  {
    pattern: '\\b(?:keep(?:ing)?|leav(?:e|ing)|left|is|are|stays?|staying) (?:\\w{1,30} ){0,3}(?:in|on) (?:the )?bcc\\b',
    example: 'Keeping Jane on bcc so she knows this landed.',
  },
  {
    pattern: '\\([\\w\\s]{1,30} to bcc\\)',
    example: '(Jane to bcc)',
  },
  // Written out: "I've blind-copied Tom", "blind copying our COO"
  {
    pattern: '\\bblind[- ]?(?:copy|copied|copying|cc(?:\'?d|ed)?)\\b',
    example: 'I have blind-copied Tom so he has the thread.',
  },
];

/** Words that make a disclosure cover every blind-copied person, not one named person. */
export const BCC_EVERYONE = "\\b(?:both of you|you both|all of you|you all|them|everyone|you two|y'all)\\b";
