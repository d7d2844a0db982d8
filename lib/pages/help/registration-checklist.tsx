/**
 * The registration checklist for the chosen organisation type, on the Help page, so it can be
 * prepared (and printed) before opening the registration portal. The same items, in the same step
 * order, as the panel on the portal shows (lib/knowledge/checklists.ts, docs/sources.md §3–§4).
 */
import { checklistForSector } from '../../knowledge/checklists.ts';
import { CHECKLIST_STEPS, type ChecklistStep } from '../../knowledge/checklist-steps.ts';
import type { SectorId } from '../../knowledge/sector-ids.ts';
import { SETTINGS_PAGE } from './links.ts';

const STEP_TITLES: Record<ChecklistStep, string> = {
  prerequisites: 'Before you start',
  authentication: 'Authentication',
  organisation: 'Organisation details',
  members: 'People and mailboxes',
  review: 'Check and submit',
};

export function RegistrationChecklist({ sector }: { sector: SectorId | undefined }) {
  if (!sector) {
    return (
      <p data-testid="checklist-no-sector">
        <a href={SETTINGS_PAGE}>Choose your organisation type</a> to see what the registration portal will ask you for.
      </p>
    );
  }
  const items = checklistForSector(sector);
  return (
    <div data-testid="registration-checklist">
      <p>Have these ready before you open the registration portal. The portal may ask for them in a different order.</p>
      {CHECKLIST_STEPS.map((step) => {
        const inStep = items.filter((item) => item.step === step);
        if (inStep.length === 0) return null;
        return (
          <div key={step}>
            <h3>{STEP_TITLES[step]}</h3>
            <ul class="nhsuk-list nhsc-checklist">
              {inStep.map((item) => (
                <li key={item.id} data-item={item.id}>
                  <strong>{item.label}</strong>{' '}
                  <strong class={`nhsuk-tag ${item.severity === 'must' ? 'nhsuk-tag--red' : 'nhsuk-tag--grey'}`}>
                    {item.severity === 'must' ? 'Must do' : 'Advice'}
                  </strong>
                  <br />
                  {item.detail}
                  {item.link && (
                    <>
                      {' '}
                      <a href={item.link.url}>{item.link.text}</a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => window.print()}>
        Print this checklist
      </button>
    </div>
  );
}
