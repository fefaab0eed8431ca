import type { ReactNode } from "react";

export type ChecklistItem = { id: string; label: ReactNode; detail?: ReactNode };

type ChecklistProps = {
  name: string;
  legend: string;
  items: readonly ChecklistItem[];
  ticked: readonly string[];
  onToggle: (id: string) => void;
};

export function Checklist({ name, legend, items, ticked, onToggle }: ChecklistProps) {
  return (
    <fieldset className="checklist">
      <legend className="visually-hidden">{legend}</legend>
      {items.map((item) => {
        const id = `${name}-${item.id}`;
        return (
          <div className="checkbox" key={item.id}>
            <input
              type="checkbox"
              id={id}
              checked={ticked.includes(item.id)}
              onChange={() => onToggle(item.id)}
              aria-describedby={item.detail ? `${id}-detail` : undefined}
            />
            <label htmlFor={id}>{item.label}</label>
            {item.detail && (
              <p className="hint" id={`${id}-detail`}>
                {item.detail}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
