// The drawing as SVG, written from Cytoscape's computed style: each node a shape with its
// label, each edge a line (dashed or dotted as on screen) with its arrow and, where the screen
// shows one, its label. What is hidden on screen is left out; what is dimmed stays dimmed.
// Our own writer rather than an export plugin: the one that exists is GPL-licensed, and ours
// gives plain, editable SVG with one group per element.

import { CAPTION_FONT, layoutCaption, type Caption } from './caption.js';

const PADDING = 20;
/** The caption's band is at least this wide; a wider drawing scales it up, so it stays readable beside it. */
const CAPTION_WIDTH = 900;
const measuring = document.createElement('canvas').getContext('2d')!;

/**
 * The whole visible drawing as an SVG document, its viewBox the drawing's bounding box, with the
 * caption's legend, title and lines in a band below it when one is given.
 */
export function toSvg(
  cy: cytoscape.Core,
  { background = '#ffffff', caption }: { background?: string; caption?: Caption } = {},
): string {
  const visible = cy.elements(':visible');
  const box = visible.nonempty() ? visible.boundingBox() : { x1: 0, y1: 0, w: 0, h: 0 };
  const x = box.x1 - PADDING;
  const y = box.y1 - PADDING;
  const drawingWidth = box.w + 2 * PADDING;
  const scale = Math.max(1, drawingWidth / CAPTION_WIDTH);
  const width = caption ? Math.max(drawingWidth, CAPTION_WIDTH) : drawingWidth;
  const layout = caption && layoutCaption(caption, width / scale);
  const drawingHeight = box.h + 2 * PADDING;
  const height = drawingHeight + (layout ? layout.height * scale : 0);
  const byZIndex = (a: cytoscape.SingularElementArgument, b: cytoscape.SingularElementArgument) =>
    a.numericStyle('z-index') - b.numericStyle('z-index');
  // Cytoscape draws edges under nodes, each group in order of z-index.
  const edges = visible.edges().sort(byZIndex).map(edgeSvg);
  const nodes = visible.nodes().sort(byZIndex).map(nodeSvg);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(x)} ${num(y)} ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}">`,
    `<title>${escapeXml(caption?.titel ?? 'IBP-verkenner')}</title>`,
    `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="${escapeXml(background)}"/>`,
    '<g class="verbindingen">',
    ...edges,
    '</g>',
    '<g class="knopen">',
    ...nodes,
    '</g>',
    layout && caption ? captionSvg(caption, layout, x, y + drawingHeight, scale) : '',
    '</svg>',
  ].join('\n');
}

/** The legend (a swatch or line per kind) and the caption's lines, in a group of their own below the drawing. */
function captionSvg(
  caption: Caption,
  layout: ReturnType<typeof layoutCaption>,
  x: number,
  y: number,
  scale: number,
): string {
  const font = (size: number, weight = 'normal') =>
    attributes({
      'font-family': CAPTION_FONT,
      'font-size': size,
      'font-weight': weight === 'normal' ? undefined : weight,
      fill: '#1a1a1a',
    });
  const legend = layout.legenda.map((item) => {
    const sample = item.lijn
      ? `<line ${attributes({ x1: item.x, y1: item.y - 4, x2: item.x + 24, y2: item.y - 4, stroke: item.kleur, 'stroke-width': item.lijn === 'gestreept' ? 3 : 2, 'stroke-dasharray': item.lijn === 'gestreept' ? '7 5' : item.lijn === 'gestippeld' ? '2 3' : undefined })}/>`
      : item.rand
        ? `<circle ${attributes({ cx: item.x + 12, cy: item.y - 5, r: 5.5, fill: '#ffffff', stroke: item.kleur, 'stroke-width': 3, 'stroke-dasharray': item.rand === 'gestreept' ? '3 2' : undefined })}/>`
        : `<rect ${attributes({ x: item.x + 6, y: item.y - 11, width: 12, height: 12, rx: 3, fill: item.kleur })}/>`;
    return `<g class="legenda-item">${sample}<text ${font(12)} x="${num(item.x + 30)}" y="${num(item.y)}">${escapeXml(item.naam)}</text></g>`;
  });
  const lines = layout.regels.map(
    (regel) => `<text ${font(regel.size)} x="${num(regel.x)}" y="${num(regel.y)}">${escapeXml(regel.tekst)}</text>`,
  );
  return [
    `<g class="onderschrift" transform="translate(${num(x)} ${num(y)}) scale(${num(scale)})">`,
    `<g class="legenda">${legend.join('')}</g>`,
    `<text class="titel" ${font(layout.titel.size, 'bold')} x="${num(layout.titel.x)}" y="${num(layout.titel.y)}">${escapeXml(caption.titel)}</text>`,
    ...lines,
    '</g>',
  ].join('\n');
}

