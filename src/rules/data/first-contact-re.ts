import type { Signal } from './thread-signals';

/**
 * Reply and forward markers that mail clients put at the start of a subject, one marker with its
 * colon per match. The rule chains them ("Re: Re: Fwd: ") and anchors the chain at the start of
 * the subject, so "Regarding" or "Re-engagement plan" never match. Each example must match.
 */
export const REPLY_MARKER: Signal[] = [
  // English replies, with the counted forms some clients write: "Re:", "RE:", "RE[2]:", "Re(3):", "Re^2:"
  { pattern: '\\bre(?:\\s?\\[\\d{1,3}\\]|\\s?\\(\\d{1,3}\\)|\\^\\d{1,3})?\\s?:', example: 'RE[2]: Pricing for 200 seats' },
  // Replies in other languages: German "AW:" (Antwort), Scandinavian "SV:" (Svar), Dutch "Antw:", Italian "Rif:", Polish "Odp:"
  { pattern: '\\b(?:aw|sv|antw|rif|odp)\\s?:', example: 'AW: Angebot Lagerverwaltung' },
];

export const FORWARD_MARKER: Signal[] = [
  // English forwards: "Fwd:", "FW:", "Fw:"
  { pattern: '\\bfwd?\\s?:', example: 'Fwd: Our conversation' },
  // Forwards in other languages: German "WG:" (Weitergeleitet), French "TR:" (Transféré), Spanish "RV:" (Reenviado), Portuguese "Enc:" (Encaminhado)
  { pattern: '\\b(?:wg|tr|rv|enc)\\s?:', example: 'TR: Proposition commerciale' },
];
