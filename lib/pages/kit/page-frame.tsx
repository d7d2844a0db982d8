/** The frame every extension page shares: a full-width header (never the NHS logo) and a footer. */
import type { ComponentChildren } from 'preact';

/** `asHeading`: the title is the page's h1 (the popup); other pages put their own h1 in the main part. */
export function PageHeader({ title, asHeading = false }: { title: ComponentChildren; asHeading?: boolean }) {
  const Title = asHeading ? 'h1' : 'p';
  return (
    <header class="nhsc-header">
      <div class="nhsc-header__inner">
        <Title class="nhsc-header__title">{title}</Title>
        <p class="nhsc-header__subtitle">Independent tool, not provided by NHS England</p>
      </div>
    </header>
  );
}

export function PageFooter() {
  return (
    <footer class="nhsc-footer">
      <p>Works offline and sends nothing. Your data stays in this browser.</p>
    </footer>
  );
}
