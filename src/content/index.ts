/**
 * Content script for the webmail hosts in the manifest. The compose-window guard arrives with
 * the Gmail issue; until then this script is deliberately inert (it reads and changes nothing),
 * so installing the extension cannot affect the page.
 */
export {};
