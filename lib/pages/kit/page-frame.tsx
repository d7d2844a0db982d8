/** The frame every extension page shares: a full-width header (never the NHS logo) and a footer. */
import type { ComponentChildren } from 'preact';

export function PageHeader({ title }: { title: ComponentChildren }) {
  return (
    <header class="nhsc-header">
      <div class="nhsc-header__inner">
        <p class="nhsc-header__title">{title}</p>
        <p class="nhsc-header__subtitle">Independent tool, not provided by NHS England</p>
      </div>
    </header>
  );
}

export function PageFooter() {
  return (
    <footer class="nhsc-footer">
      <p>
        Unofficial: not affiliated with NHS England. Works offline and sends nothing; your data stays in this browser.
      </p>
    </footer>
  );
}
