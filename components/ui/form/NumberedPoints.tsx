"use client";

import { Button } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { Fieldset } from "./choices";

/**
 * The numbered points of a zienswijze (on a GR or on a begroting): one fieldset per point with its
 * fields, a remove button while there is more than one point, and an add button after the list.
 */
export function NumberedPoints(props: {
  /** react-hook-form's field-array keys, one per point. */
  keys: string[];
  fields: (index: number) => ReactNode;
  onRemove: (index: number) => void;
  onAdd: () => void;
  /** Shown between the list and the add button (the list's own error). */
  afterList?: ReactNode;
}) {
  return (
    <>
      {props.keys.map((key, i) => (
        <Fieldset key={key} legend={`Punt ${i + 1}`}>
          {props.fields(i)}
          {props.keys.length > 1 ? (
            <Button type="button" appearance="secondary-action-button" onClick={() => props.onRemove(i)}>
              Punt {i + 1} verwijderen
            </Button>
          ) : null}
        </Fieldset>
      ))}
      {props.afterList}
      <div>
        <Button type="button" appearance="secondary-action-button" onClick={props.onAdd}>
          Punt toevoegen
        </Button>
      </div>
    </>
  );
}