function nodeSvg(node: cytoscape.NodeSingular): string {
  const { x, y } = node.position();
  const shape = shapeSvg(node.style('shape'), x, y, node.width(), node.height());
  const paint = attributes({
    fill: node.style('background-color'),
    stroke: node.numericStyle('border-width') > 0 ? node.style('border-color') : undefined,
    'stroke-width': node.numericStyle('border-width') || undefined,
    // Contradicting status statements: a dashed border, as on screen (stand.ts).
    'stroke-dasharray': node.style('border-style') === 'dashed' ? '4 3' : undefined,
  });
  // A label faded out so that it covers no other (labels.ts) is left out here too.
  const label = node.numericStyle('text-opacity') > 0 ? node.style('label') : '';
  const labelTop = y + node.height() / 2 + node.numericStyle('border-width') / 2 + node.numericStyle('text-margin-y');
  const text = label ? labelSvg(node, label, x, labelTop) : '';
  return group(node, 'knoop', `<${shape.tag} ${shape.attributes} ${paint}/>${text}`);
}

/** The shapes the explorer's style uses; anything else is drawn as an ellipse. */
function shapeSvg(
  shape: string,
  x: number,
  y: number,
  width: number,
  height: number,
): { tag: string; attributes: string } {
  const left = x - width / 2;
  const top = y - height / 2;
  if (shape === 'rectangle' || shape === 'round-rectangle') {
    // Cytoscape's automatic corner radius for round rectangles.
    const radius = shape === 'round-rectangle' ? Math.min(width / 4, height / 4, 8) : 0;
    return {
      tag: 'rect',
      attributes: attributes({
        x: num(left),
        y: num(top),
        width: num(width),
        height: num(height),
        rx: radius ? num(radius) : undefined,
      }),
    };
  }
  if (shape === 'diamond') {
    const points = [
      [x, top],
      [x + width / 2, y],
      [x, y + height / 2],
      [left, y],
    ];
    return {
      tag: 'polygon',
      attributes: attributes({ points: points.map((point) => point.map(num).join(',')).join(' ') }),
    };
  }
  return {
    tag: 'ellipse',
    attributes: attributes({ cx: num(x), cy: num(y), rx: num(width / 2), ry: num(height / 2) }),
  };
}

/** A node's label below it, wrapped at the style's maximum width as Cytoscape wraps it. */
function labelSvg(element: cytoscape.NodeSingular, label: string, x: number, top: number): string {
  const font = fontOf(element);
  const lineHeight = font.size * element.numericStyle('line-height');
  const lines =
    element.style('text-wrap') === 'wrap' ? wrap(label, element.numericStyle('text-max-width'), font.css) : [label];
  const tspans = lines.map(
    (line, index) => `<tspan x="${num(x)}" y="${num(top + (index + 0.8) * lineHeight)}">${escapeXml(line)}</tspan>`,
  );
  return `<text ${textAttributes(element, font)}>${tspans.join('')}</text>`;
}

function edgeSvg(edge: cytoscape.EdgeSingular): string {
  const source = edge.sourceEndpoint();
  const target = edge.targetEndpoint();
  const control = edge.controlPoints();
  // One control point: the bend Cytoscape gives one of several edges between the same two nodes.
  const bend = control?.length === 1 ? control[0] : undefined;
  const d = bend
    ? `M${num(source.x)},${num(source.y)} Q${num(bend.x)},${num(bend.y)} ${num(target.x)},${num(target.y)}`
    : `M${num(source.x)},${num(source.y)} L${num(target.x)},${num(target.y)}`;
  const width = edge.numericStyle('width');
  const colour = edge.style('line-color');
  const line = `<path d="${d}" ${attributes({ fill: 'none', stroke: colour, 'stroke-width': num(width), 'stroke-dasharray': dashes(edge) })}/>`;
  const arrow =
    edge.style('target-arrow-shape') === 'triangle' ? arrowSvg(edge, control?.at(-1) ?? source, target, width) : '';
  const label = edge.style('label');
  return group(edge, 'verbinding', `${line}${arrow}${label ? edgeLabelSvg(edge, label, source, target) : ''}`);
}

