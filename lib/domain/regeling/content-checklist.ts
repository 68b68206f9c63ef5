/**
 * R16 (issue 20 point 9b): what the definitive text of a GR must contain. A warning, not a block:
 * the secretariat judges the text, the app reminds it of the items it has not ticked off.
 * Sources per item in `law`. Items marked [U] in docs/rules.md: the article number is not
 * confirmed from the consolidated text.
 */
export const CONTENT_ITEMS = [
  { key: "belang", label: "Het belang waarvoor de regeling is getroffen", law: "Wgr art. 10 lid 1" },
  {
    key: "taken_bevoegdheden",
    label: "De taken en bevoegdheden die aan de regeling worden overgedragen",
    law: "Wgr art. 10 lid 2; art. 27 lid 2 sub c",
  },
  {
    key: "wijziging_opheffing_toetreding",
    label: "Wijziging, opheffing en toetreding",
    law: "Wgr art. 9 lid 1",
  },
  {
    key: "uittreding",
    label: "Voorwaarden en gevolgen van uittreding, ook voor het vermogen",
    law: "Wgr art. 9 lid 1 (seed 000: 'uittreding')",
  },
  {
    key: "vereffening",
    label: "Vereffening van het vermogen bij opheffing (bedrijfsvoeringsorganisatie)",
    law: "Wgr art. 9 lid 2",
  },
  { key: "evaluatie", label: "Evaluatie van de regeling", law: "Wgr (sinds 1-7-2022); seed 000: 'evaluatie'" },
  {
    key: "participatie",
    label: "Hoe inwoners en belanghebbenden worden betrokken (participatie)",
    law: "Wgr (sinds 1-7-2022); seed 000: 'participatie'",
  },
  {
    key: "zienswijze_besluiten",
    label: "Over welke besluiten van het bestuur de raden een zienswijze geven, en hoe",
    law: "Wgr (sinds 1-7-2022); seed 000: 'zienswijzen'",
  },
] as const;

export type ContentItemKey = (typeof CONTENT_ITEMS)[number]["key"];

export const CONTENT_ITEM_KEYS: readonly ContentItemKey[] = CONTENT_ITEMS.map((i) => i.key);

export function isContentItemKey(value: string): value is ContentItemKey {
  return (CONTENT_ITEM_KEYS as readonly string[]).includes(value);
}

/** The items not (yet) ticked off, in checklist order. */
export function uncheckedContentItems(checked: readonly string[]): (typeof CONTENT_ITEMS)[number][] {
  return CONTENT_ITEMS.filter((i) => !checked.includes(i.key));
}

/**
 * The warning shown when a definitive version is published with items unticked; null when all are
 * ticked. Never a refusal: whether the text covers an item is a legal judgement the app cannot make.
 */
export function definitiveVersionWarning(checked: readonly string[]): string | null {
  const open = uncheckedContentItems(checked);
  if (open.length === 0) return null;
  return `Let op: deze punten zijn voor de definitieve tekst nog niet afgevinkt: ${open
    .map((i) => i.label.toLowerCase())
    .join("; ")}.`;
}
