/**
 * "Copy this page's layout", for a portal page the extension gets wrong. The popup asks the portal script in the
 * active tab for a description of the page's structure (lib/content/kit/layout-report.ts): tags, roles, field
 * types and label words, with what was typed, email addresses, phone numbers and names replaced. The section shows
 * only when a portal script answers; the person sees the whole report, read-only, before anything is copied, and it
 * is copied only when they press Copy. Nothing is sent anywhere.
 *
 * Opening the popup only asks whether the active tab is a portal page (a ping: the page is not read). The report is
 * made when the person asks for it, with the word list the portal script gets from the background.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { layoutReportOfActiveTab } from '../kit/active-tab.ts';
import { CopyButton } from './copy-button.tsx';

export interface LayoutReportSource {
  /** Whether the active tab is a portal page (its script answers). */
  isPortalPage: () => Promise<boolean>;
  /** The active tab's report, or undefined if it no longer answers. */
  report: () => Promise<string | undefined>;
}

const ACTIVE_TAB: LayoutReportSource = {
  isPortalPage: async () => (await layoutReportOfActiveTab(true)) !== undefined,
  report: () => layoutReportOfActiveTab(false),
};

export function LayoutReport({ source = ACTIVE_TAB }: { source?: LayoutReportSource }) {
  const [portal, setPortal] = useState(false);
  const [report, setReport] = useState<string | undefined>();
  const [problem, setProblem] = useState('');
  const text = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    let live = true;
    void source.isPortalPage().then((yes) => live && setPortal(yes));
    return () => {
      live = false;
    };
  }, [source]);

  if (!portal) return null;

  async function show() {
    const made = await source.report();
    if (made === undefined) return setProblem('The page did not answer. Reload it, then open this again.');
    setProblem('');
    setReport(made);
    // The button goes: put keyboard and screen-reader users on the report itself.
    requestAnimationFrame(() => text.current?.focus());
  }

  return (
    <section class="nhsc-section" aria-labelledby="layout-heading" data-testid="layout-report">
      <h2 id="layout-heading" class="nhsuk-heading-s">
        Copy this page's layout
      </h2>
      <p class="nhsuk-body-s">
        If the extension gets this page wrong, you can copy a description of its layout for the people who make the
        extension. It has the page's structure only: what you typed, email addresses, phone numbers and names are
        replaced. Nothing is sent: you choose where to paste it.
      </p>
      {report === undefined ? (
        <>
          {problem && (
            <p class="nhsuk-error-message" role="alert">
              <span class="nhsuk-u-visually-hidden">Error: </span>
              {problem}
            </p>
          )}
          <button
            type="button"
            class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            onClick={() => void show()}
          >
            Show this page's layout
          </button>
        </>
      ) : (
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="layout-text">
            This page's layout (check it before you copy it)
          </label>
          <textarea
            id="layout-text"
            class="nhsuk-textarea"
            rows={8}
            wrap="off"
            readOnly
            ref={text}
            value={report}
            // Lines and their indents are the structure: keep them as they are.
            style={{ fontFamily: 'monospace', fontSize: '14px', whiteSpace: 'pre' }}
          />
          <CopyButton
            text={report}
            what="this page's layout"
            fallback="Copying did not work. Select the text in the box and press Ctrl and C."
          />
        </div>
      )}
    </section>
  );
}
