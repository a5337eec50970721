import { useRef, useState } from 'react';
import { useDismiss } from '../../../lib/use-dismiss';
import type { ExportSource } from '../../../lib/view-export';
import { downloadFile } from '../download';
import { EXPORT_FORMATS, type ExportFormat } from '../export-formats';

/** Downloads the current view as an image or as data; empty canvases have nothing to export. */
export function ExportMenu({ source }: { source: ExportSource }) {
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  const empty = source.graph.nodes.length === 0;

  useDismiss(open, menu, () => setOpen(false));

  const save = async (format: ExportFormat) => {
    setOpen(false);
    setFailure(null);
    try {
      const content = await format.write(source);
      downloadFile(content, `${source.baseName}.${format.extension}`, format.type);
    } catch (error) {
      console.error(`Export as ${format.label} failed`, error);
      setFailure(`The ${format.label} export failed. Try another format, or reload the page.`);
    }
  };

  return (
    <div className="header-menu" ref={menu}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={empty}
        title={empty ? 'Nothing on the canvas to export' : 'Download this view'}
        onClick={() => {
          setFailure(null);
          setOpen((o) => !o);
        }}
      >
        Export ▾
      </button>
      {open && (
        <ul className="header-popover export-options" role="menu" aria-label="Export as">
          {EXPORT_FORMATS.map((format) => (
            <li key={format.id} role="none">
              <button type="button" role="menuitem" onClick={() => void save(format)}>
                <span className="export-label">{format.label}</span>
                <span className="export-description">{format.description}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {failure && (
        <p className="header-popover" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
