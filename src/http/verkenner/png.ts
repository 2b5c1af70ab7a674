// The PNG export: what is on screen, at twice its size, with the caption's legend, title and lines
// (caption.ts) painted in a band below it.

import { CAPTION_FONT, layoutCaption, type Caption } from './caption.js';

const SCALE = 2;

/** The drawing as on screen, and below it the caption, as one PNG. */
export async function toPng(cy: cytoscape.Core, caption: Caption): Promise<Blob> {
  const screen = await createImageBitmap(cy.png({ output: 'blob', bg: '#ffffff', full: false, scale: SCALE }));
  const layout = layoutCaption(caption, screen.width / SCALE);
  const canvas = document.createElement('canvas');
  canvas.width = screen.width;
  canvas.height = screen.height + Math.ceil(layout.height * SCALE);
  const paint = canvas.getContext('2d')!;
  paint.fillStyle = '#ffffff';
  paint.fillRect(0, 0, canvas.width, canvas.height);
  paint.drawImage(screen, 0, 0);
  paint.translate(0, screen.height);
  paint.scale(SCALE, SCALE);
  paint.strokeStyle = '#d4d9de';
  paint.beginPath();
  paint.moveTo(0, 0.5);
  paint.lineTo(canvas.width, 0.5);
  paint.stroke();

  for (const item of layout.legenda) {
    if (item.lijn) {
      paint.strokeStyle = item.kleur;
      paint.lineWidth = item.lijn === 'gestreept' ? 3 : 2;
      paint.setLineDash(item.lijn === 'gestreept' ? [7, 5] : item.lijn === 'gestippeld' ? [2, 3] : []);
      paint.beginPath();
      paint.moveTo(item.x, item.y - 4);
      paint.lineTo(item.x + 24, item.y - 4);
      paint.stroke();
      paint.setLineDash([]);
    } else if (item.rand) {
      paint.fillStyle = '#ffffff';
      paint.strokeStyle = item.kleur;
      paint.lineWidth = 3;
      paint.setLineDash(item.rand === 'gestreept' ? [3, 2] : []);
      paint.beginPath();
      paint.arc(item.x + 12, item.y - 5, 5.5, 0, 2 * Math.PI);
      paint.fill();
      paint.stroke();
      paint.setLineDash([]);
    } else {
      paint.fillStyle = item.kleur;
      paint.beginPath();
      paint.roundRect(item.x + 6, item.y - 11, 12, 12, 3);
      paint.fill();
    }
    text(paint, item.naam, item.x + 30, item.y, 12);
  }
  text(paint, caption.titel, layout.titel.x, layout.titel.y, layout.titel.size, 'bold');
  for (const regel of layout.regels) text(paint, regel.tekst, regel.x, regel.y, regel.size);

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('De PNG kon niet worden gemaakt.'))), 'image/png'),
  );
}

function text(paint: CanvasRenderingContext2D, value: string, x: number, y: number, size: number, weight = 'normal') {
  paint.fillStyle = '#1a1a1a';
  paint.font = `${weight} ${size}px ${CAPTION_FONT}`;
  paint.fillText(value, x, y);
}
