import type { TextPart } from "@/lib/documents/diff";

/** Visually hidden, read by screen readers (globals.css has no utility class for it). */
export const SR_ONLY = {
  position: "absolute",
  width: 1,
  height: 1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
} as const;

/** Word-level changes: <ins>/<del> with a visually hidden prefix, so the change is not shown by colour only. */
export function DiffParts({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.kind === "toegevoegd" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder; position is identity
          <ins key={i}>
            <span style={SR_ONLY}>[toegevoegd: </span>
            {p.text}
            <span style={SR_ONLY}>]</span>
          </ins>
        ) : p.kind === "verwijderd" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder; position is identity
          <del key={i}>
            <span style={SR_ONLY}>[verwijderd: </span>
            {p.text}
            <span style={SR_ONLY}>]</span>
          </del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder; position is identity
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