function dashes(edge: cytoscape.EdgeSingular): string | undefined {
  const style = edge.style('line-style');
  if (style === 'dotted') return '1 1';
  if (style === 'dashed') return [edge.numericStyle('line-dash-pattern')].flat().map(num).join(' ');
  return undefined;
}

/** Cytoscape's triangle arrow: its size grows with the edge's width, its tip on the target's border. */
function arrowSvg(
  edge: cytoscape.EdgeSingular,
  from: cytoscape.Position,
  tip: cytoscape.Position,
  width: number,
): string {
  const size = Math.max(Math.pow(width * 13.37, 0.9), 29) * edge.numericStyle('arrow-scale');
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const along = { x: Math.cos(angle), y: Math.sin(angle) };
  const across = { x: -along.y, y: along.x };
  const base = { x: tip.x - along.x * size * 0.3, y: tip.y - along.y * size * 0.3 };
  const corner = (side: number) =>
    `${num(base.x + side * across.x * size * 0.15)},${num(base.y + side * across.y * size * 0.15)}`;
  return `<polygon points="${num(tip.x)},${num(tip.y)} ${corner(1)} ${corner(-1)}" fill="${escapeXml(edge.style('target-arrow-color'))}"/>`;
}

/** An edge's label on its middle, turned along the edge but never upside down. */
function edgeLabelSvg(
  edge: cytoscape.EdgeSingular,
  label: string,
  source: cytoscape.Position,
  target: cytoscape.Position,
): string {
  const { x, y } = edge.midpoint();
  let degrees = (Math.atan2(target.y - source.y, target.x - source.x) * 180) / Math.PI;
  if (degrees > 90) degrees -= 180;
  if (degrees < -90) degrees += 180;
  const font = fontOf(edge);
  const transform =
    edge.style('text-rotation') === 'autorotate' ? ` transform="rotate(${num(degrees)} ${num(x)} ${num(y)})"` : '';
  return `<text ${textAttributes(edge, font)} x="${num(x)}" y="${num(y + font.size * 0.35)}"${transform}>${escapeXml(label)}</text>`;
}

interface Font {
  size: number;
  family: string;
  weight: string;
  css: string;
}

function fontOf(element: cytoscape.SingularElementArgument): Font {
  const size = element.numericStyle('font-size');
  const family = element.style('font-family');
  const weight = element.style('font-weight');
  return { size, family, weight, css: `${weight} ${size}px ${family}` };
}

/** Text in the element's colour with the white outline that keeps it readable over lines. */
function textAttributes(element: cytoscape.SingularElementArgument, font: Font): string {
  const outline = element.numericStyle('text-outline-width');
  return attributes({
    'text-anchor': 'middle',
    'font-family': font.family,
    'font-size': num(font.size),
    'font-weight': font.weight === 'normal' ? undefined : font.weight,
    fill: element.style('color'),
    // Cytoscape strokes twice the outline width, half of it hidden under the letters.
    stroke: outline > 0 ? element.style('text-outline-color') : undefined,
    'stroke-width': outline > 0 ? num(2 * outline) : undefined,
    'stroke-linejoin': outline > 0 ? 'round' : undefined,
    'paint-order': outline > 0 ? 'stroke' : undefined,
  });
}

/** Greedy word wrap, as Cytoscape's `text-wrap: wrap`: a word longer than the width keeps a line of its own. */
function wrap(text: string, maxWidth: number, font: string): string[] {
  measuring.font = font;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      // Cytoscape measures each trial line with the space after its last word.
      if (line && measuring.measureText(`${candidate} `).width > maxWidth) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

/** One group per element, with its id and name, so the SVG stays readable and editable. */
function group(element: cytoscape.SingularElementArgument, className: string, content: string): string {
  const opacity = element.effectiveOpacity();
  const name = element.data('naam') ?? element.data('label') ?? element.id();
  return `<g ${attributes({ class: className, 'data-id': element.id(), opacity: opacity < 1 ? num(opacity) : undefined })}><title>${escapeXml(name)}</title>${content}</g>`;
}

/** Attributes with their values XML-escaped; undefined values are left out. */
function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => `${name}="${escapeXml(String(value))}"`)
    .join(' ');
}

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes the five characters XML reserves, so any name or quote is safe in text and attributes. */
export function escapeXml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (character) => xmlEntities[character] ?? character);
}

/** Two decimals are plenty for a drawing and keep the file small. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}
