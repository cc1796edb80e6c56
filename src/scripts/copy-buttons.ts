/**
 * "Copy" buttons beside citations. They stay hidden without the Clipboard API
 * (or without JavaScript): the citation text is there to select by hand.
 * Where the browser can, the copy carries HTML beside the plain text, so the
 * italics survive a paste into a word processor.
 */
export function enableCopyButtons(): void {
  if (!navigator.clipboard) return;
  const status = document.querySelector<HTMLElement>('.copy-status');
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await copy(button.dataset.copy ?? '', button.dataset.copyHtml);
        button.textContent = 'Copied';
        if (status) status.textContent = 'Citation copied.';
      } catch {
        button.textContent = 'Select the text to copy';
      }
      setTimeout(() => (button.textContent = 'Copy'), 2500);
    });
  }
}

/** Both text/html and text/plain in one clipboard item; plain text alone where ClipboardItem is missing. */
async function copy(text: string, html: string | undefined): Promise<void> {
  if (html === undefined || typeof ClipboardItem === 'undefined' || !navigator.clipboard.write) {
    await navigator.clipboard.writeText(text);
    return;
  }
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    }),
  ]);
}
