import { useId, useState } from 'react';
import type { PictureShape } from '../../domain/board-picture';
import { downloadFile } from '../../ui/download';
import { showToast } from '../../ui/toast-store';
import { ActionButton, ExportItem, type ExportContext } from './export-item';
import { downloadable, imageFiles, savedMessage, type ImageFormat } from './image-files';
import './image-export.css';

const SHAPES: readonly { value: PictureShape; label: string }[] = [
  { value: 'slide', label: 'Slide (16:9)' },
  { value: 'board', label: 'Whole board' },
];
const FORMATS: readonly { value: ImageFormat; label: string }[] = [
  { value: 'png', label: 'PNG' },
  { value: 'svg', label: 'SVG' },
];

const nextFrame = () => new Promise((resolve) => setTimeout(resolve));

function Choices<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="image-options__group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="image-options__choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * "Save image": the board as pictures for slides and documents, a 16:9 slide (several when it
 * does not fit one) or the whole board, as PNG at twice the size or as SVG that slide and
 * design tools open as shapes and text.
 */
export function SaveImage({ board, audience, entry }: ExportContext) {
  const [shape, setShape] = useState<PictureShape>('slide');
  const [format, setFormat] = useState<ImageFormat>('png');
  const [transparent, setTransparent] = useState(false);
  const [making, setMaking] = useState(false);
  const save = async () => {
    setMaking(true);
    try {
      // Lets "Making image…" show before the work starts.
      await nextFrame();
      const background = transparent ? 'transparent' : 'white';
      const files = await imageFiles(board, audience, { shape, format, background });
      const file = await downloadable(files, {
        partner: board.partner.name || board.title,
        internal: audience === 'internal',
      });
      downloadFile(file.name, file.blob, file.type);
      const names = files.map((image) => image.name);
      showToast(savedMessage(names, files.length > 1 ? file.name : undefined));
    } catch {
      showToast(
        'The image could not be made. Try again, or choose SVG; if it keeps failing, use Print or Slides instead.',
      );
    } finally {
      setMaking(false);
    }
  };
  const detail = (
    <div className="image-options">
      <Choices legend="Shape" options={SHAPES} value={shape} onChange={setShape} />
      <Choices legend="Format" options={FORMATS} value={format} onChange={setFormat} />
      <label className="checkbox image-options__transparent">
        <input
          type="checkbox"
          checked={transparent}
          onChange={(event) => setTransparent(event.target.checked)}
        />
        Transparent background
      </label>
    </div>
  );
  return (
    <ExportItem entry={entry} detail={detail}>
      <ActionButton
        icon="image"
        label={making ? 'Making image…' : 'Save image'}
        disabled={making}
        onClick={() => void save()}
      />
    </ExportItem>
  );
}
