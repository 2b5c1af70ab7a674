// Building the page's DOM from code: an element with its properties and children, never an HTML
// string, so names and quotes from the graph cannot inject markup.

/** What may stand as a child: nodes and text, and lists of them nested to any depth. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/**
 * An element's class, text and click handler, and any attribute by its name (`data-testid`,
 * `aria-hidden`, `for`, ...): `true` sets an empty attribute; `false`, `null` and `undefined` none.
 */
export interface Props {
  className?: string;
  text?: string;
  onClick?: (event: MouseEvent) => void;
  [attribute: string]: string | number | boolean | null | undefined | ((event: MouseEvent) => void);
}

/**
 * Creates an element of the tag's own type with its props and children. Children may be nested
 * lists to any depth (a list of `[dt, dd]` pairs, say); `null`, `undefined` and `false` are left
 * out, so a part that may be missing can stand in place.
 */
export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'onClick' && typeof value === 'function')
      element.addEventListener('click', (event) => value(event as MouseEvent));
    else if (typeof value === 'function') throw new TypeError(`h(): only onClick may be a function, not ${key}.`);
    else if (key === 'className') element.className = String(value);
    else if (key === 'text') element.textContent = String(value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  element.append(...flatten(children));
  return element;
}

/** Replaces an element's children, flattened as `h` flattens them. */
export function fill(element: Element, ...children: Child[]): void {
  element.replaceChildren(...flatten(children));
}

/** A colour swatch: set through the CSSOM, because the page's CSP allows no inline style attributes. */
export function swatch(colour: string, className = 'kleur'): HTMLSpanElement {
  const element = h('span', { className, 'aria-hidden': 'true' });
  element.style.backgroundColor = colour;
  return element;
}

function flatten(children: readonly Child[]): Array<Node | string> {
  const flat: Array<Node | string> = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (isList(child)) flat.push(...flatten(child));
    else flat.push(child instanceof Node ? child : String(child));
  }
  return flat;
}

function isList(child: Child): child is readonly Child[] {
  return Array.isArray(child);
}
