/** A select that changes what a section shows (not the data's filter); applied at once, announced by the section. */
export function ViewChoice<V extends string>({ id, label, options, value, onChange }: { id: string; label: string; options: readonly { value: V; label: string }[]; value: V; onChange: (value: V) => void }) {
  return (
    <div className="form-group view-choice no-print">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <select className="form-select" id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
