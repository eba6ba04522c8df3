import type { Rule } from '../engine/rule';
import alternativeClose from './alternative-close';
import askWhatCompanyDoes from './ask-what-company-does';
import bccRecipientOrg from './bcc-recipient-org';
import bump from './bump';
import complainToBoss from './complain-to-boss';
import customPhrase from './custom-phrase';
import falseUrgency from './false-urgency';
import firstContactRe from './first-contact-re';
import followUpAcrossThreads from './follow-up-across-threads';
import followUpLimit from './follow-up-limit';
import genericSalutation from './generic-salutation';
import guiltTrip from './guilt-trip';
import ignoredNo from './ignored-no';
import insinuateNegligence from './insinuate-negligence';
import internalStructure from './internal-structure';
import notMyDepartment from './not-my-department';
import perMyLastEmail from './per-my-last-email';
import presumptiveInvite from './presumptive-invite';
import presumptiveMeeting from './presumptive-meeting';
import proposeAnotherTime from './propose-another-time';
import systemLimits from './system-limits';
import unfilledMergeField from './unfilled-merge-field';

/** Every rule, sorted by id. tests/rules/registry.test.ts keeps this list, the files and the README in step. */
export const rules: readonly Rule[] = [
  alternativeClose,
  askWhatCompanyDoes,
  bccRecipientOrg,
  bump,
  complainToBoss,
  customPhrase,
  falseUrgency,
  firstContactRe,
  followUpAcrossThreads,
  followUpLimit,
  genericSalutation,
  guiltTrip,
  ignoredNo,
  insinuateNegligence,
  internalStructure,
  notMyDepartment,
  perMyLastEmail,
  presumptiveInvite,
  presumptiveMeeting,
  proposeAnotherTime,
  systemLimits,
  unfilledMergeField,
];

export const ruleById = new Map(rules.map((r) => [r.id, r]));
