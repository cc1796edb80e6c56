/**
 * "Copy" buttons beside citations. They stay hidden without the Clipboard API
 * (or without JavaScript): the citation text is there to select by hand.
 */
export function enableCopyButtons(): void {
  if (!navigator.clipboard) return;
  const status = document.querySelector<HTMLElement>('.copy-status');
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copy ?? '');
        button.textContent = 'Copied';
        if (status) status.textContent = 'Citation copied.';
      } catch {
        button.textContent = 'Select the text to copy';
      }
      setTimeout(() => (button.textContent = 'Copy'), 2500);
    });
  }
}
