import type { Page } from 'playwright-core';

export interface AccessibleNode {
  role: string | undefined;
  name: string | undefined;
  /** Chromium's computed state, which for a popover invoker comes from the popover, not from an attribute. */
  expanded: boolean | undefined;
}

/** What a screen reader is told about the first element matching `selector`, read from Chromium's accessibility tree. */
export async function accessibleNode(page: Page, selector: string): Promise<AccessibleNode> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const node = nodes[0];
    const expanded = node?.properties?.find((property) => property.name === 'expanded')?.value.value;
    return { role: node?.role?.value as string | undefined, name: node?.name?.value as string | undefined, expanded: expanded as boolean | undefined };
  } finally {
    await cdp.detach();
  }
}
