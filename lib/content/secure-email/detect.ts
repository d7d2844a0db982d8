/**
 * Collects what the secure-email hint needs from an Outlook on the web compose pane, as plain facts: how many
 * recipients are outside nhs.net, and whether the subject already carries [secure]. Collect → decide (rules.ts) →
 * render (main.ts, view.tsx), after docs/decisions.md H5.
 *
 * Read, in memory only: the recipient wells (To, Cc, Bcc) and the subject field. Never the message body, the
 * reading pane or anything inside an editable region (a quoted email could carry look-alike labels). Recipients
 * are counted, never stored or sent. We have never seen the live compose pane's markup, so the selectors are
 * data, one entry per assumed layout, each checked against its own fixture in test/fixtures/outlook-compose/.
 */

export interface ComposeLayout {
  /** Kebab-case name, also the fixture's name. */
  id: string;
  /** The subject field. */
  subject: string;
  /** Containers of recipients: To, Cc and Bcc. */
  wells: string;
}

/** Assumed layouts, most specific first (docs/decisions.md H6: selectors as data with their fixtures). */
export const COMPOSE_LAYOUTS: readonly ComposeLayout[] = [
  {
    // Recipient chips inside labelled wells; addresses in each chip's title or aria-label.
    id: 'chips-in-labelled-wells',
    subject: 'input[aria-label="Add a subject" i]',
    wells:
      '[role="textbox"][aria-label="To" i], [role="textbox"][aria-label="Cc" i], [role="textbox"][aria-label="Bcc" i]',
  },
  {
    // Pills in a group per line, each a button named after the person and address.
    id: 'pill-buttons-in-groups',
    subject: 'input[placeholder="Add a subject" i]',
    wells:
      '[role="group"][aria-label^="To" i], [role="group"][aria-label^="Cc" i], [role="group"][aria-label^="Bcc" i]',
  },
  {
    // A plainer form: one text input per line, addresses typed and separated by semicolons.
    id: 'plain-inputs',
    subject: 'input[aria-label="Subject" i], input[name="subject" i]',
    wells:
      'input[aria-label="To" i], input[aria-label="Cc" i], input[aria-label="Bcc" i], input[name="to" i], input[name="cc" i], input[name="bcc" i]',
  },
];

const ADDRESS = /[a-z0-9](?:[a-z0-9._'+-]{0,62}[a-z0-9])?@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;
/** Regions that are never read: the message being written, and any message being shown. */
const NEVER_READ = '[contenteditable=""], [contenteditable="true"], [role="document"], [aria-label="Message body" i]';
/** How far up from the subject field the compose pane may be. */
const MAX_LEVELS = 12;

export interface ComposeFacts {
  layout: string;
  /** The subject field, to place the hint beside. */
  subjectField: HTMLInputElement;
  /** Distinct recipients whose domain is not nhs.net. */
  outside: number;
  /** Distinct recipients in all. */
  recipients: number;
  /** The subject already asks for encryption. */
  subjectSecure: boolean;
}

/** [secure] in the subject, square brackets included (docs/sources.md §8); [encrypt] had the same effect (W057). */
export function subjectAsksForEncryption(subject: string): boolean {
  return /\[(secure|encrypt)\]/i.test(subject);
}

function inNeverRead(el: Element): boolean {
  return el.closest(NEVER_READ) !== null;
}

/** Addresses one well shows: its inputs' values and each element's title, aria-label and own text. */
function addressesIn(well: Element, found: Set<string>): void {
  const texts: string[] = [];
  const read = (el: Element) => {
    if (el instanceof HTMLInputElement) texts.push(el.value);
    texts.push(el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? '');
    if (el.children.length === 0) texts.push(el.textContent ?? '');
  };
  read(well);
  for (const el of well.querySelectorAll('*')) if (!inNeverRead(el)) read(el);
  for (const text of texts) for (const m of text.matchAll(ADDRESS)) found.add(m[0].toLowerCase());
}

/** The compose pane around a subject field: the nearest ancestor that also holds a recipient well. */
function composeRoot(subject: Element, wells: string): Element | undefined {
  let node: Element | null = subject.parentElement;
  for (let level = 0; node && level < MAX_LEVELS; level++, node = node.parentElement)
    if (node.querySelector(wells)) return node;
  return undefined;
}

/** The first compose pane on the page, as facts; undefined when none is open. */
export function detectCompose(
  doc: Document,
  layouts: readonly ComposeLayout[] = COMPOSE_LAYOUTS,
): ComposeFacts | undefined {
  for (const layout of layouts) {
    for (const subject of doc.querySelectorAll(layout.subject)) {
      if (!(subject instanceof HTMLInputElement) || inNeverRead(subject)) continue;
      const root = composeRoot(subject, layout.wells);
      if (!root) continue;
      const found = new Set<string>();
      for (const well of root.querySelectorAll(layout.wells)) if (!inNeverRead(well)) addressesIn(well, found);
      const outside = [...found].filter((address) => address.slice(address.lastIndexOf('@') + 1) !== 'nhs.net');
      return {
        layout: layout.id,
        subjectField: subject,
        outside: outside.length,
        recipients: found.size,
        subjectSecure: subjectAsksForEncryption(subject.value),
      };
    }
  }
  return undefined;
}

/** Whether an event target is part of a compose pane's subject or recipients (so the hint should look again). */
export function isComposeField(
  target: EventTarget | null,
  layouts: readonly ComposeLayout[] = COMPOSE_LAYOUTS,
): boolean {
  if (!(target instanceof Element)) return false;
  return layouts.some((layout) => target.closest(`${layout.subject}, ${layout.wells}`) !== null);
}
