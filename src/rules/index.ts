import type { Rule } from '../engine/rule';
import presumptiveMeeting from './presumptive-meeting';

/** Every rule, sorted by id. tests/rules/registry.test.ts keeps this list, the files and the README in step. */
export const rules: readonly Rule[] = [presumptiveMeeting];

export const ruleById = new Map(rules.map((r) => [r.id, r]));
