/** Builds DOM the way IE11 can: createElement, textContent, className, appendChild. No innerHTML with data. */
type Attrs = Record<string, string | boolean | ((e: Event) => void) | undefined>;

export function h(tag: string, attrs: Attrs = {}, children: (Node | string | null | undefined)[] = []): HTMLElement {
  const el = document.createElement(tag);
  for (const key of Object.keys(attrs)) {
    const v = attrs[key];
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(key.slice(2).toLowerCase(), v);
    else if (key === 'className') el.className = String(v);
    else el.setAttribute(key, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}
